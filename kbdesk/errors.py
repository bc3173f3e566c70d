"""Domain errors: a small hierarchy whose messages a person can act on."""

from __future__ import annotations


class KbdeskError(Exception):
    """Base of every error kbdesk reports to a user."""


class ArchiveError(KbdeskError):
    """The archive folder cannot be opened or used as asked."""


class NotAnArchiveError(ArchiveError):
    """The folder holds files but is not a kbdesk archive."""


class ArchiveTooNewError(ArchiveError):
    """The archive was written by a newer kbdesk than this one."""


class ValidationError(KbdeskError):
    """One or more fields of a record are not acceptable.

    ``problems`` maps a field name to a sentence saying what is wrong, so a
    form can show each message next to its field.
    """

    def __init__(self, record_type: str, problems: dict[str, str]):
        self.record_type = record_type
        self.problems = dict(problems)
        detail = "; ".join(f"{field}: {msg}" for field, msg in self.problems.items())
        super().__init__(f"{record_type} not saved: {detail}")


class NotFoundError(KbdeskError):
    def __init__(self, record_type: str, record_id: str):
        self.record_type = record_type
        self.record_id = record_id
        super().__init__(f"No {record_type} with id {record_id!r} in this archive.")


class ReferencedError(KbdeskError):
    """A delete was refused because other records still point at the record."""

    def __init__(self, record_type: str, record_id: str, users: dict[str, int]):
        self.record_type = record_type
        self.record_id = record_id
        self.users = dict(users)
        who = ", ".join(f"{n} {t}" for t, n in self.users.items())
        super().__init__(
            f"{record_type} {record_id!r} is still used by {who}; "
            f"delete or reassign those first."
        )


class ImportRejected(KbdeskError):
    """An import file was refused as a whole; nothing was written."""

    def __init__(self, path: str, problems: list[tuple[int, str]]):
        self.path = path
        self.problems = list(problems)
        lines = "\n".join(f"  line {n}: {msg}" for n, msg in self.problems[:50])
        more = len(self.problems) - 50
        tail = f"\n  … and {more} more" if more > 0 else ""
        super().__init__(
            f"Import of {path} rejected, archive unchanged "
            f"({len(self.problems)} problem(s)):\n{lines}{tail}"
        )
