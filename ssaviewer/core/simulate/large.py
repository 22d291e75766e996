"""A large synthetic catalogue history for benchmarks, vectorised across objects and days.

Every array is ``(n_objects, days)``; there is no Python step per element set or per object.
Four objects in five are LEO (half keep their altitude with a drag make-up saw-tooth, half
just decay), one in five is GEO (east-west and north-south station-keeping cycles as
closed-form parabolas and saw-teeth). Noise is the measured noise of
:mod:`ssaviewer.core.simulate.defaults`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from ssaviewer.core.constants import EARTH_RADIUS_KM
from ssaviewer.core.formats.tle_write import format_tle
from ssaviewer.core.schema import BASE_COLUMNS, with_optional_columns
from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.defaults import GEO_NOISE, LEO_NOISE
from ssaviewer.core.simulate.publish import add_noise, add_wander
from ssaviewer.core.simulate.track import geo_elements, sun_longitude_deg

Floats = npt.NDArray[np.float64]

#: First catalogue number of the synthetic objects (alpha-5 above 99,999).
FIRST_NORAD_ID = 200_000
START_UTC = pd.Timestamp("2024-01-01T00:00:00Z")


def _leo(rng: np.random.Generator, n: int, t: Floats) -> dict[str, Floats]:
    """LEO mean elements at times ``t`` (n × days)."""
    alt = rng.uniform(450.0, 1200.0, n)[:, None]
    a0 = EARTH_RADIUS_KM + alt
    e = rng.uniform(1e-4, 5e-3, n)[:, None] * np.ones_like(t)
    i = rng.choice([51.6, 53.0, 66.0, 74.0, 82.0, 97.5, 98.6], n)[:, None] * np.ones_like(t)
    bstar = np.exp(rng.normal(np.log(5e-5), 0.7, n))[:, None] * np.ones_like(t)
    q = dyn.drag_constant_km5_per_day(a0, bstar[:, :1])
    rate = q / (a0 - dyn.drag_floor_km()) ** 4  # km/day
    controlled = rng.random(n)[:, None] < 0.5
    band = 0.1
    sawtooth = a0 + band - np.mod(rate * t + rng.uniform(0, 2 * band, n)[:, None], 2 * band)
    a = np.where(controlled, sawtooth, a0 - rate * t)
    raan_dot, argp_dot, m_dot = dyn.j2_rates_deg_per_day(a0, e[:, :1], i[:, :1])
    angles = rng.uniform(0.0, 360.0, (3, n, 1))
    n_rev = dyn.mean_motion_deg_per_day(a) / 360.0
    return {
        "a_km": a,
        "e": e,
        "i_deg": i,
        "raan_deg": angles[0] + raan_dot * t,
        "argp_deg": angles[1] + argp_dot * t,
        "m_deg": angles[2] + m_dot * t,
        "bstar": bstar,
        "ndot": dyn.ndot_rev_per_day2(a, q * np.ones_like(t), n_rev),
    }


def _geo(rng: np.random.Generator, n: int, t: Floats, jd: Floats) -> dict[str, Floats]:
    """Station-kept GEO mean elements at times ``t`` (n × days), closed-form cycles."""
    center = rng.uniform(-180.0, 180.0, n)[:, None]
    accel = dyn.geo_accel_deg_per_day2(center)
    accel = np.copysign(np.maximum(np.abs(accel), 3e-4), accel)
    width = 0.05
    v0 = -np.sign(accel) * np.sqrt(4.0 * np.abs(accel) * width)
    period = 2.0 * np.abs(v0) / np.abs(accel)
    phase = np.mod(t + rng.uniform(0.0, 1.0, n)[:, None] * period, period)
    lon = center + np.sign(accel) * width + v0 * phase + 0.5 * accel * phase**2
    drift = v0 + accel * phase
    rate = dyn.GEO_INCLINATION_DRIFT_DEG_PER_DAY
    box = 0.05
    along = -0.9 * box + np.mod(rate * t + rng.uniform(0, 1.9 * box, n)[:, None], 1.9 * box)
    direction = np.radians(dyn.GEO_INCLINATION_DRIFT_DIRECTION_DEG)
    sun = np.radians(sun_longitude_deg(jd))
    e_vec = (2e-4 * np.cos(sun), 2e-4 * np.sin(sun))
    out = geo_elements(
        lon, drift, (along * np.cos(direction), along * np.sin(direction)), e_vec, jd
    )
    out["ndot"] = 0.5 * accel / 360.0 * np.ones_like(t)
    return out


def large_history(
    n_objects: int,
    days: int,
    seed: int = 0,
    *,
    sets_per_day: int = 1,
    first_norad_id: int = FIRST_NORAD_ID,
) -> pd.DataFrame:
    """Simulate ``n_objects`` × ``days`` × ``sets_per_day`` element sets, vectorised.

    Parameters
    ----------
    n_objects, days
        Catalogue size and span (from 2024-01-01).
    seed
        Seed of ``numpy.random.default_rng``; the same arguments give the same table.
    sets_per_day
        Element sets per object per day, each at a random time of its share of the day.
    first_norad_id
        NORAD id of the first object (the others follow); at least ``FIRST_NORAD_ID``. A
        catalogue simulated in parts (``seed`` and ``first_norad_id`` per part) has unique ids.

    Returns
    -------
    pandas.DataFrame
        ``schema.BASE_COLUMNS``, sorted by object then epoch; NORAD ids from
        ``first_norad_id``; ``source`` is ``"large_history"``.
    """
    rng = np.random.default_rng(seed)
    n_geo = n_objects // 5
    n_leo = n_objects - n_geo
    n_sets = days * sets_per_day
    slots = np.arange(n_sets, dtype=np.float64)[None, :]
    t = (slots + rng.uniform(0.0, 1.0, (n_objects, n_sets))) / sets_per_day
    t = np.round(t * 86400.0) / 86400.0
    jd0 = 2460310.5  # 2024-01-01T00:00Z
    parts = [_leo(rng, n_leo, t[:n_leo]), _geo(rng, n_geo, t[n_leo:], jd0 + t[n_leo:])]
    parts = [
        add_wander(rng, parts[0], t[:n_leo], LEO_NOISE, geo=False),
        add_wander(rng, parts[1], t[n_leo:], GEO_NOISE, geo=True),
    ]
    true = {k: np.concatenate([p[k].ravel() for p in parts]) for k in parts[0]}
    split = n_leo * days
    leo = add_noise(rng, {k: v[:split] for k, v in true.items()}, LEO_NOISE, geo=False)
    geo = add_noise(rng, {k: v[split:] for k, v in true.items()}, GEO_NOISE, geo=True)
    el = {k: np.concatenate([leo[k], geo[k]]) for k in leo}
    return _table(el, t.ravel(), n_objects, n_sets, first_norad_id)


def _designator(norad_id: int) -> str:
    """Return a unique fictional COSPAR id per catalogue number (year, number, piece)."""
    k = norad_id - FIRST_NORAD_ID
    year = 2000 + (k // 999) % 24  # launch numbers 001-999: three digits in a TLE
    piece = "ABCDEFGHJKLMNPQRSTUVWXYZ"[(k // (999 * 24)) % 24]
    return f"{year}-{k % 999 + 1:03d}{piece}"


def _constant(size: int, text: str) -> pd.Categorical[str]:
    """Return a categorical column holding ``text`` in every row."""
    return pd.Categorical.from_codes(np.zeros(size, dtype=np.int64), pd.Index([text]))


def _table(
    el: dict[str, Floats], t: Floats, n_objects: int, days: int, first_norad_id: int
) -> pd.DataFrame:
    """Assemble the element table from flat arrays (object-major order, ``days`` sets each)."""
    size = n_objects * days
    ids = np.arange(first_norad_id, first_norad_id + n_objects, dtype=np.int64)
    codes = np.repeat(np.arange(n_objects), days)
    names = pd.Categorical.from_codes(codes, pd.Index([f"SYNTH-{k}" for k in ids]))
    designators = pd.Categorical.from_codes(codes, pd.Index([_designator(int(k)) for k in ids]))
    epoch_ns = START_UTC.value + np.round(t * 86400.0).astype(np.int64) * 1_000_000_000
    n_rev = dyn.kozai_mean_motion(el["a_km"], el["e"], el["i_deg"])
    table = pd.DataFrame(
        {
            "norad_id": np.repeat(ids, days),
            "object_name": names,
            "object_id": designators,
            "epoch_utc": pd.DatetimeIndex(epoch_ns.view("datetime64[ns]")).tz_localize("UTC"),
            "mean_motion_rev_per_day": n_rev,
            "eccentricity": el["e"],
            "inclination_deg": el["i_deg"],
            "ra_of_asc_node_deg": np.mod(el["raan_deg"], 360.0),
            "arg_of_pericenter_deg": np.mod(el["argp_deg"], 360.0),
            "mean_anomaly_deg": np.mod(el["m_deg"], 360.0),
            "bstar": el["bstar"],
            "mean_motion_dot": el["ndot"],
            "mean_motion_ddot": np.zeros(size),
            "ephemeris_type": np.zeros(size, dtype=np.int8),
            "element_set_no": (np.tile(np.arange(days), n_objects) % 999 + 1).astype(np.int32),
            "rev_at_epoch": (np.tile(np.arange(days), n_objects) * 14 % 100_000).astype(np.int64),
            "classification": _constant(size, "U"),
            "source": _constant(size, "large_history"),
            "format": _constant(size, "tle"),
            "record": pd.array([""] * size, dtype="string"),
        }
    )
    return table.pipe(with_optional_columns).astype(BASE_COLUMNS)


def write_large_history(
    elements: pd.DataFrame, out_dir: Path, objects_per_file: int = 1000
) -> list[Path]:
    """Write a large history as 3-line TLE files of ``objects_per_file`` objects each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    codes = pd.factorize(elements["norad_id"], sort=False)[0] // objects_per_file
    paths = []
    for k in range(int(codes.max()) + 1 if len(codes) else 0):
        path = out_dir / f"large_{k:03d}.tle"
        path.write_text(format_tle(elements[codes == k]), encoding="ascii", newline="\n")
        paths.append(path)
    return paths
