"""Everything a window needs, built once by the composition root (ui.app)."""

from __future__ import annotations

import logging
from datetime import tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..services import ChangeSet, Services
from ..services.archives import Archive
from ..services.lookups import NAMED_TYPES, record_types, reference_names
from ..services.plan import ServicePlan, plan_zone
from ..services.plan_store import load_plan
from ..services.search import open_search
from ..settings import AppSettings
from .extraction import BackgroundExtraction, wants_extraction
from .workers import TaskRunner

log = logging.getLogger(__name__)

class AppContext(QObject):
    """The open archive, its services and the app settings.

    ``sig_changed`` is the one change broadcast: every write made through the
    services arrives here (from whatever thread) and views refresh from it.
    """

    sig_changed = Signal(object)  # ChangeSet
    sig_index_ready = Signal(str)  # "" | "rebuilt" | "repaired" | "failed: <why>"
    # A write's ChangeSet, from whatever thread made it; collected on the GUI
    # thread and broadcast once per event-loop turn as sig_changed.
    _sig_write = Signal(object)

    def __init__(self, archive: Archive, settings: AppSettings, settings_path: Path, actor: str,
                 read_only: bool = False):
        super().__init__()
        self.archive = archive
        self.settings = settings
        self.settings_path = settings_path
        # Another app instance holds the archive: the services refuse writes.
        self.read_only = read_only
        self.services = Services(archive, actor=actor, read_only=read_only)
        self.search = open_search(archive)
        self.tasks = TaskRunner(self)
        self.extraction = BackgroundExtraction(self, self)  # text of attached files
        self.index_ready = False
        self._plan: ServicePlan | None = None
        self._pending = ChangeSet()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush_changes)
        self._sig_write.connect(self._collect_changes)
        self.services.hub.subscribe(self._on_hub)
        self.sig_changed.connect(self._after_change)

    def start(self) -> None:
        """Open (and if needed repair) the search index in the background."""
        self.tasks.run(self.search.open, self._on_index_opened, self._on_index_failed,
                       write=True)

    def close(self) -> None:
        self.extraction.close()
        self.tasks.wait()
        self.search.close()
        self.archive.close()

    def reopen_index(self):
        """After another process rebuilt or fed the index: drop our view of it."""
        self.search.close()
        return self.search.open()

    def broadcast_everything_changed(self) -> None:
        """Another process wrote to the archive and did not say what: every view reloads."""
        self.broadcast(ChangeSet.everything(record_types(), origin="job"))

    def broadcast(self, changes: ChangeSet) -> None:
        """Tell the views about writes made elsewhere (an import job), coalesced like our own."""
        self._collect_changes(changes)

    # --- the service plan (times show in its zone) -------------------------

    def plan(self) -> ServicePlan:
        """The archive's service plan; re-read after a ``service_plan`` change."""
        if self._plan is None:
            self._plan = load_plan(self.archive)
        return self._plan

    @property
    def plan_zone_name(self) -> str:
        return self.plan().timezone

    def plan_tz(self) -> tzinfo:
        return plan_zone(self.plan())

    def save_settings(self) -> None:
        self.settings.save(self.settings_path)

    # --- names for references ---------------------------------------------

    def names(self, record_type: str) -> dict[str, str]:
        zh = self.settings.language.startswith("zh") or not self.settings.language
        return reference_names(self.archive, record_type, chinese=zh)

    def choices(self, record_type: str, field: str) -> list[tuple[str, str]]:
        from ..services.fields import SPECS

        target = SPECS[record_type].fields[field].reference
        if target is None or target not in NAMED_TYPES:
            return []
        if target == "case":
            return []  # too many for a list: edited by number elsewhere
        return sorted(((k, v) for k, v in self.names(target).items()), key=lambda kv: kv[1])

    # --- change broadcast ---------------------------------------------------

    def _on_hub(self, changes: ChangeSet) -> None:
        self._sig_write.emit(changes)  # queued to the GUI thread when needed

    def _collect_changes(self, changes: ChangeSet) -> None:
        # A burst of writes (a save plus its audit and children, an import's
        # batches) reaches the views as one ChangeSet: each list reloads once.
        self._pending = self._pending.merged(changes)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush_changes(self) -> None:
        changes, self._pending = self._pending, ChangeSet()
        if changes:
            self.sig_changed.emit(changes)

    def _after_change(self, changes: Any) -> None:
        if "service_plan" in changes.types():
            self._plan = None
        if self.index_ready:
            self.tasks.run(self.search.sync, write=True)
        if wants_extraction(changes):
            self.extraction.schedule()

    def _on_index_opened(self, report) -> None:
        self.index_ready = True
        self.extraction.schedule()  # files attached while no app was running (import, CLI, upgrade)
        if report.message:
            log.info(report.message)  # the details, in English, for the log
        repaired = report.message and not report.behind  # behind: results carry the notice
        self.sig_index_ready.emit("rebuilt" if report.rebuilt else "repaired" if repaired else "")

    def _on_index_failed(self, exc: Exception) -> None:
        log.error("search index could not be opened: %s", exc)
        self.sig_index_ready.emit(f"failed: {exc}")
