"""The order of element tables: epochs as integers, and whether rows are sorted by object.

``load()`` returns element sets sorted by ``norad_id`` then ``epoch_utc``; the detectors, the
labels and the orbit layer rely on that order and check it with :func:`is_sorted_by_object`.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

IntArray = npt.NDArray[np.int64]


def epoch_ns(column: pd.Series) -> IntArray:
    """Return nanoseconds since 1970 of a datetime column (NaT becomes the int64 minimum)."""
    values: IntArray = column.to_numpy(dtype="datetime64[ns]").view(np.int64)
    return values


def is_sorted_by_object(norad: np.ndarray, epoch: np.ndarray) -> bool:
    """Return whether rows are sorted by ``norad`` ascending, then ``epoch`` ascending."""
    if (norad[1:] < norad[:-1]).any():
        return False
    return not ((norad[1:] == norad[:-1]) & (epoch[1:] < epoch[:-1])).any()
