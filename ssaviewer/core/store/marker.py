"""The store's marker file: its partitions and the partition of every object."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

#: The file that makes a folder a store.
MARKER = "ssaviewer-store.json"
#: What the marker's ``format`` says; a newer ``version`` is refused with a message.
FORMAT = "ssaviewer-store"
VERSION = 1


class StoreError(Exception):
    """A store that cannot be read or written: the message names the file and the problem."""


@dataclass
class StoreIndex:
    """The marker's content.

    ``partitions`` maps a partition key (``1998-067``, or ``norad-025xxx``) to its row count;
    ``objects`` maps each NORAD id to its partition key.
    """

    partitions: dict[str, int] = field(default_factory=dict)
    objects: dict[int, str] = field(default_factory=dict)


def is_store(path: str | os.PathLike[str]) -> bool:
    """Return True when ``path`` is a folder holding the store's marker file."""
    return (Path(path) / MARKER).is_file()


def partition_file(store: Path, key: str) -> Path:
    """Return the Parquet file of partition ``key``."""
    return store / f"part={key}" / "elements.parquet"


def read_index(store: Path) -> StoreIndex:
    """Read the marker of ``store``; raise :class:`StoreError` when it is not a valid one."""
    marker = store / MARKER
    try:
        raw = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"{marker}: not a readable store marker ({exc})") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise StoreError(f"{marker}: 'format' is not {FORMAT!r}")
    if raw.get("version") != VERSION:
        raise StoreError(
            f"{marker}: store version {raw.get('version')!r}; this ssaviewer reads {VERSION}"
        )
    return StoreIndex(
        partitions={str(k): int(v) for k, v in raw["partitions"].items()},
        objects={int(k): str(v) for k, v in raw["objects"].items()},
    )


def write_index(store: Path, index: StoreIndex) -> None:
    """Write the marker atomically (a reader sees the old or the new one, never half)."""
    body = {
        "format": FORMAT,
        "version": VERSION,
        "partitions": dict(sorted(index.partitions.items())),
        "objects": {str(k): v for k, v in sorted(index.objects.items())},
    }
    tmp = store / f".{MARKER}.tmp"
    tmp.write_text(json.dumps(body, indent=0), encoding="utf-8")
    os.replace(tmp, store / MARKER)
