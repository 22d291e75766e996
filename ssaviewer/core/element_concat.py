"""Concatenating readers' element tables column by column, categoricals built once.

``pd.concat`` on whole frames falls back to strings for a categorical column whose files
have different categories (names, designators, source file names always do), which costs a
string per row and a second factorisation. Here such a column is joined by
``union_categoricals``: only the categories are compared, and each file's codes are
remapped, so the result is the same table at a fraction of the cost.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from ssaviewer.core.schema import BASE_COLUMNS, with_optional_columns


def concat_elements(frames: list[pd.DataFrame], *, workers: int = 1) -> pd.DataFrame:
    """Concatenate non-empty element tables into one with exactly ``BASE_COLUMNS``.

    The result equals ``pd.concat(frames, ignore_index=True)`` restricted to
    ``BASE_COLUMNS`` and cast to their dtypes: a categorical column whose dtype is the same
    in every frame keeps the first frame's categories in their order (used or not); one whose
    categories differ gets the sorted distinct values present (as casting the concatenated
    values to ``category`` would give). ``schema.OPTIONAL_COLUMNS`` a frame lacks are NaN;
    frames missing another column fall back to ``pd.concat``. One frame that is already
    such a table is returned as it is.
    With ``workers`` > 1, columns are joined by that many threads (the copies release the GIL).
    """
    if len(frames) == 1 and _is_base_table(frames[0]):
        return frames[0]  # (what the column-by-column join would rebuild)
    frames = [with_optional_columns(frame) for frame in frames]
    if any(name not in frame for frame in frames for name in BASE_COLUMNS):
        joined = pd.concat(frames, ignore_index=True)
        wrong = {c: t for c, t in BASE_COLUMNS.items() if str(joined[c].dtype) != t}
        return joined.astype(wrong) if wrong else joined

    def join(name: str) -> pd.Series:
        return concat_column([frame[name] for frame in frames], BASE_COLUMNS[name])

    if workers > 1 and len(frames) > 1:
        with ThreadPoolExecutor(workers, thread_name_prefix="ssaviewer-concat") as pool:
            parts = list(pool.map(join, BASE_COLUMNS))
    else:
        parts = [join(name) for name in BASE_COLUMNS]
    return pd.DataFrame(dict(zip(BASE_COLUMNS, parts, strict=True)), copy=False)


def _is_base_table(frame: pd.DataFrame) -> bool:
    """Return whether ``frame`` has exactly ``BASE_COLUMNS``, their dtypes, a 0..n-1 index."""
    index = frame.index
    return (
        isinstance(index, pd.RangeIndex)
        and index.start == 0
        and index.step == 1
        and list(frame.columns) == list(BASE_COLUMNS)
        and all(str(dtype) == BASE_COLUMNS[str(name)] for name, dtype in frame.dtypes.items())
    )


def concat_column(parts: list[pd.Series], dtype: str) -> pd.Series:
    """Concatenate one column of every frame and cast it to ``dtype`` (see above)."""
    if len(parts) > 1 and _categories_to_union(parts):
        return pd.Series(_used_only(union_categoricals(parts, sort_categories=True)), copy=False)
    joined = parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
    if str(joined.dtype) != dtype:
        joined = joined.astype(dtype)  # type: ignore[call-overload]
    return joined.reset_index(drop=True)


def _used_only(joined: pd.Categorical) -> pd.Categorical:
    """Drop the categories no row uses (``remove_unused_categories`` without a sort)."""
    codes = np.asarray(joined.codes)
    used = np.zeros(len(joined.categories) + 1, dtype=bool)
    used[codes] = True  # a missing value (-1) marks the extra last slot
    used = used[:-1]
    if used.all():
        return joined
    new_code = np.cumsum(used) - 1
    return pd.Categorical.from_codes(
        np.where(codes >= 0, new_code[codes], -1), categories=joined.categories[used]
    )


def _categories_to_union(parts: list[pd.Series]) -> bool:
    """Return whether the parts are unordered categoricals with differing string categories.

    Those are the columns where ``pd.concat`` would go through strings; for any other mix of
    dtypes it is left to ``pd.concat`` itself.
    """
    dtypes = [part.dtype for part in parts]
    if not all(isinstance(d, pd.CategoricalDtype) and not d.ordered for d in dtypes):
        return False
    if all(d == dtypes[0] for d in dtypes[1:]):
        return False  # the same categories: pd.concat keeps them, cheaply
    kinds = {str(d.categories.dtype) for d in dtypes}  # type: ignore[union-attr]
    return kinds == {"str"}
