"""Turn per-gap step statistics into candidate manoeuvres: one per sustained step.

The step statistic of :mod:`ssaviewer.core.detect.noise` compares medians of ``m`` rows before
and after a gap, so one real jump lights up a run of up to ``m`` consecutive gaps. Each run of
significant gaps (same object, same sign) yields one candidate at the gap that carries the
largest detrended jump, extended by a neighbouring gap when the element set just after the burn
was fitted across it and shows only part of the change.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssaviewer.core.detect.noise import StepStats

#: Columns of a candidate table (one row per candidate).
CANDIDATE_COLUMNS = ("index_before", "index_after", "step", "z", "channel")


def find_steps(
    stats: StepStats,
    significant: np.ndarray,
    channel: str,
    *,
    split_sigma: float = 4.0,
) -> pd.DataFrame:
    """Return candidates for gaps flagged ``significant`` (see the module docstring).

    Parameters
    ----------
    stats
        Per-gap statistics of one channel.
    significant
        Boolean per row: the gap after this row passes the detector's thresholds.
    channel
        Name written in the ``channel`` column (e.g. ``"a"``).
    split_sigma
        A neighbouring gap whose own jump, in the same direction, exceeds this many sigma joins
        the candidate's window (the set after the burn held part of the change).

    Returns
    -------
    pandas.DataFrame
        ``CANDIDATE_COLUMNS``: row positions bracketing the change, the step (channel units),
        its significance ``z`` in sigma, and the channel name.
    """
    flagged = significant & stats.valid & np.isfinite(stats.z)
    sign = np.sign(np.nan_to_num(stats.step))
    n = len(flagged)
    new_run = flagged.copy()
    new_run[1:] &= ~(flagged[:-1] & (sign[1:] == sign[:-1]) & stats.valid[:-1])
    run = np.cumsum(new_run)
    rows = np.flatnonzero(flagged)
    if len(rows) == 0:
        return empty_candidates()
    # The jump inside a run is where the detrended difference, in the step's direction, peaks.
    score = sign[rows] * np.nan_to_num(stats.resid[rows] / stats.noise[rows])
    frame = pd.DataFrame({"row": rows, "run": run[rows], "score": score})
    best = frame.loc[frame.groupby("run", sort=False)["score"].idxmax(), "row"].to_numpy()
    z_run = pd.Series(np.abs(stats.z[rows])).groupby(run[rows]).max().to_numpy()
    before, after = _extend(best, stats, sign, split_sigma, n)
    return pd.DataFrame(
        {
            "index_before": before.astype(np.int64),
            "index_after": after.astype(np.int64),
            "step": stats.step[best],
            "z": z_run * sign[best],
            "channel": channel,
        }
    )


def _extend(
    best: np.ndarray, stats: StepStats, sign: np.ndarray, split_sigma: float, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Widen each candidate by one gap on a side whose jump shares the step's direction."""
    jump = np.nan_to_num(stats.z_jump)
    prev = np.maximum(best - 1, 0)
    nxt = np.minimum(best + 1, n - 1)
    grow_left = (best > 0) & stats.valid[prev] & (sign[best] * jump[prev] > split_sigma)
    grow_right = stats.valid[nxt] & (sign[best] * jump[nxt] > split_sigma) & (best + 1 < n)
    before = np.where(grow_left, prev, best)
    after = np.where(grow_right, nxt + 1, best + 1)
    return before, after


_DTYPES: dict[str, str] = {
    "index_before": "int64",
    "index_after": "int64",
    "step": "float64",
    "z": "float64",
    "channel": "str",
}


def empty_candidates() -> pd.DataFrame:
    """Return an empty candidate table (``CANDIDATE_COLUMNS`` and ``rules``)."""
    frame = pd.DataFrame({c: pd.Series(dtype=t) for c, t in _DTYPES.items()})
    frame["rules"] = pd.Series(dtype="str")
    return frame


def concat_candidates(frames: list[pd.DataFrame], rule_id: str) -> pd.DataFrame:
    """Concatenate candidate tables and record ``rule_id`` on each row."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_candidates()
    out = pd.concat(frames, ignore_index=True)
    out["rules"] = rule_id
    return out
