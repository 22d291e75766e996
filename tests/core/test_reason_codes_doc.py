"""docs/reason_codes.md documents every reason code and every threshold of the labellers."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ssaviewer.core.detect.pattern_of_life.labels import REASON_CODES
from ssaviewer.core.detect.sections import EVENT_SECTIONS

OTHER_CODES = ("re-entry", "fragmentation", "duplicate", "epoch-conflict", "out-of-family", "stale")


@pytest.fixture(scope="module")
def doc(repo_root: Path) -> str:
    return (repo_root / "docs" / "reason_codes.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", [*REASON_CODES, *OTHER_CODES])
def test_every_code_has_a_row(doc: str, code: str) -> None:
    assert f"| `{code}` |" in doc


@pytest.mark.parametrize(
    ("section", "key"),
    [(s.name, f.name) for s in EVENT_SECTIONS for f in dataclasses.fields(s.params_type)],
)
def test_every_threshold_is_documented(doc: str, section: str, key: str) -> None:
    # In a row that names the section: `section.key`, or `key` after `section.other`.
    rows = [line for line in doc.splitlines() if f"`{section}." in line]
    assert any(f"`{section}.{key}`" in row or f"`{key}`" in row for row in rows)
