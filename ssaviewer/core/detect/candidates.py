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
CANDIDATE_COLUMNS = ("index_before", "index_after", "index_peak", "step", "z", "channel")


def find_steps(
    stats: StepStats,
    significant: np.ndarray,
    channel: str,
    *,
    split_sigma: float = 2.5,
    min_jump_sigma: float = np.inf,
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
    min_jump_sigma
        Within one run of significant gaps, every local peak of the detrended jump above
        this many sigma is a candidate of its own (burns of a sequence a few days apart);
        the run's largest jump always is.

    Returns
    -------
    pandas.DataFrame
        ``CANDIDATE_COLUMNS``: row positions bracketing the change, the row before the gap
        with the largest jump (``index_peak``), the step (channel units),
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
    # The jump inside a run is where the detrended difference, in the step's direction, peaks;
    # a second peak of the same run is a further burn when its own jump is significant.
    score = sign[rows] * np.nan_to_num(stats.resid[rows] / stats.noise[rows])
    frame = pd.DataFrame({"row": rows, "run": run[rows], "score": score})
    best_rows = frame.loc[frame.groupby("run", sort=False)["score"].idxmax(), "row"].to_numpy()
    same_prev = np.zeros(len(rows), dtype=bool)
    same_prev[1:] = run[rows][1:] == run[rows][:-1]
    same_next = np.zeros(len(rows), dtype=bool)
    same_next[:-1] = same_prev[1:]
    prev_score = np.concatenate(([-np.inf], score[:-1]))
    next_score = np.concatenate((score[1:], [-np.inf]))
    peak = (~same_prev | (score >= prev_score)) & (~same_next | (score > next_score))
    extra = rows[peak & (score >= min_jump_sigma)]
    best = np.union1d(best_rows, extra)
    z_best = np.abs(stats.z[best])
    before, after = _extend(best, stats, sign, split_sigma, n)
    return pd.DataFrame(
        {
            "index_before": before.astype(np.int64),
            "index_after": after.astype(np.int64),
            "index_peak": best.astype(np.int64),
            "step": stats.step[best],
            "z": z_best * sign[best],
            "channel": channel,
        }
    )


def _extend(
    best: np.ndarray, stats: StepStats, sign: np.ndarray, split_sigma: float, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Widen each candidate over neighbouring gaps whose jumps share the step's direction.

    A fit that spans a burn smears the step into a ramp over a few element sets; the window
    covers the ramp, up to ``MAX_RAMP_GAPS`` gaps on each side of the largest jump.
    """
    before = best.copy()
    after = best + 1
    growing_left = np.ones(len(best), dtype=bool)
    growing_right = np.ones(len(best), dtype=bool)
    for _ in range(MAX_RAMP_GAPS):
        prev = np.maximum(before - 1, 0)
        growing_left &= (before > 0) & stats.valid[prev]
        growing_left &= sign[best] * np.nan_to_num(stats.z_jump[prev]) > split_sigma
        before = np.where(growing_left, prev, before)
        nxt = np.minimum(after, n - 1)
        growing_right &= (after < n) & stats.valid[nxt]
        growing_right &= sign[best] * np.nan_to_num(stats.z_jump[nxt]) > split_sigma
        after = np.where(growing_right, nxt + 1, after)
    return before, after


#: How many gaps a window may grow on each side of the largest jump (see ``_extend``).
MAX_RAMP_GAPS = 3


_DTYPES: dict[str, str] = {
    "index_before": "int64",
    "index_after": "int64",
    "index_peak": "int64",
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


def to_rows(found: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """Map a candidate table's row positions in a subset back to ``rows`` of the whole table."""
    for column in ("index_before", "index_after", "index_peak"):
        found[column] = rows[found[column].to_numpy()]
    return found
