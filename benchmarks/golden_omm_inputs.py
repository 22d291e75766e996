"""OMM inputs for ``golden_load.py``: every OMM form written from real histories, good and bad.

Written once into ``OMM_INPUTS`` (a fixed folder, so the paths in the reports are the same on
every run), from the real TLE histories of ``../shared/data/tle`` through the writers of
``tests/core/omm_writers.py``: each form (XML, KVN, JSON, CSV) in each flavour (decimal text,
CelesTrak numbers, Space-Track strings), a single message per file as a per-object download
gives, whole histories, and damaged copies: keywords missing, bad numbers, units, wrong or
day-of-year dates, blanks inside ``OBJECT_ID``, non-ASCII, empty, truncated, and good and bad
records mixed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tests.core.omm_writers import (
    as_numbers,
    celestrak_records,
    decimal_records,
    spacetrack_records,
    tle_pairs,
    to_csv,
    to_json,
    to_kvn,
    to_xml,
)

OMM_INPUTS = Path("/tmp/ssaviewer-golden-omm")

Record = dict[str, Any]

#: A damage to one record: (what it does, function changing a copy of the record).
_DAMAGES: tuple[Callable[[Record, random.Random], None], ...] = (
    lambda r, g: r.pop(g.choice(["EPOCH", "MEAN_MOTION", "NORAD_CAT_ID", "ECCENTRICITY"])),
    lambda r, g: r.pop(g.choice(["BSTAR", "OBJECT_ID", "OBJECT_NAME", "ELEMENT_SET_NO"])),
    lambda r, g: r.update(MEAN_MOTION="15.5.2"),
    lambda r, g: r.update(ECCENTRICITY="1.5"),
    lambda r, g: r.update(INCLINATION="-3"),
    lambda r, g: r.update(BSTAR="nan"),
    lambda r, g: r.update(MEAN_ANOMALY="inf"),
    lambda r, g: r.update(NORAD_CAT_ID="12.5"),
    lambda r, g: r.update(REV_AT_EPOCH="-1"),
    lambda r, g: r.update(EPHEMERIS_TYPE="x"),
    lambda r, g: r.update(EPOCH="2020-13-45T00:00:00"),
    lambda r, g: r.update(EPOCH="2020-366T12:00:00.5"),
    lambda r, g: r.update(EPOCH="2021-366T12:00:00"),
    lambda r, g: r.update(EPOCH="1950-01-01T00:00:00"),
    lambda r, g: r.update(EPOCH="20200101"),
    lambda r, g: r.update(EPOCH=""),
    lambda r, g: r.update(CLASSIFICATION_TYPE="X"),
    lambda r, g: r.update(CLASSIFICATION_TYPE=""),
    lambda r, g: r.update(OBJECT_ID="1998-067  A"),
    lambda r, g: r.update(OBJECT_NAME="CAF\u00c9 SAT"),
    lambda r, g: r.update(MEAN_MOTION="  14.2  "),
    lambda r, g: r.update(MEAN_MOTION=""),
)


def _damaged(records: Sequence[Record], seed: int, share: float) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for record in records:
        copy = dict(record)
        if rng.random() < share:
            rng.choice(_DAMAGES)(copy, rng)
        out.append(copy)
    return out


def _with_units(kvn: bytes) -> bytes:
    lines = kvn.split(b"\n")
    units = {b"MEAN_MOTION": b" [rev/day]", b"INCLINATION": b" [deg]", b"BSTAR": b" [1/ER]"}
    for k, line in enumerate(lines):
        key = line.split(b"=")[0].strip()
        if key in units and k % 3:
            lines[k] = line + units[key]
    return b"\n".join(lines)


def omm_inputs() -> dict[str, bytes]:
    """Return every generated OMM file, by name (deterministic)."""
    data = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tle"
    files: dict[str, bytes] = {}
    for stem, count in (("QZS-2", 200), ("SPOT-2", 3000), ("Jason-3", 2500)):
        pairs = tle_pairs((data / f"{stem}.tle").read_text())
        pairs = [p for p in pairs if p[1][9:11].strip().isdigit()][:count]
        decimal = decimal_records(pairs)
        numbers = as_numbers(decimal)
        celestrak = celestrak_records(pairs)
        spacetrack = spacetrack_records(pairs)
        for flavour, records in (("dec", decimal), ("num", numbers), ("st", spacetrack)):
            files[f"{stem}_{flavour}.json"] = to_json(records)
            files[f"{stem}_{flavour}.csv"] = to_csv(records)
            files[f"{stem}_{flavour}.xml"] = to_xml(records)
            files[f"{stem}_{flavour}.kvn"] = to_kvn(records)
            one = records[len(records) // 2]
            files[f"{stem}_{flavour}_one.json"] = to_json([one])
            files[f"{stem}_{flavour}_one_obj.json"] = to_json([one])[1:-1]
            files[f"{stem}_{flavour}_one.csv"] = to_csv([one])
            files[f"{stem}_{flavour}_one.xml"] = to_xml([one], bare=True)
            files[f"{stem}_{flavour}_one.kvn"] = to_kvn([one])
        files[f"{stem}_celestrak.json"] = to_json(celestrak)
        files[f"{stem}_celestrak.csv"] = to_csv(celestrak)
        files[f"{stem}_crlf.kvn"] = to_kvn(decimal[:50], newline="\r\n")
        files[f"{stem}_units.kvn"] = _with_units(to_kvn(decimal[:300]))
        for seed, share in ((1, 0.3), (2, 1.0)):
            bad = _damaged(decimal[:400], seed * 100 + len(stem), share)
            tag = f"{stem}_bad{seed}"
            files[f"{tag}.json"] = to_json(bad)
            files[f"{tag}_num.json"] = to_json(_damaged(numbers[:400], seed, share))
            files[f"{tag}.csv"] = to_csv(bad, list(decimal[0]))
            files[f"{tag}.xml"] = to_xml(bad)
            files[f"{tag}.kvn"] = to_kvn(bad)
            for k in range(3):
                single = [bad[k * 7]]
                files[f"{tag}_one{k}.json"] = to_json(single)
                files[f"{tag}_one{k}.csv"] = to_csv(single)
                files[f"{tag}_one{k}.xml"] = to_xml(single, bare=True)
                files[f"{tag}_one{k}.kvn"] = to_kvn(single)
        for name in [n for n in files if n.startswith(stem) and "_dec." in n]:
            body = files[name]
            files[name.replace("_dec.", "_trunc.")] = body[: len(body) * 2 // 3]
            files[name.replace("_dec.", "_empty.")] = b""
            files[name.replace("_dec.", "_header.")] = body[: body.find(b"\n") + 1]
    files["mixed_json_types.json"] = (
        b'[{"NORAD_CAT_ID": 5, "EPOCH": "2020-01-01T00:00:00", "MEAN_MOTION": true,'
        b' "ECCENTRICITY": [0.1], "INCLINATION": {"a": 1}, "RA_OF_ASC_NODE": null,'
        b' "ARG_OF_PERICENTER": 1, "MEAN_ANOMALY": 2}, 3, "x",'
        b' {"NORAD_CAT_ID": "6", "EPOCH": "2020-02-01T00:00:00Z", "MEAN_MOTION": "15",'
        b' "ECCENTRICITY": "0.001", "INCLINATION": "51", "RA_OF_ASC_NODE": "1",'
        b' "ARG_OF_PERICENTER": "2", "MEAN_ANOMALY": "3", "EPOCH_MICROSECONDS": "5"}]'
    )
    return files


def write_omm_inputs() -> list[str]:
    """Write the inputs once (kept between runs); return their names, sorted."""
    files = omm_inputs()
    if not (OMM_INPUTS / "done").exists():
        OMM_INPUTS.mkdir(parents=True, exist_ok=True)
        for name, body in files.items():
            (OMM_INPUTS / name).write_bytes(body)
        (OMM_INPUTS / "done").write_text("")
    return sorted(files)
