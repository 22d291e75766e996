"""Atomic file writes with the permissions any new file gets.

The text goes to a temporary file in the destination's folder, is flushed to disk and then
renamed over the destination (:func:`os.replace`), so a reader never sees half a file.
``tempfile.mkstemp`` creates its file readable by the owner only (0600); before the rename
the file is given ``0666 & ~umask``, the mode ``open(path, "w")`` would have given it, so
colleagues sharing a drive can open an export as they can any other file.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """Return the process's file-creation mask (e.g. ``0o022``).

    Read from ``/proc/self/status`` where there is one (no change to the process); else by
    setting and restoring it under a lock.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, with mode ``0o666 & ~umask``.

    Raises
    ------
    OSError
        The folder cannot be written (the destination is then untouched and no temporary
        file is left behind).
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~current_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
