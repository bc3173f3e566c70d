"""Qt-free services: the only way the GUI, the CLI and the tests change records.

Every write is a unit of work (``services.unit_of_work()``, see
:mod:`kbdesk.services.unit_of_work`) returning a :class:`ChangeSet`; what a
record type adds to a write is its policy (:mod:`kbdesk.services.policies`).
"""

from .archive_services import Services
from .changes import Change, ChangeHub, ChangeKind, ChangeSet
from .records import DeleteResult, Saved
from .unit_of_work import UnitOfWork

__all__ = ["Change", "ChangeHub", "ChangeKind", "ChangeSet", "DeleteResult", "Saved", "Services", "UnitOfWork"]
