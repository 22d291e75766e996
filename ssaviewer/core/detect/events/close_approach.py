"""Close approach after a manoeuvre: whether the new orbit brings the object near another one.

After each manoeuvre the object is screened against the loaded catalogue
(:func:`ssaviewer.core.orbits.screening.screen`) from the manoeuvre's estimated time for
``days`` days, with threshold ``threshold_km``. Only *new* neighbours count: an object that
was already within the threshold in the ``days`` before the manoeuvre's window (co-located
satellites keeping station together) is not an approach caused by it.

Screening is kept cheap and bounded. The catalogue's altitude shells (and GEO longitudes) are
indexed once per run (:mod:`ssaviewer.core.orbits.neighbours`), and each manoeuvre is screened
only against the objects that may come within the threshold of its new orbit; a manoeuvre with
none is not screened at all, and the window before it is screened against the new neighbours
only. At most ``max_screened`` manoeuvres are screened per run: those already irregular for
another reason first, then the largest Δv (ties by object and time); a manoeuvre whose
candidates would take the run past ``max_pairs`` screened object pairs is skipped (an orbit
shared with a whole constellation). Objects without an element set within
``max_set_age_days`` of the window are not screened: a prediction that far from its epoch
is off by far more than the threshold (a catalogue of today says nothing about a
manoeuvre years ago).

Every new neighbour becomes one ``close-approach`` event at its closest approach (labelled
``irregular``, reason ``approach-after-manoeuvre``; co-located objects pass each other many
times, the sentence says how often) and adds the code ``approach-after-manoeuvre`` to the
manoeuvre.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.detect.element_table import first_rows
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.manoeuvres.detector import DetectionCancelled
from ssaviewer.core.detect.pattern_of_life.findings import Finding, finding
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.orbits.neighbours import (
    ShellIndex,
    build_shell_index,
    shell_candidates,
    window_rows,
)

SECTION = "approach"

#: ``screen(elements, target_norad, start_utc, days, threshold_km) -> approaches``.
ScreenFunction = Callable[[pd.DataFrame, int, pd.Timestamp, float, float], pd.DataFrame]
#: ``progress(fraction_done, message)``, once per manoeuvre screened.
ProgressCallback = Callable[[float, str], None]
#: ``should_stop() -> True`` cancels between manoeuvres (raises ``DetectionCancelled``).
StopCallback = Callable[[], bool]


@dataclass(frozen=True)
class ApproachParams:
    """Thresholds of the close-approach screening (see the module docstring)."""

    #: Screen manoeuvres of this regime at all.
    enabled: bool = True
    #: Days after the manoeuvre to screen.
    days: float = 3.0
    #: Report approaches closer than this (km).
    threshold_km: float = 5.0
    #: Manoeuvres screened per run at most (irregular ones first, then the largest Δv).
    max_screened: int = 200
    #: Object pairs screened per run at most: a manoeuvre whose candidates would take the
    #: run past this is skipped (its orbit shares its altitudes with too many objects).
    max_pairs: int = 3_000
    #: Screen only against objects with an element set at most this many days from the
    #: window: SGP4 predictions further out are off by far more than the threshold.
    max_set_age_days: float = 30.0


RULE_SECTION = RuleSection(
    SECTION,
    ApproachParams,
    {
        ALL_REGIMES: ApproachParams(),
        # GEO neighbours are watched at tens of km (rendezvous and proximity operations).
        "GEO": ApproachParams(threshold_km=25.0),
        "IGSO": ApproachParams(threshold_km=25.0),
    },
    doc=__doc__ or "",
)


def default_screen(
    elements: pd.DataFrame,
    target: int,
    start: pd.Timestamp,
    days: float,
    threshold_km: float,
    *,
    first_only: bool = False,
) -> pd.DataFrame:
    """Screen with the orbit layer (imported on first use: it needs sgp4).

    ``first_only``: only which objects come close matters (see ``screen``).
    """
    from ssaviewer.core.orbits.screening import screen

    step_s = _default_step(elements["period_min"].to_numpy(dtype=np.float64))
    return screen(elements, target, start, days, threshold_km, step_s, first_only=first_only)


def _default_step(period_min: np.ndarray) -> float:
    """Return the screening step (s) for sets of these periods (minutes): the screening's one rule.

    The rule (an eighth of the shortest period, within 10-600 s) is applied to all the rows
    given, so screening only some of their objects (``only=``) keeps the same grid.
    """
    from ssaviewer.core.orbits.screening import step_for

    return step_for(period_min)


def approach_after_manoeuvres(
    manoeuvres: pd.DataFrame,
    elements: pd.DataFrame,
    rules: Rules,
    screen: ScreenFunction = default_screen,
    priority: np.ndarray | None = None,
    *,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> tuple[pd.DataFrame, Finding]:
    """Screen after manoeuvres; return the ``close-approach`` events and the manoeuvre finding.

    ``priority`` marks manoeuvres to screen first (those already irregular). ``screen`` is
    given the target's element sets and those of the objects whose altitude shells may come
    within the threshold of the target's in the window
    (:func:`~ssaviewer.core.orbits.neighbours.shell_candidates`, indexed once per call):
    a manoeuvre with no such object is not screened at all, and the window before the
    manoeuvre is screened against the new neighbours only. ``should_stop`` is checked
    between manoeuvres and raises
    :class:`~ssaviewer.core.detect.manoeuvres.detector.DetectionCancelled`.
    """
    n = len(manoeuvres)
    regimes = manoeuvres["regime"].astype(str).to_numpy()
    chosen = _chosen(manoeuvres, regimes, rules, priority)
    index = build_shell_index(elements) if chosen else None
    pairs_left = min((rules.section(RULE_SECTION, r).max_pairs for r in set(regimes)), default=0)
    rows: list[dict[str, Any]] = []
    sentences = np.full(n, "", dtype=object)
    norad_ids = manoeuvres["norad_id"].to_numpy(dtype=np.int64)
    epochs, window_starts = manoeuvres["epoch_utc"], manoeuvres["window_start_utc"]
    screener = _screener(elements, screen)
    for done, k in enumerate(chosen):
        if should_stop is not None and should_stop():
            raise DetectionCancelled("close-approach screening was cancelled")
        if progress is not None:
            progress(done / len(chosen), f"screening after manoeuvre {done + 1} of {len(chosen)}")
        assert index is not None
        params: ApproachParams = rules.section(RULE_SECTION, regimes[k])
        target, start = int(norad_ids[k]), pd.Timestamp(epochs.iloc[k])
        span = pd.Timedelta(days=params.days)
        near = shell_candidates(
            index, target, start, start + span, params.threshold_km, params.max_set_age_days
        )
        if len(near) == 0 or len(near) > pairs_left:
            continue
        pairs_left -= len(near)
        window_start = pd.Timestamp(window_starts.iloc[k])
        found = _new_neighbours(target, start, window_start, near, screener, index, params)
        if len(found) == 0:
            continue
        rows.append(_events(manoeuvres.iloc[k], found, params))
        sentences[k] = _sentence(found, start)
    fired = sentences != ""
    result = finding("approach-after-manoeuvre", SECTION, fired, lambda s: s, sentences)
    return _event_table(rows), result


def _chosen(
    manoeuvres: pd.DataFrame, regimes: np.ndarray, rules: Rules, priority: np.ndarray | None
) -> list[int]:
    """Positions of the manoeuvres to screen: irregular first, then the largest Δv."""
    codes, uniques = pd.factorize(regimes)
    enabled = np.array([rules.section(RULE_SECTION, str(r)).enabled for r in uniques], dtype=bool)[
        codes
    ]
    dv = manoeuvres["delta_v_mps"].to_numpy(dtype=np.float64, na_value=np.nan)
    first = np.zeros(len(manoeuvres), dtype=bool) if priority is None else priority.astype(bool)
    order = np.lexsort(
        (
            manoeuvres["epoch_utc"].to_numpy(dtype="datetime64[ns]"),
            manoeuvres["norad_id"].to_numpy(),
            -np.nan_to_num(dv, nan=-1.0),
            ~first,
        )
    )
    limit = min((rules.section(RULE_SECTION, r).max_screened for r in set(regimes)), default=0)
    return [int(k) for k in order if enabled[k]][:limit]


#: ``screener(rows, target, start, days, threshold_km, first_only, only) -> approaches``:
#: the screening of the rows ``rows`` of the element table against the objects ``only``
#: (all when None; see :func:`_screener`).
_Screener = Callable[
    [np.ndarray, int, pd.Timestamp, float, float, bool, np.ndarray | None], pd.DataFrame
]


def _screener(elements: pd.DataFrame, screen: ScreenFunction) -> _Screener:
    """Return how rows of ``elements`` are screened: ``screen`` on ``elements.iloc[rows]``.

    ``default_screen`` reads the table's columns once instead (``ScreenTable``): the same
    result without a DataFrame per call, with ``first_only`` honoured (only the
    ``norad_id`` column then: which objects come close is all that is asked), and ``only`` screening
    just those objects (with the grid step and pieces of all the rows, so their approaches
    are the same). Another ``screen`` is called once per rows and window: its last two results
    are kept and filtered for ``only``.
    """
    from ssaviewer.core.orbits.screen_sets import ScreenTable
    from ssaviewer.core.orbits.screening import SCREEN_COLUMNS, objects_near, screen_rows

    if screen is default_screen and set(SCREEN_COLUMNS) <= set(elements.columns):
        table = ScreenTable.of(elements)

        def by_rows(
            rows: np.ndarray, target: int, start: pd.Timestamp, days: float, km: float,
            first_only: bool, only: np.ndarray | None,
        ) -> pd.DataFrame:  # fmt: skip
            step_s = _default_step(table.columns["period_min"][rows])
            if first_only and only is None:  # which objects alone: no table of approaches
                ids = objects_near(table, rows, target, start, days, km, step_s)
                return pd.DataFrame({"norad_id": ids})
            return screen_rows(
                table, rows, target, start, days, km, step_s, first_only=first_only, only=only
            )

        return by_rows

    last: dict[tuple[Any, ...], pd.DataFrame] = {}

    def by_frame(
        rows: np.ndarray, target: int, start: pd.Timestamp, days: float, km: float, _: bool,
        only: np.ndarray | None,
    ) -> pd.DataFrame:  # fmt: skip
        key = (rows.tobytes(), target, start, days, km)
        if key not in last:
            if len(last) >= 2:  # the window after a manoeuvre and the one before it
                del last[next(iter(last))]
            last[key] = screen(elements.iloc[rows], target, start, days, km)
        found = last[key]
        return found if only is None else found[found["norad_id"].isin(only)]

    return by_frame


def _new_neighbours(
    target: int,
    start: pd.Timestamp,
    window_start: pd.Timestamp,
    near: np.ndarray,
    screener: _Screener,
    index: ShellIndex,
    params: ApproachParams,
) -> pd.DataFrame:
    """Approaches after the manoeuvre at ``start`` with the objects ``near`` not close before.

    ``window_start`` is the start of the manoeuvre's window; the screening is given only the
    element sets that may serve a time in its window. Which objects come close after, and
    which of those were close before, is screened first (each object's search can stop at
    its first approach); only the new neighbours are then screened for all their approaches.
    """
    span = pd.Timedelta(days=params.days)
    after_rows = window_rows(index, np.r_[target, near], start, start + span)
    try:
        found = screener(after_rows, target, start, params.days, params.threshold_km, True, None)
    except ValueError:
        return _EMPTY  # not propagatable (SGP4-XP only, or no element set): nothing to screen
    found = found[found["norad_id"] != target]
    if len(found) == 0:
        return found
    neighbours = sorted(set(found["norad_id"].astype(int).tolist()))
    before_start = window_start - span
    before_rows = window_rows(index, np.r_[target, neighbours], before_start, before_start + span)
    already = screener(
        before_rows, target, before_start, params.days, params.threshold_km, True, None
    )
    new = np.setdiff1d(np.array(neighbours, dtype=np.int64), already["norad_id"].to_numpy())
    if len(new) == 0:
        return found.iloc[:0]
    found = screener(after_rows, target, start, params.days, params.threshold_km, False, new)
    return found[found["norad_id"].isin(new)]


_EMPTY: pd.DataFrame = pd.DataFrame({"norad_id": pd.Series([], dtype="int64")})


def _sentence(found: pd.DataFrame, start: pd.Timestamp) -> str:
    closest = found.iloc[int(np.argmin(found["miss_km"].to_numpy(dtype=np.float64)))]
    return (
        f"Passed {closest['miss_km']:.2f} km from {int(closest['norad_id'])}"
        f" ({closest['object_name']}) {_hours(closest['tca_utc'] - start)} after the"
        " manoeuvre."
    )


def _events(event: pd.Series, found: pd.DataFrame, params: ApproachParams) -> dict[str, Any]:
    """Return the event columns of a manoeuvre's new neighbours: one row each, closest pass.

    Columns for :func:`~ssaviewer.core.detect.events.event_frame.event_frame`, built once for
    all manoeuvres (:func:`_event_table`).
    """
    norad = found["norad_id"].to_numpy(dtype=np.int64)
    miss = found["miss_km"].to_numpy(dtype=np.float64)
    tca = pd.DatetimeIndex(found["tca_utc"])
    order = np.lexsort((tca.as_unit("ns").asi8, miss, norad))
    ids, passes = np.unique(norad, return_counts=True)
    first = first_rows(norad[order])
    chosen = order[first]
    names = found["object_name"].to_numpy()[chosen]
    speed = found["relative_speed_kms"].to_numpy(dtype=np.float64)[chosen]
    count = passes[np.searchsorted(ids, norad[chosen])]
    explanation = [
        f"{m:.2f} km from {int(o)} ({name}) at {t:%Y-%m-%d %H:%M}Z, {v:.3f} km/s, after a"
        f" manoeuvre"
        + (
            f" ({k} passes within {params.threshold_km:g} km"
            if k > 1
            else f" (within {params.threshold_km:g} km"
        )
        + f" in the {params.days:g} days screened)."
        for o, name, m, t, v, k in zip(
            norad[chosen].tolist(), names, miss[chosen].tolist(), tca[chosen], speed.tolist(),
            count.tolist(), strict=True,
        )
    ]  # fmt: skip
    n = len(chosen)
    return {
        "norad_id": np.repeat(int(event["norad_id"]), n),
        "explanation": np.array(explanation, dtype=object),
        "epoch_utc": pd.to_datetime(tca[chosen], utc=True).to_numpy(),
        "window_start_utc": np.repeat(event["window_start_utc"], n),
        "window_end_utc": np.repeat(event["window_end_utc"], n),
        "regime": np.repeat(str(event["regime"]), n),
        "secondary_norad_id": norad[chosen],
        "secondary_name": found["object_name"].astype(str).to_numpy()[chosen],
        "miss_km": miss[chosen],
        "relative_speed_kms": speed,
    }


def _event_table(parts: list[dict[str, Any]]) -> pd.DataFrame:
    """One ``close-approach`` event table from :func:`_events`' columns."""
    if not parts:
        return event_frame(0)
    columns = {name: np.concatenate([part[name] for part in parts]) for name in parts[0]}
    return event_frame(
        len(columns["norad_id"]),
        norad_id=columns["norad_id"],
        event_type="close-approach",
        label="irregular",
        reasons="approach-after-manoeuvre",
        explanation=columns["explanation"],
        epoch_utc=columns["epoch_utc"],
        window_start_utc=columns["window_start_utc"],
        window_end_utc=columns["window_end_utc"],
        rules=SECTION,
        regime=columns["regime"],
        secondary_norad_id=columns["secondary_norad_id"],
        secondary_name=columns["secondary_name"],
        miss_km=columns["miss_km"],
        relative_speed_kms=columns["relative_speed_kms"],
    )


def _hours(delta: pd.Timedelta) -> str:
    hours = delta / pd.Timedelta(hours=1)
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} days"
