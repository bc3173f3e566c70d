"""A save refused because someone else changed the record: both versions side by side.

For each field the user changed and the other person changed differently, the
dialog shows theirs (stored now) and mine (what this save carried); the user
keeps theirs or mine per field, or discards all of their changes.
:meth:`ConflictDialog.chosen` is what to save over the stored version.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..errors import ConflictError
from .formatting import display
from .labels import field_label, field_value_label


class ConflictDialog(QDialog):
    """Accepted: save :meth:`chosen` with ``expected_version = err.stored_version``;
    rejected: the user's changes are discarded."""

    def __init__(self, err: ConflictError, parent: QWidget | None = None):
        super().__init__(parent)
        self.err = err
        self.setWindowTitle(self.tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        who = err.changed_by or self.tr("another user")
        when = display(err.changed_at) if err.changed_at is not None else ""
        intro = QLabel(self.tr(
            "%1 saved this record (%2) after you opened it, so your save was not made and nothing "
            "was lost. For each field, keep their value or yours, then save; or discard your changes."
        ).replace("%1", who).replace("%2", when))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for col, text in enumerate((self.tr("Field"), self.tr("Theirs (saved now)"), self.tr("Mine"))):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, col)
        self.choices: dict[str, QButtonGroup] = {}
        for row, name in enumerate(err.fields, start=1):
            grid.addWidget(QLabel(field_label(err.record_type, name)), row, 0)
            theirs = QRadioButton(self._shown(name, err.theirs.get(name)))
            mine = QRadioButton(self._shown(name, err.mine.get(name)))
            mine.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(theirs, 0)
            group.addButton(mine, 1)
            self.choices[name] = group
            grid.addWidget(theirs, row, 1)
            grid.addWidget(mine, row, 2)
        grid.setRowStretch(len(err.fields) + 1, 1)  # rows at the top, not spread out
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save my choices"))
        self.discard_button = QPushButton(self.tr("Discard my changes"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 320)

    def _shown(self, name: str, value: Any) -> str:
        if isinstance(value, str) and value:
            label = field_value_label(self.err.record_type, name, value)
            text = label or value
        else:
            text = display(value)
        text = text if len(text) <= 200 else text[:200] + "…"
        return text or self.tr("(empty)")

    def keep(self, name: str, mine: bool) -> None:
        """Choose one field's value (for tests and keyboard users)."""
        self.choices[name].button(1 if mine else 0).setChecked(True)

    def chosen(self) -> dict[str, Any]:
        """The fields to save: those where the user kept their own value."""
        return {name: self.err.mine[name] for name, group in self.choices.items() if group.checkedId() == 1}
