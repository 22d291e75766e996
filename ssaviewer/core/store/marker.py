"""The store's marker file: its partitions, the partition of every object, its categories."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ssaviewer.core.store.categories import CategorySpec, spec_from_json

#: The file that makes a folder a store.
MARKER = "ssaviewer-store.json"
#: What the marker's ``format`` says; a newer ``version`` is refused with a message.
FORMAT = "ssaviewer-store"
#: 2: numbers stored as required Parquet columns (NaN as a value, not as null), the
#: categories of the whole table in the marker. 1 (before 2026-12): numbers nullable, each
#: partition's own categories only; still read, and rewritten as 2 by the next append.
VERSION = 2
LEGACY_VERSIONS = (1,)


class StoreError(Exception):
    """A store that cannot be read or written: the message names the file and the problem."""


@dataclass
class StoreIndex:
    """The marker's content.

    ``partitions`` maps a partition key (``1998-067``, or ``norad-025xxx``) to its row count;
    ``objects`` maps each NORAD id to its partition key; ``categories`` holds the categories
    of each categorical element column (empty in a version-1 store); ``version`` is the
    layout the partition files have.
    """

    partitions: dict[str, int] = field(default_factory=dict)
    objects: dict[int, str] = field(default_factory=dict)
    categories: dict[str, CategorySpec] = field(default_factory=dict)
    version: int = VERSION


def is_store(path: str | os.PathLike[str]) -> bool:
    """Return True when ``path`` is a folder holding the store's marker file."""
    return (Path(path) / MARKER).is_file()


def partition_file(store: Path, key: str) -> Path:
    """Return the Parquet file of partition ``key``."""
    return store / f"part={key}" / "elements.parquet"


def read_index(store: Path, objects: bool = True) -> StoreIndex:
    """Read the marker of ``store``; raise :class:`StoreError` when it is not a valid one.

    With ``objects`` False, the index's ``objects`` is left empty (a reader of partitions
    does not need the partition of each object; a catalogue has tens of thousands).
    """
    marker = store / MARKER
    try:
        raw = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"{marker}: not a readable store marker ({exc})") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise StoreError(f"{marker}: 'format' is not {FORMAT!r}")
    version = raw.get("version")
    if version != VERSION and version not in LEGACY_VERSIONS:
        raise StoreError(
            f"{marker}: store version {version!r} was written by a newer ssaviewer; this one "
            f"reads versions {', '.join(str(v) for v in (*LEGACY_VERSIONS, VERSION))}: "
            "update ssaviewer, or rebuild the store from its element files with "
            "`ssaviewer store FILES... -o NEW_STORE`"
        )
    if not isinstance(raw.get("objects"), dict):
        raise StoreError(f"{marker}: not a valid store marker (no 'objects' map)")
    try:
        categories = {
            str(name): spec_from_json(spec, f"{marker}: categories of {name!r}")
            for name, spec in raw.get("categories", {}).items()
        }
        return StoreIndex(
            partitions={str(k): int(v) for k, v in raw["partitions"].items()},
            objects={int(k): str(v) for k, v in raw["objects"].items()} if objects else {},
            categories=categories,
            version=int(version),
        )
    except (KeyError, AttributeError, TypeError, ValueError) as exc:
        raise StoreError(f"{marker}: not a valid store marker ({exc!r})") from exc


def write_index(store: Path, index: StoreIndex) -> None:
    """Write the marker atomically (a reader sees the old or the new one, never half)."""
    body = {
        "format": FORMAT,
        "version": VERSION,
        "partitions": dict(sorted(index.partitions.items())),
        "categories": {name: spec.to_json() for name, spec in index.categories.items()},
        "objects": {str(k): v for k, v in sorted(index.objects.items())},
    }
    tmp = store / f".{MARKER}.tmp"
    tmp.write_text(json.dumps(body, indent=0), encoding="utf-8")
    os.replace(tmp, store / MARKER)
