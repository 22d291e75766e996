"""``read_records`` skips its per-row blank test when no line can be blank: same result.

The per-row test (every field empty or missing) runs only when some line is made of commas,
quotes and blanks. Random CSV files with such lines, CR LF / LF / CR line ends, quoted empty
fields, short rows, numbers and text must give the same records, lines and rejections as the
per-row test run on every file.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats import csv_records
from ssaviewer.core.formats.omm_table import NUMERIC_KEYWORDS

_CELLS = ["", " ", '""', "1.5", "x", "nan", "25544", "2020-01-01T00:00:00", '"a,b"', "\t"]
_HEADER = "OBJECT_NAME,NORAD_CAT_ID,MEAN_MOTION,EPOCH"


@st.composite
def _csv(draw: st.DrawFn) -> bytes:
    rows = draw(
        st.lists(
            st.lists(st.sampled_from(_CELLS), min_size=0, max_size=4).map(",".join),
            min_size=0,
            max_size=6,
        )
    )
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    last = draw(st.sampled_from(["", end, end + end]))
    return (end.join([_HEADER, *rows]) + last).encode()


def _read_every_row_tested(data: bytes) -> tuple[pd.DataFrame, object, pd.DataFrame]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_records, "_may_have_blank_rows", lambda data: True)
        return csv_records.read_records(data, "f.csv", NUMERIC_KEYWORDS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_csv())
def test_skipping_the_blank_test_changes_nothing(data: bytes) -> None:
    records, lines, rejected = csv_records.read_records(data, "f.csv", NUMERIC_KEYWORDS)
    expected_records, expected_lines, expected_rejected = _read_every_row_tested(data)
    pd.testing.assert_frame_equal(records, expected_records)
    assert list(lines) == list(expected_lines)  # type: ignore[call-overload]
    pd.testing.assert_frame_equal(rejected, expected_rejected)


@pytest.mark.parametrize(
    ("data", "blank"),
    [
        (b"A,B\n1,2\n", False),
        (b"A,B\r\n1,2\r\n", False),
        (b"A,B\n1,2\n\n", True),
        (b"A,B\n,\n1,2", True),
        (b'A,B\n "",\t\n1,2\n', True),
        (b"A,B\n1,2\r\r\n", True),
    ],
)
def test_lines_that_may_be_blank_are_found(data: bytes, blank: bool) -> None:
    assert csv_records._may_have_blank_rows(data) is blank


def test_a_blank_line_is_still_dropped_and_lines_kept() -> None:
    records, lines, _ = csv_records.read_records(b"A,B\nx,1\n,\ny,2\n", "f.csv")
    assert records["A"].tolist() == ["x", "y"]
    assert lines.tolist() == [2, 4]


def test_a_large_file_takes_the_per_row_test() -> None:
    rows = [f"name {k},{k}" for k in range(30_000)]
    rows[1_000] = ","
    data = ("A,B\n" + "\n".join(rows) + "\n").encode()
    assert len(data) > csv_records._SCAN_BYTES
    records, lines, _ = csv_records.read_records(data, "f.csv")
    assert len(records) == 29_999
    assert 1_002 not in lines.tolist()
