"""concat_elements: the same table as pd.concat followed by the schema casts, only cheaper."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.element_concat import concat_elements
from ssaviewer.core.schema import BASE_COLUMNS

WORDS = ["ISS (ZARYA)", "", "NOAA 19", "Ærø-1", "a", "B", "zz", "STARLINK-1007"]


def _reference(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """What merge_elements did before: concatenate frames, then cast what differs."""
    joined = pd.concat(frames, ignore_index=True)
    wrong = {c: t for c, t in BASE_COLUMNS.items() if str(joined[c].dtype) != t}
    return joined.astype(wrong) if wrong else joined


def _frame(
    rng: np.random.Generator, n: int, vocabulary: list[str], extra: list[str]
) -> pd.DataFrame:
    """A reader-like table; ``extra`` are categories that no row uses."""
    names = [vocabulary[k] for k in rng.integers(0, len(vocabulary), n)]
    categories = list(dict.fromkeys(names + extra))  # first appearance, then unused ones
    frame = pd.DataFrame(
        {
            "norad_id": rng.integers(1, 99999, n),
            "object_name": pd.Categorical(names, categories=pd.Index(categories, dtype="str")),
            "object_id": pd.Categorical([f"2024-{k:03d}A" for k in rng.integers(0, 5, n)]),
            "epoch_utc": pd.to_datetime(rng.integers(0, 10**17, n), utc=True),
            **{c: rng.random(n) for c, t in BASE_COLUMNS.items() if t == "float64"},
            "ephemeris_type": np.zeros(n, dtype=np.int8),
            "element_set_no": rng.integers(0, 9999, n).astype(np.int32),
            "rev_at_epoch": rng.integers(0, 99999, n),
            "classification": pd.Categorical(["U"] * n, categories=pd.Index(["U", "C", "S"])),
            "source": pd.Categorical([f"f{n}.tle"] * n),
            "format": pd.Categorical(["tle"] * n),
            "record": pd.array([f"f{n}.tle:{k}" for k in range(n)], dtype="string"),
        }
    )
    return frame[list(BASE_COLUMNS)]


def _assert_same(result: pd.DataFrame, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(result, expected, check_exact=True)
    for column in result.columns:
        if isinstance(result[column].dtype, pd.CategoricalDtype):
            # unordered CategoricalDtype equality ignores the order: compare it too
            assert list(result[column].cat.categories) == list(expected[column].cat.categories)
            assert result[column].cat.categories.dtype == expected[column].cat.categories.dtype


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    sizes=st.lists(st.integers(1, 30), min_size=1, max_size=5),
    vocabulary=st.lists(st.sampled_from(WORDS), min_size=1, max_size=5, unique=True),
    extra=st.lists(st.sampled_from(["UNUSED", "Ω", "zzz"]), max_size=2, unique=True),
)
def test_equals_pd_concat_with_casts(
    seed: int, sizes: list[int], vocabulary: list[str], extra: list[str]
) -> None:
    rng = np.random.default_rng(seed)
    frames = [_frame(rng, n, vocabulary, extra if k % 2 else []) for k, n in enumerate(sizes)]
    _assert_same(concat_elements(frames), _reference(frames))


def test_same_categories_in_another_order_keep_the_first_frames_order() -> None:
    rng = np.random.default_rng(1)
    first, second = _frame(rng, 5, ["b", "a"], []), _frame(rng, 5, ["b", "a"], [])
    first["object_name"] = first["object_name"].cat.set_categories(["b", "a"])
    second["object_name"] = second["object_name"].cat.set_categories(["a", "b"])
    result = concat_elements([first, second])
    assert list(result["object_name"].cat.categories) == ["b", "a"]
    _assert_same(result, _reference([first, second]))


def test_different_categories_become_the_sorted_values_present() -> None:
    rng = np.random.default_rng(2)
    first, second = _frame(rng, 6, ["zz"], ["UNUSED"]), _frame(rng, 6, ["a"], [])
    result = concat_elements([first, second])
    assert list(result["object_name"].cat.categories) == ["a", "zz"]
    _assert_same(result, _reference([first, second]))


def test_record_strings_keep_their_order_and_arrow_type() -> None:
    rng = np.random.default_rng(3)
    frames = [_frame(rng, 4, ["a"], []), _frame(rng, 3, ["a"], [])]
    record = concat_elements(frames, workers=2)["record"]
    assert record.tolist() == [f"f4.tle:{k}" for k in range(4)] + [f"f3.tle:{k}" for k in range(3)]
    assert isinstance(record.array, pd.arrays.ArrowStringArray)


def test_threads_give_the_same_table() -> None:
    rng = np.random.default_rng(5)
    frames = [_frame(rng, n, WORDS[: 2 + n % 5], ["UNUSED"]) for n in range(1, 9)]
    _assert_same(concat_elements(frames, workers=3), concat_elements(frames))
    _assert_same(concat_elements(frames, workers=3), _reference(frames))


def test_a_frame_with_other_dtypes_is_cast_like_pd_concat() -> None:
    rng = np.random.default_rng(4)
    first, second = _frame(rng, 4, ["a"], []), _frame(rng, 4, ["b"], [])
    second["object_name"] = second["object_name"].astype(object)  # not categorical
    second["element_set_no"] = second["element_set_no"].astype(np.int64)
    _assert_same(concat_elements([first, second]), _reference([first, second]))
