"""Write element sets as CCSDS OMM in every form and flavour, for round-trip tests.

The records come from real TLE lines through ``sgp4.exporter.export_omm`` (CelesTrak's GP
flavour: numbers), or are turned into Space-Track's GP flavour (every value a string, with the
extra fields Space-Track adds). Nothing here is a copy of provider data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from sgp4.api import Satrec
from sgp4.exporter import export_omm

Record = dict[str, Any]

METADATA = ("OBJECT_NAME", "OBJECT_ID", "CENTER_NAME", "REF_FRAME", "TIME_SYSTEM",
            "MEAN_ELEMENT_THEORY")  # fmt: skip
MEAN_ELEMENTS = ("EPOCH", "MEAN_MOTION", "ECCENTRICITY", "INCLINATION", "RA_OF_ASC_NODE",
                 "ARG_OF_PERICENTER", "MEAN_ANOMALY")  # fmt: skip
TLE_PARAMETERS = ("EPHEMERIS_TYPE", "CLASSIFICATION_TYPE", "NORAD_CAT_ID", "ELEMENT_SET_NO",
                  "REV_AT_EPOCH", "BSTAR", "MEAN_MOTION_DOT", "MEAN_MOTION_DDOT")  # fmt: skip
#: CelesTrak's 17 GP CSV columns, in CelesTrak's order.
CELESTRAK_CSV = ("OBJECT_NAME", "OBJECT_ID", *MEAN_ELEMENTS, *TLE_PARAMETERS)


def tle_pairs(text: str) -> list[tuple[str, str, str]]:
    """Return ``(name, line1, line2)`` for every element set in TLE text."""
    lines = text.splitlines()
    out = []
    name = ""
    for k, line in enumerate(lines):
        if line.startswith("1 ") and k + 1 < len(lines) and lines[k + 1].startswith("2 "):
            out.append((name, line.rstrip(), lines[k + 1].rstrip()))
            name = ""
        elif line.strip() and not line.startswith("2 "):
            name = line[2:].strip() if line.startswith("0 ") else line.strip()
    return out


def celestrak_records(pairs: Iterable[tuple[str, str, str]]) -> list[Record]:
    """OMM records in CelesTrak's flavour (numbers) for TLE ``pairs``."""
    return [export_omm(Satrec.twoline2rv(l1, l2), name) for name, l1, l2 in pairs]


def spacetrack_records(pairs: Sequence[tuple[str, str, str]]) -> list[Record]:
    """OMM records in Space-Track's GP flavour: every value a string, extra fields added."""
    out = []
    for k, ((name, l1, l2), record) in enumerate(zip(pairs, celestrak_records(pairs), strict=True)):
        text = {key: _text(value) for key, value in record.items()}
        out.append(
            {
                "CCSDS_OMM_VERS": "2.0",
                "COMMENT": "GENERATED VIA SPACE-TRACK.ORG API",
                "CREATION_DATE": "2024-01-01T00:00:00",
                "ORIGINATOR": "18 SPCS",
                **text,
                "SEMIMAJOR_AXIS": "7000.123",
                "PERIOD": "97.1",
                "OBJECT_TYPE": "PAYLOAD",
                "RCS_SIZE": "LARGE",
                "COUNTRY_CODE": "US",
                "DECAY_DATE": None,
                "FILE": "4321",
                "GP_ID": str(100000 + k),
                "DECAYED": "0",
                "TLE_LINE0": f"0 {name}",
                "TLE_LINE1": l1,
                "TLE_LINE2": l2,
            }
        )
    return out


def _text(value: Any) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def to_csv(records: Sequence[Record], columns: Sequence[str] | None = None) -> bytes:
    """CSV with a header; ``columns`` picks and orders them (default: every key)."""
    columns = list(columns or records[0])
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: "" if v is None else _text(v) for k, v in record.items()})
    return out.getvalue().encode()


def to_json(records: Sequence[Record]) -> bytes:
    """A JSON list of objects (floats written with full precision)."""
    return json.dumps(list(records)).encode()


def to_kvn(records: Sequence[Record], newline: str = "\n") -> bytes:
    """KVN messages one after another, each opened by ``CCSDS_OMM_VERS``."""
    lines = []
    for record in records:
        lines += ["CCSDS_OMM_VERS = 2.0", "COMMENT written by the ssaviewer tests",
                  "CREATION_DATE = 2024-01-01T00:00:00", "ORIGINATOR = TESTS", ""]  # fmt: skip
        lines += [
            f"{k:<20} = {_text(v)}"
            for k, v in record.items()
            if k in (*METADATA, *MEAN_ELEMENTS, *TLE_PARAMETERS) and v is not None
        ]
        lines.append("")
    return newline.join(lines).encode()


def to_xml(records: Sequence[Record], *, bare: bool = False) -> bytes:
    """An ``<ndm>`` holding one ``<omm>`` per record, or a bare ``<omm>`` for one record."""
    messages = [_omm_xml(r) for r in records]
    if bare:
        assert len(messages) == 1
        body = messages[0]
    else:
        body = "<ndm>\n" + "\n".join(messages) + "\n</ndm>"
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode()


def _omm_xml(record: Record) -> str:
    def block(tag: str, keys: Sequence[str]) -> str:
        inner = "".join(
            f"<{k}>{escape(_text(record[k]))}</{k}>" for k in keys if record.get(k) is not None
        )
        return f"<{tag}>{inner}</{tag}>"

    return (
        '<omm id="CCSDS_OMM_VERS" version="2.0"><header><CREATION_DATE/><ORIGINATOR/></header>'
        f"<body><segment>{block('metadata', METADATA)}<data>"
        f"{block('meanElements', MEAN_ELEMENTS)}{block('tleParameters', TLE_PARAMETERS)}"
        "</data></segment></body></omm>"
    )


WRITERS = {
    "omm-csv": to_csv,
    "omm-json": to_json,
    "omm-kvn": to_kvn,
    "omm-xml": to_xml,
}


def _implied(text: str) -> str:
    """TLE implied-decimal field (' 15680-2') as a decimal string ('.15680E-2')."""
    text = text.strip()
    sign = "-" if text.startswith("-") else ""
    return f"{sign}.{text[:-2].lstrip('+-')}E{text[-2:]}"


def decimal_records(pairs: Iterable[tuple[str, str, str]]) -> list[Record]:
    """OMM records carrying the TLE's own decimal text, as providers write them (strings)."""
    out = []
    for name, l1, l2 in pairs:
        year = int(l1[18:20])
        day, fraction = l1[20:32].split(".")
        epoch = dt.datetime(1900 + year if year >= 57 else 2000 + year, 1, 1) + dt.timedelta(
            days=int(day) - 1, microseconds=int(fraction.ljust(8, "0")) * 864
        )
        intl = l1[9:17].strip()
        launch_year = 1900 + int(intl[:2]) if int(intl[:2]) >= 57 else 2000 + int(intl[:2])
        out.append(
            {
                "OBJECT_NAME": name,
                "OBJECT_ID": f"{launch_year}-{intl[2:]}",
                "EPOCH": epoch.strftime("%Y-%m-%dT%H:%M:%S.%f"),
                "MEAN_MOTION": l2[52:63].strip(),
                "ECCENTRICITY": "." + l2[26:33].strip(),
                "INCLINATION": l2[8:16].strip(),
                "RA_OF_ASC_NODE": l2[17:25].strip(),
                "ARG_OF_PERICENTER": l2[34:42].strip(),
                "MEAN_ANOMALY": l2[43:51].strip(),
                "EPHEMERIS_TYPE": l1[62].strip() or "0",
                "CLASSIFICATION_TYPE": l1[7].strip() or "U",
                "NORAD_CAT_ID": str(int(l1[2:7])),
                "ELEMENT_SET_NO": l1[64:68].strip() or "0",
                "REV_AT_EPOCH": l2[63:68].strip() or "0",
                "BSTAR": _implied(l1[53:61]),
                "MEAN_MOTION_DOT": l1[33:43].strip(),
                "MEAN_MOTION_DDOT": _implied(l1[44:52]),
            }
        )
    return out


def as_numbers(records: Sequence[Record]) -> list[Record]:
    """The same records in CelesTrak's JSON flavour: numeric fields as numbers."""
    text_fields = {"OBJECT_NAME", "OBJECT_ID", "EPOCH", "CLASSIFICATION_TYPE"}
    return [{k: v if k in text_fields else _number(v) for k, v in r.items()} for r in records]


def _number(text: str) -> float | int:
    return float(text) if "." in text or "E" in text else int(text)
