"""Where the service plan is kept: under ``"service_plan"`` in the archive's settings.json.

The rules receive the plan as data (:class:`~kbdesk.rules.plan.ServicePlan`);
reading and writing the file happens here, through the one settings helper
(:class:`~kbdesk.jsonstore.JsonStore`: forgiving reads, atomic writes that
keep the file's other keys).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..jsonstore import JsonStore
from ..rules.plan import ServicePlan

SETTINGS_KEY = "service_plan"


def settings_path_of(source: Any) -> Path:
    """The settings.json of an Archive or of a Services object's archive."""
    archive = getattr(source, "archive", source)
    return archive.settings_path


def read_plan(path: Path) -> ServicePlan:
    """The plan in the settings file at ``path``; missing or wrong values take defaults."""
    return ServicePlan.from_dict(JsonStore(path).section(SETTINGS_KEY))


def write_plan(plan: ServicePlan, path: Path) -> None:
    """Write the plan under its key, keeping every other key of the file."""
    JsonStore(path).write_section(SETTINGS_KEY, plan.to_dict())


def load_plan(source: Any) -> ServicePlan:
    """The plan of an archive (an Archive or Services)."""
    return read_plan(settings_path_of(source))


def save_plan(source: Any, plan: ServicePlan) -> None:
    write_plan(plan, settings_path_of(source))
