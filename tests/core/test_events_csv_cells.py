"""The events CSV's column-at-once cells equal the per-cell formatting they replaced.

``events_csv._cells`` takes text, integer, boolean and time columns out of pandas in one call
and formats only the numbers present. The reference below is the per-cell code it replaced
(each value tested with ``pd.isna``, times through ``strftime``, every number formatted);
generated columns of every dtype an event table has, with missing values, formula-like texts,
``-0``, infinities and non-nanosecond time units, must give the same cells.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.export import events_csv
from ssaviewer.core.export.events_csv import DECIMALS, SIGNIFICANT, TRUNCATED, neutralise


def reference_cells(series: pd.Series) -> list[str]:
    """The per-cell formatting ``_cells`` replaced (kept verbatim as the reference)."""
    if isinstance(series.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(series):
        utc = pd.to_datetime(series, utc=True).dt.round("ms")
        stamped = utc.dt.strftime("%Y-%m-%dT%H:%M:%S.%f")
        return ["" if pd.isna(t) else f"{t[:-3]}Z" for t in stamped]
    if pd.api.types.is_bool_dtype(series):
        return ["" if pd.isna(v) else ("true" if v else "false") for v in series]
    if pd.api.types.is_float_dtype(series):
        decimals = DECIMALS.get(str(series.name))
        values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        if str(series.name) in TRUNCATED and decimals is not None:
            scale = 10.0**decimals
            values = np.floor(values * scale + 1e-9) / scale
        out = []
        for v in values.tolist():
            if v != v:
                out.append("")
                continue
            text = f"{v:.{decimals}f}" if decimals is not None else f"{v:.{SIGNIFICANT}g}"
            if "." in text and "e" not in text:
                text = text.rstrip("0").rstrip(".")
            out.append("0" if text in ("-0", "") else text)
        return out
    if pd.api.types.is_numeric_dtype(series):
        return ["" if pd.isna(v) else str(int(v)) for v in series]
    return [neutralise("" if pd.isna(v) else str(v)) for v in series]


texts = st.lists(
    st.one_of(
        st.none(),
        st.text(max_size=12),
        st.sampled_from(["=1+1", "'=x", "''@a", "-0.5", "+", "\t", "\r", "a,b", 'q"q', "", "'"]),
    ),
    max_size=25,
)
floats = st.lists(
    st.one_of(
        st.none(),
        st.floats(-1e300, 1e300),  # beyond, x * 1000 for ``confidence`` overflows (both codes)
        st.sampled_from([np.nan, np.inf, -np.inf, -0.0, 0.9496, 0.95, 5e-324]),
    ),
    max_size=25,
)
float_names = st.sampled_from([*DECIMALS, "confidence", "not_listed_column"])
ints = st.lists(st.one_of(st.none(), st.integers(-(2**62), 2**62)), max_size=25)
times_ns = st.lists(
    st.one_of(st.none(), st.integers(-(2**62), 2**62)),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(values=texts, dtype=st.sampled_from([pd.StringDtype("python"), pd.StringDtype("pyarrow")]))
def test_text_cells_equal_the_reference(values: list[str | None], dtype: pd.StringDtype) -> None:
    series = pd.Series(values, dtype=dtype, name="object_name")
    assert events_csv._cells(series) == reference_cells(series)


@settings(max_examples=150, deadline=None)
@given(values=floats, name=float_names)
def test_number_cells_equal_the_reference(values: list[float | None], name: str) -> None:
    series = pd.Series([np.nan if v is None else v for v in values], dtype="float64", name=name)
    assert events_csv._cells(series) == reference_cells(series)
    nullable = pd.Series(values, dtype="Float64", name=name)
    assert events_csv._cells(nullable) == reference_cells(nullable)


@settings(max_examples=100, deadline=None)
@given(values=ints)
def test_integer_cells_equal_the_reference(values: list[int | None]) -> None:
    nullable = pd.Series(values, dtype="Int64", name="norad_id")
    assert events_csv._cells(nullable) == reference_cells(nullable)
    plain = pd.Series([0 if v is None else v for v in values], dtype="int64", name="pieces")
    assert events_csv._cells(plain) == reference_cells(plain)


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.one_of(st.none(), st.booleans()), max_size=25))
def test_boolean_cells_equal_the_reference(values: list[bool | None]) -> None:
    nullable = pd.Series(values, dtype="boolean", name="flag")
    assert events_csv._cells(nullable) == reference_cells(nullable)
    plain = pd.Series([bool(v) for v in values], dtype=bool, name="flag")
    assert events_csv._cells(plain) == reference_cells(plain)


@settings(max_examples=150, deadline=None)
@given(values=times_ns, unit=st.sampled_from(["ns", "us", "ms", "s"]), aware=st.booleans())
def test_time_cells_equal_the_reference(values: list[int | None], unit: str, aware: bool) -> None:
    ns = np.array([np.iinfo(np.int64).min if v is None else v for v in values], dtype=np.int64)
    stamps = pd.Series(ns.view("datetime64[ns]"), name="epoch_utc")
    # keep times that round to the millisecond inside the nanosecond range
    stamps = stamps.where(stamps.isna() | stamps.between("1678-01-01", "2261-12-31"))
    stamps = stamps.astype(np.dtype(f"datetime64[{unit}]"))
    if aware:
        stamps = stamps.dt.tz_localize("UTC")
    assert events_csv._cells(stamps) == reference_cells(stamps)


def test_an_object_column_falls_back_to_text_of_each_value() -> None:
    series = pd.Series(["=a", None, 3, 2.5, "b"], dtype=object, name="extra")
    cells = events_csv._cells(series)
    assert cells == reference_cells(series) == ["'=a", "", "3", "2.5", "b"]
