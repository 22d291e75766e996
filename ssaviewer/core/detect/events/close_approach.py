"""Close approach after a manoeuvre: whether the new orbit brings the object near another one.

After each manoeuvre the object is screened against the loaded catalogue (one
:class:`ssaviewer.core.screening.screener.Screener` per run) from the manoeuvre's estimated
time for ``days`` days, with threshold ``threshold_km``. Only *new* neighbours count: an
object that was already within the threshold in the ``days`` before the manoeuvre's window
(co-located satellites keeping station together) is not an approach caused by it.

Screening is kept cheap and bounded. The catalogue's altitude shells (and GEO longitudes) are
indexed once per run (the screener's index, :mod:`ssaviewer.core.screening.neighbours`), and
each manoeuvre is screened only against the objects that may come within the threshold of its
new orbit; a manoeuvre with none is not screened at all, and the window before it is screened
against the new neighbours only. At most ``max_screened`` manoeuvres are screened per run:
those already irregular for another reason first, then the largest Δv (ties by object and
time); a manoeuvre whose candidates would take the run past ``max_pairs`` screened object
pairs is skipped (an orbit shared with a whole constellation). Objects without an element set
within ``max_set_age_days`` of the window are not screened: a prediction that far from its
epoch is off by far more than the threshold (a catalogue of today says nothing about a
manoeuvre years ago).

Every new neighbour becomes one ``close-approach`` event at its closest approach (labelled
``irregular``, reason ``approach-after-manoeuvre``; co-located objects pass each other many
times, the sentence says how often) and adds the code ``approach-after-manoeuvre`` to the
manoeuvre.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ssaviewer.core.detect.element_table import first_rows
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.manoeuvres.detector import DetectionCancelled
from ssaviewer.core.detect.pattern_of_life.findings import Finding, finding
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message

if TYPE_CHECKING:
    from ssaviewer.core.screening.screener import Screener

SECTION = "approach"

#: ``screen(elements) -> Screener``: the screening of a catalogue, built once per run.
ScreenFunction = Callable[[pd.DataFrame], "Screener"]
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


def default_screen(elements: pd.DataFrame) -> Screener:
    """Return the orbit layer's screener of ``elements`` (imported on first use: it needs sgp4)."""
    from ssaviewer.core.screening.screener import Screener

    return Screener(elements)


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

    ``priority`` marks manoeuvres to screen first (those already irregular). ``screen`` makes
    the catalogue's screener once per call; each manoeuvre is screened against the objects
    whose altitude shells may come within the threshold of the target's in the window
    (:meth:`~ssaviewer.core.screening.screener.Screener.candidates_many`, the screener's index):
    a manoeuvre with no such object is not screened at all, and the window before the
    manoeuvre is screened against the new neighbours only. ``should_stop`` is checked
    between manoeuvres and raises
    :class:`~ssaviewer.core.detect.manoeuvres.detector.DetectionCancelled`.
    """
    n = len(manoeuvres)
    regimes = manoeuvres["regime"].astype(str).to_numpy()
    chosen = _chosen(manoeuvres, regimes, rules, priority) if _several_objects(elements) else []
    screener = screen(elements) if chosen else None
    rows: list[dict[str, Any]] = []
    sentences = np.full(n, "", dtype=object)
    norad_ids = manoeuvres["norad_id"].to_numpy(dtype=np.int64)
    epochs, window_starts = manoeuvres["epoch_utc"], manoeuvres["window_start_utc"]
    near_of = {} if screener is None else _screened(manoeuvres, chosen, rules, screener)
    for done, k in enumerate(chosen):
        if should_stop is not None and should_stop():
            raise DetectionCancelled("close-approach screening was cancelled")
        if progress is not None:
            progress(done / len(chosen), f"screening after manoeuvre {done + 1} of {len(chosen)}")
        if k not in near_of:
            continue
        assert screener is not None
        params = rules.section(RULE_SECTION, regimes[k])
        target, start = int(norad_ids[k]), pd.Timestamp(epochs.iloc[k])
        window_start = pd.Timestamp(window_starts.iloc[k])
        found = _new_neighbours(target, start, window_start, near_of[k], screener, params)
        if len(found) == 0:
            continue
        rows.append(_events(manoeuvres.iloc[k], found, params))
        sentences[k] = _sentence(found, start)
    fired = sentences != ""
    result = finding("approach-after-manoeuvre", SECTION, fired, lambda s: s, sentences)
    return _event_table(rows), result


def _screened(
    manoeuvres: pd.DataFrame, chosen: list[int], rules: Rules, screener: Screener
) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Return the manoeuvres screened, each with its candidates and their rows after it.

    First every chosen manoeuvre's candidates (the screener's index, all windows at once);
    next the pair budget is spent in priority order (a manoeuvre whose candidates would take
    the run past ``max_pairs`` is skipped); finally the phasing filter's pairs of all the
    windows after the manoeuvres are judged in one batch, ahead of the screenings.
    """
    regimes = manoeuvres["regime"].astype(str).to_numpy()
    pairs_left = min((rules.section(RULE_SECTION, r).max_pairs for r in set(regimes)), default=0)
    norad_ids = manoeuvres["norad_id"].to_numpy(dtype=np.int64)[chosen]
    epochs = manoeuvres["epoch_utc"].iloc[chosen]
    params: list[ApproachParams] = [rules.section(RULE_SECTION, regimes[k]) for k in chosen]
    starts = epochs.to_numpy(dtype="datetime64[ns]").view("i8")
    spans = np.array([pd.Timedelta(days=p.days).value for p in params], dtype=np.int64)
    thresholds = np.array([p.threshold_km for p in params])
    ages = np.array([p.max_set_age_days for p in params])
    near_all = screener.candidates_many(norad_ids, starts, starts + spans, thresholds, ages)
    near_of: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    windows = []
    for j, (k, near, p) in enumerate(zip(chosen, near_all, params, strict=True)):
        if len(near) == 0 or len(near) > pairs_left:
            continue
        pairs_left -= len(near)
        target, start = int(norad_ids[j]), pd.Timestamp(epochs.iloc[j])
        rows = screener.window_rows(np.r_[target, near], start, start + pd.Timedelta(days=p.days))
        near_of[k] = (near, rows)
        windows.append((target, start, p.days, p.threshold_km, rows))
    screener.judge_phasing_ahead(windows)
    return near_of


def _several_objects(elements: pd.DataFrame) -> bool:
    """Whether ``elements`` holds more than one object (else no object has a neighbour)."""
    norad = elements["norad_id"].to_numpy()
    return len(norad) > 1 and bool((norad != norad[0]).any())


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


def _new_neighbours(
    target: int,
    start: pd.Timestamp,
    window_start: pd.Timestamp,
    near_rows: tuple[np.ndarray, np.ndarray],
    screener: Screener,
    params: ApproachParams,
) -> pd.DataFrame:
    """Approaches after the manoeuvre at ``start`` with the objects ``near`` not close before.

    ``near_rows`` is ``(near, rows)``: the candidate objects and the rows of theirs and the
    target's element sets that may serve a time in the window after the manoeuvre.
    ``window_start`` is the start of the manoeuvre's window; the screening is given only the
    element sets that may serve a time in its window. Which objects come close after, and
    which of those were close before, is screened first (each object's search can stop at
    its first approach); only the new neighbours are then screened for all their approaches,
    on the grid step of all the window's rows (:meth:`Screener.grid_step_s`), so their
    approaches are those of the whole screening.
    """
    span = pd.Timedelta(days=params.days)
    days, km = params.days, params.threshold_km
    after_rows = near_rows[1]
    after_step = screener.grid_step_s(after_rows)
    try:
        near_after = screener.objects_near(target, start, days, km, after_step, rows=after_rows)
    except ValueError:
        return _EMPTY  # not propagatable (SGP4-XP only, or no element set): nothing to screen
    neighbours = near_after[near_after != target]
    if len(neighbours) == 0:
        return _EMPTY
    before_start = window_start - span
    before_rows = screener.window_rows(np.r_[target, neighbours], before_start, before_start + span)
    already = screener.objects_near(
        target, before_start, days, km, screener.grid_step_s(before_rows), rows=before_rows
    )
    new = np.setdiff1d(neighbours.astype(np.int64), already)
    if len(new) == 0:
        return _EMPTY
    found = screener.screen(target, start, days, km, after_step, rows=after_rows, only=new)
    return found[found["norad_id"].isin(new)]


_EMPTY: pd.DataFrame = pd.DataFrame({"norad_id": pd.Series([], dtype="int64")})


def _sentence(found: pd.DataFrame, start: pd.Timestamp) -> str:
    closest = found.iloc[int(np.argmin(found["miss_km"].to_numpy(dtype=np.float64)))]
    return message("approach-after-manoeuvre").format(
        miss=f"{closest['miss_km']:.2f}",
        secondary_id=int(closest["norad_id"]),
        secondary_name=closest["object_name"],
        after=_hours(closest["tca_utc"] - start),
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
    several, once = message("close-approach.passes"), message("close-approach.within")
    explanation = [
        (several if k > 1 else once).format(
            miss=f"{m:.2f}", secondary_id=int(o), secondary_name=name,
            tca_utc=f"{t:%Y-%m-%d %H:%M}Z", speed=f"{v:.3f}", count=k,
            threshold=f"{params.threshold_km:g}", days=f"{params.days:g}",
        )
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
