"""The analyst's workspace: one SQLite file (``.ssaw``) with sources, rules, events, verdicts.

Only the light part is imported here (no pandas), so a script that records verdicts starts
fast::

    from ssaviewer.core.workspace import open_workspace
    with open_workspace("w.ssaw") as ws:
        ws.set_verdict(event_id, "confirmed", note="announced by the operator")

Events (pandas) are in :mod:`.events`, sources in :mod:`.sources`, building and re-running
detection in :mod:`.build`.
"""

from ssaviewer.core.workspace.errors import (
    NotAWorkspace,
    ReadOnlyWorkspace,
    UnknownEvent,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceTooNew,
    WorkspaceUnsafe,
)
from ssaviewer.core.workspace.schema import VERDICTS
from ssaviewer.core.workspace.store import (
    KEEP,
    SUFFIX,
    Analysis,
    Bookmark,
    Workspace,
    create_workspace,
    open_workspace,
)

__all__ = [
    "KEEP",
    "SUFFIX",
    "VERDICTS",
    "Analysis",
    "Bookmark",
    "NotAWorkspace",
    "ReadOnlyWorkspace",
    "UnknownEvent",
    "Workspace",
    "WorkspaceCorrupt",
    "WorkspaceError",
    "WorkspaceLocked",
    "WorkspaceTooNew",
    "WorkspaceUnsafe",
    "create_workspace",
    "open_workspace",
]
