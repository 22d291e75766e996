"""The events CSV: written atomically, easy to read in a spreadsheet, read back.

Format
------
UTF-8 (with a byte-order mark when asked: the window always asks, ``ssaviewer detect --bom``
does, so a spreadsheet shows Δ × ° ≥ as they are), a header row, ``,``-separated, RFC 4180
quoting (cells with a comma, quote or line break are quoted). Columns are
``schema.EVENT_COLUMNS`` in order, then the extras, with ``rule_thresholds`` (the JSON of
the thresholds behind the event) replaced by ``rules_digest``. A missing number or time is an
empty cell.

- Times: ISO 8601 UTC to the millisecond with a ``Z`` (``2026-03-01T12:00:00.123Z``).
- Numbers: rounded to the decimals below, trailing zeros dropped (``0.0001``, not
  ``0.00010000000000331966``); a float column not listed keeps 6 significant digits.

  =============================================  ========  ==========================
  column                                         decimals  resolution
  =============================================  ========  ==========================
  ``delta_a_km``, ``perigee_km``, ``miss_km``    3         1 m
  ``delta_i_deg``, ``delta_raan_deg``            5         0.00001° (~7 m at GEO)
  ``delta_e``                                    7         1e-7
  ``delta_v_mps`` and its in/out-of-plane parts  4         0.1 mm/s
  ``relative_speed_kms``                         4         0.1 m/s
  ``geo_longitude_before/after_deg``             4         0.0001° (~74 m at GEO)
  ``geo_drift_before/after_deg_per_day``         5         0.00001 °/day
  ``confidence``                                 3         truncated, not rounded
  ``significance_sigma``                         2
  ``gap_days``                                   3         ~1.4 min
  ``epoch_sigma_h``                              3         3.6 s
  ``lifetime_years`` and its low/high bounds     2         ~4 days
  ``duration_days``                              3         ~1.4 min
  =============================================  ========  ==========================

  ``confidence`` is truncated (0.9496 → ``0.949``) so that the file compares with a
  threshold of up to 3 decimals (``detect --min-confidence 0.95``) as the event did.

- ``reasons``: a regular event that no rule flagged gets ``within-pattern`` (it was compared
  with its own object's pattern of life and fits it), so no row has empty reasons but
  undetermined ones without a code.
- ``explanation``: a GEO manoeuvre's node code (``node``: ``ID``, ``AD``, ``IK``, ``NK``)
  is explained in a sentence at the end.
- ``rules_digest``: the first 16 hex digits of SHA-256 over the event's ``rule_thresholds``
  JSON. The thresholds themselves are written once, beside the CSV, in
  ``<name>.rules.toml`` (``events.csv`` → ``events.rules.toml``): one table per digest.
  :func:`read_events_csv` puts ``rule_thresholds`` back from it when it is there.

Spreadsheet safety (OWASP CSV injection)
----------------------------------------
A *text* cell whose text, after any leading single quotes, begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets one more single quote in front (``=1+1`` → ``'=1+1``,
``'=x`` → ``''=x``), so no spreadsheet evaluates it as a formula. :func:`read_events_csv` removes
exactly that one quote again, so every text reads back exactly as it was. Numeric and time
cells are never changed: ``-0.5`` in ``delta_a_km`` stays the number −0.5.

Writing is atomic (:mod:`~.atomic`): a reader never sees half a file, and the file gets the
permissions of any new file (``0666 & ~umask``).

Older files (before the rounding: full ``repr`` numbers, nanosecond times, ``rule_thresholds``
JSON per row, no byte-order mark) are read as before.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tomllib
from pathlib import Path
from typing import Any, Final

import numpy as np
import pandas as pd
from pandas.api.types import pandas_dtype

from ssaviewer.core.export.atomic import write_atomically
from ssaviewer.core.export.selection import flagged
from ssaviewer.core.i18n import check_language, message, render_many
from ssaviewer.core.schema import EVENT_DTYPES

_DANGEROUS = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")
#: The first characters of a text :data:`_DANGEROUS` can match.
_FIRST_OF_DANGEROUS: Final = frozenset("'=+-@\t\r")

#: Decimal places written per number column (see the module docstring).
DECIMALS: Final[dict[str, int]] = {
    "delta_a_km": 3,
    "perigee_km": 3,
    "miss_km": 3,
    "delta_i_deg": 5,
    "delta_raan_deg": 5,
    "delta_e": 7,
    "delta_v_mps": 4,
    "delta_v_in_plane_mps": 4,
    "delta_v_out_of_plane_mps": 4,
    "relative_speed_kms": 4,
    "geo_longitude_before_deg": 4,
    "geo_longitude_after_deg": 4,
    "geo_drift_before_deg_per_day": 5,
    "geo_drift_after_deg_per_day": 5,
    "confidence": 3,
    "significance_sigma": 2,
    "gap_days": 3,
    "epoch_sigma_h": 3,
    "lifetime_years": 2,
    "lifetime_low_years": 2,
    "lifetime_high_years": 2,
    "duration_days": 3,
}
#: Columns truncated to their decimals instead of rounded (see the module docstring).
TRUNCATED: Final = frozenset({"confidence"})
#: Significant digits of a float column not in ``DECIMALS``.
SIGNIFICANT: Final = 6
#: The reason code of a regular event no rule flagged.
WITHIN_PATTERN: Final = "within-pattern"
#: What each GEO node code says (SPLID vocabulary, see ``detect.geo_drift``): the catalogue's
#: sentence ``node-<code>`` ("Node ID (initiate drift): ...") without "Node " and the stop.
NODE_MEANINGS: Final[dict[str, str]] = {
    code: message(f"node-{code}").removeprefix("Node ").removesuffix(".")
    for code in ("ID", "AD", "IK", "NK")
}


def neutralise(text: str) -> str:
    """Return ``text`` safe for a spreadsheet cell (see the module docstring)."""
    return "'" + text if _DANGEROUS.match(text) else text


def restore(cell: str) -> str:
    """Undo :func:`neutralise`."""
    return cell[1:] if _ESCAPED.match(cell) else cell


def rules_path_for(path: str | os.PathLike[str]) -> Path:
    """Return where the rules of the CSV at ``path`` go: ``events.csv`` → ``events.rules.toml``."""
    target = Path(path)
    stem = target.name[: -len(target.suffix)] if target.suffix else target.name
    return target.with_name(f"{stem}.rules.toml")


def rules_digest(text: str) -> str:
    """Return the digest of one ``rule_thresholds`` JSON text ("" for an empty text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] if text else ""


def presented(events: pd.DataFrame, lang: str = "en") -> tuple[pd.DataFrame, dict[str, str]]:
    """Return the table as the CSV (and the report) show it, and its rules by digest.

    Regular events without a code get ``within-pattern``; node codes are explained; the
    ``rule_thresholds`` column becomes ``rules_digest`` (the returned dict maps each digest
    to its JSON); with ``lang`` other than ``"en"`` (one of ``ssaviewer.core.i18n.LANGUAGES``)
    ``explanation`` is rendered in that language
    (:func:`~ssaviewer.core.i18n.render_explanation`; ``reasons`` keep their English codes).
    Nothing else changes; ``events`` is not modified.
    """
    lang = check_language(lang)
    table = events.copy()
    if "reasons" in table and "label" in table:
        reasons = table["reasons"].astype("string").fillna("")
        regular = table["label"].astype("string").fillna("").to_numpy() == "regular"
        table["reasons"] = reasons.where(~(regular & (reasons == "").to_numpy()), WITHIN_PATTERN)
    if "node" in table and "explanation" in table:
        meaning = table["node"].astype("string").fillna("").map(NODE_MEANINGS).fillna("")
        explanation = table["explanation"].astype("string").fillna("")
        joined = (explanation + " Node " + meaning + ".").str.strip()
        table["explanation"] = explanation.where(meaning == "", joined)
    if lang != "en" and "explanation" in table:
        texts = render_many(table["explanation"].astype("string").fillna("").tolist(), lang)
        table["explanation"] = pd.array(texts, dtype="string")
    rules: dict[str, str] = {}
    if "rule_thresholds" in table:
        texts = table["rule_thresholds"].astype("string").fillna("").tolist()
        digest_of = {t: rules_digest(t) for t in set(texts)}  # events share a few rule sets
        digests = [digest_of[t] for t in texts]
        rules = {d: t for d, t in zip(digests, texts, strict=True) if d}
        at = table.columns.get_loc("rule_thresholds")
        table = table.drop(columns="rule_thresholds")
        table.insert(int(at), "rules_digest", pd.array(digests, dtype="string"))  # type: ignore[arg-type]
    return table, rules


def write_events_csv(
    events: pd.DataFrame,
    path: str | os.PathLike[str],
    flagged_only: bool = False,
    *,
    bom: bool = False,
    lang: str = "en",
) -> int:
    """Write ``events`` to ``path`` atomically, and its rules beside; return the event count.

    ``flagged_only`` keeps only the events labelled ``irregular``; ``bom`` starts the file
    with a UTF-8 byte-order mark; ``lang`` is the language of ``explanation`` (see
    :func:`presented`). The rules file (:func:`rules_path_for`) is written when the events
    carry ``rule_thresholds``.
    """
    if flagged_only:
        events = flagged(events)
    table, rules = presented(events, lang)
    text = _format(table)
    if "rules_digest" in table:
        write_atomically(rules_path_for(path), rules_toml(rules, Path(path).name).encode("utf-8"))
    write_atomically(path, (("\ufeff" if bom else "") + text).encode("utf-8"))
    return len(events)


def format_events_csv(events: pd.DataFrame, lang: str = "en") -> str:
    """Return the CSV text of ``events`` (see the module docstring; no rules file).

    ``lang`` is the language of ``explanation`` (see :func:`presented`).
    """
    return _format(presented(events, lang)[0])


def _format(table: pd.DataFrame) -> str:
    columns = list(table.columns)
    cells = [_cells(table[c]) for c in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(zip(*cells, strict=True))
    return buffer.getvalue()


def _cells(series: pd.Series) -> list[str]:
    """Return the CSV cells of one column (see the module docstring), one per row.

    Text, integer and boolean columns are taken out of pandas in one call each; only the
    cells that need it are changed (missing → "", a formula's first character → quoted).
    """
    if isinstance(series.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(series):
        return _times(series)
    if isinstance(series.dtype, pd.StringDtype):
        texts: list[str] = series.to_numpy(dtype=object, na_value="").tolist()
        return [neutralise(t) if t[:1] in _FIRST_OF_DANGEROUS else t for t in texts]
    if pd.api.types.is_bool_dtype(series):
        flags = series.to_numpy(dtype=object).tolist()
        missing = series.isna().to_numpy().tolist()
        return [
            "" if m else ("true" if v else "false") for v, m in zip(flags, missing, strict=True)
        ]
    if pd.api.types.is_float_dtype(series):
        return _numbers(series, DECIMALS.get(str(series.name)), str(series.name) in TRUNCATED)
    if pd.api.types.is_integer_dtype(series):
        whole = series.to_numpy(dtype=object).tolist()
        missing = series.isna().to_numpy().tolist()
        return ["" if m else str(int(v)) for v, m in zip(whole, missing, strict=True)]
    if pd.api.types.is_numeric_dtype(series):
        return ["" if pd.isna(v) else str(int(v)) for v in series]
    return [neutralise("" if pd.isna(v) else str(v)) for v in series]


def _numbers(series: pd.Series, decimals: int | None, truncate: bool = False) -> list[str]:
    """Return rounded numbers, trailing zeros dropped, "" for missing; never ``-0``."""
    values = series.to_numpy(dtype=np.float64, na_value=np.nan)
    if truncate and decimals is not None:
        scale = 10.0**decimals  # the 1e-9 keeps 0.95 (0.94999...96 as a float) at 0.95
        values = np.floor(values * scale + 1e-9) / scale
    spec = f".{decimals}f" if decimals is not None else f".{SIGNIFICANT}g"
    out = [""] * len(values)
    present = np.flatnonzero(~np.isnan(values))  # only these are formatted
    for i, v in zip(present.tolist(), values[present].tolist(), strict=True):
        text = format(v, spec)
        if "." in text and "e" not in text:
            text = text.rstrip("0").rstrip(".")
        out[i] = "0" if text in ("-0", "") else text
    return out


def _times(series: pd.Series) -> list[str]:
    """Return ISO 8601 UTC times to the millisecond with a ``Z``; "" for a missing time."""
    utc = pd.to_datetime(series, utc=True).dt.round("ms").dt.tz_localize(None)
    texts = np.datetime_as_string(utc.to_numpy().astype("datetime64[ms]"), unit="ms")
    return ["" if t == "NaT" else t + "Z" for t in texts.tolist()]


def rules_toml(rules: dict[str, str], csv_name: str) -> str:
    """Return the TOML of the rules file: one table per digest, the thresholds as read.

    Each table holds the sections of one ``rule_thresholds`` JSON as sub-tables;
    :func:`read_rules_file` turns it back into exactly that JSON text.
    """
    lines = [
        f"# The thresholds behind the events in {csv_name}: one table per value of its",
        "# rules_digest column (the first 16 hex digits of SHA-256 over the JSON text",
        "# json.dumps(table, separators=(',', ':'), sort_keys=True)).",
    ]
    for digest, text in sorted(rules.items()):
        lines.append("")
        lines.extend(_toml_table([digest], json.loads(text), top=True))
    return "\n".join(lines) + "\n"


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _toml_table(keys: list[str], values: dict[str, Any], top: bool = False) -> list[str]:
    """Return a table's header and scalars, then its sub-tables."""
    scalars = {k: v for k, v in values.items() if not isinstance(v, dict)}
    tables = {k: v for k, v in values.items() if isinstance(v, dict)}
    lines: list[str] = []
    if scalars or top:
        lines.append("[" + ".".join(_toml_key(k) for k in keys) + "]")
        lines.extend(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in scalars.items())
    for k, v in tables.items():
        lines.extend(_toml_table([*keys, k], v))
    return lines


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value) if value == value and abs(value) != float("inf") else "nan"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps("" if value is None else str(value), ensure_ascii=False)


def read_rules_file(path: str | os.PathLike[str]) -> dict[str, str]:
    """Return ``{digest: rule_thresholds JSON}`` from a rules file beside a CSV ({} if none)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    return {
        str(k): json.dumps(v, separators=(",", ":"), sort_keys=True)
        for k, v in data.items()
        if isinstance(v, dict)
    }


def read_events_csv(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read an events CSV written by :func:`write_events_csv`, restoring texts and dtypes.

    Files of every version are read: with or without a byte-order mark, times to the
    nanosecond or the millisecond, ``rule_thresholds`` per row or ``rules_digest`` (whose
    thresholds are put back as ``rule_thresholds`` from the rules file beside, if present).
    Known columns (``event_table.EVENT_DTYPES``) get their dtype back; other columns are text.

    Raises
    ------
    ValueError
        The file has no header or a cell cannot be read as its column's type (the message
        names the file, the line and the column).
    """
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        raise ValueError(f"{path}: empty file, expected a header row of event columns")
    header, body = rows[0], rows[1:]
    for k, row in enumerate(body):
        if len(row) != len(header):
            raise ValueError(
                f"{path}: line {k + 2}: {len(row)} cells, expected {len(header)} (the header's)"
            )
    columns = list(zip(*body, strict=True)) if body else [() for _ in header]
    data = {
        name: _column(path, name, list(values), EVENT_DTYPES.get(name, "string"))
        for name, values in zip(header, columns, strict=True)
    }
    frame = pd.DataFrame(data, columns=header)
    if "rules_digest" in frame and "rule_thresholds" not in frame:
        frame = _with_thresholds(frame, rules_path_for(path))
    return frame


def _with_thresholds(frame: pd.DataFrame, rules_path: Path) -> pd.DataFrame:
    """Put ``rule_thresholds`` back in place of ``rules_digest`` from the rules file.

    ``rules_digest`` stays (after it) when some digest is not in the rules file.
    """
    rules = read_rules_file(rules_path)
    digests = frame["rules_digest"].astype("string").fillna("")
    thresholds = digests.map(lambda d: rules.get(d, "")).astype("string")
    at = int(frame.columns.get_loc("rules_digest"))  # type: ignore[arg-type]
    frame.insert(at, "rule_thresholds", thresholds)
    if ((thresholds != "") | (digests == "")).all():
        frame = frame.drop(columns="rules_digest")
    return frame


def _column(path: str | os.PathLike[str], name: str, cells: list[str], dtype: str) -> pd.Series:
    try:
        if dtype == "string":
            return pd.Series([restore(c) for c in cells], dtype="string")
        if dtype.startswith("datetime"):
            values = [c[:-1] if c.endswith("Z") else c for c in cells]
            return (
                pd.Series(pd.to_datetime(values, format="ISO8601", utc=True), dtype=dtype)
                if cells
                else pd.Series(dtype=dtype)
            )
        numbers = pd.to_numeric(pd.Series([c if c else np.nan for c in cells], dtype=object))
        result: pd.Series = numbers.astype(pandas_dtype(dtype))
        return result
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{path}: column {name}: cannot read as {dtype} ({exc})") from exc
