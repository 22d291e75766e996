"""Reproducible findings: the events with what is needed to re-derive them, in one zip.

A bundle (``ssaviewer detect ... --bundle findings.zip``) holds ``events.csv``, the rules
file when one was given (``rules.toml``) and ``manifest.json``: the SHA-256 of every input
file, of the events and of the rules, the options, and the versions of ssaviewer, Python and
its dependencies and the platform. ``ssaviewer verify`` finds the inputs by hash, runs the
detection again and compares event by event (:mod:`ssaviewer.core.bundle.compare`).

A bundle proves integrity, not authorship: whoever can edit it can also edit its manifest
consistently; sign the zip to prove who made it.
"""

from ssaviewer.core.bundle.archive import Bundle, BundleError, read_bundle, write_bundle
from ssaviewer.core.bundle.compare import EventDiff, compare_events
from ssaviewer.core.bundle.manifest import build_manifest, file_sha256, input_files, versions

__all__ = [
    "Bundle",
    "BundleError",
    "EventDiff",
    "build_manifest",
    "compare_events",
    "file_sha256",
    "input_files",
    "read_bundle",
    "versions",
    "write_bundle",
]
