"""Find manoeuvres in element-set histories and estimate them: the detectors' public entry.

``detect_manoeuvres`` runs every manoeuvre detector (``MANOEUVRE_DETECTORS``) on the mean
elements of many objects at once, merges the candidates that share an inter-element-set gap
(burns of one sequence, or one burn seen in several elements) into one manoeuvre, and estimates
its time, direction, size and Δv. Thresholds come from ``Rules`` sections
(``MANOEUVRE_SECTIONS``), with per-regime defaults documented in each detector module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_HOUR, SECONDS_PER_DAY
from ssaviewer.core.detect.element_table import ElementArrays, first_rows, is_sorted_by_object
from ssaviewer.core.detect.manoeuvres import (
    geo_drift,
    inplane,
    outofplane,
    plane_change,
    thinning,
    timing,
)
from ssaviewer.core.detect.manoeuvres import outliers as _outliers
from ssaviewer.core.detect.manoeuvres.candidates import Candidates, E, RegimeFinder
from ssaviewer.core.detect.manoeuvres.estimate import estimate
from ssaviewer.core.detect.manoeuvres.features import Features, features_of, subset
from ssaviewer.core.detect.manoeuvres.merge import combine_kinds
from ssaviewer.core.detect.manoeuvres.noise import Gaps
from ssaviewer.core.detect.rules import Rules, RuleSection, build_rules
from ssaviewer.core.detect.typed_frame import typed_frame

ProgressCallback = Callable[[float, str], None]
StopCallback = Callable[[], bool]

#: Every rules section the manoeuvre detectors read.
MANOEUVRE_SECTIONS: tuple[RuleSection[Any], ...] = (
    thinning.SECTION,
    inplane.SECTION,
    outofplane.SECTION,
    geo_drift.SECTION,
    timing.SECTION,
    _outliers.SECTION,
)


@dataclass(frozen=True)
class _Detector(Generic[E]):
    """A candidate finder and the rules section it reads."""

    section: RuleSection[E]
    find: RegimeFinder[E]

    def run(
        self, rules: Rules, regime: str, sub: Features, rows: np.ndarray, gaps: Gaps
    ) -> Candidates | None:
        """Candidates in one regime's rows, or None where this detector is switched off."""
        params = rules.section(self.section, regime)
        return self.find(sub, rows, params, gaps) if params.enabled else None


#: The candidate finders (each module's ``SECTION`` and ``find``), in the order they run.
MANOEUVRE_DETECTORS: tuple[_Detector[Any], ...] = (
    _Detector(inplane.SECTION, inplane.find),
    _Detector(outofplane.SECTION, outofplane.find),
    _Detector(geo_drift.SECTION, geo_drift.find),
)

#: Columns of the manoeuvre table, with dtypes.
MANOEUVRE_COLUMNS: dict[str, str] = {
    "norad_id": "int64",
    "epoch_utc": "datetime64[ns, UTC]",
    "epoch_sigma_h": "float64",
    "window_start_utc": "datetime64[ns, UTC]",
    "window_end_utc": "datetime64[ns, UTC]",
    "direction": "str",
    "delta_a_km": "float64",
    "delta_i_deg": "float64",
    "delta_e": "float64",
    "delta_raan_deg": "float64",
    "delta_v_mps": "float64",
    "delta_v_in_plane_mps": "float64",
    "delta_v_out_of_plane_mps": "float64",
    "confidence": "float64",
    "significance_sigma": "float64",
    "node": "str",
    "geo_longitude_before_deg": "float64",
    "geo_longitude_after_deg": "float64",
    "geo_drift_before_deg_per_day": "float64",
    "geo_drift_after_deg_per_day": "float64",
    "regime": "str",
    "rules": "str",
    "index_before": "int64",
    "index_after": "int64",
}


class DetectionCancelled(Exception):
    """Raised by :func:`detect_manoeuvres` when ``should_stop`` returned True."""


def default_rules() -> Rules:
    """Return the built-in manoeuvre rules (every section at its per-regime defaults)."""
    return build_rules(MANOEUVRE_SECTIONS)


def detect_manoeuvres(
    elements: pd.DataFrame,
    rules: Rules,
    *,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> pd.DataFrame:
    """Find and estimate the manoeuvres in ``elements``.

    Parameters
    ----------
    elements
        Element sets with ``schema.ELEMENT_COLUMNS`` (at least the mean elements,
        ``norad_id``, ``epoch_utc`` and ``regime``), many objects, sorted by ``norad_id`` then
        ``epoch_utc``. Extra columns are ignored.
    rules
        Resolved rules containing ``MANOEUVRE_SECTIONS``.
    progress, should_stop
        Optional callbacks: ``progress(fraction, message)`` after each detector;
        ``should_stop()`` returning True raises :class:`DetectionCancelled`.

    Returns
    -------
    pandas.DataFrame
        One row per manoeuvre, ``MANOEUVRE_COLUMNS``, sorted by ``norad_id``, ``epoch_utc``.
        ``index_before`` / ``index_after`` are row positions in ``elements`` of the element
        sets bracketing the change; ``rules`` is the ``;``-joined rule ids that fired.
    """
    columns = ElementArrays.of(elements)
    check_sorted(columns)
    found = scan(columns, rules, outliers=False, progress=progress, should_stop=should_stop)
    return manoeuvre_table([found.manoeuvres])


def detect_outliers(elements: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Return single bad element sets that revert (see :mod:`.outliers`)."""
    columns = ElementArrays.of(elements)
    check_sorted(columns)
    found = scan(columns, rules, manoeuvres=False)
    return _outliers.outlier_table(elements, [found.outliers])


def empty_manoeuvres() -> pd.DataFrame:
    """Return an empty manoeuvre table with ``MANOEUVRE_COLUMNS``."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in MANOEUVRE_COLUMNS.items()})


@dataclass(frozen=True)
class Scan:
    """What the detectors found in one table of element sets, as arrays (see :func:`scan`)."""

    manoeuvres: dict[str, np.ndarray]
    outliers: _outliers.OutlierRows


def scan(
    columns: ElementArrays,
    rules: Rules,
    *,
    offset: int = 0,
    manoeuvres: bool = True,
    outliers: bool = True,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Scan:
    """Run the manoeuvre detectors and the outlier test on ``columns`` (whole objects).

    Each regime's rows are laid out once (:class:`~ssaviewer.core.detect.manoeuvres.noise.Gaps`) and
    series the detectors share (the inclination's residuals) are computed once. Row
    positions in the result are shifted by ``offset``. ``manoeuvres`` are
    :func:`~ssaviewer.core.detect.manoeuvres.estimate.estimate`'s arrays (unsorted).
    """
    features = features_of(columns)
    regimes = _regimes(features)
    found: dict[str, np.ndarray] = {}
    if manoeuvres and len(columns) >= 2:
        found = _at_scales(columns, features, regimes, rules, progress, should_stop)
    if found:
        found["index_before"] = found["index_before"] + offset
        found["index_after"] = found["index_after"] + offset
    bad = [
        _outliers.find(sub, rows + offset, rules.section(_outliers.SECTION, regime), gaps)
        for regime, sub, rows, gaps in regimes
        if outliers and len(columns) >= 3
    ]
    return Scan(manoeuvres=found, outliers=_outliers.OutlierRows.concat(bad))


def _at_scales(
    columns: ElementArrays,
    features: Features,
    regimes: list[_Regime],
    rules: Rules,
    progress: ProgressCallback | None,
    should_stop: StopCallback | None,
) -> dict[str, np.ndarray]:
    """Manoeuvres found reading the history thinned at ``min_spacing_days`` (:mod:`thinning`).

    On the objects whose reading at ``confirm_spacing_days`` differs (dense histories), only
    the manoeuvres whose window overlaps one found at that bin too are kept
    (:func:`_confirmed`). Rows refer to ``columns``.
    """
    chosen = thinning.repeated_epoch_choice(
        columns.norad_id, columns.epoch_ns, (features.a_km, features.i_deg, features.e)
    )  # the same for both readings
    kept = _kept_rows(columns, features, rules, confirm=False, chosen=chosen)
    found = _at_scale(columns, features, regimes, rules, kept, progress, should_stop)
    confirm = _kept_rows(columns, features, rules, confirm=True, chosen=chosen)
    every = np.arange(len(columns), dtype=np.int64) if kept is None else kept
    if not found or confirm is None or np.array_equal(confirm, every):
        return found
    # Only the objects read differently at the confirming bin are read again.
    differs = _objects_differing(columns.norad_id, every, confirm)
    confirm = confirm[differs[confirm]]
    second = _at_scale(columns, features, regimes, rules, confirm, None, should_stop)
    keep = ~differs[found["index_before"]] | _confirmed(found, second)
    return {key: values[keep] for key, values in found.items()}


def _at_scale(
    columns: ElementArrays,
    features: Features,
    regimes: list[_Regime],
    rules: Rules,
    kept: np.ndarray | None,
    progress: ProgressCallback | None,
    should_stop: StopCallback | None,
) -> dict[str, np.ndarray]:
    """Manoeuvres found reading the rows ``kept`` (None: every row), timed on every row."""
    read = columns if kept is None else columns.take(kept)
    read_features = features if kept is None else features_of(read)
    read_regimes = regimes if kept is None else _regimes(read_features)
    found = _manoeuvres(read, read_features, read_regimes, rules, progress, should_stop)
    lag_start: np.ndarray | None = None
    if found and kept is not None:
        lag_start = kept[_lag_start(found["index_before"], kept, read_features)]
        found["index_before"] = kept[found["index_before"]]
        found["index_after"] = kept[found["index_after"]]
    if found:
        _place_plane_changes(found, features)
        _place_in_plane(found, columns, features, rules)
    if found and lag_start is not None:
        # Once the burn is timed, a dense history's window reaches back over a lagging bin.
        found["index_before"] = np.minimum(found["index_before"], lag_start)
        found["window_start_ns"] = columns.epoch_ns[found["index_before"]]
    if found:
        _absorb_along_track(found, features, rules)
        _cover_time_interval(found, columns, features, rules)
    return found


def _absorb_along_track(found: dict[str, np.ndarray], features: Features, rules: Rules) -> None:
    """Join plane changes and their along-track parts (:mod:`.plane_change`), in place."""
    code = features.regime_code[found["index_before"]]
    sigmas = np.array(
        [rules.section(timing.SECTION, name).along_track_sigmas for name in features.regime_names]
    )[code]
    plane_change.absorb_along_track(found, sigmas)


def _cover_time_interval(
    found: dict[str, np.ndarray], columns: ElementArrays, features: Features, rules: Rules
) -> None:
    """Start each window no later than its burn time's interval (``timing.window_sigmas``).

    The window starts at the last set of the object at or before ``epoch_days`` minus
    ``window_sigmas`` × ``epoch_sigma_h`` (hours), or where it started if that is earlier;
    manoeuvres without a finite time or uncertainty, and regimes where ``window_sigmas`` is
    0, keep their window. In place.
    """
    b = found["index_before"]
    code = features.regime_code[b]
    sigmas = np.array(
        [rules.section(timing.SECTION, name).window_sigmas for name in features.regime_names]
    )[code]
    reach_days = sigmas * found["epoch_sigma_h"] / 24.0
    when = found["epoch_days"] - reach_days
    move = np.flatnonzero(np.isfinite(when) & (reach_days > 0) & (features.t_days[b] > when))
    if not len(move):
        return
    starts = np.flatnonzero(features.first)
    object_first = starts[features.group[b[move]]]
    moved = _row_at_or_before(features.t_days, b[move], when[move], object_first)
    found["index_before"][move] = moved
    found["window_start_ns"][move] = columns.epoch_ns[moved]


def _objects_differing(norad_id: np.ndarray, kept: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Per row: True where the row's object has a different number of rows in two readings.

    ``kept`` and ``other`` are row positions of two thinnings of one table at different bins:
    a dense object has fewer rows at the longer bin, an object that is not thinned as many
    (one whose counts happen to agree is taken as read alike and is not confirmed).
    """
    if len(norad_id) and not (norad_id[1:] < norad_id[:-1]).any():
        # Sorted by object (as scanned): the rank of each row's object, without a sort.
        row_object = np.cumsum(first_rows(norad_id)) - 1
        n_objects = int(row_object[-1]) + 1
    else:
        ids, row_object = np.unique(norad_id, return_inverse=True)
        n_objects = len(ids)
    kept_count = np.bincount(row_object[kept], minlength=n_objects)
    other_count = np.bincount(row_object[other], minlength=n_objects)
    out: np.ndarray = (kept_count != other_count)[row_object]
    return out


def _confirmed(found: dict[str, np.ndarray], other: dict[str, np.ndarray]) -> np.ndarray:
    """Per manoeuvre of ``found``: True where a window of ``other`` overlaps its window.

    Windows are spans of row positions ``index_before``..``index_after`` (rows of one object
    are contiguous, so windows of different objects never overlap); two windows that only
    share an end row do not overlap.
    """
    if not other:
        return np.zeros(len(found["index_before"]), dtype=bool)
    order = np.argsort(other["index_before"], kind="stable")
    starts = other["index_before"][order]
    # The latest end among the other windows starting before each position.
    reach = np.maximum.accumulate(other["index_after"][order])
    last = np.searchsorted(starts, found["index_after"], side="left") - 1
    out: np.ndarray = (last >= 0) & (reach[np.maximum(last, 0)] > found["index_before"])
    return out


_Regime = tuple[str, Features, np.ndarray, Gaps]


def _regimes(features: Features) -> list[_Regime]:
    """Each regime's rows, laid out once for every detector."""
    regimes = []
    for regime, in_regime in features.regime_masks():
        sub, rows = subset(features, in_regime)
        regimes.append((regime, sub, rows, Gaps.of(sub.t_days, sub.first)))
    return regimes


def _place_plane_changes(found: dict[str, np.ndarray], features: Features) -> None:
    """Time pure plane changes (outside GEO/IGSO) by the onset of their ramp, in place.

    The detectors may read one set per bin of a dense history; the ramp is read from every
    published set of the window (:func:`timing.plane_change_onset`). Where no onset is found
    the detectors' time stays.
    """
    plane = (found["direction"] == "out-of-plane") & ~np.isin(found["regime"], ("GEO", "IGSO"))
    if not plane.any():
        return
    rows = np.flatnonzero(plane)
    onset, sigma_days = timing.plane_change_onset(
        features.t_days, features.i_deg, found["index_before"][rows], found["index_after"][rows]
    )
    placed = np.isfinite(onset)
    found["epoch_days"][rows[placed]] = onset[placed]
    found["epoch_sigma_h"][rows[placed]] = sigma_days[placed] * 24.0


def _place_in_plane(
    found: dict[str, np.ndarray], columns: ElementArrays, features: Features, rules: Rules
) -> None:
    """Time in-plane and mixed changes also by lines, in place.

    The lines before and after the change are drawn through every published set
    (:func:`timing.settled_lines_crossing`); the burn time is the weighted mean of their
    crossing and the detectors' time (``timing.line_weight``), its uncertainty from their
    disagreement and the window's length (:func:`timing.line_sigma_h`). The window starts no
    later than the last set before the new time. Tables without the mean-motion derivative
    have no two-set crossing either; their times stay the detectors'.
    """
    moved = np.isin(found["direction"], ("in-plane", "mixed"))
    if not moved.any() or columns.ndot_rev_per_day2 is None:
        return
    rows = np.flatnonzero(moved)
    b, a = found["index_before"][rows], found["index_after"][rows]
    params = [rules.section(timing.SECTION, name) for name in features.regime_names]
    code = features.regime_code[b]
    line_days = np.array([p.line_days for p in params])[code]
    settle = np.array([p.settle_fraction for p in params])[code]
    weight = np.array([p.line_weight for p in params])[code]
    starts = np.flatnonzero(features.first)
    group = features.group[b]
    object_last = np.append(starts[1:], features.n)[group] - 1
    sets = timing.PublishedSets(
        t_days=features.t_days,
        n_rev_per_day=columns.n_rev_per_day,
        e=features.e,
        i_deg=features.i_deg,
        raan_deg=columns.raan_deg,
        argp_deg=columns.argp_deg,
        m_deg=columns.m_deg,
    )
    lines_days = timing.settled_lines_crossing(
        sets,
        features.a_km,
        starts[group],
        object_last,
        b,
        a,
        line_days,
        settle,
    )
    placed = np.isfinite(lines_days)
    old = found["epoch_days"][rows]
    new = np.where(placed, weight * lines_days + (1.0 - weight) * old, old)
    found["epoch_days"][rows] = new
    window = _row_at_or_before(features.t_days, b, new, starts[group])
    found["index_before"][rows] = window
    found["window_start_ns"][rows] = columns.epoch_ns[window]
    window_h = (found["window_end_ns"][rows] - found["window_start_ns"][rows]) / NS_PER_HOUR
    disagree_h = np.abs(lines_days - old) * 24.0
    sigma_h = timing.line_sigma_h(disagree_h, window_h)
    found["epoch_sigma_h"][rows] = np.where(placed, sigma_h, found["epoch_sigma_h"][rows])


def _row_at_or_before(
    t_days: np.ndarray, rows: np.ndarray, when_days: np.ndarray, object_first: np.ndarray
) -> np.ndarray:
    """Return ``rows`` moved back to the last set of their object at or before ``when_days``.

    A row already at or before its time stays; the others step back (a few sets at most).
    """
    out = rows.copy()
    later = np.flatnonzero((t_days[out] > when_days) & (out > object_first))
    while len(later):
        out[later] -= 1
        keep = (t_days[out[later]] > when_days[later]) & (out[later] > object_first[later])
        later = later[keep]
    return out


def _kept_rows(
    columns: ElementArrays,
    features: Features,
    rules: Rules,
    *,
    confirm: bool,
    chosen: np.ndarray | None = None,
) -> np.ndarray | None:
    """Rows the manoeuvre detectors read (:mod:`thinning`), or None when that is every row.

    ``confirm``: the rows read at ``confirm_spacing_days`` (``min_spacing_days`` in regimes
    where that is 0; None where it is 0 in every regime).
    """
    params = [rules.section(thinning.SECTION, name) for name in features.regime_names]
    if confirm:
        if not any(p.confirm_spacing_days > 0 for p in params):
            return None
        by_regime = [p.confirm_spacing_days or p.min_spacing_days for p in params]
    else:
        by_regime = [p.min_spacing_days for p in params]
    spacing = np.array(by_regime)[features.regime_code]
    dense = np.array([p.dense_below_days for p in params])[features.regime_code]
    elements = (features.a_km, features.i_deg, features.e)
    kept = thinning.kept_rows(
        columns.norad_id, columns.epoch_ns, spacing, dense, elements, chosen=chosen
    )
    return None if len(kept) == len(columns) else kept


def _lag_start(start: np.ndarray, kept: np.ndarray, read: Features) -> np.ndarray:
    """Window starts (read rows) moved back over a thinned bin whose sets may lag the burn.

    On a dense history the set read at a window's start is the last of its bin; the sets
    published in that bin before it were not read, and a set published hours after a burn is
    often still fitted to observations made before it (it shows the old level). The burn may
    therefore lie anywhere in that bin: the window starts at the previous set read. Windows
    whose first set is the only one of its bin, or its object's first, stay.
    """
    prev = np.maximum(start - 1, 0)
    skipped = (start > 0) & ~read.first[start] & (kept[start] - kept[prev] > 1)
    return np.where(skipped, prev, start)


def _manoeuvres(
    columns: ElementArrays,
    features: Features,
    regimes: list[_Regime],
    rules: Rules,
    progress: ProgressCallback | None,
    should_stop: StopCallback | None,
) -> dict[str, np.ndarray]:
    """Candidates of every detector, merged and estimated (empty dict if none)."""
    parts = []
    for k, detector in enumerate(MANOEUVRE_DETECTORS):
        if should_stop is not None and should_stop():
            raise DetectionCancelled("manoeuvre detection was cancelled")
        for regime, sub, rows, gaps in regimes:
            found = detector.run(rules, regime, sub, rows, gaps)
            if found is not None:
                parts.append(found)
        if progress is not None:
            progress(
                (k + 1) / (len(MANOEUVRE_DETECTORS) + 1), f"manoeuvres: {detector.section.name}"
            )
    candidates = Candidates.concat(parts)
    if len(candidates) == 0:
        return {}
    table = estimate(columns, features, combine_kinds(candidates), rules)
    if progress is not None:
        progress(1.0, "manoeuvres: estimated")
    return table


def manoeuvre_table(parts: list[dict[str, np.ndarray]]) -> pd.DataFrame:
    """Build the manoeuvre table (``MANOEUVRE_COLUMNS``, sorted) from :func:`scan` results."""
    parts = [p for p in parts if p]
    if not parts:
        return empty_manoeuvres()
    found = {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}
    epoch = pd.to_datetime(found.pop("epoch_days") * SECONDS_PER_DAY, unit="s", utc=True).round("s")
    # By object, then epoch (missing epochs last), keeping the detectors' order among equals.
    epoch_key = np.where(epoch.isna(), np.iinfo(np.int64).max, epoch.asi8)
    order = np.lexsort((epoch_key, found["norad_id"]))
    start_ns, end_ns = found.pop("window_start_ns"), found.pop("window_end_ns")
    columns = {
        "norad_id": found.pop("norad_id")[order],
        "epoch_utc": epoch[order],
        "window_start_utc": pd.to_datetime(start_ns[order], unit="ns", utc=True),
        "window_end_utc": pd.to_datetime(end_ns[order], unit="ns", utc=True),
        **{key: values[order] for key, values in found.items()},
    }
    return typed_frame(columns, MANOEUVRE_COLUMNS)


def check_sorted(columns: ElementArrays) -> None:
    """Raise ValueError unless rows are sorted by ``norad_id`` then epoch."""
    if not is_sorted_by_object(columns.norad_id, columns.epoch_ns):
        raise ValueError(
            "element sets must be sorted by norad_id then epoch_utc "
            "(as ssaviewer.core.dataset.load returns them)"
        )
