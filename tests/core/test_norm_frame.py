"""``norm_frame`` builds its events from the entries' columns: the same table as before."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect import assemble
from ssaviewer.core.detect.events.event_frame import EventColumns, event_columns, event_frame
from ssaviewer.core.norms import end_of_mission
from ssaviewer.core.norms.end_of_mission import norm_columns, norm_frame


def _through_a_table(
    found: list[dict[str, object]],
    section: str,
    source: str,
    *,
    start: str,
    columns: dict[str, str],
    **constants: object,
) -> pd.DataFrame:
    """What ``norm_frame`` did before: a DataFrame of the entries, taken apart by column."""
    if not found:
        return event_frame(0)
    table = pd.DataFrame(found)
    return event_frame(
        len(table),
        norad_id=table["norad_id"].to_numpy(),
        event_type="norm",
        label=table["label"].to_numpy(),
        reasons=table["reasons"].to_numpy(),
        explanation=table["explanation"].to_numpy(),
        epoch_utc=table["epoch"].to_numpy(),
        window_start_utc=table[start].to_numpy(),
        window_end_utc=table["end"].to_numpy(),
        rules=section,
        norm_sources=source,
        **{column: table[key].to_numpy() for column, key in columns.items()},
        **constants,
    )


def _entries(seed: int, n: int) -> list[dict[str, object]]:
    rng = np.random.default_rng(seed)
    out: list[dict[str, object]] = []
    for k in range(n):
        base = pd.Timestamp("2020-01-01", tz="UTC") + pd.Timedelta(
            int(rng.integers(0, 10**17)), "ns"
        )
        out.append({
            "norad_id": int(rng.integers(1, 99_999)),
            "label": str(rng.choice(["regular", "irregular"])),
            "reasons": "disposal-ok;x" if k % 2 else "lifetime-within-5-years",
            "explanation": f"sentence {k} é",
            # seconds, microseconds and nanoseconds, as the checks make them; one NaT start
            "epoch": base.floor("s").as_unit("s"),
            "start": pd.NaT if k == 1 else base.as_unit("us").floor("us"),
            "end": base + pd.Timedelta(days=float(rng.uniform(1, 900))),
            "perigee_km": float(rng.uniform(200, 36_000)),
            "years": np.inf if k == 2 else float(rng.uniform(0, 500)),
            "low": None if k == 3 else float(rng.uniform(0, 5)),
            "regime": "GEO" if k % 3 else "IGSO",
        })  # fmt: skip
    return out


@pytest.mark.parametrize(("seed", "n"), [(0, 0), (1, 1), (2, 2), (3, 7), (4, 40)])
def test_norm_frame_equals_the_table_taken_apart(seed: int, n: int) -> None:
    found = _entries(seed, n)
    options: dict[str, Any] = {
        "start": "start",
        "columns": {"perigee_km": "perigee_km", "lifetime_years": "years", "low": "low"},
        "regime": "LEO",
    }
    if n % 2:
        options = {"start": "epoch", "columns": {"regime": "regime", "delta_e": "low"}}
    fast = norm_frame(found, "lifetime", "a source", **options)
    slow = _through_a_table(found, "lifetime", "a source", **options)
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    assert list(fast.dtypes) == list(slow.dtypes)
    if n:
        assert isinstance(fast["epoch_utc"].dtype, pd.DatetimeTZDtype)
        # Its columns (no table built) join in the pipeline as the table does.
        joined = assemble._joined_columns([norm_columns(found, "lifetime", "a source", **options)])
        expected = assemble._joined_columns([fast])
        assert joined is not None
        assert expected is not None
        assert list(joined) == list(expected)
        for name in joined:
            pd.testing.assert_series_equal(
                pd.Series(joined[name]), pd.Series(expected[name]), check_exact=True, obj=name
            )


def test_a_time_column_is_passed_on_as_a_pandas_array(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def spy(n: int, **columns: Any) -> EventColumns:
        seen.update(columns)
        return event_columns(n, **columns)

    monkeypatch.setattr(end_of_mission, "event_columns", spy)
    norm_frame(_entries(5, 3), "lifetime", "s", start="start", columns={})
    # not Timestamp objects for event_frame to parse again
    assert isinstance(seen["window_end_utc"], pd.arrays.DatetimeArray)
    assert seen["norad_id"].dtype == np.int64


@pytest.mark.parametrize(
    "values",
    [
        [1.5, np.inf, -0.0],
        [3, 25544, 2**63 - 1],
        [3, 2**64],  # beyond int64: pandas' own inference
        [1, 2.5],
        [True, False],
        ["a", "é", ""],
        ["a", None],
        [1.0, None],
        [np.float64(1.0), 2.0],
    ],
)
def test_each_entry_column_is_what_a_table_of_the_entries_holds(values: list[object]) -> None:
    column = end_of_mission._entries_column(values)
    expected = pd.DataFrame([{"k": v} for v in values])["k"].to_numpy()
    assert isinstance(column, np.ndarray)
    assert column.dtype == expected.dtype
    pd.testing.assert_series_equal(pd.Series(column), pd.Series(expected), check_exact=True)
    assert [type(v) for v in column.tolist()] == [type(v) for v in expected.tolist()]
