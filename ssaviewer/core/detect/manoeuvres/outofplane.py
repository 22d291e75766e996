"""Out-of-plane manoeuvres: a sustained step in inclination, or in the node beyond J2 drift.

A cross-track burn of Δv turns the orbit plane by Δθ ≈ Δv / v: at the nodes it changes the
inclination, elsewhere it also moves the node. The node's J2 precession (and the slow
luni-solar drift of the inclination) is removed as a robust local trend before steps are
sought, with the same machinery as the in-plane detector.
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

NAME = "outofplane"
RULE_INCLINATION = "outofplane.inclination"
RULE_NODE = "outofplane.node"
RULE_VECTOR = "outofplane.inclination_vector"


@dataclass(frozen=True)
class OutOfPlaneParams:
    """Thresholds of the inclination and node step detectors.

    Attributes
    ----------
    enabled
        Run this detector for the regime.
    min_sigma
        A step must exceed this many noise sigmas (see ``inplane.InPlaneParams.min_sigma``):
        10 in LEO, fitted leave-one-object-out (``benchmarks/bench_accuracy.py``; 7 and 10
        tried); 7 in other regimes; 50 at GEO/IGSO, where the inclination between burns is so
        smooth that its MAD is tiny while fits around east-west burns shift it by tens of sigma.
    min_delta_i_deg
        Smallest inclination step (degrees): 0.003° ≈ 5e-5 rad, the plane change of a
        0.4 m/s burn in LEO. Published LEO inclinations wander by 0.001-0.002° over a few
        days (fit and luni-solar effects) in pairs that revert; operators make plane changes
        in doses of 0.5-2 m/s, far above this. At GEO/IGSO 0.02° per component of the
        inclination vector (≈ 1 m/s): north-south keeping corrects the ~0.8°/year luni-solar
        drift in doses of 1.5-5 m/s (0.03-0.09°), while the vector of the development GEO
        objects' fits steps by up to ~0.01° without any burn.
    use_node
        Also look for steps of the node beyond its J2 trend. Off by default: on the
        development objects the published node jitters in steps of many sigma without any
        burn (dozens of false alarms a year on a 66° orbit), and real plane changes show in
        the inclination too. Turn on for objects whose plane changes are made off the nodes.
    min_delta_node_deg
        Smallest node step beyond the J2 trend (degrees), scaled by sin i when compared.
    use_vector
        Look for steps of the inclination vector (i cos Ω, i sin Ω) instead of i alone: at
        GEO a north-south burn turns the vector by Δv / v (0.09° for 5 m/s) while |i| may
        hardly change, and the node of a near-equatorial orbit is ill-defined. On for GEO and
        IGSO; ``min_delta_i_deg`` then applies to each component.
    min_jump_sigma
        As for the in-plane detector.
    trend_window, noise_window, step_rows, noise_floor_deg
        As for the in-plane detector (element sets; the floor in degrees).
    """

    enabled: bool = True
    min_sigma: float = 7.0
    min_jump_sigma: float = 10.0
    min_delta_i_deg: float = 0.003
    use_node: bool = False
    use_vector: bool = False
    min_delta_node_deg: float = 0.001
    trend_window: int = 15
    noise_window: int = 61
    step_rows: int = 3
    noise_floor_deg: float = 5e-6


SECTION = RuleSection(
    NAME,
    OutOfPlaneParams,
    {
        ALL_REGIMES: OutOfPlaneParams(),
        "LEO": OutOfPlaneParams(min_sigma=10.0),
        "GEO": OutOfPlaneParams(
            min_sigma=50.0, min_delta_i_deg=0.02, noise_floor_deg=5e-5, use_vector=True
        ),
        "IGSO": OutOfPlaneParams(
            min_sigma=50.0, min_delta_i_deg=0.02, noise_floor_deg=5e-5, use_vector=True
        ),
    },
    doc=__doc__ or "",
)


def detect(features: Features, rules: Rules) -> Candidates:
    """Return inclination (or inclination-vector) and node step candidates.

    Row positions refer to ``features``.
    """
    return candidates_by_regime(features, rules, SECTION, find)


def find(sub: Features, rows: np.ndarray, params: OutOfPlaneParams, gaps: Gaps) -> Candidates:
    """Candidates of one regime's rows ``sub`` (at ``rows`` of the whole table)."""
    parts = []
    for channel, values, min_step, rule_id in _channels(sub, params):
        found = gaps.residuals_of(
            channel, values, trend_window=params.trend_window, noise_window=params.noise_window
        )
        stats = steps(
            values, gaps, found, step_rows=params.step_rows, noise_floor=params.noise_floor_deg
        )
        significant = significant_gaps(stats, params.min_sigma, min_step)
        found_steps = find_steps(stats, significant, channel, min_jump_sigma=params.min_jump_sigma)
        parts.append(found_steps.to_rows(rows, rule_id))
    return Candidates.concat(parts)


def _channels(sub: Features, params: OutOfPlaneParams) -> list[tuple[str, np.ndarray, float, str]]:
    """Return the series to search: (channel, values in degrees, smallest step, rule id)."""
    if params.use_vector:
        node = np.radians(sub.raan_deg)
        channels = [
            ("ix", sub.i_deg * np.cos(node), params.min_delta_i_deg, RULE_VECTOR),
            ("iy", sub.i_deg * np.sin(node), params.min_delta_i_deg, RULE_VECTOR),
        ]
    else:
        channels = [("i", sub.i_deg, params.min_delta_i_deg, RULE_INCLINATION)]
    if params.use_node:
        sin_i = np.maximum(np.abs(np.sin(np.radians(sub.i_deg))), 1e-3)
        channels.append(("raan", sub.raan_deg * sin_i, params.min_delta_node_deg, RULE_NODE))
    return channels
