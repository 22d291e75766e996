"""One writer at a time: an exclusive lock on a side file ``W.ssaw.lock``.

The lock is an OS file lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so it is
released by the operating system when its process dies, even by SIGKILL: a crash never leaves a
workspace locked. The side file holds the holder's process id and host name, so a second
window or process can be told who is writing. SQLite's own locks on the workspace file are
left alone (a POSIX lock on that file would be dropped by SQLite's ``close``).
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from ssaviewer.core.workspace.errors import WorkspaceLocked


def lock_path(path: Path) -> Path:
    """Return the side file that holds the writer lock of the workspace at ``path``."""
    return path.with_name(path.name + ".lock")


class WriterLock:
    """The exclusive writer lock of one workspace, held until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        """Take the lock of the workspace at ``path`` without waiting.

        Raises
        ------
        WorkspaceLocked
            Another process (or another window of this one) holds it; ``holder`` says who.
        """
        self.path = lock_path(path)
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(self._fd):
            holder = _read_holder(self._fd)
            os.close(self._fd)
            raise WorkspaceLocked(str(path), holder)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, f"pid {os.getpid()} on {socket.gethostname()}".encode())

    def release(self) -> None:
        """Release the lock (closing the side file releases it; the file is left in place)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def _read_holder(fd: int) -> str:
    try:
        return os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except (OSError, AttributeError):
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
