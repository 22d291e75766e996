"""UTC times as SGP4 wants them: a whole Julian date and a fraction of a day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

import numpy as np
import pandas as pd

#: Julian date of the Unix epoch, 1970-01-01 00:00 UTC.
JD_UNIX_EPOCH = 2440587.5
#: Julian date SGP4 counts its ``epoch`` argument from (1949-12-31 00:00 UT).
JD_SGP4_EPOCH = 2433281.5
NS_PER_DAY = 86_400 * 1_000_000_000

TimesLike = pd.DatetimeIndex | pd.Series | Sequence[Any] | np.ndarray | datetime | str


def as_utc_index(times_utc: TimesLike | pd.Timestamp) -> pd.DatetimeIndex:
    """Return ``times_utc`` as a tz-aware UTC ``DatetimeIndex`` (naive values are UTC)."""
    if isinstance(times_utc, str | datetime | pd.Timestamp):
        times_utc = [times_utc]
    index = pd.DatetimeIndex(cast(Any, times_utc))
    if index.tz is None:
        return index.tz_localize("UTC")
    return index.tz_convert("UTC")


def utc_nanoseconds(times_utc: TimesLike | pd.Timestamp) -> np.ndarray:
    """Nanoseconds since 1970-01-01 UTC, int64."""
    index = as_utc_index(times_utc)
    ns: np.ndarray = index.as_unit("ns").asi8
    return ns


def julian_split(times_utc: TimesLike | pd.Timestamp) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(jd_whole, fraction)``: UTC Julian dates split as SGP4 expects.

    ``jd_whole`` ends in .5 (midnight) and ``fraction`` is in [0, 1), so the sum keeps
    sub-microsecond precision.
    """
    return julian_split_ns(utc_nanoseconds(times_utc))


def julian_split_ns(ns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`julian_split` of int64 nanoseconds since 1970-01-01 UTC."""
    days, rest = np.divmod(ns, NS_PER_DAY)
    return JD_UNIX_EPOCH + days.astype(np.float64), rest.astype(np.float64) / NS_PER_DAY


def sgp4_epoch_days(epoch_ns: np.ndarray) -> np.ndarray:
    """Days since 1949-12-31 00:00 UTC (SGP4's ``epoch`` argument) for epochs in ns."""
    days, rest = np.divmod(np.asarray(epoch_ns, dtype=np.int64), NS_PER_DAY)
    offset = JD_UNIX_EPOCH - JD_SGP4_EPOCH
    result: np.ndarray = (days.astype(np.float64) + offset) + rest / NS_PER_DAY
    return result
