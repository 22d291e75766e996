"""``build_elements`` converts every keyword once per table: it equals the per-keyword original.

``tests/core/omm_table_reference.py`` is the code it replaced (each column stripped, checked and
converted on its own). Random raw tables (text with blanks, numbers as text or as numbers,
junk characters, nulls, absent keywords, day-of-year epochs, blanks inside ``OBJECT_ID``) must
give the same element, rejected and warnings tables, value for value, dtype for dtype.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats import omm_table
from ssaviewer.core.formats.omm_kvn import parse_omm_kvn
from tests.core import omm_table_reference as reference

_TEXTS = {
    "NORAD_CAT_ID": ["25544", " 7 ", "12.5", "-1", "x", "99999999999999999999", "1e3", ""],
    "EPOCH": [
        "2020-01-01T00:00:00",
        " 2021-06-30T12:34:56.123456 ",
        "2020-366T12:00:00.5",
        "2021-366T12:00:00",
        "1950-01-01T00:00:00",
        "2020-13-45T00:00:00",
        "20200101",
        "2024-02-29T23:59:59Z",
        "",
    ],
    "OBJECT_ID": ["1998-067A", "1959-009  B", "2000-001 ABC", "X", "", "1998-067\u00e9"],
    "OBJECT_NAME": ["ISS (ZARYA)", " SAT ", "CAF\u00c9", "A\tB", "A\x01B", ""],
    "CLASSIFICATION_TYPE": ["U", "C", "S", "X", "", " u"],
}
_NUMBER_TEXTS = [
    "15.5",
    " 0.0001 ",
    ".5",
    "1.5",
    "-3",
    "360",
    "nan",
    "inf",
    "-inf",
    "15.5.2",
    "1E-5",
    "-.12345E-3",
    "",
    "0",
    "18446744073709551616",
    "1\u00e9",
]


def _cell(key: str) -> st.SearchStrategy[object]:
    texts = _TEXTS.get(key, _NUMBER_TEXTS)
    return st.one_of(st.sampled_from(texts), st.none())


@st.composite
def raw_tables(draw: st.DrawFn) -> tuple[pd.DataFrame, bool]:
    n = draw(st.integers(0, 6))
    keys = draw(st.lists(st.sampled_from(omm_table.KEYWORDS), unique=True, max_size=19))
    keys = list(dict.fromkeys([*omm_table.REQUIRED, *keys]))
    drop = draw(st.sets(st.sampled_from(keys), max_size=2))
    columns: dict[str, object] = {}
    for key in keys:
        if key in drop:
            continue
        if key in omm_table.NUMERIC_KEYWORDS and draw(st.booleans()):  # numbers as numbers
            values = draw(
                st.lists(st.sampled_from([0.5, 1.0, 15.25, -2.0, np.nan]), min_size=n, max_size=n)
            )
            columns[key] = np.asarray(values, dtype=np.float64)
            continue
        columns[key] = draw(st.lists(_cell(key), min_size=n, max_size=n))
    raw = pd.DataFrame(columns, index=pd.RangeIndex(n))
    if draw(st.booleans()):
        raw = raw.astype({k: "str" for k in raw.columns if raw[k].dtype == object})
    return raw, draw(st.booleans())


def _both(raw: pd.DataFrame, check_text: bool, field_lines: bool) -> list[tuple[object, object]]:
    where = np.arange(1, len(raw) + 1) * 3
    lines = {"EPOCH": where + 1, "OBJECT_ID": where + 2} if field_lines else None
    out = []
    for module in (omm_table, reference):
        warned: list[pd.DataFrame] = []
        elements, rejected = module.build_elements(
            raw.copy(),
            where,
            source="f.omm",
            fmt="omm-xml",
            unit="record",
            field_lines=lines,
            check_text=check_text,
            warnings=warned,
        )
        out.append((elements, rejected, warned[0]))
    return list(zip(*out, strict=True))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_tables(), st.booleans())
def test_batched_checks_equal_the_per_keyword_original(
    case: tuple[pd.DataFrame, bool], field_lines: bool
) -> None:
    raw, check_text = case
    for new, old in _both(raw, check_text, field_lines):
        assert isinstance(new, pd.DataFrame)
        assert isinstance(old, pd.DataFrame)
        pd.testing.assert_frame_equal(new, old, check_exact=True)
        assert list(new.dtypes.astype(str)) == list(old.dtypes.astype(str))


def test_a_bad_record_is_named_with_its_value_and_the_good_ones_kept() -> None:
    raw = pd.DataFrame(
        {
            "NORAD_CAT_ID": ["1", "2", "3"],
            "EPOCH": ["2020-01-01T00:00:00", "2020-13-01T00:00:00", "2020-002T00:00:00"],
            "MEAN_MOTION": ["15", " 15.5 ", "15.5.2"],
            "ECCENTRICITY": ["0.1", "0.1", "0.1"],
            "INCLINATION": ["1", "2", "3"],
            "RA_OF_ASC_NODE": ["1", "2", "3"],
            "ARG_OF_PERICENTER": ["1", "2", "3"],
            "MEAN_ANOMALY": ["1", "2", "3"],
        }
    )
    elements, rejected = omm_table.build_elements(
        raw, np.array([1, 2, 3]), source="f.xml", fmt="omm-xml", unit="record"
    )
    assert elements["norad_id"].tolist() == [1]
    assert rejected["field"].tolist() == ["EPOCH", "MEAN_MOTION"]
    assert rejected["value"].tolist() == ["2020-13-01T00:00:00", "15.5.2"]
    assert "expected" in rejected["reason"].iloc[0]


_KVN_LINES = [
    "CCSDS_OMM_VERS = 2.0",
    "COMMENT a comment = with an equals sign",
    "",
    "NORAD_CAT_ID = 25544",
    "norad_cat_id = 7",
    "EPOCH = 2020-01-01T00:00:00",
    "EPOCH = 2020-02-01T00:00:00",
    "EPOCH = 2020-032T00:00:00",
    "MEAN_MOTION = 15.5 [rev/day]",
    "MEAN_MOTION = 15.5.2",
    "ECCENTRICITY = .001",
    "INCLINATION = 51.6 [deg]",
    "INCLINATION = 200",
    "RA_OF_ASC_NODE = 10",
    "ARG_OF_PERICENTER = 20",
    "MEAN_ANOMALY = 30",
    "BSTAR = .1E-4",
    "OBJECT_ID = 1998-067  A",
    "OBJECT_NAME = CAF\u00c9",
    "CLASSIFICATION_TYPE = X",
    "GP_ID = 123",
    "not a key value line",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_KVN_LINES), max_size=40), st.sampled_from(["\n", "\r\n"]))
def test_kvn_messages_equal_the_pivoted_original(lines: list[str], newline: str) -> None:
    data = newline.join(lines).encode()
    new = parse_omm_kvn(data, "f.kvn")
    old = reference.kvn_reference(data, "f.kvn")
    for a, b in zip(new, old, strict=True):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
