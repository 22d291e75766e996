"""The one typed settings module: every persistent preference, its default and its type.

QSettings may hand values back as strings depending on the platform and backend, so every
read is coerced to the default's type. Tests point QSettings at a temporary .ini file with
:func:`use_ini_file`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION: Final[str] = "ssaviewer"
APPLICATION: Final[str] = "ssaviewer"

#: Every setting: name → default. The default's type is the setting's type.
DEFAULTS: Final[dict[str, Any]] = {
    "theme": "light",
    "recent_files": [],
    "max_recent": 8,
    "window_geometry": QByteArray(),
    "window_state": QByteArray(),
    "play_speed": 86400.0,  # simulated seconds per wall-clock second
    "rules_path": "",
    "last_folder": "",
    "language": "",  # a code of gui.languages.LANGUAGES; "" follows the system locale
}

_ini_path: Path | None = None


def use_ini_file(path: Path | None) -> None:
    """Store settings in ``path`` (an .ini file) instead of the platform location."""
    global _ini_path
    _ini_path = path


def _qsettings() -> QSettings:
    if _ini_path is not None:
        return QSettings(str(_ini_path), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def _coerce(value: Any, default: Any) -> Any:
    """Convert a stored value to the default's type; the default when it cannot be."""
    try:
        if isinstance(default, bool):
            return value.lower() in ("1", "true", "yes") if isinstance(value, str) else bool(value)
        if isinstance(default, (int, float, str)):
            return type(default)(value)
        if isinstance(default, list):
            items = [value] if isinstance(value, str) else list(value or [])
            return [str(v) for v in items if str(v)]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray(bytes(value))
    except (TypeError, ValueError):
        pass
    return default


def get(name: str) -> Any:
    """Return the setting ``name``, of the type of its default."""
    default = DEFAULTS[name]
    value = _qsettings().value(name)
    return default if value is None else _coerce(value, default)


def put(name: str, value: Any) -> None:
    """Store the setting ``name`` (must be one of ``DEFAULTS``)."""
    if name not in DEFAULTS:
        raise KeyError(f"unknown setting {name!r}; known: {', '.join(DEFAULTS)}")
    settings = _qsettings()
    settings.setValue(name, _coerce(value, DEFAULTS[name]))
    settings.sync()


def add_recent(path: str) -> list[str]:
    """Put ``path`` first in the recent-files list (no duplicates) and return the list."""
    recent = [path, *(p for p in get("recent_files") if p != path)][: get("max_recent")]
    put("recent_files", recent)
    return recent
