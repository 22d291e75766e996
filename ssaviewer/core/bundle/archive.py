"""Writing and reading the bundle zip."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ssaviewer.core.bundle.manifest import FORMAT, VERSION

MANIFEST = "manifest.json"
EVENTS = "events.csv"
RULES = "rules.toml"


class BundleError(Exception):
    """A bundle that cannot be read: the message names the file and what is wrong."""


@dataclass(frozen=True)
class Bundle:
    """A bundle's content: the manifest, the events CSV text and the rules text (or None)."""

    manifest: dict[str, Any]
    events_csv: str
    rules_text: str | None


def write_bundle(path: str | os.PathLike[str], bundle: Bundle) -> None:
    """Write ``bundle`` to the zip at ``path`` atomically."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.resolve().parent, prefix=f".{target.name}.")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(bundle.manifest, indent=1) + "\n")
            archive.writestr(EVENTS, bundle.events_csv)
            if bundle.rules_text is not None:
                archive.writestr(RULES, bundle.rules_text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_bundle(path: str | os.PathLike[str]) -> Bundle:
    """Read a bundle; raise :class:`BundleError` naming the problem."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for needed in (MANIFEST, EVENTS):
                if needed not in names:
                    raise BundleError(f"{path}: no {needed} inside; not a findings bundle")
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            events = archive.read(EVENTS).decode("utf-8")
            rules = archive.read(RULES).decode("utf-8") if RULES in names else None
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(f"{path}: cannot be read as a findings bundle ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"{path}: {MANIFEST} is not a {FORMAT} manifest")
    if manifest.get("version") != VERSION:
        raise BundleError(
            f"{path}: manifest version {manifest.get('version')!r}; this ssaviewer reads {VERSION}"
        )
    return Bundle(manifest=manifest, events_csv=events, rules_text=rules)


def text_sha256(text: str) -> str:
    """Return the SHA-256 of ``text`` encoded as UTF-8, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
