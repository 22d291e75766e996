"""Detection's fast paths give the values of the plain computations they replace, bit for bit.

Each shortcut (a sort instead of pandas' grouped median, polyfit's arithmetic without its
set-up, the event table joined column by column instead of concatenated, floats formatted
directly, GEO-only longitudes) is checked against the computation it stands for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.detect import assemble, run_detection
from ssaviewer.core.detect.element_table import (
    RUN_MEDIAN_MIN_SETS,
    SORTED_MEDIAN_MAX,
    category_codes,
    group_medians,
    per_row,
    text_at,
)
from ssaviewer.core.detect.events import data_quality, decay
from ssaviewer.core.detect.events import event_frame as event_frame_module
from ssaviewer.core.detect.events import names as object_names
from ssaviewer.core.detect.events.event_frame import EventColumns, event_columns, event_frame
from ssaviewer.core.detect.pattern_of_life import box, geo, labels, magnitude, robust
from ssaviewer.core.detect.pattern_of_life.findings import Finding
from ssaviewer.core.detect.pipeline import default_rules, detect_in_chunks, load_rules
from ssaviewer.core.norms import geo_disposal, launches, lifetime

SAMPLE_DATA = Path(__file__).resolve().parents[2] / "sample_data"


def _grouped_values(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    groups = rng.integers(0, int(rng.integers(1, 9)), n).astype(np.int64)
    values = rng.normal(size=n) * 10.0 ** int(rng.integers(-3, 4))
    if rng.random() < 0.5:
        values[rng.random(n) < 0.3] = np.nan
    if rng.random() < 0.3:
        values = np.round(values)  # ties
    return values, groups


@pytest.mark.parametrize("sizes", [(1, 60), (SORTED_MEDIAN_MAX + 1, 6000)])
def test_group_median_is_pandas_grouped_median(sizes: tuple[int, int]) -> None:
    rng = np.random.default_rng(7)
    for _ in range(300 if sizes[1] < 100 else 5):
        values, groups = _grouped_values(rng, int(rng.integers(*sizes)))
        expected = pd.Series(values).groupby(groups, sort=False).transform("median")
        np.testing.assert_array_equal(
            robust.group_median(values, groups), expected.to_numpy(np.float64)
        )


def test_group_median_of_a_group_of_nan_only_is_nan() -> None:
    out = robust.group_median(np.array([np.nan, 1.0, np.nan, 3.0]), np.array([0, 1, 0, 1]))
    np.testing.assert_array_equal(out, [np.nan, 2.0, np.nan, 2.0])


def test_window_slope_is_polyfit_to_the_last_bit() -> None:
    rng = np.random.default_rng(3)
    for _ in range(500):
        n = int(rng.integers(5, 300))
        t = np.sort(rng.uniform(0.0, 4000.0, n))
        a = 7000.0 - 0.01 * t + rng.normal(0.0, 0.05, n)
        i = int(rng.integers(0, n - 4))
        j = int(rng.integers(i + 5, n + 1))
        lines = lifetime._vander(t)
        assert lifetime._slope(lines[i:j], a[i:j]) == np.polyfit(t[i:j], a[i:j], 1)[0]


def test_disposal_median_is_pandas_median() -> None:
    rng = np.random.default_rng(5)
    for _ in range(300):
        values, _ = _grouped_values(rng, int(rng.integers(0, 40)))
        expected = pd.Series(values, dtype=np.float64).median()
        assert geo_disposal._median(values) == pytest.approx(expected, abs=0.0, nan_ok=True)
        if len(values) and not np.isnan(expected):
            assert geo_disposal._median(values) == expected


def test_outlier_numbers_are_formatted_as_before() -> None:
    rng = np.random.default_rng(1)
    values = rng.normal(size=2000) * 10.0 ** rng.integers(-20, 20, 2000)
    values = np.r_[values, np.nan, np.inf, -np.inf, 0.0, -0.0, 5e-324]
    fast = data_quality._numbers(pd.Series(values))
    assert fast == [data_quality._number(v) for v in values.tolist()]
    assert data_quality._numbers(pd.Series(["1.5", "x"], dtype=object)) == ["1.5", "x"]


def test_event_table_joined_by_columns_is_the_concatenated_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The demo has every event type (and so frames with different extra columns).
    joined, args, kwargs = _detected_with_finish_call(monkeypatch, SAMPLE_DATA)
    assert set(joined["event_type"]) >= {"manoeuvre", "norm", "data-quality", "decay"}
    monkeypatch.setattr(assemble, "_joined_columns", lambda frames: None)
    concatenated = assemble.finish(*args, **kwargs)  # type: ignore[arg-type]
    pd.testing.assert_frame_equal(joined, concatenated, check_exact=True)
    assert joined.equals(concatenated)


def _same_joined(left: dict[str, object] | None, right: dict[str, object] | None) -> None:
    assert left is not None
    assert right is not None
    assert list(left) == list(right)
    for name in left:
        a, b = pd.Series(left[name]), pd.Series(right[name])
        assert a.dtype == b.dtype, name
        pd.testing.assert_series_equal(a, b, check_exact=True, obj=name)


def test_event_columns_join_as_their_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline's frames given as columns (no table built) join as their tables do."""
    _check_event_columns(monkeypatch, SAMPLE_DATA, {"out-of-family", "stale"})


def test_event_columns_join_as_their_table_on_a_real_history(
    monkeypatch: pytest.MonkeyPatch, shared_data: Path
) -> None:
    """The same on a real history with duplicates, epoch conflicts and a lifetime norm."""
    path = shared_data / "tle" / "Envisat.tle"
    kinds = {
        "duplicate",
        "epoch-conflict",
        "out-of-family",
        "lifetime-over-25-years;lifetime-over-5-years",
    }
    _check_event_columns(monkeypatch, path, kinds)


def _detected_with_finish_call(
    monkeypatch: pytest.MonkeyPatch, path: Path
) -> tuple[pd.DataFrame, tuple[object, ...], dict[str, object]]:
    """Detect on ``path`` (no screening); return the events and the arguments of ``finish``.

    ``assemble.finish`` is restored when this returns, so it can be called again.
    """
    dataset = load(str(path))
    seen: dict[str, tuple[tuple[object, ...], dict[str, object]]] = {}
    finish = assemble.finish

    def keep(*args: object, **kwargs: object) -> pd.DataFrame:
        seen["call"] = (args, kwargs)
        return finish(*args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(assemble, "finish", keep)
        events = run_detection(dataset, screen=None)
    args, kwargs = seen["call"]
    return events, args, kwargs


def _check_event_columns(monkeypatch: pytest.MonkeyPatch, path: Path, kinds: set[str]) -> None:
    events, args, kwargs = _detected_with_finish_call(monkeypatch, path)
    frames = args[0]
    assert isinstance(frames, list)
    given = [f for f in frames if isinstance(f, EventColumns) and len(f)]
    # The manoeuvres and the data-quality events come as columns.
    assert kinds <= {str(t) for f in given for t in set(f.frame()["reasons"])}
    assert "manoeuvre" in {str(t) for f in given for t in set(f.frame()["event_type"])}
    for columns in given:
        table = columns.frame()
        assert dict(table.items()).keys() == columns.arrays.keys()
        _same_joined(assemble._joined_columns([columns]), assemble._joined_columns([table]))
    # The whole event table: as from the same frames built as tables.
    tables = [f.frame() if isinstance(f, EventColumns) else f for f in frames]
    from_tables = assemble.finish(tables, *args[1:], **kwargs)  # type: ignore[arg-type]
    assert events.equals(from_tables)
    pd.testing.assert_frame_equal(events, from_tables, check_exact=True)


def test_event_columns_keep_the_tables_alignment_and_inference() -> None:
    """A column the table would align (a Series on another index) or infer (a list) joins as
    the table's column, and ``frame()`` is ``event_frame``'s table, rows or none."""
    given: dict[str, Any] = {
        "norad_id": np.array([5, 6, 7]),
        "event_type": "data-quality",
        "epoch_utc": pd.Series(pd.to_datetime(["2020-01-01", "2020-01-02", "2020-01-03"])),
        "gap_days": pd.Series([1.0, 2.0, 3.0], index=[2, 1, 0]),  # aligned by the table
        "records": ["a", None, "c"],  # a list: the table infers its type
    }
    columns = event_columns(3, **given)
    table = event_frame(3, **given)
    pd.testing.assert_frame_equal(columns.frame(), table, check_exact=True)
    _same_joined(assemble._joined_columns([columns]), assemble._joined_columns([table]))
    joined = assemble._joined_columns([columns])
    assert joined is not None
    assert list(joined["gap_days"]) == [3.0, 2.0, 1.0]
    none = {k: v[:0] if k != "event_type" else v for k, v in given.items()}
    empty = event_columns(0, **none)
    assert len(empty) == 0
    assert empty.arrays == {}
    pd.testing.assert_frame_equal(
        empty.frame(),
        event_frame(0, **none),
    )


@pytest.mark.parametrize("missing", [False, True])
def test_category_codes_are_the_categorical_accessors(missing: bool) -> None:
    """A categorical's codes read from its array are ``.cat.codes`` and ``.cat.categories``."""
    values = ["LEO", "GEO", "LEO", None if missing else "MEO", "GEO"]
    column = pd.Series(values, dtype=pd.CategoricalDtype(["LEO", "MEO", "GEO", "HEO"]))
    codes, labels = category_codes(column)
    expected = column.cat.codes.to_numpy()
    expected_labels = [str(c) for c in column.cat.categories]
    if missing:
        expected_labels.append("nan")
        expected = np.where(expected < 0, len(expected_labels) - 1, expected)
    np.testing.assert_array_equal(codes, expected)
    assert codes.dtype == expected.dtype
    assert labels == expected_labels
    assert [labels[c] for c in codes] == [str(v) for v in column.astype(object)]


def test_decays_read_each_objects_last_set_only() -> None:
    """The decays are the same from the table of each object's last set, whatever its index."""
    dataset = load(str(SAMPLE_DATA))
    elements, objects = dataset.elements, dataset.objects
    rules = default_rules()
    decays = decay.detect_decays(elements, objects, rules)
    assert len(decays) > 0
    norad = elements["norad_id"].to_numpy()
    last = np.r_[np.flatnonzero(norad[1:] != norad[:-1]), len(norad) - 1]
    relabelled = elements.set_axis(np.arange(len(elements))[::-1] * 3 + 7)
    tables: list[pd.DataFrame] = [elements.take(last), relabelled, relabelled.take(last)]
    for table in tables:
        pd.testing.assert_frame_equal(decay.detect_decays(table, objects, rules), decays)


def test_occasions_per_object_are_the_grouped_sum() -> None:
    rng = np.random.default_rng(11)
    for _ in range(200):
        n = int(rng.integers(1, 50))
        norad = rng.integers(1, 6, n)
        if rng.random() < 0.5:
            norad = np.sort(norad)
        flags = rng.random(n) < 0.4
        expected = pd.Series(flags.astype(np.int64)).groupby(norad).transform("sum").to_numpy()
        got = magnitude._object_sums(norad, flags)
        np.testing.assert_array_equal(got, expected)
        assert got.dtype == expected.dtype


def _catalogue_filled(names: pd.Series, objects: pd.DataFrame) -> pd.Series:
    """The general path: the catalogue's names by id, reindexed to the union, with ``where``."""
    catalogue = objects.drop_duplicates("norad_id", keep="last").set_index("norad_id")
    filled = catalogue["object_name"].astype("string").fillna("")
    out = names.reindex(names.index.union(filled.index))
    return out.where(out.fillna("") != "", filled.reindex(out.index))


@pytest.mark.parametrize("categorical", [False, True])
def test_names_filled_in_from_a_catalogue_of_the_same_objects(categorical: bool) -> None:
    own = pd.Series(
        pd.array(["A", None, "", "D", None], dtype="string"),
        index=pd.Index([3, 5, 8, 9, 12], name="norad_id"),
    )
    listed = pd.Series(["a", "b", "c", None, None], dtype="category" if categorical else object)
    for ids in ([3, 5, 8, 9, 12], [3, 5, 8, 12, 9], [3, 5, 8, 9], [3, 5, 8, 9, 12, 14]):
        objects = pd.DataFrame({"norad_id": ids, "object_name": listed.iloc[: len(ids)].tolist()
                                + [None] * max(0, len(ids) - 5)})  # fmt: skip
        if categorical:
            objects["object_name"] = objects["object_name"].astype("category")
        expected = _catalogue_filled(own, objects)
        got = (
            object_names._filled_in(own, objects)
            if object_names._same_objects(objects, own.index)
            else None
        )
        if ids == [3, 5, 8, 9, 12]:
            assert got is not None
            pd.testing.assert_series_equal(got, expected, check_exact=True)
            assert got.tolist() == ["A", "b", "c", "D", ""]
        else:  # another catalogue: the general path
            assert got is None


@pytest.mark.parametrize("kind", ["category", "object", "string"])
def test_text_at_rows_is_the_rows_as_text(kind: str) -> None:
    """``text_at`` is ``column.iloc[rows].astype(str).to_numpy()`` (by codes if categorical)."""
    values = ["LEO", "GEO", None, "LEO", "HEO", "GEO"]
    column = pd.Series(values, dtype=kind)
    every = (np.array([0, 2, 5, 2]), np.array([], dtype=np.int64), np.arange(6))
    for rows in (np.array([4, 0, 1, 3, 0]), *every):  # the first: no missing value
        expected = column.iloc[rows].astype(str).to_numpy()
        got = text_at(column, rows)
        assert got.dtype == expected.dtype
        assert got.tolist() == expected.tolist()


def test_no_new_launch_is_the_empty_launch_table() -> None:
    """Without a new launch the table is the one the function always gave (no rows)."""
    dataset = load(str(SAMPLE_DATA))
    first = dataset.elements[dataset.elements["norad_id"] == dataset.elements["norad_id"].iloc[0]]
    table = launches.launch_table(first, dataset.objects, default_rules())
    old = pd.DataFrame([], columns=["cospar_launch", "first_utc", "launch_date", "objects"])
    pd.testing.assert_frame_equal(table, old)
    assert len(launches.launch_events(first, dataset.objects, default_rules())) == 0


def test_text_ranks_are_the_sorted_factorize_codes() -> None:
    rng = np.random.default_rng(9)
    alphabet = np.array(["a", "b", "B", "", "é", "z", "Ω", "中", "-", ";", "😀"], dtype=object)
    for _ in range(200):
        n = int(rng.integers(1, 40))
        texts = ["".join(rng.choice(alphabet, int(rng.integers(0, 4)))) for _ in range(n)]
        column = pa.array(texts, type=pa.large_string())
        expected = pd.factorize(pd.Series(pd.arrays.ArrowStringArray(column)), sort=True)[0]
        np.testing.assert_array_equal(assemble._text_rank(column), expected)
        assert sorted(texts) == [texts[k] for k in np.lexsort([assemble._text_rank(column)])]


def test_text_factorized_in_arrow_is_pandas_factorize() -> None:
    rng = np.random.default_rng(4)
    words = np.array(["manoeuvre", "norm", "", "LEO", "GEO", "é"], dtype=object)
    for _ in range(100):
        texts = rng.choice(words, int(rng.integers(1, 30))).tolist()
        values = pd.arrays.ArrowStringArray(pa.array(texts, type=pa.large_string()))
        found = assemble._factorized(values)
        assert found is not None
        codes, labels = pd.factorize(pd.Series(values).astype(str))
        np.testing.assert_array_equal(found[0], codes)
        assert found[1] == list(labels)
    with_missing = pd.arrays.ArrowStringArray(pa.array(["a", None], type=pa.large_string()))
    assert assemble._factorized(with_missing) is None  # pandas' own path ("" for it)
    assert assemble._factorized(np.array(["a"], dtype=object)) is None


def test_stale_events_of_one_file_are_those_of_the_file_among_others() -> None:
    """One source file's end is its last epoch, as when other files are read with it."""
    elements = load(str(SAMPLE_DATA)).elements
    rules = default_rules()
    single = elements.assign(source=pd.Categorical(["one.tle"] * len(elements)))
    other = elements.iloc[[0]].assign(
        norad_id=10**8,  # another object, in another file whose only set is older
        source=pd.Categorical(["two.tle"]),
    )
    both = pd.concat([single, other], ignore_index=True)
    both["source"] = both["source"].astype("category")
    alone = data_quality.stale_events(single, rules)
    among = data_quality.stale_events(both, rules)
    assert len(alone) > 0
    pd.testing.assert_frame_equal(alone, among[among["norad_id"] != 10**8].reset_index(drop=True))


def test_per_row_of_a_categorical_by_codes_is_per_row_of_its_text() -> None:
    """A categorical's rule values by its codes are those of its factorised values."""
    rules = default_rules()
    kinds = pd.CategoricalDtype(["LEO", "MEO", "GEO", "IGSO", "GTO", "HEO"])
    for values in (
        ["GEO", "LEO", "LEO", "HEO", "GEO"],
        ["LEO"] * 4,
        [],
        ["GEO", None, "LEO"],  # a missing value: the factorised path itself
    ):
        column = pd.Series(values, dtype=kinds)
        expected = per_row(
            rules, data_quality.RULE_SECTION, lambda p: p.stale_min_days, column.astype(object)
        )
        got = per_row(rules, data_quality.RULE_SECTION, lambda p: p.stale_min_days, column)
        np.testing.assert_array_equal(got, expected)
        assert got.dtype == expected.dtype
    # Different values per regime (so a wrong code would show).
    strict = load_rules(
        "[data_quality.GEO]\nstale_min_days = 9.0\n[data_quality.HEO]\nstale_min_days = 2.5\n",
        "test rules",
    )
    column = pd.Series(["GEO", "LEO", "HEO", "GEO"], dtype=kinds)
    got = per_row(strict, data_quality.RULE_SECTION, lambda p: p.stale_min_days, column)
    assert got.tolist()[0] == 9.0
    assert got.tolist()[2] == 2.5
    np.testing.assert_array_equal(
        got,
        per_row(strict, data_quality.RULE_SECTION, lambda p: p.stale_min_days, column.astype(str)),
    )


def test_geo_rules_skip_nothing_that_could_fire() -> None:
    manoeuvres = pd.DataFrame(
        {
            "norad_id": [1, 1, 2],
            "regime": ["LEO", "LEO", "MEO"],
            "node": ["ID", "AD", "IK"],  # given nodes count only in GEO
            "geo_longitude_before_deg": [10.0, 11.0, 12.0],
            "geo_longitude_after_deg": [20.0, 21.0, 22.0],
            "geo_drift_before_deg_per_day": [0.0, 0.5, 0.5],
            "geo_drift_after_deg_per_day": [0.5, 0.5, 0.0],
        }
    )
    rules = default_rules()
    assert list(geo.geo_nodes(manoeuvres, rules)) == ["", "", ""]
    found: list[Finding] = geo.geo_findings(manoeuvres, rules)
    assert [f.code for f in found] == ["drift-start", "drift-adjust", "slot-change"]
    assert not any(f.fired.any() for f in found)
    assert all(list(f.sentences) == ["", "", ""] for f in found)
    in_geo = manoeuvres.assign(regime="GEO")
    assert list(geo.geo_nodes(in_geo, rules)) == ["ID", "AD", "IK"]


def test_box_longitudes_only_for_geo_objects_match_each_object_alone() -> None:
    elements = load(str(SAMPLE_DATA)).elements
    norad = elements["norad_id"].to_numpy()
    values, _, objects = box._kept_rows(elements, np.unique(norad), None)
    geo_ids = elements.loc[elements["regime"].isin(["GEO", "IGSO"]), "norad_id"].unique()
    assert 0 < len(geo_ids) < len(objects)  # the demo mixes GEO and other objects
    for norad_id in objects:
        alone = elements[norad == norad_id]
        expected = box.kept_quantity(alone)
        np.testing.assert_allclose(values[norad == norad_id], expected, rtol=0, atol=1e-9)


def test_irregular_verdict_is_the_combined_label() -> None:
    dataset = load(str(SAMPLE_DATA))
    rules = default_rules()
    manoeuvres, _ = detect_in_chunks(dataset.elements, rules)
    ordered = manoeuvres.take(assemble._by_object_and_epoch(manoeuvres)).reset_index(drop=True)
    findings = assemble.label_findings(ordered, dataset, rules)
    combined = labels.combine(ordered, findings, rules)["label"].to_numpy()
    assert (combined == "irregular").any()
    assert (combined != "irregular").any()
    np.testing.assert_array_equal(
        labels.irregular(ordered, findings, rules), combined == "irregular"
    )


@pytest.mark.parametrize("sizes", [(0, 60), (SORTED_MEDIAN_MAX + 1, 6000)])
def test_group_medians_are_pandas_grouped_medians(sizes: tuple[int, int]) -> None:
    rng = np.random.default_rng(11)
    for _ in range(300 if sizes[1] < 100 else 5):
        values, groups = _grouped_values(rng, int(rng.integers(*sizes)))
        n_groups = int(groups.max()) + 3 if len(groups) else 2  # some groups have no rows
        expected = np.full(n_groups, np.nan)
        medians = pd.Series(values, dtype=np.float64).groupby(groups).median()
        expected[medians.index.to_numpy(dtype=np.int64)] = medians.to_numpy(np.float64)
        np.testing.assert_array_equal(group_medians(values, groups, n_groups), expected)


def test_empty_event_frames_are_the_built_ones_and_independent() -> None:
    columns = {
        "norad_id": np.empty(0, dtype=np.int64),
        "reasons": "stale",
        "epoch_utc": pd.to_datetime(np.empty(0, dtype=np.int64), utc=True),
        "gap_days": np.empty(0),
        "records": np.empty(0, dtype=object),
    }
    first = event_frame(0, **columns)
    first["scratch"] = 1.0  # changing one copy changes no other
    second = event_frame(0, **columns)
    pd.testing.assert_frame_equal(second, event_frame_module._built(0, columns))
    assert "scratch" not in second
    other = event_frame(0, **(columns | {"gap_days": np.empty(0, dtype=object)}))
    assert other["gap_days"].dtype == object  # the dtypes are part of the key


def test_groups_are_pandas_grouped_transforms_in_any_row_order() -> None:
    rng = np.random.default_rng(13)
    for n in (0, 1, 2, 7, 50, 400):
        keys = rng.integers(40000, 40006, n).astype(np.int64)  # unsorted, as NORAD ids
        flags = rng.random(n) < 0.4
        values = rng.normal(size=n)
        values[rng.random(n) < 0.3] = np.nan
        groups = robust.Groups(keys)
        by = pd.Series(flags).groupby(keys)
        np.testing.assert_array_equal(groups.sum(flags), by.transform("sum").to_numpy())
        np.testing.assert_array_equal(groups.cumcount(), by.cumcount().to_numpy())
        counts = pd.Series(flags.astype(np.int64)).groupby(keys).cumsum().to_numpy()
        np.testing.assert_array_equal(groups.cumsum(flags), counts)
        maxima = pd.Series(values).groupby(keys).transform("max").to_numpy()
        np.testing.assert_array_equal(groups.max(values), maxima)


@pytest.mark.parametrize("seed", range(40))
def test_few_median_is_numpys_median(seed: int) -> None:
    """``few_median`` (plane-change levels) equals ``np.median`` bit for bit, NaN and ties too."""
    from ssaviewer.core.detect.manoeuvres.medians import few_median

    rng = np.random.default_rng(seed)
    for n in range(1, 7):
        values = rng.normal(size=n) * 10.0 ** int(rng.integers(-3, 4)) + 98.5
        if rng.random() < 0.3:
            values[rng.integers(0, n)] = np.nan
        if rng.random() < 0.3:
            values = np.round(values, 1)  # ties
        expected = float(np.median(values))
        got = few_median(values)
        assert np.array_equal([got], [expected], equal_nan=True), (n, values)
    as_float32 = rng.normal(size=4).astype(np.float32)
    assert few_median(as_float32) == float(np.median(as_float32))


@pytest.mark.parametrize("seed", range(6))
def test_group_medians_of_one_large_group_is_pandas_grouped_median(seed: int) -> None:
    """One object's long history (one group above SORTED_MEDIAN_MAX rows) by ``np.median``."""
    rng = np.random.default_rng(seed)
    n = SORTED_MEDIAN_MAX + 1 + int(rng.integers(0, 3000))
    values, _ = _grouped_values(rng, n)
    label = int(rng.integers(0, 3))
    groups = np.full(n, label, dtype=np.int64)
    if seed == 0:
        values[:] = np.nan  # a group of NaN only
    expected = pd.Series(values).groupby(groups).median()
    out = group_medians(values, groups, 3)
    assert np.array_equal(out[label : label + 1], expected.to_numpy(np.float64), equal_nan=True)
    assert np.isnan(np.delete(out, label)).all()


@pytest.mark.parametrize("seed", range(8))
def test_group_medians_of_long_sorted_runs_are_pandas_grouped_medians(seed: int) -> None:
    """A few objects' long histories (groups in runs, one selection per run) as pandas gives."""
    rng = np.random.default_rng(100 + seed)
    n_runs = int(rng.integers(3, 9))
    lengths = rng.integers(SORTED_MEDIAN_MAX // 2, SORTED_MEDIAN_MAX, n_runs)
    labels = np.sort(rng.choice(40, n_runs, replace=False))  # some groups without rows
    groups = np.repeat(labels, lengths).astype(np.int64)
    values, _ = _grouped_values(rng, len(groups))
    if seed % 2:
        values = np.round(values, 1)  # ties
    if seed == 0:
        values[: lengths[0]] = np.nan  # a group of NaN only
    assert len(values) > SORTED_MEDIAN_MAX
    assert min(lengths) > RUN_MEDIAN_MIN_SETS
    expected = np.full(42, np.nan)
    medians = pd.Series(values).groupby(groups).median()
    expected[medians.index.to_numpy(dtype=np.int64)] = medians.to_numpy(np.float64)
    np.testing.assert_array_equal(group_medians(values, groups, 42), expected)
    # Runs out of order (not sorted by group) go to pandas, with the same values.
    shuffled = np.concatenate(np.split(groups, np.cumsum(lengths)[:-1])[::-1])
    reordered = np.concatenate(np.split(values, np.cumsum(lengths)[:-1])[::-1])
    np.testing.assert_array_equal(group_medians(reordered, shuffled, 42), expected)


@pytest.mark.parametrize(
    "column",
    [
        pd.Series(["LEO", "GEO", None, "IGSO", "GEO", "HEO"], dtype="category"),
        pd.Series(pd.Categorical(["GEO", "LEO"], categories=["LEO", "MEO", "GEO", "IGSO"])),
        pd.Series(["LEO", "GEO", None, "IGSO"], dtype="string"),
        pd.Series(["LEO", "GEO", "IGSO"], dtype=object),
        pd.Series([], dtype="category"),
    ],
)
def test_in_categories_is_isin(column: pd.Series) -> None:
    """The regime test by category codes gives ``isin``'s rows (missing values in none)."""
    from ssaviewer.core.detect.element_table import in_categories

    for names in [("GEO", "IGSO"), ("LEO",), ("XXX",), ()]:
        expected = column.isin(list(names)).to_numpy(dtype=bool)
        np.testing.assert_array_equal(in_categories(column, names), expected)


def _table_dq_reference(elements: pd.DataFrame, rules: object, kind: str) -> pd.DataFrame:
    """The data-quality events as before the column-by-column path: through an intermediate
    table of the flagged rows (``elements.loc[mask, names]``) and pandas' groupby."""
    from ssaviewer.core.detect.element_table import per_row
    from ssaviewer.core.i18n import formatter

    flag = "duplicate_records" if kind == "duplicate" else "epoch_conflict"
    mask = (
        elements[flag].notna().to_numpy()
        if kind == "duplicate"
        else elements[flag].to_numpy(dtype=bool)
    )
    rows = elements.loc[mask, ["norad_id", "epoch_utc", "regime", "record", flag]]
    field = (lambda p: p.duplicates) if kind == "duplicate" else (lambda p: p.epoch_conflicts)
    rows = rows.loc[per_row(rules, data_quality.RULE_SECTION, field, rows["regime"]) > 0]  # type: ignore[arg-type]
    if kind == "duplicate":
        template = formatter("duplicate", record="{}", records="{}")
        explanation = [template(r, d) for r, d in zip(rows["record"], rows[flag], strict=True)]
        first, records = rows, rows["record"].astype(str).to_numpy()
    else:
        grouped = rows.groupby(["norad_id", "epoch_utc"], sort=True, observed=True)
        joined = grouped["record"].agg(lambda r: "; ".join(r.astype(str)))
        template = formatter("epoch-conflict", count="{}", records="{}")
        explanation = [template(r.count(";") + 1, r) for r in joined]
        first, records = grouped.head(1), joined.to_numpy(dtype=object)
    return data_quality._dq(
        len(first),
        norad_id=first["norad_id"].to_numpy(),
        reasons="duplicate" if kind == "duplicate" else "epoch-conflict",
        explanation=np.array(explanation, dtype=object),
        epoch_utc=first["epoch_utc"].array,
        window_start_utc=first["epoch_utc"].array,
        window_end_utc=first["epoch_utc"].array,
        regime=first["regime"].astype(str).to_numpy(),
        records=records,
    )


@pytest.mark.parametrize("shuffled", [False, True])
def test_duplicate_and_conflict_events_are_the_table_paths(shuffled: bool) -> None:
    """Duplicates and conflicts by columns (sorted: runs; unsorted: groupby) as by a table."""
    from tests.core.events_fixtures import dataset, elements, rules

    base = elements(1, 12)
    other = elements(2, 12)
    ds = dataset(
        base,
        other,
        base.iloc[[3]].assign(source="b.tle", record="b.tle:7"),
        other.iloc[[2, 8]].assign(source="b.tle", record="b.tle:3"),
        base.iloc[[5]].assign(inclination_deg=98.5, record="b.tle:9", source="b.tle"),
        base.iloc[[5]].assign(inclination_deg=98.6, record="c.tle:9", source="c.tle"),
        other.iloc[[7]].assign(inclination_deg=97.1, record="b.tle:17", source="b.tle"),
    )
    table = ds.elements
    if shuffled:
        table = table.iloc[::-1].reset_index(drop=True)
    for kind, found in [
        ("duplicate", data_quality.duplicate_events(table, rules())),
        ("conflict", data_quality.conflict_events(table, rules())),
    ]:
        assert len(found) > 0
        pd.testing.assert_frame_equal(found, _table_dq_reference(table, rules(), kind))
    off = rules("[data_quality]\nduplicates = false\nepoch_conflicts = false\n")
    assert len(data_quality.duplicate_events(table, off)) == 0
    assert len(data_quality.conflict_events(table, off)) == 0


def _outlier_events_reference(outliers: pd.DataFrame, elements: pd.DataFrame) -> pd.DataFrame:
    """``outlier_events`` as before its column path: the first rows as a table, the regimes
    by a reindexed Series."""
    from ssaviewer.core.detect.element_table import edge_positions
    from ssaviewer.core.i18n import formatter
    from ssaviewer.core.table_order import epoch_ns

    norad = outliers["norad_id"].to_numpy()
    order = np.lexsort((epoch_ns(outliers["epoch_utc"]), norad))
    key = np.c_[norad[order], epoch_ns(outliers["epoch_utc"])[order]]
    starts = np.flatnonzero(np.r_[True, (np.diff(key, axis=0) != 0).any(axis=1)])
    ends = np.r_[starts[1:], len(order)]
    first = outliers.iloc[np.sort(order[starts])]
    item = formatter("outlier-item.value", field="{}", value="{}", expected="{}")
    text = np.array(
        [
            item(f, f"{v:.6g}", f"{e:.6g}")
            for f, v, e in zip(
                outliers["field"], outliers["value"], outliers["expected"], strict=True
            )
        ],
        dtype=object,
    )[order]
    detail = ["; ".join(text[a:b]) for a, b in zip(starts, ends, strict=True)]
    last = edge_positions(elements["norad_id"].to_numpy(), last=True)
    regime = (
        pd.Series(
            elements["regime"].iloc[last].astype(str).to_numpy(dtype=object),
            index=elements["norad_id"].to_numpy()[last],
        )
        .reindex(first["norad_id"].to_numpy())
        .fillna("")
    )
    template = formatter("out-of-family", record="{}", detail="{}")
    return data_quality._dq(
        len(first),
        norad_id=first["norad_id"].to_numpy(),
        reasons="out-of-family",
        explanation=np.array(
            [template(r, d) for r, d in zip(first["record"], detail, strict=True)], dtype=object
        ),
        epoch_utc=first["epoch_utc"].array,
        window_start_utc=first["epoch_utc"].array,
        window_end_utc=first["epoch_utc"].array,
        regime=regime.to_numpy(dtype=object),
        rules=first["rules"].astype(str).to_numpy(),
        records=first["record"].astype(str).to_numpy(),
    )


def test_outlier_events_are_the_table_path() -> None:
    """Out-of-family events by columns and a regime lookup, as by the first rows' table."""
    dataset = load(str(SAMPLE_DATA))
    _, outliers = detect_in_chunks(dataset.elements, default_rules())
    assert len(outliers) > 1
    # An object absent from the element table reads an empty regime.
    stray = outliers.iloc[[0]].assign(norad_id=99_999_999)
    for table in (outliers, pd.concat([outliers, stray], ignore_index=True)):
        pd.testing.assert_frame_equal(
            data_quality.outlier_events(table, dataset.elements),
            _outlier_events_reference(table, dataset.elements),
        )


def test_catalogue_column_is_drop_duplicates_then_set_index() -> None:
    """Object-table columns by id, by two columns, as ``drop_duplicates().set_index()``."""
    from ssaviewer.core.detect.object_table import catalogue_column

    objects = load(str(SAMPLE_DATA)).objects
    # Repeated ids (the last row wins), missing values and every dtype of the table.
    doubled = pd.concat([objects, objects.iloc[[3, 0]].assign(object_name="LATER")])
    doubled.loc[doubled.index[1], "owner"] = pd.NA
    for table in (objects, doubled, objects.iloc[:0]):
        for name in table.columns.drop("norad_id"):
            expected = table.drop_duplicates("norad_id", keep="last").set_index("norad_id")[name]
            pd.testing.assert_series_equal(catalogue_column(table, name), expected)
    assert catalogue_column(doubled, "object_name").loc[objects["norad_id"].iloc[0]] == "LATER"


def test_mission_ends_ignore_manoeuvres_without_a_time_and_row_order() -> None:
    """The manoeuvres kept by arrays are ``dropna()``'s; counts and last times as groupby's."""
    from ssaviewer.core.norms.end_of_mission import mission_ends

    dataset = load(str(SAMPLE_DATA))
    manoeuvres, _ = detect_in_chunks(dataset.elements, default_rules())
    assert manoeuvres["norad_id"].nunique() > 2
    base = mission_ends(manoeuvres, dataset.elements).table
    timeless = manoeuvres.iloc[[0, 3]].copy()
    timeless["epoch_utc"] = pd.Series(pd.NaT, index=timeless.index, dtype="datetime64[ns, UTC]")
    noisy = pd.concat([manoeuvres, timeless], ignore_index=True).iloc[::-1]
    pd.testing.assert_frame_equal(mission_ends(noisy, dataset.elements).table, base)
    grouped = manoeuvres.groupby("norad_id")["epoch_utc"]
    np.testing.assert_array_equal(base["n_manoeuvres"], grouped.size().to_numpy())
    np.testing.assert_array_equal(base["last_manoeuvre_utc"], grouped.max().to_numpy())


def test_mean_state_rates_are_secular_rates_once() -> None:
    """``MeanState.rates`` is ``secular_rates`` of the state, computed on first use only."""
    from ssaviewer.core.detect.manoeuvres import timing

    rng = np.random.default_rng(11)
    n = 7
    state = timing.MeanState(
        t_days=rng.uniform(0, 9000, n),
        n_rev_per_day=rng.uniform(1.0, 16.0, n),
        ndot_rev_per_day2=np.zeros(n),
        e=rng.uniform(0, 0.1, n),
        i_rad=rng.uniform(0, np.pi, n),
        raan_rad=rng.uniform(0, 2 * np.pi, n),
        argp_rad=rng.uniform(0, 2 * np.pi, n),
        m_rad=rng.uniform(0, 2 * np.pi, n),
    )
    first = state.rates
    for got, expected in zip(first, timing.secular_rates(state), strict=True):
        np.testing.assert_array_equal(got, expected)
    assert state.rates is first


def test_objects_differing_sorted_path_is_the_unique_path() -> None:
    """Rows sorted by object rank their objects by runs: as ``np.unique``'s inverse does."""
    from ssaviewer.core.detect.manoeuvres.detector import _objects_differing

    rng = np.random.default_rng(4)
    for _ in range(200):
        norad = np.sort(rng.integers(1, 6, int(rng.integers(1, 40))))
        kept = np.flatnonzero(rng.random(len(norad)) < 0.7)
        other = np.flatnonzero(rng.random(len(norad)) < 0.7)
        ids, row_object = np.unique(norad, return_inverse=True)
        expected = (
            np.bincount(row_object[kept], minlength=len(ids))
            != np.bincount(row_object[other], minlength=len(ids))
        )[row_object]
        np.testing.assert_array_equal(_objects_differing(norad, kept, other), expected)
        shuffled = rng.permutation(len(norad))  # unsorted rows: the unique path
        np.testing.assert_array_equal(
            _objects_differing(
                norad[shuffled], np.argsort(shuffled)[kept], np.argsort(shuffled)[other]
            ),
            expected[shuffled],
        )
