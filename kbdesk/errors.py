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


class NotAllowedError(KbdeskError):
    """The team archive's database refused a write this user's role does not allow."""

    def __init__(self, detail: str):
        super().__init__(
            f"Your role in this team archive does not allow that change ({detail}): nothing was changed. "
            "Ask a lead or an admin (kbdesk team users lists who has which role)."
        )


class ReadOnlyArchiveError(KbdeskError):
    """A write was asked of an archive this app opened read-only."""

    def __init__(self) -> None:
        super().__init__(
            "This window opened the archive read-only because another kbdesk window is "
            "editing it: nothing was saved. Make the change in that window."
        )


class StorageError(KbdeskError):
    """The disk or file system refused a write; the archive was left as it was."""


class DiskFullError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "The disk holding the archive is full: free some space and try again. "
            "Nothing was changed."
        )


# errno values (POSIX and Windows) meaning "no space left".
_NO_SPACE = {28, 122, 112, 39}  # ENOSPC, EDQUOT (Linux), ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
_SQLITE_FULL = ("database or disk is full", "disk is full")


def storage_error(exc: BaseException) -> KbdeskError | None:
    """The one translation point for storage and OS errors.

    Returns a :class:`KbdeskError` saying in words what went wrong when
    ``exc`` (or an exception it was raised from, e.g. the sqlite3 error inside
    SQLAlchemy's) is a full disk or a read-only file system; ``None`` when it
    is not a storage problem this function knows. Front ends (the CLI, the
    UI's task runner) call it where they show errors.
    """
    if isinstance(exc, StorageError):
        return exc
    for cause in _chain(exc):
        if getattr(cause, "sqlstate", None) == "42501":  # PostgreSQL: insufficient privilege, RLS
            return NotAllowedError(str(cause).strip().splitlines()[0])
        if isinstance(cause, OSError) and (
            cause.errno in _NO_SPACE or getattr(cause, "winerror", None) in _NO_SPACE
        ):
            return DiskFullError()
        if isinstance(cause, OSError) and cause.errno == 30:  # EROFS
            return StorageError(
                "The disk holding the archive is read-only: kbdesk cannot write there. "
                "Nothing was changed."
            )
        text = str(cause).lower()
        if type(cause).__name__ in ("OperationalError", "DatabaseError") and any(
            marker in text for marker in _SQLITE_FULL
        ):
            return DiskFullError()
    return exc if isinstance(exc, KbdeskError) else None


def user_message(exc: BaseException) -> str:
    """The sentence to show for any error: translated when known, else its text."""
    known = storage_error(exc)
    return str(known if known is not None else exc)


def _chain(exc: BaseException):
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        cur = todo.pop()
        if cur is None or id(cur) in seen:
            continue
        seen.add(id(cur))
        yield cur
        # "raise X from None" means X already says it all: do not look behind it.
        context = None if cur.__suppress_context__ else cur.__context__
        todo += [getattr(cur, "orig", None), cur.__cause__, context]


class ConflictError(KbdeskError):
    """A save was refused: the record changed since the user opened it; nothing was written.

    ``theirs``: the record as stored now (``changed_by`` / ``changed_at`` from the
    audit trail, ``stored_version`` its row_version); ``mine``: the values the
    user tried to save over ``expected_version``. ``fields``: the fields of
    ``mine`` whose value differs from the stored one, for a side-by-side merge.
    """

    def __init__(self, record_type: str, record_id: str, expected_version: int, stored_version: int,
                 mine: dict, theirs: dict, changed_by: str = "", changed_at: object = None):
        self.record_type = record_type
        self.record_id = record_id
        self.expected_version = expected_version
        self.stored_version = stored_version
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.fields = [k for k, v in self.mine.items() if self.theirs.get(k) != v]
        who = f" by {changed_by}" if changed_by else ""
        when = f" at {changed_at:%Y-%m-%d %H:%M}" if hasattr(changed_at, "strftime") else ""
        label = theirs.get("number") or theirs.get("name") or theirs.get("title") or record_id
        super().__init__(
            f"{record_type} {label} was changed{who}{when} after you opened it "
            f"(you opened version {expected_version}, it is now version {stored_version}): "
            f"nothing was saved. Compare your values with theirs"
            + (f" ({', '.join(self.fields)})" if self.fields else "")
            + " and save again, or discard your changes."
        )
