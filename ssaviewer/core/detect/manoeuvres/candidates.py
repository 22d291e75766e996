"""Turn per-gap step statistics into candidate manoeuvres: one per sustained step.

The step statistic of :mod:`ssaviewer.core.detect.manoeuvres.noise` compares medians of ``m`` rows
before and after a gap, so one real jump lights up a run of up to ``m`` consecutive gaps. Each run
of significant gaps (same object, same sign) yields one candidate at the gap that carries the
largest detrended jump, extended by a neighbouring gap when the element set just after the burn was
fitted across it and shows only part of the change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Protocol, TypeVar

import numpy as np

from ssaviewer.core.detect.element_table import first_rows
from ssaviewer.core.detect.manoeuvres.features import Features, subset
from ssaviewer.core.detect.manoeuvres.noise import Gaps, StepStats, nan_to
from ssaviewer.core.detect.manoeuvres.outliers import OutlierParams
from ssaviewer.core.detect.rules import Rules, RuleSection


#: A detector's search of one regime: ``find(rows of the regime, their positions, params, gaps)``.
class Switchable(Protocol):
    """Params of a detector that can be switched off per regime."""

    @property
    def enabled(self) -> bool:
        """Whether the detector runs in this regime."""
        ...


#: A detector's params type.
E = TypeVar("E", bound=Switchable)

RegimeFinder = Callable[[Features, np.ndarray, E, Gaps], "Candidates"]


@dataclass(frozen=True)
class Candidates:
    """Candidate manoeuvres, one entry per candidate (arrays of equal length).

    ``index_before`` / ``index_after`` bracket the change, ``index_peak`` is the row before the
    gap with the largest jump (row positions), ``step`` is in channel units, ``z`` its
    significance in sigma (signed), ``channel`` and ``rules`` name the series and the rule id.
    """

    index_before: np.ndarray
    index_after: np.ndarray
    index_peak: np.ndarray
    step: np.ndarray
    z: np.ndarray
    channel: np.ndarray
    rules: np.ndarray

    def __len__(self) -> int:
        """Return the number of candidates."""
        return len(self.index_peak)

    @classmethod
    def empty(cls) -> Candidates:
        """Return no candidates."""
        ints, floats, names = np.empty(0, np.int64), np.empty(0), np.empty(0, dtype=object)
        return cls(ints, ints, ints, floats, floats, names, names)

    @classmethod
    def concat(cls, parts: list[Candidates]) -> Candidates:
        """Return the candidates of ``parts``, in order."""
        parts = [p for p in parts if len(p)]
        if not parts:
            return cls.empty()
        if len(parts) == 1:
            return parts[0]
        return cls(*(np.concatenate([getattr(p, f.name) for p in parts]) for f in fields(cls)))

    def take(self, keep: np.ndarray) -> Candidates:
        """Return the candidates selected by ``keep`` (mask or positions)."""
        return Candidates(*(getattr(self, f.name)[keep] for f in fields(self)))

    def to_rows(self, rows: np.ndarray, rule_id: str) -> Candidates:
        """Map row positions in a subset back to ``rows`` of the whole table; set the rule id."""
        return replace(
            self,
            index_before=rows[self.index_before],
            index_after=rows[self.index_after],
            index_peak=rows[self.index_peak],
            rules=np.full(len(self), rule_id, dtype=object),
        )


def significant_gaps(
    stats: StepStats, min_sigma: float | np.ndarray, min_step: float
) -> np.ndarray:
    """Rows whose gap shows a step of at least ``min_step`` and ``min_sigma`` noise sigmas.

    ``min_sigma`` is one value or one per row. Only gaps within an object count, and only
    finite significances.
    """
    rows = np.flatnonzero(np.abs(stats.step) >= min_step)  # NaN (no gap) is never
    z = stats.step[rows] / stats.noise[rows]
    threshold = min_sigma[rows] if isinstance(min_sigma, np.ndarray) else min_sigma
    return np.asarray(rows[(np.abs(z) >= threshold) & np.isfinite(z)])


def find_steps(
    stats: StepStats,
    rows: np.ndarray,
    channel: str,
    *,
    split_sigma: float = 2.5,
    min_jump_sigma: float = np.inf,
) -> Candidates:
    """Return candidates for gaps flagged ``significant`` (see the module docstring).

    Parameters
    ----------
    stats
        Per-gap statistics of one channel.
    rows
        Rows whose gap passes the detector's thresholds (:func:`significant_gaps`), ascending.
    channel
        Name recorded per candidate (e.g. ``"a"``).
    split_sigma
        A neighbouring gap whose own jump, in the same direction, exceeds this many sigma joins
        the candidate's window (the set after the burn held part of the change).
    min_jump_sigma
        Within one run of significant gaps, every local peak of the detrended jump above
        this many sigma is a candidate of its own (burns of a sequence a few days apart);
        the run's largest jump always is.

    Returns
    -------
    Candidates
        Row positions bracketing the change, the row before the gap with the largest jump
        (``index_peak``), the step (channel units), its significance ``z`` in sigma, the
        channel name; ``rules`` is empty text (set by :meth:`Candidates.to_rows`).
    """
    if len(rows) == 0:
        return Candidates.empty()
    # Steps are finite where flagged (z is), so their sign needs no NaN guard.
    sign = np.sign(stats.step[rows])
    # Runs of flagged gaps: consecutive rows, same object, same sign of the step.
    same_prev = np.zeros(len(rows), dtype=bool)
    same_prev[1:] = (np.diff(rows) == 1) & (sign[1:] == sign[:-1]) & stats.valid[rows[:-1]]
    # The jump inside a run is where the detrended difference, in the step's direction, peaks;
    # a second peak of the same run is a further burn when its own jump is significant.
    score = sign * nan_to(stats.resid[rows] / stats.noise[rows], 0.0)
    best_rows = first_max_per_run(score, ~same_prev)
    same_next = np.zeros(len(rows), dtype=bool)
    same_next[:-1] = same_prev[1:]
    prev_score = np.concatenate(([-np.inf], score[:-1]))
    next_score = np.concatenate((score[1:], [-np.inf]))
    peak = (~same_prev | (score >= prev_score)) & (~same_next | (score > next_score))
    keep = np.flatnonzero(_marked(len(rows), best_rows) | (peak & (score >= min_jump_sigma)))
    keep = keep[~_after_revert(keep, score, same_prev)]
    best = rows[keep].astype(np.int64)
    sign_best = sign[keep]
    z_best = np.abs(stats.step[best] / stats.noise[best])
    before, after = _extend(best, stats, sign_best, split_sigma, len(stats.step))
    return Candidates(
        index_before=before.astype(np.int64),
        index_after=after.astype(np.int64),
        index_peak=best,
        step=stats.step[best],
        z=z_best * sign_best,
        channel=np.full(len(best), channel, dtype=object),
        rules=np.full(len(best), "", dtype=object),
    )


def _after_revert(keep: np.ndarray, score: np.ndarray, same_prev: np.ndarray) -> np.ndarray:
    """Mask of the kept peaks ``keep`` that only undo a revert two gaps earlier in their run.

    Sets ``pre, post, stale pre, post`` (a stale set from a second source published after the
    burn) give three large jumps ``+, -, +`` of one size in one run: peaks two gaps apart,
    with the gap between them jumping back by as much as each (to within
    ``REVERT_FRACTION``). The set between the last two gaps repeats the one before the burn
    and the later sets confirm the first peak: one burn, found at the first peak; the second
    peak is dropped. A later peak of another size (a further burn, or a lone bad set after
    a burn) is left alone.
    """
    if len(keep) < 2:
        return np.zeros(len(keep), dtype=bool)
    kept = _marked(len(score), keep)
    q = keep[keep >= 2]
    back = score[q - 1]
    revert = (
        kept[q - 2]
        & same_prev[q]
        & same_prev[q - 1]
        & (back < 0)
        & (np.abs(back + score[q]) <= REVERT_FRACTION * np.abs(score[q]))
        & (np.abs(back + score[q - 2]) <= REVERT_FRACTION * np.abs(score[q - 2]))
    )
    return np.isin(keep, q[revert])


#: Two opposite jumps cancel when their sum is within this fraction of the jump (the outlier
#: test's default ``max_residual_fraction``).
REVERT_FRACTION = OutlierParams.max_residual_fraction


def first_max_per_run(score: np.ndarray, starts_run: np.ndarray) -> np.ndarray:
    """Position of the first largest ``score`` of each run (runs start where ``starts_run``)."""
    starts = np.flatnonzero(starts_run)
    sizes = np.diff(np.append(starts, len(score)))
    top = np.repeat(np.maximum.reduceat(score, starts), sizes)
    at_top = np.flatnonzero(score == top)
    run = np.cumsum(starts_run) - 1
    return at_top[first_rows(run[at_top])]


def _z_jump(stats: StepStats, rows: np.ndarray) -> np.ndarray:
    """``stats.z_jump[rows]``, computed at ``rows`` only."""
    return np.asarray(stats.resid[rows] / stats.noise[rows])


def _marked(n: int, positions: np.ndarray) -> np.ndarray:
    """Return a mask of ``n`` entries, True at ``positions``."""
    mask = np.zeros(n, dtype=bool)
    mask[positions] = True
    return mask


def _extend(
    best: np.ndarray, stats: StepStats, sign_best: np.ndarray, split_sigma: float, n: int
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
        growing_left &= sign_best * nan_to(_z_jump(stats, prev), 0.0) > split_sigma
        before = np.where(growing_left, prev, before)
        nxt = np.minimum(after, n - 1)
        growing_right &= (after < n) & stats.valid[nxt]
        growing_right &= sign_best * nan_to(_z_jump(stats, nxt), 0.0) > split_sigma
        after = np.where(growing_right, nxt + 1, after)
    return before, after


#: How many gaps a window may grow on each side of the largest jump (see ``_extend``).
MAX_RAMP_GAPS = 3


def candidates_by_regime(
    features: Features, rules: Rules, section: RuleSection[E], find: RegimeFinder[E]
) -> Candidates:
    """Run ``find`` on the rows of every regime whose ``section`` parameters are enabled."""
    parts = []
    for regime, in_regime in features.regime_masks():
        params = rules.section(section, regime)
        if not params.enabled:
            continue
        sub, rows = subset(features, in_regime)
        parts.append(find(sub, rows, params, Gaps.of(sub.t_days, sub.first)))
    return Candidates.concat(parts)
