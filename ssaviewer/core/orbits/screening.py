"""Close-approach screening: every object passing within a distance of a target.

How it works
------------
First a coarse filter keeps the objects whose perigee-apogee shell overlaps the target's
(with a margin). Next every survivor and the target are propagated on one coarse time grid
(``SatrecArray``, in chunks of objects). Between two grid points the relative position is a
cubic Hermite curve through the end positions and velocities; it is sampled densely and any
interval whose curve comes within the threshold plus a bound on the interpolation error is a
candidate. Finally each candidate is refined on the true SGP4 states: Newton steps on the
range rate (``Δr·Δv = 0``), falling back to a golden-section search when the relative speed
is too small for Newton. One row per local minimum of the distance within the threshold.

Each object is propagated with one element set for the whole window: the one nearest to the
middle of the window (see :func:`~.propagate.latest_elements`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, cast

import numpy as np
import pandas as pd
from sgp4.api import Satrec

from ssaviewer.core.constants import MU_EARTH_KM3_PER_S2
from ssaviewer.core.orbits.batch import propagate_many
from ssaviewer.core.orbits.propagate import latest_elements
from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.orbits.times import TimesLike, as_utc_index, julian_split

APPROACH_COLUMNS: Final = (
    "norad_id", "object_name", "tca_utc", "miss_km", "relative_speed_kms",
    "radial_km", "in_track_km", "cross_track_km",
)  # fmt: skip
#: Extra perigee/apogee margin (km) of the coarse filter: mean vs osculating radius.
SHELL_MARGIN_KM: Final = 50.0
#: Objects propagated per ``SatrecArray`` call (bounds memory: chunk × T × 48 bytes).
CHUNK_OBJECTS: Final = 400
#: Samples of the Hermite curve per coarse interval.
SUBSAMPLES: Final = 16
MAX_STEP_S: Final = 600.0
MIN_STEP_S: Final = 10.0

ProgressCallback = Callable[[float, str], None]


@dataclass(frozen=True)
class _Grid:
    """The coarse time grid: UTC times, and seconds since its start."""

    times: pd.DatetimeIndex
    seconds: np.ndarray
    step_s: float


def _periapsis_rates(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Perigee radius (km), speed (km/s) and angular rate (rad/s) per row (two-body)."""
    a = rows["semi_major_axis_km"].to_numpy(dtype=np.float64)
    e = rows["eccentricity"].to_numpy(dtype=np.float64)
    r_p = a * (1.0 - e)
    v_p = np.sqrt(MU_EARTH_KM3_PER_S2 * (1.0 + e) / r_p)
    return r_p, v_p, v_p / r_p


def _interpolation_pad_km(rows: pd.DataFrame, step_s: float) -> np.ndarray:
    """Bound (×3 safety) on the cubic Hermite error of one object's position over a step."""
    r_p, _, w_p = _periapsis_rates(rows)
    hermite = 3.0 * (step_s * w_p) ** 4 * r_p / 384.0
    chord = (MU_EARTH_KM3_PER_S2 / r_p**2) * (step_s / SUBSAMPLES) ** 2 / 8.0
    pad: np.ndarray = hermite + chord + 0.5
    return pad


def shell_filter(target: pd.Series, others: pd.DataFrame, threshold_km: float) -> np.ndarray:
    """Boolean mask of ``others`` whose perigee-apogee shell overlaps the target's."""
    margin = threshold_km + SHELL_MARGIN_KM
    perigee = others["perigee_km"].to_numpy(dtype=np.float64)
    apogee = others["apogee_km"].to_numpy(dtype=np.float64)
    mask: np.ndarray = (perigee - margin <= float(target["apogee_km"])) & (
        apogee + margin >= float(target["perigee_km"])
    )
    return mask


def _hermite_min_distance(
    p0: np.ndarray, p1: np.ndarray, m0: np.ndarray, m1: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Minimum distance of the Hermite curves (K, 3) to the origin and its fraction s."""
    s = np.linspace(0.0, 1.0, SUBSAMPLES + 1)
    h00 = 2 * s**3 - 3 * s**2 + 1
    h10 = s**3 - 2 * s**2 + s
    h01 = -2 * s**3 + 3 * s**2
    h11 = s**3 - s**2
    curve = (
        h00[None, :, None] * p0[:, None, :]
        + h10[None, :, None] * m0[:, None, :]
        + h01[None, :, None] * p1[:, None, :]
        + h11[None, :, None] * m1[:, None, :]
    )
    # Closest point of each chord between consecutive samples.
    a, b = curve[:, :-1, :], curve[:, 1:, :]
    ab = b - a
    denom = np.maximum(np.einsum("ksi,ksi->ks", ab, ab), 1e-30)
    u = np.clip(-np.einsum("ksi,ksi->ks", a, ab) / denom, 0.0, 1.0)
    closest = a + u[..., None] * ab
    distance = np.linalg.norm(closest, axis=-1)
    best = np.argmin(distance, axis=1)
    rows = np.arange(len(best))
    fraction = (s[best] + u[rows, best] / SUBSAMPLES).astype(np.float64)
    return distance[rows, best], fraction


def _candidates(
    target_r: np.ndarray,
    target_v: np.ndarray,
    r: np.ndarray,
    v: np.ndarray,
    limit_km: np.ndarray,
    max_speed_kms: np.ndarray,
    step_s: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return ``(object, interval, fraction)`` of intervals where a close approach may be."""
    dr = r - target_r[None]
    dv = v - target_v[None]
    d = np.linalg.norm(dr, axis=-1)
    near = np.minimum(d[:, :-1], d[:, 1:])
    reach = limit_km[:, None] + 0.5 * step_s * max_speed_kms[:, None]
    obj, k = np.nonzero(near <= reach)
    if len(obj) == 0:
        return obj, k, np.empty(0)
    dist, fraction = _hermite_min_distance(
        dr[obj, k], dr[obj, k + 1], dv[obj, k] * step_s, dv[obj, k + 1] * step_s
    )
    keep = dist <= limit_km[obj]
    return obj[keep], k[keep], fraction[keep]


@dataclass(frozen=True)
class _Pair:
    """SGP4 records of the target and one other object, timed from ``jd + fraction``."""

    target: Satrec
    other: Satrec
    jd: float
    fraction: float

    def relative(self, t_s: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Target position and velocity, and other-minus-target position and velocity."""
        fr = self.fraction + t_s / 86_400.0
        _, r_t, v_t = self.target.sgp4(self.jd, fr)
        _, r_o, v_o = self.other.sgp4(self.jd, fr)
        rt, vt = np.asarray(r_t), np.asarray(v_t)
        return rt, vt, np.asarray(r_o) - rt, np.asarray(v_o) - vt

    def distance(self, t_s: float) -> float:
        """Separation in km at ``t_s`` seconds."""
        return float(np.linalg.norm(self.relative(t_s)[2]))


def _golden_minimum(f: Callable[[float], float], lo: float, hi: float, tol_s: float) -> float:
    """Minimise a unimodal ``f`` on ``[lo, hi]`` by golden-section search."""
    ratio = (np.sqrt(5.0) - 1.0) / 2.0
    a, b = lo, hi
    c, d = b - ratio * (b - a), a + ratio * (b - a)
    fc, fd = f(c), f(d)
    while b - a > tol_s:
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - ratio * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + ratio * (b - a)
            fd = f(d)
    return 0.5 * (a + b)


def refine_tca(pair: _Pair, guess_s: float, lo_s: float, hi_s: float) -> float:
    """Return the time (s) of the distance minimum near ``guess_s`` within ``[lo_s, hi_s]``.

    Newton steps on the range rate; golden-section search when the relative speed is below
    0.1 km/s (slow drifts) or Newton does not settle in 30 steps.
    """
    t = guess_s
    for _ in range(30):
        _, _, dr, dv = pair.relative(t)
        speed2 = float(dv @ dv)
        if speed2 < 0.01:
            break
        t_new = min(max(t - float(dr @ dv) / speed2, lo_s), hi_s)
        if abs(t_new - t) < 1e-4:
            return t_new
        t = t_new
    return _golden_minimum(pair.distance, lo_s, hi_s, 1e-3)


def _approach_row(pair: _Pair, tca_s: float) -> dict[str, object]:
    """Miss distance, relative speed and RIC separation (target frame) at ``tca_s``."""
    rt, vt, dr, dv = pair.relative(tca_s)
    radial = rt / np.linalg.norm(rt)
    cross = np.cross(rt, vt)
    cross /= np.linalg.norm(cross)
    in_track = np.cross(cross, radial)
    return {
        "tca_s": tca_s,
        "miss_km": float(np.linalg.norm(dr)),
        "relative_speed_kms": float(np.linalg.norm(dv)),
        "radial_km": float(dr @ radial),
        "in_track_km": float(dr @ in_track),
        "cross_track_km": float(dr @ cross),
    }


def default_step_s(rows: pd.DataFrame) -> float:
    """Coarse grid step: an eighth of the shortest period, within 10-600 s."""
    period_s = 60.0 * rows["period_min"].to_numpy(dtype=np.float64)
    shortest = float(np.nanmin(period_s)) if len(period_s) else MAX_STEP_S * 8
    return float(np.clip(shortest / 8.0, MIN_STEP_S, MAX_STEP_S))


def _screen_against(
    target: pd.DataFrame,
    others: pd.DataFrame,
    start: pd.Timestamp,
    span_s: float,
    threshold_km: float,
    step_s: float | None,
    progress: ProgressCallback | None = None,
) -> pd.DataFrame:
    """Screen one target row against ``others`` (already filtered); see :func:`screen`."""
    if len(others) == 0:
        return _frame([])
    step = step_s if step_s is not None else default_step_s(pd.concat([target, others]))
    n_steps = int(np.ceil(span_s / step))
    seconds = np.arange(n_steps + 1) * step
    times = pd.DatetimeIndex(start + pd.to_timedelta(seconds, unit="s"))
    target_sat = build_satrecs(target)[0]
    tb = propagate_many(target, times, satrecs=[target_sat])
    jd, fraction = julian_split(times[:1])
    _, v_pt, _ = _periapsis_rates(target)
    pad_t = _interpolation_pad_km(target, step)
    rows: list[dict[str, object]] = []
    for first in range(0, len(others), CHUNK_OBJECTS):
        chunk = others.iloc[first : first + CHUNK_OBJECTS]
        sats = build_satrecs(chunk)
        norad = chunk["norad_id"].to_numpy(dtype=np.int64)
        names = chunk["object_name"].astype(str).to_numpy()
        batch = propagate_many(chunk, times, satrecs=sats)
        _, v_pc, _ = _periapsis_rates(chunk)
        limit = threshold_km + pad_t + _interpolation_pad_km(chunk, step)
        obj, k, frac = _candidates(
            tb.position_teme_km[0], tb.velocity_teme_kmps[0],
            batch.position_teme_km, batch.velocity_teme_kmps, limit, v_pc + v_pt, step,
        )  # fmt: skip
        for o, kk, ff in zip(obj, k, frac, strict=True):
            pair = _Pair(target_sat, sats[o], float(jd[0]), float(fraction[0]))
            lo, hi = max(0.0, (kk - 1) * step), min(seconds[-1], (kk + 2) * step)
            tca = refine_tca(pair, (kk + ff) * step, lo, hi)
            row = _approach_row(pair, tca)
            if float(cast(float, row["miss_km"])) <= threshold_km and 0.0 <= tca <= span_s:
                row["norad_id"] = int(norad[o])
                row["object_name"] = str(names[o])
                rows.append(row)
        if progress is not None:
            progress(min(1.0, (first + len(chunk)) / len(others)), "screening")
    return _frame(rows, start)


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


def _serving(elements: pd.DataFrame, start: pd.Timestamp, days: float) -> pd.DataFrame:
    middle = start + pd.Timedelta(days=days / 2.0)
    serving = latest_elements(elements, middle)
    return serving.loc[serving["sgp4_propagatable"].to_numpy(dtype=bool)]


def screen(
    elements: pd.DataFrame,
    target_norad: int,
    start_utc: TimesLike | pd.Timestamp,
    days: float,
    threshold_km: float,
    step_s: float | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> pd.DataFrame:
    """Find every object passing within ``threshold_km`` of a target over a window.

    Parameters
    ----------
    elements
        Element-set table (``schema.ELEMENT_COLUMNS``), any number of sets per object.
    target_norad
        The target's catalogue number.
    start_utc, days
        The window: ``days`` days from ``start_utc``.
    threshold_km
        Report approaches with miss distance at or below this.
    step_s
        Coarse grid step (default: an eighth of the shortest period involved, ≤ 600 s).
    progress
        Optional ``progress(fraction, message)`` callback.

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
    start = as_utc_index(start_utc)[0]
    serving = _serving(elements, start, days)
    is_target = serving["norad_id"].to_numpy() == target_norad
    if not is_target.any():
        if (elements["norad_id"].to_numpy() == target_norad).any():
            raise ValueError(f"target {target_norad} has no SGP4-propagatable element set")
        raise ValueError(f"target NORAD id {target_norad} is not in the data")
    target = serving.loc[is_target].iloc[:1]
    others = serving.loc[~is_target]
    others = others.loc[shell_filter(target.iloc[0], others, threshold_km)]
    return _screen_against(target, others, start, days * 86_400.0, threshold_km, step_s, progress)


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
    start = as_utc_index(start_utc)[0]
    serving = _serving(elements, start, days)
    group = serving.loc[serving["norad_id"].isin(list(norad_ids))].reset_index(drop=True)
    frames = []
    for k in range(len(group) - 1):
        target = group.iloc[k : k + 1]
        others = group.iloc[k + 1 :]
        others = others.loc[shell_filter(target.iloc[0], others, threshold_km)]
        found = _screen_against(target, others, start, days * 86_400.0, threshold_km, step_s)
        found.insert(0, "target_norad_id", int(target["norad_id"].to_numpy()[0]))
        frames.append(found)
    if not frames:
        empty = _frame([])
        empty.insert(0, "target_norad_id", pd.Series(dtype="int64"))
        return empty
    result = pd.concat(frames, ignore_index=True)
    return result.sort_values("tca_utc", kind="stable").reset_index(drop=True)
