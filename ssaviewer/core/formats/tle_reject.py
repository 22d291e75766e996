"""Reasons for rejected element sets, written for the person reading the load report.

Only rejected sets get here, so this module may look at them one at a time: it finds the first
thing wrong with each (in the order a person would check) and says what was expected.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ssaviewer.core.formats import tle_fields as tf
from ssaviewer.core.formats.tle_decode import RANGES, decode_all, layout, shape_ok
from ssaviewer.core.formats.tle_lines import Lines, Pairing
from ssaviewer.core.formats.tle_template import FIELDS, Ints


@dataclass(frozen=True)
class Rejection:
    """One rejected record: 0-based line index, field ("" for the whole line), value, reason."""

    line: int
    field: str
    value: str
    reason: str


def stray_lines(lines: Lines, pairing: Pairing) -> list[Rejection]:
    """Reject line 1s without a line 2, line 2s without a line 1, and stray text."""
    result: list[Rejection] = []
    for k in pairing.orphan1:
        why = "a line 1 that is not followed by its line 2 (a line starting '2 ')"
        result.append(Rejection(int(k), "", _show(lines.text(int(k))), why))
    for k in pairing.orphan2:
        why = "a line 2 that does not follow a line 1 (a line starting '1 ')"
        result.append(Rejection(int(k), "", _show(lines.text(int(k))), why))
    for k in pairing.stray:
        text = lines.text(int(k))
        result.append(Rejection(int(k), "", _show(text), _stray_reason(text)))
    return result


def _stray_reason(text: bytes) -> str:
    """Say what a line that is used by no element set looks like."""
    body = text.lstrip()
    indent = len(text) - len(body)
    if indent and body[:2] in (b"1 ", b"2 "):
        return (
            f"a TLE line {chr(body[0])} indented by {indent} blank(s): element lines are read "
            "by fixed columns and must start in column 1"
        )
    return "text that is neither a TLE line 1 or 2 nor the name line before a line 1"


def bad_names(lines: Lines, name_line: Ints, reasons: list[str]) -> list[Rejection]:
    """Reject the lines ``name_line`` that cannot be names, for the given ``reasons``."""
    return [
        Rejection(int(k), "object_name", _show(lines.text(int(k))), why)
        for k, why in zip(name_line, reasons, strict=True)
    ]


def bad_sets(lines: Lines, line1: Ints) -> list[Rejection]:
    """Explain why each set (line 1 indices ``line1``) was rejected."""
    if len(line1) == 0:
        return []
    columns = decode_all(lines, line1)
    rows = layout(lines, line1)
    failures = tf.field_failures(rows, lenient=True)
    long_enough, _ = shape_ok(lines, line1)
    computed = tf.computed_checksums(rows)
    result = []
    for k, first in enumerate(line1):
        texts = (lines.text(int(first)), lines.text(int(first) + 1))
        result.append(
            _first_problem(int(first), texts, long_enough[k], failures[k])
            or _checksum_problem(int(first), texts, computed[k])
            or _value_problem(int(first), {n: v[k] for n, v in columns.items()})
        )
    return result


def _first_problem(
    first: int,
    texts: tuple[bytes, bytes],
    long_enough: np.ndarray,
    failed: np.ndarray,
) -> Rejection | None:
    for offset, text in enumerate(texts):
        found = _non_ascii(first + offset, text, "")
        if found:
            return found
    for offset, text in enumerate(texts):
        if not long_enough[offset]:
            why = (
                f"line {offset + 1} is truncated: {len(text.rstrip())} characters, expected 69 "
                "(68 without the checksum)"
            )
            return Rejection(first + offset, "", _show(text), why)
    for index in np.flatnonzero(failed):
        spec = FIELDS[int(index)]
        value = texts[spec.line - 1][spec.start : spec.stop].decode("ascii")
        why = f"line {spec.line} columns {spec.start + 1}-{spec.stop}: expected {spec.expected}"
        if spec.stop - spec.start == 1:
            why = f"line {spec.line} column {spec.start + 1}: expected {spec.expected}"
        return Rejection(first + spec.line - 1, spec.name, repr(value), why)
    return None


def _checksum_problem(first: int, texts: tuple[bytes, bytes], computed: Ints) -> Rejection | None:
    for offset, text in enumerate(texts):
        stated = chr(text[68]) if len(text) > 68 else " "
        if stated != " " and int(stated) != computed[offset]:
            why = f"line {offset + 1} checksum is {stated}, expected {computed[offset]}"
            return Rejection(first + offset, "checksum", stated, why)
    return None


def _value_problem(first: int, row: dict[str, np.ndarray]) -> Rejection:
    if row["norad_id"] != row["norad_line2"]:
        why = (
            f"line 2 catalogue number {row['norad_line2']} differs from line 1's {row['norad_id']}"
        )
        return Rejection(first + 1, "norad_id", str(row["norad_line2"]), why)
    if not 1 <= row["day_of_year"] <= row["year_days"]:
        why = f"epoch day of year must be within [1, {row['year_days']}]"
        return Rejection(first, "epoch_utc", str(row["day_of_year"]), why)
    for name, low, high, words in RANGES:
        if not low <= row[name] <= high:
            return Rejection(first + 1, name, repr(float(row[name])), f"{name} must be {words}")
    value = repr(float(row["mean_motion_rev_per_day"]))
    if not row["mean_motion_rev_per_day"] > 0:
        return Rejection(first + 1, "mean_motion_rev_per_day", value, "mean motion must be above 0")
    return Rejection(first, "", "", "element set rejected by a check with no message (a bug)")


def _non_ascii(index: int, text: bytes, field: str) -> Rejection | None:
    high = np.flatnonzero(np.frombuffer(text, dtype=np.uint8) >= 128)
    if len(high) == 0:
        return None
    column = int(high[0])
    why = f"non-ASCII byte 0x{text[column]:02X} at column {column + 1}; TLE text is ASCII"
    return Rejection(index, field, _show(text), why)


def _show(text: bytes) -> str:
    return text.decode("ascii", errors="backslashreplace")
