"""Estimate each merged manoeuvre: time, direction, element changes, Δv, confidence, GEO node.

Sizes come from the element sets bracketing the change (``index_before`` / ``index_after``):
Δa, Δe and Δi are their differences; Δ of the node is its difference beyond the J2
precession over the gap. Δv uses Gauss's equations for a near-circular orbit:
in-plane ``n |Δa| / 2`` (vis-viva), out-of-plane ``2 v sin(Δθ / 2)`` with the plane rotation
``Δθ = sqrt(Δi² + (sin i ΔΩ)²)``. Each part counts only when a detector of that kind fired, so
noise in the other elements does not inflate small burns.
"""

from __future__ import annotations

import numpy as np

from ssaviewer.core.constants import EARTH_RADIUS_KM, J2, MU_EARTH_KM3_PER_S2, SECONDS_PER_DAY
from ssaviewer.core.detect.element_table import ElementArrays, RegimeParams, Regimes
from ssaviewer.core.detect.manoeuvres import geo_drift, inplane, outofplane, timing
from ssaviewer.core.detect.manoeuvres.features import Features
from ssaviewer.core.detect.manoeuvres.merge import Merged
from ssaviewer.core.detect.rules import Rules

_GEOSYNC = ("GEO", "IGSO")
#: Manoeuvre directions by code: in-plane 0, out-of-plane 1, both 2 (text objects, for speed).
_DIRECTIONS = np.array(["in-plane", "out-of-plane", "mixed"], dtype=object)
#: Element sets averaged for the GEO drift and longitude levels before and after a manoeuvre.
LEVEL_ROWS = 3


def estimate(
    columns: ElementArrays, features: Features, merged: Merged, rules: Rules
) -> dict[str, np.ndarray]:
    """Estimate every merged manoeuvre; ``manoeuvre.MANOEUVRE_COLUMNS`` as arrays, unsorted.

    ``epoch_utc`` is given as ``epoch_days`` (days since 1970, not yet rounded) and the window
    ends as ``window_start_ns`` / ``window_end_ns`` (int64 nanoseconds); row positions refer
    to ``columns``.
    """
    b, a = merged.index_before, merged.index_after
    in_plane, out_plane = merged.in_plane, merged.out_of_plane
    f = features
    code = f.regime_code[b]
    regime = f.regime_of(b)
    geosync = np.isin(regime, _GEOSYNC)
    dt_s = (f.t_days[a] - f.t_days[b]) * SECONDS_PER_DAY
    a_mean = 0.5 * (f.a_km[a] + f.a_km[b])
    n_rad_s = np.sqrt(MU_EARTH_KM3_PER_S2 / a_mean**3)
    v_kms = np.sqrt(MU_EARTH_KM3_PER_S2 / a_mean)
    delta_a = f.a_km[a] - f.a_km[b]
    delta_i = f.i_deg[a] - f.i_deg[b]
    delta_raan = f.raan_deg[a] - f.raan_deg[b] - _node_rate_deg_per_s(f, b, a) * dt_s
    theta = np.hypot(np.radians(delta_i), np.sin(np.radians(f.i_deg[b])) * np.radians(delta_raan))
    # Near-equatorial orbits: the turn of the inclination vector (i cos Ω, i sin Ω).
    vector_turn = np.hypot(
        np.radians(_vector(f, a, np.cos) - _vector(f, b, np.cos)),
        np.radians(_vector(f, a, np.sin) - _vector(f, b, np.sin)),
    )
    dv_in = np.where(in_plane, 0.5 * n_rad_s * np.abs(delta_a) * 1000.0, 0.0)
    theta = np.where(geosync, vector_turn, theta)
    dv_out = np.where(out_plane, 2.0 * v_kms * np.sin(0.5 * theta) * 1000.0, 0.0)
    drift_before = _level(f.drift_deg_per_day, f, b, -1)
    drift_after = _level(f.drift_deg_per_day, f, a, +1)
    epoch_days = _epoch_days(
        f, b, a, merged.index_peak, drift_before, drift_after, geosync, out_plane & ~in_plane
    )
    # The burn time: where the trajectories before and after meet (in-plane changes only).
    # At GEO the longitude lines λ + D t give a second estimate; the window then starts
    # before the earlier of the two, and the time is the along-track one.
    param = RegimeParams(rules, Regimes(code, list(f.regime_names)))
    start = _lookback_start(f, b, param)
    crossing, crossing_sigma = _crossing(columns, f, b, a, merged.index_peak, start, param)
    lines = _lines_meet(f, b, a, drift_before, drift_after, start)
    earliest = np.where(geosync, np.fmin(crossing, lines), crossing)
    crossing = np.where(np.isfinite(crossing), crossing, np.where(geosync, lines, np.nan))
    use = in_plane & (~out_plane | ~geosync) & np.isfinite(crossing)
    epoch_days = np.where(use, crossing, epoch_days)
    first_row = _row_before(f, b, np.where(use, earliest, f.t_days[b]))
    window_b = np.where(use, np.minimum(first_row, b), b)
    # A plane change shows gradually, and the first set that moved may already be fitted
    # across it: its window starts one set earlier.
    plane_only = out_plane & ~in_plane & ~f.first[b]
    window_b = np.where(plane_only, b - 1, window_b)
    # The time's uncertainty: from the crossing where it placed the burn, else a burn equally
    # likely anywhere in the gap it was placed in (plane changes: the window's first gap).
    gap_start = np.where(out_plane & ~in_plane, window_b, merged.index_peak)
    gap_days = f.t_days[np.minimum(gap_start + 1, a)] - f.t_days[gap_start]
    in_gap = gap_days / np.sqrt(12.0)
    sigma_days = np.where(use, np.fmin(np.hypot(crossing_sigma, in_gap), gap_days), in_gap)
    # Confidence: 0.5 at the threshold of the kind of detector that fired (in-plane: of a raise
    # or a drop of the semi-major axis), towards 1 above.
    min_sigma = np.where(
        in_plane,
        np.where(
            geosync,
            param(geo_drift.SECTION, lambda p: p.min_sigma),
            np.where(
                delta_a > 0,
                param(inplane.SECTION, lambda p: p.raise_sigma),
                param(inplane.SECTION, lambda p: p.min_sigma),
            ),
        ),
        param(outofplane.SECTION, lambda p: p.min_sigma),
    )
    z = merged.z.astype(np.float64)
    drifting = param(geo_drift.SECTION, lambda p: p.drifting_deg_per_day)
    node = np.where(geosync, geo_drift.node(drift_before, drift_after, drifting), "").astype(object)
    return {
        "norad_id": columns.norad_id[b],
        "epoch_days": epoch_days,
        "window_start_ns": columns.epoch_ns[window_b],
        "window_end_ns": columns.epoch_ns[a],
        "direction": _DIRECTIONS[np.select([in_plane & out_plane, out_plane], [2, 1], default=0)],
        "delta_a_km": delta_a,
        "delta_i_deg": delta_i,
        "delta_e": f.e[a] - f.e[b],
        "delta_raan_deg": delta_raan,
        "delta_v_mps": np.hypot(dv_in, dv_out),
        "delta_v_in_plane_mps": dv_in,
        "delta_v_out_of_plane_mps": dv_out,
        "epoch_sigma_h": sigma_days * 24.0,
        "confidence": z**2 / (z**2 + min_sigma**2),
        "significance_sigma": z,
        "node": node,
        "geo_longitude_before_deg": np.where(geosync, _wrap180(f.lon_deg[b]), np.nan),
        "geo_longitude_after_deg": np.where(geosync, _wrap180(f.lon_deg[a]), np.nan),
        "geo_drift_before_deg_per_day": np.where(geosync, drift_before, np.nan),
        "geo_drift_after_deg_per_day": np.where(geosync, drift_after, np.nan),
        "regime": regime,
        "rules": merged.rules,
        "index_before": window_b,
        "index_after": a,
    }


def _vector(f: Features, rows: np.ndarray, trig: np.ufunc) -> np.ndarray:
    """One component of the inclination vector (degrees) at ``rows``."""
    return np.asarray(f.i_deg[rows] * trig(np.radians(f.raan_deg[rows])))


def _node_rate_deg_per_s(f: Features, b: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Return the node's drift (°/s) around each window, measured from the neighbouring sets.

    The median rate of the ``LEVEL_ROWS`` gaps before and after the window; where there are
    none, the J2 secular rate ``−(3/2) n J2 (R/p)² cos i``.
    """
    last = f.n - 1
    offsets = np.concatenate((-np.arange(1, LEVEL_ROWS + 1), np.arange(LEVEL_ROWS)))
    idx = np.clip(np.where(offsets < 0, b[:, None], a[:, None]) + offsets, 0, last)
    # The node's rate over the gap after each picked row (none after an object's last row).
    nxt = np.minimum(idx + 1, last)
    dt = np.maximum(f.t_days[nxt] - f.t_days[idx], 1e-6) * SECONDS_PER_DAY
    with np.errstate(all="ignore"):
        rate = (f.raan_deg[nxt] - f.raan_deg[idx]) / dt
    has_gap = (idx < last) & ~f.first[nxt]
    inside = f.group[idx] == f.group[b][:, None]
    measured = row_nanmedian(np.where(inside & has_gap, rate, np.nan))
    sma = f.a_km[b]
    p = sma * (1.0 - f.e[b] ** 2)
    n = np.sqrt(MU_EARTH_KM3_PER_S2 / sma**3)
    j2 = -1.5 * n * J2 * (EARTH_RADIUS_KM / p) ** 2 * np.cos(np.radians(f.i_deg[b]))
    return np.asarray(np.where(np.isfinite(measured), measured, np.degrees(j2)))


def _level(values: np.ndarray, f: Features, rows: np.ndarray, side: int) -> np.ndarray:
    """Median of ``values`` over ``LEVEL_ROWS`` same-object rows ending/starting at ``rows``.

    ``side`` −1 takes the rows ending at ``rows``, +1 the rows starting there.
    """
    offsets = side * np.arange(LEVEL_ROWS)
    idx = np.clip(rows[:, None] + offsets[None, :], 0, len(values) - 1)
    same = f.group[idx] == f.group[rows][:, None]
    picked = np.where(same, values[idx], np.nan)
    return row_nanmedian(picked)


def row_nanmedian(table: np.ndarray) -> np.ndarray:
    """Median of each row of ``table`` without its NaNs (NaN for a row of NaN).

    The same numbers as ``numpy.nanmedian(table, axis=1)`` (the mean of the two middle values,
    the middle one twice for an odd count), without its masked-array path for short rows.
    """
    ordered = np.sort(table, axis=1)  # NaN last
    count = table.shape[1] - np.isnan(table).sum(axis=1)
    rows = np.arange(len(table))
    high = ordered[rows, np.minimum(count // 2, table.shape[1] - 1)]
    low = ordered[rows, np.where(count % 2 == 1, count // 2, np.maximum(count // 2 - 1, 0))]
    return np.asarray(np.where(count > 0, (low + high) / 2.0, np.nan))


def _epoch_days(
    f: Features,
    b: np.ndarray,
    a: np.ndarray,
    peak: np.ndarray,
    drift_before: np.ndarray,
    drift_after: np.ndarray,
    geosync: np.ndarray,
    first_gap: np.ndarray,
) -> np.ndarray:
    """Time (days since 1970) of each manoeuvre when the trajectories' crossing is unknown.

    GEO/IGSO: where the longitude lines before and after (λ + D t) meet, when that falls
    inside the window; otherwise the middle of the gap with the largest jump (the change
    shows in the first element set after a burn), or of the window's first gap where
    ``first_gap`` (plane changes).
    """
    t_b, t_a = f.t_days[b], f.t_days[a]
    # A plane change shows gradually (the sets after it are fitted across it): the burn lies
    # in the window's first gap, before the first set that moved. An in-plane or mixed change
    # shows as a step: in the gap with the largest jump.
    gap_start = np.where(first_gap, b, peak)
    middle = 0.5 * (f.t_days[gap_start] + f.t_days[np.minimum(gap_start + 1, a)])
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = drift_before - drift_after
        meet = (f.lon_deg[a] - f.lon_deg[b] + drift_before * t_b - drift_after * t_a) / slope
    inside = geosync & np.isfinite(meet) & (meet >= t_b) & (meet <= t_a)
    return np.asarray(np.where(inside, meet, middle))


def _state(columns: ElementArrays, f: Features, rows: np.ndarray) -> timing.MeanState:
    ndot = columns.ndot_rev_per_day2
    assert ndot is not None
    return timing.MeanState(
        t_days=f.t_days[rows],
        n_rev_per_day=columns.n_rev_per_day[rows],
        ndot_rev_per_day2=ndot[rows],
        e=f.e[rows],
        i_rad=np.radians(f.i_deg[rows]),
        raan_rad=np.radians(columns.raan_deg[rows]),
        argp_rad=np.radians(columns.argp_deg[rows]),
        m_rad=np.radians(columns.m_deg[rows]),
    )


def _crossing(
    columns: ElementArrays,
    f: Features,
    b: np.ndarray,
    a: np.ndarray,
    peak: np.ndarray,
    start: np.ndarray,
    param: RegimeParams,
) -> tuple[np.ndarray, np.ndarray]:
    """Burn time from the meeting of the trajectories (see :mod:`timing`), NaN if unknown.

    Also returns its uncertainty (days): ``timing.min_drift_km`` (the along-track error of
    an element set) over the rate at which the two trajectories separate.
    """
    if columns.ndot_rev_per_day2 is None:
        return np.full(len(b), np.nan), np.full(len(b), np.nan)
    min_drift = param(timing.SECTION, lambda p: p.min_drift_km)
    # A window widened over a ramp (sets fitted across the burn) ends sets after the burn;
    # the orbit after it is the set just after the largest jump, and the crossing is sought
    # up to the window's end.
    after_peak = np.minimum(peak + 1, a)
    before, after = _state(columns, f, b), _state(columns, f, after_peak)
    crossing = timing.crossing_days(
        before, after, f.t_days[start], f.a_km[b], min_drift, f.t_days[a]
    )
    with np.errstate(divide="ignore"):
        sigma = min_drift / timing.separation_rate_km_per_day(before, after, f.a_km[b])
    return crossing, sigma


def _lookback_start(f: Features, b: np.ndarray, param: RegimeParams) -> np.ndarray:
    """Return the row ``timing.lookback_rows`` before each ``b`` (not before its object)."""
    lookback = param(timing.SECTION, lambda p: p.lookback_rows).astype(np.int64)
    starts = np.flatnonzero(f.first)
    group_start = starts[np.maximum(np.searchsorted(starts, b, side="right") - 1, 0)]
    return np.asarray(np.maximum(b - lookback, group_start))


def _lines_meet(
    f: Features,
    b: np.ndarray,
    a: np.ndarray,
    drift_before: np.ndarray,
    drift_after: np.ndarray,
    start: np.ndarray,
) -> np.ndarray:
    """Where the GEO longitude lines λ + D t before and after meet (days), NaN if not in span."""
    t_b, t_a = f.t_days[b], f.t_days[a]
    with np.errstate(divide="ignore", invalid="ignore"):
        meet = (f.lon_deg[a] - f.lon_deg[b] + drift_before * t_b - drift_after * t_a) / (
            drift_before - drift_after
        )
    inside = np.isfinite(meet) & (meet >= f.t_days[start]) & (meet <= t_a)
    return np.asarray(np.where(inside, meet, np.nan))


def _row_before(f: Features, rows: np.ndarray, t_days: np.ndarray) -> np.ndarray:
    """Return the last row of the object of ``rows`` whose epoch is at or before ``t_days``."""
    # Rows are sorted by object then epoch, so (object, epoch) keys are increasing.
    keys = f.group * 1e5 + f.t_days
    wanted = f.group[rows] * 1e5 + t_days
    found = np.searchsorted(keys, wanted, side="right") - 1
    return np.asarray(np.clip(found, 0, None))


def _wrap180(values_deg: np.ndarray) -> np.ndarray:
    return np.asarray(np.mod(values_deg + 180.0, 360.0) - 180.0)
