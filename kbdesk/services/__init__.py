"""Qt-free services: the only way the GUI, the CLI and the tests change records."""

from .archive_services import Services
from .changes import Change, ChangeHub, ChangeSet
from .records import DeleteResult

__all__ = ["Change", "ChangeHub", "ChangeSet", "DeleteResult", "Services"]
