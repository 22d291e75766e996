"""Two- and three-line element sets (TLE), as published by CelesTrak and Space-Track.

The reader is vectorised: the file is one byte array, lines are found from newline positions,
and every field of every element set is checked and decoded by numpy at once (see
:mod:`tle_lines`, :mod:`tle_fields`, :mod:`tle_decode`). Python loops run only over rejected
records and over distinct names and designators.
"""

from __future__ import annotations

from concurrent.futures import Executor, ThreadPoolExecutor

import numpy as np
import pandas as pd

from ssaviewer.core.element_take import take_strings
from ssaviewer.core.formats import tle_decode, tle_reject, tle_strings, tle_warn
from ssaviewer.core.formats.read import Read
from ssaviewer.core.formats.tle_decode import decode
from ssaviewer.core.formats.tle_lines import Inline, pair_lines, split_lines
from ssaviewer.core.formats.tle_reject import Rejection
from ssaviewer.core.formats.tle_template import ALPHA5, Mask
from ssaviewer.core.schema import BASE_COLUMNS, OPTIONAL_COLUMNS, rejected_frame, warnings_frame

_NUMERIC = (
    "norad_id",
    "mean_motion_rev_per_day",
    "eccentricity",
    "inclination_deg",
    "ra_of_asc_node_deg",
    "arg_of_pericenter_deg",
    "mean_anomaly_deg",
    "bstar",
    "mean_motion_dot",
    "mean_motion_ddot",
    "ephemeris_type",
    "element_set_no",
    "rev_at_epoch",
)


def parse_tle(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse TLE text into element sets and rejected records; see :func:`read_tle`."""
    read = read_tle(data, source)
    return read.elements, read.rejected


def read_tle(data: bytes, source: str) -> Read:
    """Parse TLE text (2- or 3-line, mixed) into element sets, rejections and warnings.

    Parameters
    ----------
    data
        The file's bytes (already decompressed). LF or CRLF line ends; trailing blanks, blank
        lines, ``#`` comment lines, name lines (bare or Space-Track's ``0 NAME``) and 2-line
        sets may be mixed.
    source
        Name used in ``source``/``record`` and in rejections.

    Returns
    -------
    Read
        ``elements`` has ``BASE_COLUMNS`` with their exact dtypes, one row per valid set, in
        file order, ``record`` naming the line of its line 1 (an Arrow-backed string
        column, about 25 bytes a row; names and designators are categoricals whose categories
        are Arrow-backed too, decoded once per distinct value). ``rejected`` has
        ``REJECTED_COLUMNS``: every set that failed a check (non-ASCII bytes, a truncated
        line, a field sgp4 cannot read, a checksum mismatch, different catalogue numbers on
        the two lines, a day of year, angle or mean motion out of range), every line 1 or 2
        without its partner, indented element lines, stray text (a line before an orphan
        line 1 included), and every line before a line 1 that cannot be a name (see
        :func:`tle_strings.name_problem`; that set loads with the name ""). ``warnings`` has
        ``WARNING_COLUMNS``: every field read as sgp4 reads it although it breaks the
        format's letter (see :mod:`tle_warn`), blank or inner-blank designators, and
        ``#`` comment lines. Never raises for bad content.
    """
    buf = np.frombuffer(data, dtype=np.uint8)
    kernel = tle_decode.compiled_kernel()  # (None: numpy does it all, with the same results)
    if kernel is not None:
        lines = kernel.split_lines(buf)
        pairing = kernel.pair_lines(lines)
    else:
        lines = split_lines(buf, workers=tle_decode.WORKERS)
        pairing = pair_lines(lines)
    # The names and the records need only the lines: in a large file they are built on a
    # thread of their own while the decode threads run (numpy and Arrow release the GIL);
    # then the warnings of the lenient sets, while the table is built here.
    with _beside(len(pairing.line1)) as side:
        named = side.submit(tle_strings.names, lines, pairing.name)
        recorded = side.submit(tle_strings.records, source, pairing.line1 + 1, kernel)
        decoded = decode(lines, pairing.line1)
        lenient = side.submit(tle_warn.lenient_sets, lines, pairing.line1[decoded.lenient])
        object_name, name_problem, reasons = named.result()
        records = recorded.result()
        ok = decoded.ok
        rejections = tle_reject.stray_lines(lines, pairing)
        rejections += tle_reject.bad_sets(lines, pairing.line1[~ok])
        bad_name = np.flatnonzero(name_problem >= 0)
        why = [reasons[k] for k in name_problem[bad_name]]
        rejections += tle_reject.bad_names(lines, pairing.name[bad_name], why)
        if ok.all():  # the usual case: no copies
            elements, odd_designator = _table(decoded.columns, object_name, records, source)
            kept_line1 = pairing.line1
        else:  # decode already dropped the bad sets' columns
            keep = np.flatnonzero(ok)
            kept_line1 = pairing.line1[keep]
            elements, odd_designator = _table(
                decoded.columns, object_name[keep], take_strings(records, keep), source
            )
        assumptions = lenient.result()
    odd = np.flatnonzero(odd_designator)
    designators = tle_warn.designators(
        kept_line1[odd],
        decoded.columns["object_id_word"][odd],
        # (only the odd rows: iterating a categorical makes all its rows objects first)
        [str(v) for v in elements["object_id"].array.take(odd)] if len(odd) else [],
    )
    comments = tle_warn.comments(lines, pairing.comment)
    assumptions += tle_warn.Assumptions.of(designators + comments)
    return Read(elements, _rejected_frame(source, rejections), _warnings_frame(source, assumptions))


def _beside(n_sets: int) -> Executor:
    """Return a one-thread pool for work beside the decode of a large file, else inline."""
    if tle_decode.WORKERS > 1 and n_sets >= tle_decode.SETS_PER_THREAD:
        return ThreadPoolExecutor(1, thread_name_prefix="ssaviewer-beside")
    return Inline()


_EPOCH_DTYPE = pd.DatetimeTZDtype("ns", "UTC")


def _table(
    columns: dict[str, np.ndarray],
    object_name: pd.Categorical,
    records: pd.arrays.ArrowStringArray,
    source: str,
) -> tuple[pd.DataFrame, Mask]:
    """Return the element table and, per set, whether its designator is blank or unusual."""
    n = len(records)
    object_id, odd_designator = tle_strings.object_ids(columns["object_id_word"])
    # (nanoseconds since 1970 UTC read as UTC: the decoder's array itself, not a localised copy)
    epoch = pd.DatetimeIndex(columns["epoch_ns"], dtype=_EPOCH_DTYPE, copy=False)
    table: dict[str, object] = {name: columns[name] for name in _NUMERIC}
    table.update({name: np.full(n, np.nan) for name in OPTIONAL_COLUMNS})  # SGP4-XP only
    table.update(
        object_name=object_name,
        object_id=object_id,
        epoch_utc=epoch,
        classification=tle_strings.classifications(columns["classification_byte"]),
        source=tle_strings.constant(source, n),
        format=tle_strings.constant("tle", n),
        record=records,
    )
    table["epoch_utc"] = epoch.array
    frame = pd.DataFrame(
        {name: table[name] for name in BASE_COLUMNS}, index=pd.RangeIndex(n), copy=False
    )
    return frame, odd_designator


def _rejected_frame(source: str, rejections: list[Rejection]) -> pd.DataFrame:
    rejections.sort(key=lambda r: r.line)
    return rejected_frame(
        source,
        [r.line + 1 for r in rejections],
        [r.reason for r in rejections],
        value=[r.value for r in rejections],
        field=[r.field for r in rejections],
    )


def _warnings_frame(source: str, assumptions: tle_warn.Assumptions) -> pd.DataFrame:
    ordered = assumptions.by_line()
    return warnings_frame(source, ordered.line + 1, ordered.field, ordered.value, ordered.assumed)


def tle_checksum(line: str) -> int:
    """Return the modulo-10 checksum of the first 68 characters of a TLE line."""
    return sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in line[:68]) % 10


def decode_alpha5(text: str) -> int:
    """Decode a 5-character catalogue number, alpha-5 included (A0000 = 100000)."""
    text = text.strip()
    if text and text[0].isalpha():
        return (10 + ALPHA5.index(text[0].upper())) * 10000 + int(text[1:])
    return int(text)
