"""Two- and three-line element sets (TLE), as published by CelesTrak and Space-Track.

Interim reference implementation (one Python step per line); the vectorised reader replaces it
with the same contract.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssaviewer.core.schema import BASE_COLUMNS, rejected_frame

_ALPHA5 = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are skipped


def tle_checksum(line: str) -> int:
    """Return the modulo-10 checksum of the first 68 characters of a TLE line."""
    return sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in line[:68]) % 10


def decode_alpha5(text: str) -> int:
    """Decode a 5-character catalogue number, alpha-5 included (A0000 = 100000)."""
    text = text.strip()
    if text and text[0].isalpha():
        return (10 + _ALPHA5.index(text[0].upper())) * 10000 + int(text[1:])
    return int(text)


def _implied(text: str) -> float:
    """Decode an implied-decimal field such as ' 12345-3' (0.12345e-3)."""
    text = text.strip()
    if not text:
        return 0.0
    mantissa, exponent = text[:-2].replace(" ", ""), text[-2:]
    sign = "-" if mantissa.startswith("-") else ""
    return float(f"{sign}0.{mantissa.lstrip('+-')}e{exponent}")


def parse_tle(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse TLE text (2- or 3-line, mixed) into element sets and rejected records.

    Parameters
    ----------
    data
        The file's bytes (already decompressed).
    source
        Name used in ``source``/``record`` and in rejections.

    Returns
    -------
    (elements, rejected)
        ``elements`` has ``BASE_COLUMNS``; ``rejected`` has ``REJECTED_COLUMNS``.
    """
    lines = data.decode("ascii", errors="replace").splitlines()
    rows: list[dict[str, object]] = []
    bad_lines: list[int] = []
    bad_reasons: list[str] = []
    name = ""
    i = 0
    while i < len(lines):
        l1 = lines[i].rstrip()
        if not l1:
            i += 1
            continue
        if l1.startswith("1 ") and i + 1 < len(lines) and lines[i + 1].startswith("2 "):
            l2 = lines[i + 1].rstrip()
            try:
                rows.append(_parse_pair(l1, l2, name, source, i + 1))
            except ValueError as exc:
                bad_lines.append(i + 1)
                bad_reasons.append(str(exc))
            name = ""
            i += 2
            continue
        name = l1[2:].strip() if l1.startswith("0 ") else l1.strip()
        i += 1
    elements = pd.DataFrame(rows, columns=list(BASE_COLUMNS))
    elements = elements.astype(BASE_COLUMNS)
    return elements, rejected_frame(source, np.array(bad_lines), bad_reasons)


def _parse_pair(l1: str, l2: str, name: str, source: str, line_no: int) -> dict[str, object]:
    for text, k in ((l1, 1), (l2, 2)):
        if len(text) >= 69 and text[68].isdigit() and int(text[68]) != tle_checksum(text):
            raise ValueError(f"line {k} checksum is {text[68]}, expected {tle_checksum(text)}")
    year2 = int(l1[18:20])
    year = 1900 + year2 if year2 >= 57 else 2000 + year2
    day = float(l1[20:32])
    epoch = pd.Timestamp(year=year, month=1, day=1, tz="UTC") + pd.to_timedelta(
        (day - 1.0) * 86400e9, unit="ns"
    )
    intl = l1[9:17].strip()
    object_id = ""
    if intl:
        yy = int(intl[:2])
        object_id = f"{1900 + yy if yy >= 57 else 2000 + yy}-{intl[2:]}"
    return {
        "norad_id": decode_alpha5(l1[2:7]),
        "object_name": name,
        "object_id": object_id,
        "epoch_utc": epoch,
        "mean_motion_rev_per_day": float(l2[52:63]),
        "eccentricity": float("0." + l2[26:33].strip()),
        "inclination_deg": float(l2[8:16]),
        "ra_of_asc_node_deg": float(l2[17:25]),
        "arg_of_pericenter_deg": float(l2[34:42]),
        "mean_anomaly_deg": float(l2[43:51]),
        "bstar": _implied(l1[53:61]),
        "mean_motion_dot": float(l1[33:43]),
        "mean_motion_ddot": _implied(l1[44:52]),
        "ephemeris_type": int(l1[62]) if l1[62].strip() else 0,
        "element_set_no": int(l1[64:68]) if l1[64:68].strip() else 0,
        "rev_at_epoch": int(l2[63:68]) if l2[63:68].strip() else 0,
        "classification": l1[7] if l1[7].strip() else "U",
        "source": source,
        "format": "tle",
        "record": f"{source}:{line_no}",
    }
