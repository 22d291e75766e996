"""The XML reader's raw table has one row per segment, even when no segment holds a keyword.

``omm_xml._table`` is ``pd.DataFrame.from_records`` for records holding any keyword; records
holding none still give one row each (``from_records`` gave no rows, and the reader then
failed on a document whose segments hold no keyword it reads).
"""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats.omm_xml import _table, parse_omm_xml

_RECORD = st.dictionaries(
    st.sampled_from(["EPOCH", "MEAN_MOTION", "OBJECT_NAME", "NORAD_CAT_ID"]),
    st.text(max_size=6),
    min_size=1,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_RECORD, min_size=1, max_size=6))
def test_table_equals_from_records(records: list[dict[str, str]]) -> None:
    got = _table(records)
    expected = pd.DataFrame.from_records(records)
    pd.testing.assert_frame_equal(got, expected[list(got.columns)])
    assert set(got.columns) == set(expected.columns)


def test_segments_without_a_keyword_read_are_each_rejected() -> None:
    data = (
        b'<?xml version="1.0"?>\n<omm><body><segment><metadata><FOO>1</FOO></metadata>'
        b"</segment><segment><data/></segment></body></omm>\n"
    )
    elements, rejected = parse_omm_xml(data, "f.xml")
    assert elements.empty
    assert rejected["line"].tolist() == [1, 2]
    assert rejected["location"].tolist() == ["record 1", "record 2"]
    assert set(rejected["reason"]) == {"NORAD_CAT_ID is missing (required)"}
