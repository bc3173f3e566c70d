"""Words for the sentences the services give about a field, where the UI has its own.

The services speak English (the CLI prints them as they are); a form shows
these in the UI's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import drills


def problem_words(text: str) -> str:
    words = {
        drills.PROBLEM_SENTENCES[drills.ENDS_BEFORE_START]: QCoreApplication.translate(
            "problems", "ends before it starts; check the end time"),
        drills.PROBLEM_SENTENCES[drills.STARTS_OUTSIDE]: QCoreApplication.translate(
            "problems", "starts outside the drill's date (the drill day or the night after); check the date"),
        drills.PROBLEM_SENTENCES[drills.ENDS_OUTSIDE]: QCoreApplication.translate(
            "problems", "ends outside the drill's date (the drill day or the night after); check the date"),
    }
    return words.get(text, text)
