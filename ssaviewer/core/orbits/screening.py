"""Close-approach screening: every object passing within a distance of a target.

How it works
------------
First a coarse filter keeps the objects whose altitude range over the window overlaps
the target's (:mod:`~.shells`). Next every survivor and the target are propagated on one
coarse time grid (``SatrecArray``, in chunks of objects) and the intervals where the cubic
Hermite curve of the relative position may come within the threshold are picked
(:mod:`~.coarse`). Finally each candidate is refined on the true SGP4 states: Newton steps
on the range rate (``Δr·Δv = 0``), or a golden-section search when the relative speed is
too small for Newton (:mod:`~.refine`). One row per local minimum of the distance within
the threshold, inside the window; an object whose distance hardly varies (docked, or the
same element set) is reported once, at its closest point.

Each object is propagated with one element set per piece of the window: the propagatable
set nearest the piece's middle (see :func:`screen`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Final

import numpy as np
import pandas as pd
from sgp4.api import Satrec

from ssaviewer.core.orbits.batch import propagate_many
from ssaviewer.core.orbits.coarse import candidates, gravity_kmps2, interpolation_pad_km
from ssaviewer.core.orbits.propagate import latest_elements
from ssaviewer.core.orbits.refine import (
    GOLDEN_BRACKET_S,
    SLOW_KMPS2,
    Approach,
    Pair,
    approach_at,
    golden_minimum,
    refine_tca,
)
from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.orbits.shells import shell_filter
from ssaviewer.core.orbits.times import TimesLike, as_utc_index, julian_split

APPROACH_COLUMNS: Final = (
    "norad_id", "object_name", "tca_utc", "miss_km", "relative_speed_kms",
    "radial_km", "in_track_km", "cross_track_km",
)  # fmt: skip
#: Objects propagated per ``SatrecArray`` call (bounds memory: chunk × T × 48 bytes).
CHUNK_OBJECTS: Final = 400
MAX_STEP_S: Final = 600.0
MIN_STEP_S: Final = 10.0
#: Length (days) of the pieces a window is cut into when objects have several sets.
SEGMENT_DAYS: Final = 1.0
#: Overlap (s) of neighbouring pieces, so an approach at a boundary is refined whole.
SEGMENT_OVERLAP_S: Final = 2 * MAX_STEP_S

#: ``progress(fraction_done, message)``, called once per chunk of objects.
ProgressCallback = Callable[[float, str], None]
#: ``should_stop() -> True`` cancels screening between chunks.
StopCallback = Callable[[], bool]


def default_step_s(rows: pd.DataFrame) -> float:
    """Coarse grid step: an eighth of the shortest period, within 10-600 s."""
    period_s = 60.0 * rows["period_min"].to_numpy(dtype=np.float64)
    shortest = float(np.nanmin(period_s)) if len(period_s) else MAX_STEP_S * 8
    return float(np.clip(shortest / 8.0, MIN_STEP_S, MAX_STEP_S))


class ScreeningCancelled(Exception):
    """Raised by :func:`screen` when ``should_stop`` returned True."""


@dataclass(frozen=True)
class _Window:
    """The coarse grid of one screening run, and the threshold."""

    start: pd.Timestamp
    span_s: float
    step_s: float
    threshold_km: float

    def times(self) -> pd.DatetimeIndex:
        """Grid times from the start, one step past the end at most."""
        seconds = np.arange(int(np.ceil(self.span_s / self.step_s)) + 1) * self.step_s
        return pd.DatetimeIndex(self.start + pd.to_timedelta(seconds, unit="s"))


def _screen_against(
    target: pd.DataFrame,
    others: pd.DataFrame,
    window: _Window,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> pd.DataFrame:
    """Screen one target row against ``others`` (already filtered); see :func:`screen`."""
    times = window.times()
    target_sat = build_satrecs(target)[0]
    target_states = propagate_many(target, times, satrecs=[target_sat])
    rows: list[dict[str, object]] = []
    for first in range(0, len(others), CHUNK_OBJECTS):
        if should_stop is not None and should_stop():
            raise ScreeningCancelled("screening cancelled")
        chunk = others.iloc[first : first + CHUNK_OBJECTS]
        sats = build_satrecs(chunk)
        states = propagate_many(chunk, times, satrecs=sats)
        found = candidates(
            target_states.position_teme_km[0], target_states.velocity_teme_kmps[0],
            states.position_teme_km, states.velocity_teme_kmps,
            window.threshold_km + interpolation_pad_km(target, window.step_s)
            + interpolation_pad_km(chunk, window.step_s),
            gravity_kmps2(target) + gravity_kmps2(chunk), window.step_s,
        )  # fmt: skip
        norad = chunk["norad_id"].to_numpy(dtype=np.int64)
        names = chunk["object_name"].astype(str).to_numpy()
        for o, approach in _refine(target_sat, sats, found, times[0], window):
            rows.append({"norad_id": int(norad[o]), "object_name": str(names[o]),
                         **asdict(approach)})  # fmt: skip
        if progress is not None:
            progress(min(1.0, (first + len(chunk)) / len(others)), "screening")
    return _frame(rows, window.start)


def _refine(
    target_sat: Satrec,
    sats: list[Satrec],
    found: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    start: pd.Timestamp,
    window: _Window,
) -> Iterator[tuple[int, Approach]]:
    """Yield ``(object index, approach)`` for each candidate that is a true approach.

    Slowly drifting neighbours stay within the limit for many intervals in a row, and each
    would converge on the same minimum. So a candidate is not refined again when an earlier
    candidate of the same object found an approach in or next to its interval, or (for slow
    pairs, refined by a golden-section search) already searched around its guess.
    """
    jd, fraction = julian_split(pd.DatetimeIndex([start]))
    step = window.step_s
    covered: dict[int, list[tuple[float, float]]] = {}
    for o, k, f, rigid in zip(*found, strict=True):
        guess = (k + f) * step
        spans = covered.setdefault(int(o), [])
        if any(lo <= guess <= hi for lo, hi in spans):
            continue
        pair = Pair(target_sat, sats[o], float(jd[0]), float(fraction[0]))
        if rigid:  # no distinct minimum: the closest point near the closest grid time
            lo, hi = max(0.0, (k - 1) * step), min(window.span_s, (k + 1) * step)
            tca: float | None = golden_minimum(pair.distance, lo, hi, 1e-3)
        else:
            tca = refine_tca(pair, guess, 0.0, window.span_s)
            if _is_slow(pair, guess):  # searched guess ± GOLDEN_BRACKET_S, less a step
                reach = GOLDEN_BRACKET_S - step
                spans.append((guess - reach, guess + reach))
        if tca is not None:
            spans.append((tca - 2 * step, tca + 2 * step))
            approach = approach_at(pair, tca)
            if approach.miss_km <= window.threshold_km:
                yield int(o), approach


def _is_slow(pair: Pair, t_s: float) -> bool:
    """Tell whether :func:`refine_tca` searches by golden section from ``t_s``."""
    dv = pair.relative(t_s)[3]
    return float(dv @ dv) < SLOW_KMPS2


def _frame(rows: list[dict[str, object]], start: pd.Timestamp | None = None) -> pd.DataFrame:
    """Approach rows to ``APPROACH_COLUMNS``, one per distinct (object, TCA), by TCA."""
    if not rows:
        frame = pd.DataFrame({c: [] for c in APPROACH_COLUMNS})
        frame["tca_utc"] = pd.DatetimeIndex([], tz="UTC")
        return frame.astype({"norad_id": "int64", "object_name": "string"})
    frame = pd.DataFrame(rows).sort_values(["norad_id", "tca_s"], kind="stable")
    same = (frame["norad_id"].diff() == 0) & (frame["tca_s"].diff() < 1.0)
    frame = frame.loc[~same.to_numpy()]
    assert start is not None
    frame["tca_utc"] = start + pd.to_timedelta(frame["tca_s"].to_numpy(), unit="s")
    frame = frame.sort_values("tca_s", kind="stable").reset_index(drop=True)
    return frame[list(APPROACH_COLUMNS)].astype({"norad_id": "int64", "object_name": "string"})


def _check(days: float, threshold_km: float, step_s: float | None) -> None:
    if not days > 0:
        raise ValueError(f"days must be a positive number; got {days}")
    if not threshold_km > 0:
        raise ValueError(f"threshold must be a positive distance in km; got {threshold_km}")
    if step_s is not None and not step_s > 0:
        raise ValueError(f"step must be a positive number of seconds; got {step_s}")


@dataclass(frozen=True)
class _Segment:
    """A piece of the window: its own part and the padded span that is screened.

    The own part is ``[core_start, core_end)`` (closed at the end for the last piece); the
    screened span is ``span_s`` seconds from ``start``, so an approach at a boundary is whole.
    """

    core_start: pd.Timestamp
    core_end: pd.Timestamp
    start: pd.Timestamp
    span_s: float
    last: bool

    @property
    def middle(self) -> pd.Timestamp:
        """The time whose nearest element sets serve the segment."""
        return self.core_start + (self.core_end - self.core_start) / 2

    def keep(self, found: pd.DataFrame) -> pd.DataFrame:
        """Approaches whose TCA lies in this segment's own part."""
        tca = found["tca_utc"]
        inside = (tca >= self.core_start) & (
            (tca <= self.core_end) if self.last else (tca < self.core_end)
        )
        return found.loc[inside.to_numpy()]


def _segments(elements: pd.DataFrame, start: pd.Timestamp, days: float) -> list[_Segment]:
    """One segment when every object has one element set; else ``SEGMENT_DAYS`` pieces."""
    end = start + pd.Timedelta(days=days)
    n = 1 if not elements["norad_id"].duplicated().any() else int(np.ceil(days / SEGMENT_DAYS))
    edges = [start + (end - start) * k / n for k in range(n + 1)]
    overlap = pd.Timedelta(seconds=SEGMENT_OVERLAP_S)
    segments = []
    for k in range(n):
        lo, hi = max(start, edges[k] - overlap), min(end, edges[k + 1] + overlap)
        segments.append(_Segment(edges[k], edges[k + 1], lo, (hi - lo).total_seconds(), k == n - 1))
    return segments


def _serving(elements: pd.DataFrame, when: pd.Timestamp) -> pd.DataFrame:
    """Per object, the SGP4-propagatable element set nearest ``when``."""
    return latest_elements(elements.loc[elements["sgp4_propagatable"].to_numpy(dtype=bool)], when)


def _pairs_in_segment(
    target: pd.DataFrame,
    others: pd.DataFrame,
    segment: _Segment,
    threshold_km: float,
    step_s: float | None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> pd.DataFrame:
    """Screen one target row against ``others`` over one segment (shell filter included)."""
    others = others.loc[shell_filter(target, others, threshold_km, segment.start, segment.span_s)]
    if len(others) == 0:
        return _frame([])
    step = step_s if step_s is not None else default_step_s(pd.concat([target, others]))
    window = _Window(segment.start, segment.span_s, step, threshold_km)
    return segment.keep(_screen_against(target, others, window, progress, should_stop))


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return _frame([])
    result = pd.concat(frames, ignore_index=True)
    return result.sort_values("tca_utc", kind="stable").reset_index(drop=True)


def screen(
    elements: pd.DataFrame,
    target_norad: int,
    start_utc: TimesLike | pd.Timestamp,
    days: float,
    threshold_km: float,
    step_s: float | None = None,
    *,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> pd.DataFrame:
    """Find every object passing within ``threshold_km`` of a target over a window.

    Parameters
    ----------
    elements
        Element-set table (``schema.ELEMENT_COLUMNS``), any number of sets per object.
        When some object has several sets, the window is screened in ``SEGMENT_DAYS``
        pieces, each object propagated with its propagatable set nearest the middle of
        each piece (so a manoeuvre shows within a day); otherwise in one piece.
    target_norad
        The target's catalogue number.
    start_utc, days
        The window: ``days`` days from ``start_utc``.
    threshold_km
        Report approaches with miss distance at or below this.
    step_s
        Coarse grid step (default: an eighth of the shortest period involved, ≤ 600 s).
    progress, should_stop
        Optional callbacks for a GUI worker: progress in [0, 1] with a message, and a
        cancellation check between chunks of objects (raises :class:`ScreeningCancelled`).

    Returns
    -------
    pandas.DataFrame
        ``APPROACH_COLUMNS``, one row per approach (local distance minimum), sorted by
        ``tca_utc``: miss distance (km), relative speed (km/s) and the separation of the
        object from the target in the target's radial / in-track / cross-track frame (km).

    Raises
    ------
    ValueError
        The target is not in ``elements`` or has no SGP4-propagatable set, or ``days``,
        ``threshold_km`` or ``step_s`` is not positive.
    """
    _check(days, threshold_km, step_s)
    ids = elements["norad_id"].to_numpy()
    if not (ids == target_norad).any():
        raise ValueError(f"target NORAD id {target_norad} is not in the data")
    if not (elements["sgp4_propagatable"].to_numpy(dtype=bool) & (ids == target_norad)).any():
        raise ValueError(f"target {target_norad} has no SGP4-propagatable element set")
    segments = _segments(elements, as_utc_index(start_utc)[0], days)
    frames = []
    for n, segment in enumerate(segments):
        serving = _serving(elements, segment.middle)
        is_target = serving["norad_id"].to_numpy() == target_norad
        report = None if progress is None else _scaled(progress, n, len(segments))
        target, others = serving.loc[is_target], serving.loc[~is_target]
        found = _pairs_in_segment(
            target, others, segment, threshold_km, step_s, report, should_stop
        )
        frames.append(found)
    return _concat(frames)


def _scaled(progress: ProgressCallback, n: int, of: int) -> ProgressCallback:
    """Progress of the n-th of ``of`` equal parts, as a fraction of the whole."""
    return lambda fraction, message: progress((n + fraction) / of, message)


def screen_group(
    elements: pd.DataFrame,
    norad_ids: Sequence[int],
    start_utc: TimesLike | pd.Timestamp,
    days: float,
    threshold_km: float,
    step_s: float | None = None,
) -> pd.DataFrame:
    """Screen all pairs within a group of objects; see :func:`screen`.

    Returns ``target_norad_id`` (the lower id of the pair) followed by ``APPROACH_COLUMNS``
    (``norad_id`` is the other object), sorted by ``tca_utc``. Ids not in ``elements`` are
    ignored.
    """
    _check(days, threshold_km, step_s)
    members = elements.loc[elements["norad_id"].isin(list(norad_ids)).to_numpy()]
    frames = []
    for segment in _segments(members, as_utc_index(start_utc)[0], days):
        group = _serving(members, segment.middle)
        for k in range(len(group) - 1):
            target = group.iloc[k : k + 1]
            found = _pairs_in_segment(target, group.iloc[k + 1 :], segment, threshold_km, step_s)
            found.insert(0, "target_norad_id", int(target["norad_id"].to_numpy()[0]))
            frames.append(found)
    result = _concat(frames)
    if "target_norad_id" not in result:
        result.insert(0, "target_norad_id", pd.Series(dtype="int64"))
    return result
