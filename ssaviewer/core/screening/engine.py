"""Close-approach screening: every object passing within a distance of a target.

How it works
------------
First a coarse filter keeps the objects whose altitude range over the window overlaps the
target's (:mod:`~.shells`), and the phasing filter those that may be near the line where
their plane crosses the target's when the target is (:mod:`~.phasing`). Next every survivor
and the target are propagated on one coarse time grid (``SatrecArray``, in chunks of
objects) and the intervals where the cubic Hermite curve of the relative position may come
within the threshold are picked (:mod:`~.coarse`). Finally each candidate interval is
searched on its own, on the true SGP4 states: a sign change of the range rate ``Δr·Δv``
between its ends brackets a minimum, refined by safeguarded Newton steps
(:func:`~.refine.bracketed_tca`); an interval whose Hermite curve dips inside without a sign
change at its ends is cut in ``SPLITS`` parts. The grid step is at most an eighth of the
shortest period involved, so two minima seldom share an interval and the approaches found do
not depend on the step asked for. One row per local minimum of the distance within the
threshold, inside the window; an object whose distance hardly varies (docked, or the same
element set) is reported once, at its closest point.

Each object is propagated with one element set per piece of the window: the propagatable
set nearest the piece's middle (see :func:`screen`). The table's columns are read once per
call and each SGP4 record is built once (:mod:`~.screen_sets`); the pieces work on arrays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import numpy as np
import pandas as pd
from sgp4.api import Satrec

from ssaviewer.core.orbits.times import TimesLike, as_utc_index, julian_split_ns
from ssaviewer.core.screening.coarse import candidates
from ssaviewer.core.screening.phasing import may_meet
from ssaviewer.core.screening.phasing_memo import Request
from ssaviewer.core.screening.prelook import worth_a_fine_look
from ssaviewer.core.screening.refine import SLOW_KMPS2, Approach, Pair, approach_at, bracketed_tca
from ssaviewer.core.screening.screen_sets import (
    ScreenSets,
    ScreenTable,
    in_shell,
    offsets_ns,
    serving,
)
from ssaviewer.core.screening.shells import SHELL_SAMPLES

APPROACH_COLUMNS: Final = (
    "norad_id", "object_name", "tca_utc", "miss_km", "relative_speed_kms",
    "radial_km", "in_track_km", "cross_track_km",
)  # fmt: skip
#: The columns :func:`screen` reads (a table of only these screens the same).
SCREEN_COLUMNS: Final = (
    "norad_id", "object_name", "epoch_utc", "sgp4_propagatable", "ephemeris_type",
    "mean_motion_rev_per_day", "eccentricity", "inclination_deg", "ra_of_asc_node_deg",
    "arg_of_pericenter_deg", "mean_anomaly_deg", "bstar", "mean_motion_dot",
    "mean_motion_ddot", "semi_major_axis_km", "period_min", "perigee_km", "apogee_km",
)  # fmt: skip
#: Objects propagated per ``SatrecArray`` call (bounds memory: chunk × T × 48 bytes).
CHUNK_OBJECTS: Final = 400
MAX_STEP_S: Final = 600.0
MIN_STEP_S: Final = 10.0
#: Length (days) of the pieces a window is cut into when objects have several sets.
SEGMENT_DAYS: Final = 1.0
#: Overlap (s) of neighbouring pieces, so an approach at a boundary is refined whole.
SEGMENT_OVERLAP_S: Final = 2 * MAX_STEP_S
#: The approach numbers of a result, in ``APPROACH_COLUMNS`` order after ``tca_utc``.
_NUMBERS: Final = APPROACH_COLUMNS[3:]

#: ``progress(fraction_done, message)``, called once per chunk of objects.
ProgressCallback = Callable[[float, str], None]
#: ``should_stop() -> True`` cancels screening between chunks.
StopCallback = Callable[[], bool]


def step_for(period_min: np.ndarray) -> float:
    """Coarse grid step (s) of sets with these periods (minutes): the one step rule.

    An eighth of the shortest period, within 10-600 s (``screener.grid_step_s``).
    """
    period_s = 60.0 * period_min
    shortest = float(np.nanmin(period_s)) if len(period_s) else MAX_STEP_S * 8
    return float(np.clip(shortest / 8.0, MIN_STEP_S, MAX_STEP_S))


class ScreeningCancelled(Exception):
    """Raised by :func:`screen` when ``should_stop`` returned True."""


@dataclass(frozen=True)
class _Window:
    """The coarse grid of one screening run, and the threshold."""

    start_ns: int
    span_s: float
    step_s: float
    threshold_km: float
    #: ``(start_ns, end_ns, closed)`` of the segment's own part when only the first
    #: approach of each object in it is wanted (see :func:`screen`'s ``first_only``).
    first_only: tuple[int, int, bool] | None = None

    def own(self, tca_s: float) -> bool:
        """Tell whether a TCA (s from the start) lies in the own part of ``first_only``."""
        assert self.first_only is not None
        lo, hi, closed = self.first_only
        tca_ns = int(self.start_ns + offsets_ns(np.array([tca_s]))[0])
        return lo <= tca_ns and (tca_ns <= hi if closed else tca_ns < hi)

    def times_ns(self) -> np.ndarray:
        """Grid times (ns) from the start, one step past the end at most."""
        seconds = np.arange(int(np.ceil(self.span_s / self.step_s)) + 1) * self.step_s
        return self.start_ns + offsets_ns(seconds)


@dataclass
class _Found:
    """Approaches found so far: the object's row, TCA (ns) and ``_NUMBERS`` per approach."""

    rows: list[np.ndarray]
    tca_ns: list[np.ndarray]
    numbers: list[np.ndarray]
    target_norad: list[np.ndarray]

    def add(self, rows: np.ndarray, tca_ns: np.ndarray, numbers: np.ndarray, target: int) -> None:
        """Append one piece's approaches (already in TCA order)."""
        self.rows.append(rows)
        self.tca_ns.append(tca_ns)
        self.numbers.append(numbers)
        self.target_norad.append(np.full(len(rows), target, dtype=np.int64))

    def frame(self, sets: ScreenSets, with_target: bool = False) -> pd.DataFrame:
        """``APPROACH_COLUMNS`` (after ``target_norad_id`` if asked), sorted by TCA."""
        if not self.rows or sum(len(r) for r in self.rows) == 0:
            return _empty_frame(with_target)
        tca_ns = np.concatenate(self.tca_ns)
        order = np.argsort(tca_ns, kind="stable")
        rows = np.concatenate(self.rows)[order]
        numbers = np.concatenate(self.numbers)[order]
        columns: dict[str, object] = {}
        if with_target:
            columns["target_norad_id"] = np.concatenate(self.target_norad)[order]
        columns["norad_id"] = sets.norad_id[rows]
        columns["object_name"] = pd.array(sets.names_at(rows), dtype="string")
        columns["tca_utc"] = pd.DatetimeIndex(tca_ns[order].view("datetime64[ns]"), tz="UTC")
        for k, name in enumerate(_NUMBERS):
            columns[name] = numbers[:, k]
        return pd.DataFrame(columns)


def _empty_frame(with_target: bool) -> pd.DataFrame:
    if not _EMPTY:
        _EMPTY.append(_new_empty_frame(False))
        _EMPTY.append(_new_empty_frame(True))
    return _EMPTY[int(with_target)].copy()


#: The two empty results, made once (a DataFrame takes milliseconds to build).
_EMPTY: list[pd.DataFrame] = []


def _new_empty_frame(with_target: bool) -> pd.DataFrame:
    frame = pd.DataFrame({c: [] for c in APPROACH_COLUMNS})
    frame["tca_utc"] = pd.DatetimeIndex([], tz="UTC")
    frame = frame.astype({"norad_id": "int64", "object_name": "string"})
    if with_target:
        frame.insert(0, "target_norad_id", pd.Series(dtype="int64"))
    return frame


def _screen_against(
    sets: ScreenSets,
    target: int,
    others: np.ndarray,
    window: _Window,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Screen one target row against the rows ``others`` (already filtered).

    Returns each approach's object row and its ``tca_s`` then ``_NUMBERS`` (``(K, 6)``),
    in the order found.
    """
    times_ns = window.times_ns()
    jd, fraction = julian_split_ns(times_ns[:1])
    target_states: list[np.ndarray] = []  # on the full grid, once an object needs it
    target_sat = sets.satrecs(np.array([target]))[0]
    pad = sets.pad_km(np.array([target]), window.step_s)
    gravity = sets.gravity_kmps2(np.array([target]))
    found_rows: list[int] = []
    found: list[tuple[float, ...]] = []
    for first in range(0, len(others), CHUNK_OBJECTS):
        if should_stop is not None and should_stop():
            raise ScreeningCancelled("screening cancelled")
        chunk = others[first : first + CHUNK_OBJECTS]
        chunk = chunk[
            worth_a_fine_look(
                sets, target, chunk, window.start_ns, window.step_s, len(times_ns),
                window.threshold_km,
            )
        ]  # fmt: skip
        if len(chunk) == 0:
            _report(progress, first + CHUNK_OBJECTS, len(others))
            continue
        if not target_states:
            target_states.extend(sets.states(np.array([target]), times_ns)[:2])
        r, v, _ = sets.states(chunk, times_ns)
        coarse = candidates(
            target_states[0][0], target_states[1][0], r, v,
            window.threshold_km + pad + sets.pad_km(chunk, window.step_s),
            gravity + sets.gravity_kmps2(chunk), window.step_s,
        )  # fmt: skip
        sats = sets.satrecs(chunk)
        pair_start = (float(jd[0]), float(fraction[0]))
        for o, a in _refine(target_sat, sats, coarse, pair_start, window):
            found_rows.append(int(chunk[o]))
            found.append((a.tca_s, a.miss_km, a.relative_speed_kms, a.radial_km,
                          a.in_track_km, a.cross_track_km))  # fmt: skip
        _report(progress, first + CHUNK_OBJECTS, len(others))
    return np.array(found_rows, dtype=np.int64), np.array(found, dtype=np.float64).reshape(-1, 6)


#: Objects at most for which the phasing filter runs before the altitude shells.
EARLY_PHASING: Final = 200
#: Longest span (s) the phasing filter is run on. Over longer ones most pairs pass a crossing
#: together some time: against the ISS in the active catalogue (``bench_screen.py``, 5 km)
#: it keeps 20 % of the shell's objects over 1 day, 54 % over 3 days (screening 25 % faster)
#: and 89 % over 7 days (no faster).
PHASING_MAX_SPAN_S: Final = 4 * 86_400.0


def _phased(
    sets: ScreenSets, target: int, others: np.ndarray, start_ns: int, span_s: float, km: float
) -> np.ndarray:
    """Return the rows ``others`` that :func:`~.phasing.may_meet` keeps against ``target``.

    In chunks of ``CHUNK_OBJECTS`` (its arrays are objects × hours of the span).
    """
    if len(others) == 0 or span_s > PHASING_MAX_SPAN_S:
        return others
    if sets.table is not None and sets.table_rows is not None:  # judged ahead?
        key = (int(sets.table_rows[target]), start_ns, span_s, km)
        known = sets.table.phasing.lookup(key, sets.table_rows[others])
        if known is not None:
            ahead: np.ndarray = others[known]
            return ahead
    jd_array, fraction_array = julian_split_ns(np.array([start_ns]))
    jd, fraction = float(jd_array[0]), float(fraction_array[0])
    masks = []
    for first in range(0, len(others), CHUNK_OBJECTS):
        rows = np.concatenate(([target], others[first : first + CHUNK_OBJECTS]))
        sats = sets.satrecs(rows)
        since_min = np.array(
            [((jd - s.jdsatepoch) + (fraction - s.jdsatepochF)) * 1440.0 for s in sats]
        )
        masks.append(may_meet(sats, since_min, sets.apogee_km[rows], span_s, km))
    kept: np.ndarray = others[np.concatenate(masks)]
    return kept


def _report(progress: ProgressCallback | None, done: int, of: int) -> None:
    if progress is not None:
        progress(min(1.0, done / of), "screening")


def _refine(
    target_sat: Satrec,
    sats: list[Satrec],
    found: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    start: tuple[float, float],
    window: _Window,
) -> Iterator[tuple[int, Approach]]:
    """Yield ``(object index, approach)`` for each candidate interval's true approaches.

    ``start`` is the grid start as SGP4's ``(jd, fraction)``. Each candidate interval is
    searched on its own (:func:`_minima_in`), so which minima are found does not depend on
    which other intervals were candidates, nor on the order they come in; the same minimum
    found twice is merged later by :func:`_distinct`.
    """
    step = window.step_s
    done: set[int] = set()  # objects whose first approach was all that was asked
    for o, k, f, rigid in zip(*(c.tolist() for c in found), strict=True):
        if o in done:
            continue
        pair = Pair(target_sat, sats[o], start[0], start[1])
        if rigid:  # no distinct minimum: the closest point near the closest grid time
            lo, hi = max(0.0, (k - 1) * step), min(window.span_s, (k + 1) * step)
            times = [pair.golden(lo, hi, 1e-3)]
        else:
            times = _minima_in(pair, k * step, (k + 1) * step, f)
        for tca in times:
            approach = approach_at(pair, tca)
            if approach.miss_km <= window.threshold_km:
                if window.first_only is not None and window.own(tca):
                    done.add(o)
                yield o, approach


def _minima_in(pair: Pair, lo_s: float, hi_s: float, fraction: float) -> list[float]:
    """Return the times (s) of the local minima of the separation within ``[lo_s, hi_s)``.

    A local minimum is where the range rate ``Δr·Δv`` goes from negative to non-negative.
    First the rates at the interval's ends: a sign change brackets a minimum, refined by
    :func:`~.refine.bracketed_tca`. When the ends do not bracket one but the cubic Hermite
    curve of the coarse look has its nearest point inside the interval (``fraction`` strictly
    between 0 and 1), the interval is cut into ``SPLITS`` parts (and at the Hermite point) and
    every sign change among them is refined, so a minimum and a maximum within one step are
    not lost either.
    """
    ends = [pair.rates(lo_s)[0], pair.rates(hi_s)[0]]
    width = hi_s - lo_s
    if ends[0] < 0.0 <= ends[1]:
        return [_polished(pair, bracketed_tca(pair, lo_s, hi_s), width)]
    if not _INTERIOR < fraction < 1.0 - _INTERIOR:
        return []
    cuts = np.unique(np.r_[np.linspace(lo_s, hi_s, SPLITS + 1), lo_s + fraction * width])
    rates = [ends[0], *(pair.rates(float(t))[0] for t in cuts[1:-1]), ends[1]]
    return [
        _polished(pair, bracketed_tca(pair, float(cuts[j]), float(cuts[j + 1])), width)
        for j in range(len(cuts) - 1)
        if rates[j] < 0.0 <= rates[j + 1]
    ]


def _polished(pair: Pair, tca_s: float, step_s: float) -> float:
    """Return the distance minimum near a range-rate root, for slow pairs.

    SGP4's velocity is not exactly the derivative of its position; for a pair drifting at
    metres per second the difference moves the root of ``Δr·Δv`` by seconds. So when the
    relative speed is below 0.2 km/s, a golden-section search on the distance itself over
    ``tca_s ± step_s / 2`` (one minimum: the grid step is at most an eighth of a period)
    gives the time; the root stays when that search ends on an edge.
    """
    if pair.rates(tca_s)[1] >= SLOW_KMPS2:
        return tca_s
    lo, hi = tca_s - step_s / 2, tca_s + step_s / 2
    best = pair.golden(lo, hi, 1e-3)
    return best if lo + 0.1 < best < hi - 0.1 else tca_s


#: Parts an interval is cut into when its ends do not bracket the Hermite curve's minimum.
SPLITS: Final = 8
#: Hermite fractions this close to an end count as the end (the minimum is at a grid point).
_INTERIOR: Final = 1e-6


def _distinct(
    sets: ScreenSets, rows: np.ndarray, values: np.ndarray, start_ns: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One approach per distinct (object, TCA): ``(rows, tca_ns, numbers)`` by TCA.

    Approaches of one object less than a second apart are the same one (the first kept).
    """
    norad, tca_s = sets.norad_id[rows], values[:, 0]
    order = np.lexsort((tca_s, norad))
    norad, tca_s = norad[order], tca_s[order]
    same = np.zeros(len(order), dtype=bool)
    same[1:] = (norad[1:] == norad[:-1]) & (np.diff(tca_s) < 1.0)
    kept = order[~same]
    kept = kept[np.argsort(values[kept, 0], kind="stable")]
    return rows[kept], start_ns + offsets_ns(values[kept, 0]), values[kept, 1:]


def check_window(days: float, threshold_km: float, step_s: float | None) -> None:
    """Raise ``ValueError`` naming the value unless days, threshold and step are positive."""
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
    #: The time whose nearest element sets serve the segment (the middle of its own part).
    middle: pd.Timestamp

    def keep(self, tca_ns: np.ndarray) -> np.ndarray:
        """Mask of the TCAs (ns) that lie in this segment's own part."""
        end = self.core_end.value
        inside: np.ndarray = (tca_ns >= self.core_start.value) & (
            (tca_ns <= end) if self.last else (tca_ns < end)
        )
        return inside


def _segments(
    norad_id: np.ndarray, start_utc: TimesLike | pd.Timestamp, days: float
) -> tuple[_Segment, ...]:
    """One segment when every object has one element set; else ``SEGMENT_DAYS`` pieces.

    ``start_utc`` is the window's start (the first of ``as_utc_index(start_utc)``).
    """
    start = _first_utc(start_utc)
    # The unit is part of the key: equal times of other units are equal keys, and pandas
    # rounds the pieces' edges to the unit.
    return _segments_from(start, start.unit, days, len(np.unique(norad_id)) < len(norad_id))


def _first_utc(start_utc: TimesLike | pd.Timestamp) -> pd.Timestamp:
    """``as_utc_index(start_utc)[0]``; a time-zone-aware ``Timestamp`` as it is (the same time)."""
    if isinstance(start_utc, pd.Timestamp) and start_utc.tzinfo is not None:
        return start_utc
    first: pd.Timestamp = as_utc_index(start_utc)[0]
    return first


@lru_cache(maxsize=512)
def _segments_from(
    start: pd.Timestamp, unit: str, days: float, several: bool
) -> tuple[_Segment, ...]:
    """Return :func:`_segments` of a window whose start is of this ``unit``.

    Kept: a window's search and its phasing requests ask for the same pieces, and pandas'
    time arithmetic costs more than the lookup. Segments are immutable.
    """
    end = start + pd.Timedelta(days=days)
    n = int(np.ceil(days / SEGMENT_DAYS)) if several else 1
    edges = [start + (end - start) * k / n for k in range(n + 1)]
    overlap = pd.Timedelta(seconds=SEGMENT_OVERLAP_S)
    segments = []
    for k in range(n):
        lo, hi = max(start, edges[k] - overlap), min(end, edges[k + 1] + overlap)
        middle = edges[k] + (edges[k + 1] - edges[k]) / 2
        segments.append(
            _Segment(edges[k], edges[k + 1], lo, (hi - lo).total_seconds(), k == n - 1, middle)
        )
    return tuple(segments)


def _step(sets: ScreenSets, target: int, others: np.ndarray, step_s: float | None) -> float:
    """Return the grid step of these rows (:func:`step_for`, at most ``step_s``).

    The orbits' step bounds any asked step: coarser, two minima could share an interval.
    """
    step = step_for(sets.period_min[np.concatenate(([target], others))])
    return step if step_s is None else min(step, step_s)


def _pairs_in_segment(
    sets: ScreenSets,
    target: int,
    others: np.ndarray,
    segment: _Segment,
    threshold_km: float,
    step_s: float | None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    first_only: bool = False,
    phasing: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Screen one target row against ``others`` over one segment (shell filter included).

    Returns ``(rows, tca_ns, numbers)`` of the approaches in the segment's own part, by TCA
    (with ``first_only``, each object's refinement stops at its first one there; without
    ``phasing``, the phasing filter is not run: the same approaches, found more slowly).
    """
    start_ns = int(segment.start.value)
    # The altitude shells cost less per object than the phasing filter: they go first for
    # many objects. For a few (after a manoeuvre, candidates from the index, mostly in the
    # target's shell), the phasing filter goes first, when the step cannot depend on which
    # objects it drops (the step of all of them is already the largest).
    largest = MAX_STEP_S if step_s is None else min(MAX_STEP_S, step_s)
    early = (
        phasing
        and 0 < len(others) <= EARLY_PHASING
        and _step(sets, target, others, step_s) == largest
    )
    if early:
        others = _phased(sets, target, others, start_ns, segment.span_s, threshold_km)
    if len(others):
        seconds = np.linspace(0.0, segment.span_s, SHELL_SAMPLES)
        others = others[
            in_shell(sets, target, others, threshold_km, start_ns + offsets_ns(seconds))
        ]
    if len(others) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty((0, 5))
    step = _step(sets, target, others, step_s)
    if phasing and not early:
        others = _phased(sets, target, others, start_ns, segment.span_s, threshold_km)
        if len(others) == 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty((0, 5))
    own = (segment.core_start.value, segment.core_end.value, segment.last)
    window = _Window(start_ns, segment.span_s, step, threshold_km, own if first_only else None)
    rows, values = _screen_against(sets, target, others, window, progress, should_stop)
    rows, tca_ns, numbers = _distinct(sets, rows, values, start_ns)
    inside = segment.keep(tca_ns)
    return rows[inside], tca_ns[inside], numbers[inside]


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
    first_only: bool = False,
    phasing: bool = True,
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
        Coarse grid step, at most (default and upper bound: an eighth of the shortest
        period involved, within 10-600 s). Every local minimum of the separation is
        bracketed by a sign change of the range rate on the grid (or found inside an
        interval whose interpolated curve dips), so the approaches found do not depend on
        the step, only their last digits do.
    progress, should_stop
        Optional callbacks for a GUI worker: progress in [0, 1] with a message, and a
        cancellation check between chunks of objects (raises :class:`ScreeningCancelled`).
    first_only
        Only which objects pass within the threshold is wanted: each object's search
        stops at its first approach (fewer rows; the same objects).
    phasing
        Drop, before the grid, the pairs the phasing filter (:mod:`~.phasing`) proves never
        meet (default). ``False`` screens every pair the altitude shells keep: the same
        approaches, more slowly (for benchmarks and tests of the filter).

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
    check_window(days, threshold_km, step_s)
    return screen_of_sets(
        ScreenSets.of(elements), target_norad, start_utc, days, threshold_km, step_s,
        progress, should_stop, first_only, phasing=phasing,
    )  # fmt: skip


def screen_rows(
    table: ScreenTable,
    rows: np.ndarray,
    target_norad: int,
    start_utc: pd.Timestamp,
    days: float,
    threshold_km: float,
    step_s: float | None = None,
    *,
    first_only: bool = False,
    only: np.ndarray | None = None,
    phasing: bool = True,
) -> pd.DataFrame:
    """:func:`screen` of the rows ``rows`` of a table read once (no DataFrame per call).

    Equal to ``screen(elements.iloc[rows], ...)`` for ``table = ScreenTable.of(elements)``.
    ``only`` (catalogue numbers): screen the target against these objects alone; with
    ``step_s`` given, their approaches are those of the screening of all the rows (the
    window's pieces are cut as for all the rows, and each pair is screened on its own).
    """
    check_window(days, threshold_km, step_s)
    return screen_of_sets(
        table.sets(rows), target_norad, start_utc, days, threshold_km, step_s,
        first_only=first_only, only=only, phasing=phasing,
    )  # fmt: skip


def screen_of_sets(
    sets: ScreenSets,
    target_norad: int,
    start_utc: TimesLike | pd.Timestamp,
    days: float,
    threshold_km: float,
    step_s: float | None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    first_only: bool = False,
    only: np.ndarray | None = None,
    *,
    phasing: bool = True,
) -> pd.DataFrame:
    """:func:`screen` of sets already read (``first_only``, ``only``: see :func:`screen_rows`)."""
    return _search(
        sets, target_norad, start_utc, days, threshold_km, step_s, progress, should_stop,
        first_only, only, phasing=phasing,
    ).frame(sets)  # fmt: skip


def _search(
    sets: ScreenSets,
    target_norad: int,
    start_utc: TimesLike | pd.Timestamp,
    days: float,
    threshold_km: float,
    step_s: float | None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    first_only: bool = False,
    only: np.ndarray | None = None,
    *,
    phasing: bool = True,
) -> _Found:
    """Return the approaches :func:`_screen` reports, before they are made a table."""
    is_target = sets.norad_id == target_norad
    if not is_target.any():
        raise ValueError(f"target NORAD id {target_norad} is not in the data")
    if not (sets.propagatable & is_target).any():
        raise ValueError(f"target {target_norad} has no SGP4-propagatable element set")
    segments = _segments(sets.norad_id, start_utc, days)
    found = _Found([], [], [], [])
    for n, segment in enumerate(segments):
        rows = serving(sets, int(segment.middle.value))
        here = sets.norad_id[rows] == target_norad
        others = rows[~here]
        if only is not None:
            others = others[np.isin(sets.norad_id[others], only)]
        if first_only and found.rows:  # objects already found need no more searching
            known = sets.norad_id[np.concatenate(found.rows)]
            others = others[~np.isin(sets.norad_id[others], known)]
        report = None if progress is None else _scaled(progress, n, len(segments))
        found.add(
            *_pairs_in_segment(
                sets, int(rows[here][0]), others, segment, threshold_km, step_s, report,
                should_stop, first_only, phasing,
            ),
            target_norad,
        )  # fmt: skip
    return found


def phasing_requests(
    sets: ScreenSets, target_norad: int, start_utc: pd.Timestamp, days: float, km: float
) -> list[Request]:
    """Return the pieces :func:`_search` may ask the phasing filter about, all objects each.

    Rows are the sets' ``table_rows``; nothing when the filter would not run, or when the
    target cannot be screened. For :func:`~.phasing_memo.judge`, ahead of the screenings.
    """
    is_target = sets.norad_id == target_norad
    if sets.table_rows is None or not (sets.propagatable & is_target).any():
        return []
    requests = []
    for segment in _segments(sets.norad_id, start_utc, days):
        if segment.span_s > PHASING_MAX_SPAN_S:
            continue
        rows = serving(sets, int(segment.middle.value))
        here = sets.norad_id[rows] == target_norad
        target, others = int(rows[here][0]), rows[~here]
        requests.append(
            Request(
                int(sets.table_rows[target]), sets.table_rows[others],
                int(segment.start.value), segment.span_s, km,
            )
        )  # fmt: skip
    return requests


def objects_near(
    table: ScreenTable,
    rows: np.ndarray,
    target_norad: int,
    start_utc: pd.Timestamp,
    days: float,
    threshold_km: float,
    step_s: float | None = None,
    *,
    phasing: bool = True,
) -> np.ndarray:
    """Return the catalogue numbers (ascending) of the objects ``screen_rows`` finds.

    The same screening as ``screen_rows(..., first_only=True)``, without building its table.
    """
    check_window(days, threshold_km, step_s)
    sets = table.sets(rows)
    found = _search(
        sets, target_norad, start_utc, days, threshold_km, step_s, first_only=True,
        phasing=phasing,
    )  # fmt: skip
    if not found.rows:
        return np.empty(0, dtype=np.int64)
    ids: np.ndarray = np.unique(sets.norad_id[np.concatenate(found.rows)])
    return ids


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
    *,
    phasing: bool = True,
) -> pd.DataFrame:
    """Screen all pairs within a group of objects; see :func:`screen` (``phasing`` too).

    Returns ``target_norad_id`` (the lower id of the pair) followed by ``APPROACH_COLUMNS``
    (``norad_id`` is the other object), sorted by ``tca_utc``. Ids not in ``elements`` are
    ignored.
    """
    check_window(days, threshold_km, step_s)
    members = elements.loc[elements["norad_id"].isin(list(norad_ids)).to_numpy()]
    sets = ScreenSets.of(members)
    found = _Found([], [], [], [])
    for segment in _segments(sets.norad_id, start_utc, days):
        group = serving(sets, int(segment.middle.value))
        for k in range(len(group) - 1):
            target = int(group[k])
            piece = _pairs_in_segment(
                sets, target, group[k + 1 :], segment, threshold_km, step_s, phasing=phasing
            )
            found.add(*piece, int(sets.norad_id[target]))
    return found.frame(sets, with_target=True)
