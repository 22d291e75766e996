"""Typed errors of the workspace: each message names the file and says what was expected."""

from __future__ import annotations


class WorkspaceError(Exception):
    """Base class: a workspace that cannot be opened or an operation that cannot be done."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class NotAWorkspace(WorkspaceError):
    """The file is not an ssaviewer workspace (not SQLite, or another program's database)."""


class WorkspaceCorrupt(WorkspaceError):
    """The file is an ssaviewer workspace but damaged (unreadable pages, broken schema)."""


class WorkspaceTooNew(WorkspaceError):
    """The workspace was written by a newer ssaviewer with a schema this one does not know."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            path,
            f"workspace schema version {found} was written by a newer ssaviewer; this "
            f"version reads up to {supported}: update ssaviewer to open it",
        )
        self.found = found
        self.supported = supported


class WorkspaceUnsafe(WorkspaceError):
    """The schema holds objects a workspace never has (triggers, views, unknown tables)."""


class WorkspaceLocked(WorkspaceError):
    """Another process or window is writing this workspace (one writer at a time)."""

    def __init__(self, path: str, holder: str) -> None:
        super().__init__(
            path,
            f"already open for writing by {holder or 'another process'}; close it there "
            "or open this workspace read-only",
        )
        self.holder = holder


class UnknownEvent(WorkspaceError):
    """An event id that the workspace does not hold."""


class ReadOnlyWorkspace(WorkspaceError):
    """A change was asked of a workspace opened read-only."""
