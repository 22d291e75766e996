"""Property tests: OMM written in any form parses back to the same values; corruption never
raises anything, it only yields documented rejections."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats import omm_csv, omm_json, omm_kvn, omm_xml
from ssaviewer.core.formats.registry import sniff
from ssaviewer.core.schema import BASE_COLUMNS, REJECTED_COLUMNS
from tests.core.omm_writers import WRITERS

PARSERS = {
    "omm-csv": omm_csv.parse_omm_csv,
    "omm-json": omm_json.parse_omm_json,
    "omm-kvn": omm_kvn.parse_omm_kvn,
    "omm-xml": omm_xml.parse_omm_xml,
}
SETTINGS = settings(
    max_examples=int(os.environ.get("SSAVIEWER_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

names = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=24).map(str.strip)


def angle() -> st.SearchStrategy[float]:
    return st.floats(0.0, 360.0, allow_nan=False)


records = st.fixed_dictionaries(
    {
        "OBJECT_NAME": names,
        "OBJECT_ID": st.from_regex(r"\A(19[6-9][0-9]|20[0-8][0-9])-[0-9]{3}[A-Z]{1,3}\Z"),
        "EPOCH": st.datetimes(dt.datetime(1960, 1, 1), dt.datetime(2090, 1, 1)).map(
            lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.%f")
        ),
        "MEAN_MOTION": st.floats(0.01, 20.0),
        "ECCENTRICITY": st.floats(0.0, 0.999999),
        "INCLINATION": st.floats(0.0, 180.0),
        "RA_OF_ASC_NODE": angle(),
        "ARG_OF_PERICENTER": angle(),
        "MEAN_ANOMALY": angle(),
        "EPHEMERIS_TYPE": st.sampled_from([0, 2, 4]),
        "CLASSIFICATION_TYPE": st.sampled_from("UCS"),
        "NORAD_CAT_ID": st.integers(0, 999_999_999),
        "ELEMENT_SET_NO": st.integers(0, 9999),
        "REV_AT_EPOCH": st.integers(0, 10**7),
        "BSTAR": st.floats(-1.0, 1.0),
        "MEAN_MOTION_DOT": st.floats(-1.0, 1.0),
        "MEAN_MOTION_DDOT": st.floats(-1.0, 1.0),
    }
)


def as_strings(record: dict[str, Any]) -> dict[str, Any]:
    return {k: repr(v) if isinstance(v, float) else str(v) for k, v in record.items()}


@SETTINGS
@given(
    st.lists(records, min_size=1, max_size=5),
    st.sampled_from(sorted(WRITERS)),
    st.booleans(),
)
def test_written_omm_parses_back_to_the_same_values(
    written: list[dict[str, Any]], fmt: str, spacetrack: bool
) -> None:
    data = WRITERS[fmt]([as_strings(r) if spacetrack else r for r in written])
    spec = sniff(data)
    assert spec is not None
    assert spec.name == fmt
    elements, rejected = spec.parse(data, "p")
    assert rejected.empty, rejected.to_dict("records")
    expected = pd.DataFrame(written)
    assert elements["object_name"].astype(str).tolist() == expected["OBJECT_NAME"].tolist()
    assert elements["norad_id"].tolist() == expected["NORAD_CAT_ID"].tolist()
    assert elements["rev_at_epoch"].tolist() == expected["REV_AT_EPOCH"].tolist()
    assert elements["classification"].astype(str).tolist() == list(expected["CLASSIFICATION_TYPE"])
    epochs = pd.to_datetime(expected["EPOCH"], utc=True)
    assert (elements["epoch_utc"].to_numpy() == epochs.to_numpy()).all()
    for key, column in [
        ("MEAN_MOTION", "mean_motion_rev_per_day"),
        ("ECCENTRICITY", "eccentricity"),
        ("INCLINATION", "inclination_deg"),
        ("MEAN_ANOMALY", "mean_anomaly_deg"),
        ("BSTAR", "bstar"),
        ("MEAN_MOTION_DDOT", "mean_motion_ddot"),
    ]:
        np.testing.assert_allclose(elements[column], expected[key], rtol=1e-15, atol=0)


def corrupt(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Apply (position, deleted length, inserted bytes) edits."""
    out = bytearray(data)
    for position, deleted, inserted in edits:
        k = position % (len(out) + 1)
        out[k : k + deleted] = inserted
    return bytes(out)


edits = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 40), st.binary(max_size=8)),
    min_size=1,
    max_size=6,
)


@SETTINGS
@given(st.lists(records, min_size=1, max_size=3), st.sampled_from(sorted(WRITERS)), edits)
def test_corrupted_omm_only_ever_yields_rejections(
    written: list[dict[str, Any]], fmt: str, changes: list[tuple[int, int, bytes]]
) -> None:
    data = corrupt(WRITERS[fmt](written), changes)
    sniffed = sniff(data)
    for parse in [PARSERS[fmt]] + ([sniffed.parse] if sniffed is not None else []):
        elements, rejected = parse(data, "c")
        assert {c: str(t) for c, t in elements.dtypes.items()} == dict(BASE_COLUMNS)
        assert list(rejected.columns) == list(REJECTED_COLUMNS)
        assert (rejected["reason"].str.len() > 0).all()
        assert (rejected["file"] == "c").all()
        assert len(elements) <= len(written) or fmt in ("omm-csv", "omm-kvn")
        # whatever survives satisfies the documented ranges
        assert ((elements["eccentricity"] >= 0) & (elements["eccentricity"] < 1)).all()
        assert (elements["mean_motion_rev_per_day"] > 0).all()
        assert elements["inclination_deg"].between(0, 180).all()
        assert elements["object_name"].astype(str).map(str.isascii).all()
