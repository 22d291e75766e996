"""GEO manoeuvres: a change of longitude drift rate, and the SPLID pattern-of-life node.

An east-west burn at GEO changes the semi-major axis and so the drift of the mean longitude
λ = Ω + ω + M − GMST by ΔD ≈ −(3/2)(n/a) Δa (about 0.013 °/day per km). The drift rate
D = 360 (n − n_sidereal) °/day comes straight from the published mean motion; a sustained step
of D is an east-west manoeuvre. The node tells the analyst what the burn did to the object's
pattern of life, in the SPLID vocabulary:

- ``ID`` (initiate drift): station-kept before, drifting after;
- ``AD`` (adjust drift): drifting before and after, at a different rate;
- ``IK`` (initiate keeping): drifting before, station-kept after;
- ``NK`` (nominal keeping): station-kept before and after (routine east-west or north-south).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ssaviewer.core.detect.manoeuvres.candidates import (
    Candidates,
    candidates_by_regime,
    find_steps,
    significant_gaps,
)
from ssaviewer.core.detect.manoeuvres.features import Features
from ssaviewer.core.detect.manoeuvres.noise import Gaps, steps
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection

NAME = "geo_drift"
RULE_ID = "geo_drift.step"


@dataclass(frozen=True)
class GeoDriftParams:
    """Thresholds of the drift-rate step detector and of the station-keeping test.

    Attributes
    ----------
    enabled
        Run for the regime: GEO and IGSO (geosynchronous periods) only.
    min_sigma
        A step must exceed this many noise sigmas: 80 at GEO/IGSO. GEO mean motions are so
        smooth between burns that their MAD is tiny, while fits wobble around unmodelled
        perturbations by up to ~70 sigma on the development objects; east-west burns of
        0.04 m/s or more score 90 and up (several hundred for routine 0.1-0.5 m/s burns).
    min_delta_drift_deg_per_day
        Smallest drift-rate change: 0.01 °/day ≈ 0.8 km of Δa ≈ 0.03 m/s at GEO, below the
        smallest routine east-west keeping burns (0.04-0.5 m/s).
    drifting_deg_per_day
        An object whose |drift| exceeds this is drifting, else station-kept: 0.1 °/day, well
        above the drift reversals of routine east-west keeping inside a ±0.1° box.
    min_jump_sigma
        As for the in-plane detector.
    trend_window, noise_window, step_rows
        As for the in-plane detector (element sets). GEO sets lag a day or more behind a burn,
        and GEO keeping burns are weeks apart, so the same windows serve.
    noise_floor_deg_per_day
        Smallest noise sigma used.
    """

    enabled: bool = False
    min_sigma: float = 80.0
    min_jump_sigma: float = 10.0
    min_delta_drift_deg_per_day: float = 0.01
    drifting_deg_per_day: float = 0.1
    trend_window: int = 15
    noise_window: int = 61
    step_rows: int = 3
    noise_floor_deg_per_day: float = 2e-5


SECTION = RuleSection(
    NAME,
    GeoDriftParams,
    {
        ALL_REGIMES: GeoDriftParams(),
        "GEO": GeoDriftParams(enabled=True),
        "IGSO": GeoDriftParams(enabled=True),
    },
    doc=__doc__ or "",
)


def detect(features: Features, rules: Rules) -> Candidates:
    """Return drift-rate step candidates; row positions refer to ``features``."""
    return candidates_by_regime(features, rules, SECTION, find)


def find(sub: Features, rows: np.ndarray, params: GeoDriftParams, gaps: Gaps) -> Candidates:
    """Candidates of one regime's rows ``sub`` (at ``rows`` of the whole table)."""
    drift = sub.drift_deg_per_day
    found = gaps.residuals_of(
        "drift", drift, trend_window=params.trend_window, noise_window=params.noise_window
    )
    stats = steps(
        drift, gaps, found, step_rows=params.step_rows, noise_floor=params.noise_floor_deg_per_day
    )
    significant = significant_gaps(stats, params.min_sigma, params.min_delta_drift_deg_per_day)
    found_steps = find_steps(stats, significant, "drift", min_jump_sigma=params.min_jump_sigma)
    return found_steps.to_rows(rows, RULE_ID)


def node(drift_before: np.ndarray, drift_after: np.ndarray, drifting: np.ndarray) -> np.ndarray:
    """Return the SPLID node per manoeuvre from the drift rates before and after (°/day).

    ``drifting`` is the per-manoeuvre threshold (``GeoDriftParams.drifting_deg_per_day``).
    """
    was = np.abs(drift_before) > drifting
    now = np.abs(drift_after) > drifting
    return np.select([~was & now, was & now, was & ~now], ["ID", "AD", "IK"], default="NK")
