"""Tables built column by column equal the ``astype`` tables they replace (detect speed)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssaviewer.core.detect.events.event_frame import MODULE_COLUMNS, event_frame
from ssaviewer.core.detect.typed_frame import typed_frame

DTYPES = {
    "norad_id": "int64",
    "epoch_utc": "datetime64[ns, UTC]",
    "direction": "str",
    "delta_v_mps": "float64",
    "count": "int64",
    "mixed": "str",
}


def _columns() -> dict[str, object]:
    return {
        "count": np.array([1.0, 2.0, 3.0]),  # float to int64, as astype does
        "norad_id": np.array([5, 6, 7]),
        "epoch_utc": pd.to_datetime(np.array([0, 10**9, 2 * 10**9]), unit="ns", utc=True),
        "direction": np.array(["in-plane", "", "mixed"], dtype=object),
        "delta_v_mps": np.array([0.5, np.nan, 2.0]),
        "mixed": np.array(["a", 3, None], dtype=object),  # not all text: pandas' conversion
        "dropped": np.zeros(3),
    }


def test_typed_frame_equals_the_astype_table_column_for_column() -> None:
    columns = _columns()
    expected = pd.DataFrame(columns).astype(DTYPES)[list(DTYPES)]
    got = typed_frame(columns, DTYPES)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert list(got.dtypes) == list(expected.dtypes)
    assert got["direction"].tolist() == ["in-plane", "", "mixed"]
    assert got["mixed"].tolist()[:2] == ["a", "3"]
    assert pd.isna(got["mixed"].iloc[2])


def test_typed_frame_of_no_rows_has_the_dtypes() -> None:
    empty = {name: np.array([], dtype=object) for name in DTYPES}
    got = typed_frame(empty, DTYPES)
    assert len(got) == 0
    assert [str(t) for t in got.dtypes] == [str(pd.Series(dtype=t).dtype) for t in DTYPES.values()]


def test_empty_event_frames_are_independent_copies() -> None:
    first = event_frame(0)
    first["explanation"] = first["explanation"].astype(object)
    first["added"] = 1
    second = event_frame(0)
    assert list(second.columns) == list(MODULE_COLUMNS)
    assert str(second["explanation"].dtype) == "string"
    assert len(second) == 0


def test_event_frame_gives_every_module_column_its_dtype() -> None:
    frame = event_frame(
        2,
        norad_id=np.array([1, 2]),
        event_type="decay",
        epoch_utc=np.array(["2024-01-01T00:00", "2024-01-02T00:00"], dtype="datetime64[ns]"),
        miss_km=np.array([1.0, 2.0]),
    )
    assert list(frame.columns) == [*MODULE_COLUMNS, "miss_km"]
    assert [str(frame[c].dtype) for c in MODULE_COLUMNS] == list(MODULE_COLUMNS.values())
    assert frame["event_type"].tolist() == ["decay", "decay"]
    assert frame["epoch_utc"].iloc[1] == pd.Timestamp("2024-01-02T00:00Z")
    assert frame["label"].isna().all()
