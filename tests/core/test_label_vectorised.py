"""The vectorised label-stage helpers give what the plain pandas versions they replace give.

Each reference below is the straightforward pandas code (merge, groupby, per-row strftime)
the fast path replaced; random tables with ties, gaps, missing values and unsorted rows
check the two agree exactly.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect.assemble import _outlier_rows, _sort_order
from ssaviewer.core.detect.element_table import (
    edge_positions,
    mark_ranges,
    object_index,
    search_rows,
)
from ssaviewer.core.detect.events import data_quality
from ssaviewer.core.detect.events.event_table import conform, event_ids, event_ids_of_columns
from ssaviewer.core.detect.events.iso_text import iso_ns_arrow
from ssaviewer.core.detect.events.names import _grouped, names_and_sources
from ssaviewer.core.table_order import is_sorted_by_object
from tests.core.events_fixtures import rules

SEEDS = [0, 1, 2, 3]
T0_NS = pd.Timestamp("2024-01-01", tz="UTC").value


def _elements(seed: int, n_objects: int = 12, shuffle: bool = False) -> pd.DataFrame:
    """Random element-like rows: sorted by object and epoch unless ``shuffle``."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 40, n_objects)
    norad = np.repeat(rng.choice(np.arange(1, 500), n_objects, replace=False), sizes)
    # Mostly daily sets, some long gaps, some repeated epochs.
    step = rng.choice([0.0, 1.0, 1.0, 1.0, 0.5, 12.0], len(norad)) * 86_400e9
    epoch = T0_NS + np.cumsum(step).astype(np.int64)
    frame = pd.DataFrame(
        {
            "norad_id": norad,
            "epoch_utc": pd.to_datetime(epoch, utc=True),
            "source": pd.Categorical(rng.choice(["b.tle", "a.tle", "c.tle"], len(norad))),
            "regime": pd.Categorical(rng.choice(["LEO", "GEO"], len(norad))),
            "object_name": pd.Categorical(
                rng.choice(np.array(["ALPHA", "BETA", None], dtype=object), len(norad))
            ),
        }
    )
    frame = frame.sort_values(["norad_id", "epoch_utc"], kind="stable").reset_index(drop=True)
    if shuffle:
        frame = frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    return frame


def _ns(frame: pd.DataFrame, column: str = "epoch_utc") -> np.ndarray:
    return frame[column].to_numpy(dtype="datetime64[ns]").astype(np.int64)


@pytest.mark.parametrize("seed", SEEDS)
def test_search_rows_brackets_every_matching_row(seed: int) -> None:
    table = _elements(seed)
    norad, epoch = table["norad_id"].to_numpy(), _ns(table)
    rng = np.random.default_rng(seed)
    keys = table.sample(15, random_state=seed)
    key_norad = np.r_[keys["norad_id"].to_numpy(), 9999, norad[0]]
    key_epoch = np.r_[_ns(keys) + rng.choice([0, 0, 1], 15), T0_NS, 0]
    lo = search_rows(norad, epoch, key_norad, key_epoch, "left")
    hi = search_rows(norad, epoch, key_norad, key_epoch, "right")
    for k in range(len(key_norad)):
        match = np.flatnonzero((norad == key_norad[k]) & (epoch == key_epoch[k]))
        before = np.sum((norad < key_norad[k]) | ((norad == key_norad[k]) & (epoch < key_epoch[k])))
        assert lo[k] == before
        assert hi[k] - lo[k] == len(match)
        assert list(range(lo[k], hi[k])) == list(match)


def test_mark_ranges_overlapping_and_empty() -> None:
    mask = mark_ranges(10, np.array([1, 2, 7, 5]), np.array([4, 3, 9, 5]))
    assert np.flatnonzero(mask).tolist() == [1, 2, 3, 7, 8]


@pytest.mark.parametrize(("seed", "shuffle"), [(s, sh) for s in SEEDS for sh in (False, True)])
def test_outlier_rows_same_as_merge(seed: int, shuffle: bool) -> None:
    table = _elements(seed, shuffle=shuffle)
    outliers = table.sample(7, random_state=seed)[["norad_id", "epoch_utc"]]
    keys = ["norad_id", "epoch_utc"]
    rows = table[keys].assign(row=np.arange(len(table)))
    hit = rows.merge(outliers.drop_duplicates(), on=keys)["row"].to_numpy()
    expected = np.zeros(len(table), dtype=bool)
    expected[hit] = True
    assert is_sorted_by_object(table["norad_id"].to_numpy(), _ns(table)) == (not shuffle)
    np.testing.assert_array_equal(_outlier_rows(table, outliers), expected)


def iso_ns(column: pd.Series) -> np.ndarray:
    return np.array(iso_ns_arrow(column).to_pylist(), dtype=object)


def test_iso_ns_matches_numpy_text_including_extremes_and_nat() -> None:
    rng = np.random.default_rng(7)
    ns = rng.integers(pd.Timestamp.min.value + 1, pd.Timestamp.max.value, 5000)
    ns[:6] = [0, -1, 1, pd.Timestamp.min.value, pd.Timestamp.max.value, T0_NS + 123]
    column = pd.Series(pd.to_datetime(ns, utc=True)).mask(np.arange(len(ns)) == 7)
    stamps = column.to_numpy(dtype="datetime64[ns]")
    expected = np.where(
        np.isnat(stamps), "", np.char.add(np.datetime_as_string(stamps, unit="ns"), "Z")
    )
    np.testing.assert_array_equal(iso_ns(column), expected)
    assert iso_ns(column)[5] == "2024-01-01T00:00:00.000000123Z"


def _reference_ids(events: pd.DataFrame) -> list[str]:
    def iso(series: pd.Series) -> list[str]:
        values = series.dt.strftime("%Y-%m-%dT%H:%M:%S.%f").fillna("")
        nanos = series.dt.nanosecond.fillna(0).astype(int).map("{:03d}".format)
        return [f"{v}{n}Z" if v else "" for v, n in zip(values, nanos, strict=True)]

    out: list[str] = []
    seen: dict[str, int] = {}
    for (_, row), start, end in zip(
        events.iterrows(),
        iso(events["window_start_utc"]),
        iso(events["window_end_utc"]),
        strict=True,
    ):
        detail = {
            "data-quality": row["reasons"],
            "close-approach": ""
            if pd.isna(row["secondary_norad_id"])
            else str(row["secondary_norad_id"]),
        }.get(row["event_type"], "")
        version = row["detector_version"]
        key = f"{row['norad_id']}|{row['event_type']}|{start}|{end}|{version}|{detail}"
        value = hashlib.sha256(key.encode()).hexdigest()[:16]
        seen[value] = seen.get(value, 0) + 1
        out.append(value if seen[value] == 1 else f"{value}-{seen[value]}")
    return out


def test_event_ids_same_as_per_row_reference() -> None:
    rng = np.random.default_rng(3)
    n = 40
    start = T0_NS + rng.integers(0, 10**15, n)
    events = conform(
        pd.DataFrame(
            {
                "norad_id": rng.integers(1, 5, n),
                "event_type": rng.choice(["manoeuvre", "data-quality", "close-approach"], n),
                "reasons": rng.choice(["stale", "duplicate", ""], n),
                "window_start_utc": pd.to_datetime(start, utc=True),
                "window_end_utc": pd.to_datetime(start + 987_654_321, utc=True),
                "secondary_norad_id": pd.array(rng.integers(10, 20, n), dtype="Int64"),
                "detector_version": "1.0",
            }
        )
    )
    events.loc[3, "window_end_utc"] = pd.NaT
    events.loc[4, "secondary_norad_id"] = pd.NA
    events = pd.concat([events, events.iloc[[0, 0, 5]]], ignore_index=True)  # same keys
    ids = event_ids(events)
    assert list(ids) == _reference_ids(events)
    assert ids[-3].endswith("-2")
    assert ids[-2].endswith("-3")
    # Without a close approach (its second object's id is then not read).
    others = events[events["event_type"] != "close-approach"].reset_index(drop=True)
    assert list(event_ids(others)) == _reference_ids(others)
    # From the columns before the table is built (the pipeline's finish): the same ids.
    for table in (events, others):
        columns = {name: table[name].array for name in table.columns}
        assert list(event_ids_of_columns(columns)) == list(event_ids(table))
    # A missing reason ("<NA>" in the key) goes through event_ids itself.
    gap = events.assign(reasons=events["reasons"].astype("string").where(events.index != 2))
    columns = {name: gap[name].array for name in gap.columns}
    assert list(event_ids_of_columns(columns)) == list(event_ids(gap))


@pytest.mark.parametrize("seed", SEEDS)
def test_sort_order_same_as_sort_values(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 60
    epoch = pd.to_datetime(T0_NS + rng.integers(0, 3, n) * 10**9, utc=True)
    events = pd.DataFrame(
        {
            "norad_id": rng.integers(1, 4, n),
            "epoch_utc": epoch,
            "event_type": rng.choice(["manoeuvre", "decay", "data-quality"], n),
            "window_start_utc": epoch,
            "reasons": pd.array(rng.choice(np.array(["b", "a", "", None], dtype=object), n)),
        }
    )
    events.loc[rng.integers(0, n, 5), "window_start_utc"] = pd.NaT
    expected = (
        conform(events)
        .sort_values(
            ["norad_id", "epoch_utc", "event_type", "window_start_utc", "reasons"], kind="stable"
        )
        .index.to_numpy()
    )
    np.testing.assert_array_equal(_sort_order(events), expected)


@pytest.mark.parametrize(("seed", "shuffle"), [(s, sh) for s in SEEDS for sh in (False, True)])
def test_object_index_and_edges_same_as_pandas(seed: int, shuffle: bool) -> None:
    table = _elements(seed, shuffle=shuffle)
    norad = table["norad_id"].to_numpy()
    groups, objects = object_index(norad)
    codes, uniques = pd.factorize(norad)
    np.testing.assert_array_equal(groups, codes)
    np.testing.assert_array_equal(objects, uniques)
    grouped = table.groupby("norad_id", sort=True, observed=True)
    np.testing.assert_array_equal(edge_positions(norad, last=False), grouped.head(1).index)
    np.testing.assert_array_equal(edge_positions(norad, last=True), grouped.tail(1).index)


@pytest.mark.parametrize(("seed", "shuffle"), [(s, sh) for s in SEEDS for sh in (False, True)])
def test_names_and_sources_same_as_groupby(seed: int, shuffle: bool) -> None:
    table = _elements(seed, shuffle=shuffle)
    if seed == 0:  # an object whose sets carry no name at all
        table["object_name"] = table["object_name"].where(table["norad_id"] != table["norad_id"][0])
    objects = pd.DataFrame({"norad_id": table["norad_id"].unique()[:3], "object_name": "CAT"})
    names, sources = names_and_sources(table, objects)
    expected_names, expected_sources = _grouped(table)
    catalogue = objects.set_index("norad_id")["object_name"].astype("string")
    expected_names = expected_names.reindex(expected_names.index.union(catalogue.index))
    expected_names = expected_names.where(
        expected_names.fillna("") != "", catalogue.reindex(expected_names.index)
    )
    assert names.fillna("<NA>").to_dict() == expected_names.fillna("<NA>").to_dict()
    assert sources.to_dict() == expected_sources.to_dict()
    assert any(";" in s for s in sources)


def _reference_stale(elements: pd.DataFrame, decayed: np.ndarray) -> pd.DataFrame:
    """The stale rule written plainly: per-row gaps, grouped medians (the old code)."""
    norad = elements["norad_id"].to_numpy()
    epoch = _ns(elements)
    last = np.r_[norad[1:] != norad[:-1], True]
    source_end = pd.Series(epoch).groupby(elements["source"].cat.codes.to_numpy()).transform("max")
    next_epoch = np.where(last, source_end.to_numpy(), np.r_[epoch[1:], 0])
    gap = (next_epoch - epoch) / 86_400e9
    groups = pd.factorize(norad)[0]
    usual = pd.Series(np.where(~last, gap, np.nan)).groupby(groups).transform("median").to_numpy()
    count = np.bincount(groups)[groups]
    with np.errstate(invalid="ignore"):
        fired = (
            (count >= 5) & (gap > np.maximum(5.0, 5.0 * usual)) & (~last | ~np.isin(norad, decayed))
        )
    rows = np.flatnonzero(fired)
    return pd.DataFrame({"norad_id": norad[rows], "gap_days": gap[rows], "usual": usual[rows]})


@pytest.mark.parametrize("seed", SEEDS)
def test_stale_events_same_as_plain_reference(seed: int) -> None:
    table = _elements(seed, n_objects=30)
    decayed = table["norad_id"].unique()[:2]
    events = data_quality.stale_events(table, rules(), decayed)
    expected = _reference_stale(table, decayed)
    assert len(expected) > 0
    np.testing.assert_array_equal(events["norad_id"].to_numpy(), expected["norad_id"].to_numpy())
    np.testing.assert_array_equal(events["gap_days"].to_numpy(), expected["gap_days"].to_numpy())
    for text, usual in zip(events["explanation"], expected["usual"], strict=True):
        assert text.endswith(f"; this object's usual interval is {usual:.2g} days.")


def test_regular_sentence_for_every_size_of_burn() -> None:
    from ssaviewer.core.detect.pattern_of_life import labels
    from tests.core.events_fixtures import manoeuvres

    table = manoeuvres(
        [
            {"day": d, "delta_v_mps": v}
            for d, v in zip(range(0, 50, 10), [0.05, 1234.5, 0.2, 0.1, 0.3], strict=True)
        ]
    )
    table.loc[2, "delta_v_mps"] = np.nan
    result = labels.combine(table, [], rules())
    sizes = [text.split("Δv ")[1].split(" in-plane")[0] for text in result["explanation"]]
    assert list(result["label"]) == ["regular"] * 5
    assert sizes == ["0.05 m/s", "1,234 m/s", "unknown", "0.1 m/s", "0.3 m/s"]
    assert result["explanation"][0].endswith(
        "like its 4 other manoeuvres in size, timing and place."
    )


def test_manoeuvres_ordered_as_sort_values() -> None:
    from ssaviewer.core.detect.assemble import _by_object_and_epoch

    rng = np.random.default_rng(5)
    table = pd.DataFrame(
        {
            "norad_id": rng.integers(1, 4, 50),
            "epoch_utc": pd.to_datetime(T0_NS + rng.integers(0, 4, 50) * 10**9, utc=True),
        }
    )
    table.loc[[3, 9], "epoch_utc"] = pd.NaT
    expected = table.sort_values(["norad_id", "epoch_utc"], kind="stable").index.to_numpy()
    np.testing.assert_array_equal(_by_object_and_epoch(table), expected)
