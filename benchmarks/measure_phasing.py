"""How far SGP4's positions stray from the mean-element model of the phasing filter.

The screening's phasing filter (:mod:`ssaviewer.core.screening.phasing`) places each object in
its *mean* orbital plane (SGP4's singly-averaged node and inclination at the time) at its
*mean* argument of latitude (mean anomaly plus argument of perigee), both read from SGP4
itself (``Satrec.Om``, ``im``, ``mm + om`` after a propagation) at three times of a screening
piece and interpolated between them. This script measures, over real and simulated element
sets and over the times each set may serve in a screening (up to ``SPAN_DAYS`` from its
epoch, the rule's ``max_set_age_days``):

- ``out_km``: the distance of SGP4's position from the model plane (short-period terms);
- ``angle - 2e``: the angle (rad) between SGP4's position, projected on the model plane, and
  the model's argument of latitude, less twice the eccentricity (the equation of the
  centre's bound for small e);
- ``interp``: the error (rad) of the model's argument of latitude interpolated through the
  three times of a 1.1-day piece (quadratic) against its value at the time, and of the node
  likewise.

Per regime (near-Earth SGP4 only, periods under 128 min: the filter leaves the others alone),
the maxima are printed; the module docstring of ``phasing`` states the bound taken from them
with its margin. Run: ``.venv/bin/python benchmarks/measure_phasing.py`` (uses
``../shared/data`` when present, ``sample_data`` and a simulated history always).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

from ssaviewer.core.dataset import load
from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.screening.phasing import eligible, interpolated_means, mean_state, model_frame

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
SPAN_DAYS = 30.0
SAMPLES = 40
PIECE_DAYS = 1.1


def regime(period_min: float, e: float) -> str:
    """Return a coarse regime name for the report."""
    if e > 0.1:
        return "HEO/e>0.1"
    return "LEO" if period_min < 128 else "MEO<225min"


def measure(elements: pd.DataFrame, every: int, rng: np.random.Generator) -> pd.DataFrame:
    """Deviations per sampled element set (rows ``::every`` with period < 225 min)."""
    period_min = 1440.0 / elements["mean_motion_rev_per_day"]
    rows = elements.loc[(period_min < 225.0).to_numpy()].iloc[::every]
    sats = build_satrecs(rows)
    out = []
    periods = 1440.0 / rows["mean_motion_rev_per_day"]
    for sat, period, e in zip(sats, periods, rows["eccentricity"], strict=True):
        if sat.error:
            continue
        t_min = rng.uniform(-SPAN_DAYS, SPAN_DAYS, SAMPLES) * 1440.0
        worst_out = worst_angle = worst_interp = 0.0
        for t in t_min:
            error, r, _ = sat.sgp4_tsince(float(t))
            if error or not eligible(sat):
                continue
            lam, node, inc, ecc = mean_state(sat)
            h, x, y = model_frame(np.array([node]), np.array([inc]))
            r = np.asarray(r)
            worst_out = max(worst_out, abs(float(r @ h[0])))
            angle = np.arctan2(r @ y[0], r @ x[0]) - lam
            angle = (angle + np.pi) % (2 * np.pi) - np.pi
            worst_angle = max(worst_angle, abs(float(angle)) - 2 * ecc)
        # interpolation over one piece around a random time
        mid = float(rng.uniform(-SPAN_DAYS, SPAN_DAYS)) * 1440.0
        half = PIECE_DAYS * 720.0
        ends = np.array([mid - half, mid, mid + half])
        lam3, node3, ok, _, _ = interpolated_means([sat], ends)
        if ok[0]:
            for t in np.linspace(mid - half, mid + half, 13):
                if sat.sgp4_tsince(float(t))[0] or not eligible(sat):
                    continue
                lam, node, _, _ = mean_state(sat)
                s = (t - ends[0]) / (ends[2] - ends[0])
                worst_interp = max(
                    worst_interp,
                    abs(_wrap(_quad(lam3[0], s) - lam)),
                    abs(_wrap(_quad(node3[0], s) - node)),
                )
        out.append((regime(period, e), e, worst_out, worst_angle, worst_interp, sat.satnum))
    return pd.DataFrame(
        out, columns=["regime", "e", "out_km", "angle_less_2e", "interp", "norad_id"]
    )


def _quad(values: np.ndarray, s: float) -> float:
    """Quadratic through values at s = 0, 0.5, 1."""
    a, b, c = values
    return float(a * (1 - s) * (1 - 2 * s) + 4 * b * s * (1 - s) + c * s * (2 * s - 1))


def _wrap(angle: float) -> float:
    return (angle + np.pi) % (2 * np.pi) - np.pi


def main() -> int:
    rng = np.random.default_rng(13)
    sources: dict[str, tuple[pd.DataFrame, int]] = {}
    sources["sample_data"] = (load(str(REPO / "sample_data")).elements, 5)
    from ssaviewer.core.simulate.large import large_history

    sources["simulated"] = (large_history(300, 30, seed=0), 20)
    if DATA.is_dir():
        sources["real histories"] = (load(str(DATA / "tle")).elements, 20)
        sources["active catalogue"] = (load(str(DATA / "catalog" / "active.txt")).elements, 3)
        sources["debris catalogue"] = (load(str(DATA / "catalog" / "debris.txt")).elements, 3)
    frames = []
    for name, (elements, every) in sources.items():
        found = measure(elements, every, rng)
        found.insert(0, "source", name)
        frames.append(found)
    table = pd.concat(frames, ignore_index=True)
    summary = table.groupby(["source", "regime"]).agg(
        sets=("e", "size"),
        e_max=("e", "max"),
        out_km=("out_km", "max"),
        out_km_p99=("out_km", lambda v: v.quantile(0.99)),
        angle_less_2e=("angle_less_2e", "max"),
        interp_rad=("interp", "max"),
    )
    print(f"SGP4 against the mean-element model, +-{SPAN_DAYS:g} days from each epoch")
    print(summary.to_string(float_format=lambda v: f"{v:.3g}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
