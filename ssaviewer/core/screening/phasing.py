"""The phasing filter: objects that never pass the line where their planes cross together.

Two objects in different orbital planes can only meet near the line where the planes cross
(the mutual nodes), and only if both are there at the same time. Most candidate pairs of a
screening share altitudes (the shell filters let them through) but are never at a crossing
together; this filter drops them before they are propagated on the screening grid.

The model
---------
Each object is placed in its *mean* plane (SGP4's singly-averaged node and inclination) at its
*mean* argument of latitude ``λ`` (mean anomaly plus argument of perigee), read from SGP4 itself
(``Satrec.Om``, ``im``, ``mm + om`` after a propagation: the secular and drag updates of the
elements, before the periodic terms) at the start, middle and end of the screened span and
interpolated by a quadratic in time. The span is cut into pieces of ``PIECE_S`` seconds; in a
piece each plane is held at its middle and ``λ`` advanced linearly.

The bound
---------
SGP4's position differs from the model by its periodic terms only (the secular and drag terms
are the model's own). Measured by ``benchmarks/measure_phasing.py`` over the real histories
of ``../shared/data/tle`` (2,050 sets), the active and debris catalogues (4,200 sets),
``sample_data`` (3,200 sets) and a simulated 300-object history (360 sets), each set at 40
random times up to 30 days from its epoch (the rule's ``max_set_age_days``), all LEO: the
position is at most 2.5 km from the mean plane (2.4 km in 99 % of the sets), and its angle in
the plane at most ``2e + 0.0023`` rad from ``λ`` (``2e``: the equation of the centre); the
quadratic through three times of a 1.1-day span stays within 0.0031 rad of ``λ`` and of the
node (a decaying set far from its epoch; 2e-5 rad for the others). Bounds used, with a safety
margin of at least two: ``OUT_OF_PLANE_KM = 10`` and ``ANGLE_PER_E e + ANGLE_RAD`` =
``2.5 e + 0.012`` rad; per piece, the plane's turn over half a piece (``|dΩ/dt| sin i ·
PIECE_S / 2``, times the apogee radius in km, and its square in angle) and the curvature of
``λ`` over the piece are added. The model is used only where it was measured: near-Earth
SGP4 with periods under ``MAX_PERIOD_MIN``, ``e <= MAX_ECCENTRICITY``, and a mean motion within
``MAX_MEAN_MOTION_CHANGE`` of the epoch's at the three times (else SGP4's drag terms dominate;
such a set 30 days from its epoch once put SGP4 4,600 km off the plane).

Why nothing is lost: if the two objects (true positions ``P_A``, ``P_B``) come within ``D``
(the threshold), then ``|P_A · h_B| <= D + ε_B`` (``h_B`` B's plane normal, ``ε_B`` B's distance
bound from its plane), while ``|P_A · h_B| >= R |sin φ_A| sin γ - ε_A`` (``φ_A`` A's angle from
the crossing line in its own plane, ``γ`` the angle between the planes, ``R`` A's radius,
at least the Earth's radius wherever SGP4 gives a position). So ``|sin φ_A| <= (D + ε_A +
ε_B) / (R sin γ)``, and likewise for B, on the same side of the Earth. Each object's windows
near the crossing are computed from the model widened by the angle bound; the pair is kept
when a window of one overlaps a window of the other in time. Pairs whose windows would be
wide (planes within a few degrees, ``MAX_SINE``), deep-space orbits, eccentric ones and those
SGP4 cannot propagate at the three times are always kept. The test
``tests/core/test_screening_phasing.py`` checks the bound on the real histories and that known
close approaches are kept.
"""

from __future__ import annotations

from typing import Final

import numpy as np
from sgp4.api import Satrec

from ssaviewer.core.constants import EARTH_RADIUS_KM

#: Distance (km) of SGP4's position from the mean plane, at most (measured 2.5; see above).
OUT_OF_PLANE_KM: Final = 10.0
#: Angle (rad) of SGP4's position from the mean argument of latitude: ``ANGLE_PER_E`` e +
#: ``ANGLE_RAD`` (measured 2 e + 0.0023, and 0.0031 more from the interpolation; see above).
ANGLE_PER_E: Final = 2.5
ANGLE_RAD: Final = 0.012
#: Orbits more eccentric than this are always kept (the equation of the centre grows).
MAX_ECCENTRICITY: Final = 0.1
#: Orbits with longer periods (minutes) are always kept (the bound was measured in LEO).
MAX_PERIOD_MIN: Final = 128.0
#: Pieces (s) of the span in which each plane is held fixed.
PIECE_S: Final = 3600.0
#: Sine of a window's half-angle above which the pair is kept unfiltered (planes too close).
MAX_SINE: Final = 0.5
#: No SGP4 position lies below the Earth's radius (SGP4 reports decay there); less a margin.
MIN_RADIUS_KM: Final = EARTH_RADIUS_KM - 50.0
_TWO_PI: Final = 2.0 * np.pi


def mean_state(sat: Satrec) -> tuple[float, float, float, float]:
    """``(λ, node, inclination, e)`` (rad) of SGP4's mean elements at its last propagation."""
    return sat.mm + sat.om, sat.Om, sat.im, sat.em


def model_frame(node: np.ndarray, inclination: np.ndarray) -> tuple[np.ndarray, ...]:
    """Plane normal, ascending-node direction and in-plane 90°-ahead direction, ``(..., 3)``."""
    sn, cn, si, ci = np.sin(node), np.cos(node), np.sin(inclination), np.cos(inclination)
    zero = np.zeros_like(sn)
    h = np.stack((si * sn, -si * cn, ci), axis=-1)
    x = np.stack((cn, sn, zero), axis=-1)
    y = np.stack((-ci * sn, ci * cn, si), axis=-1)
    return h, x, y


def interpolated_means(
    sats: list[Satrec], minutes: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``λ`` and node (rad, unwrapped) of each record at three times, and which succeeded.

    ``minutes`` is ``(N, 3)`` or ``(3,)`` minutes since each record's epoch. The mean argument
    of latitude is unwrapped with its mean rate (secular plus drag) at the two ends.
    """
    times = np.broadcast_to(np.asarray(minutes, dtype=np.float64), (len(sats), 3))
    lam = np.zeros((len(sats), 3))
    node = np.zeros((len(sats), 3))
    rate = np.zeros((len(sats), 3))
    ok = np.ones(len(sats), dtype=bool)
    for n, sat in enumerate(sats):
        base = sat.mdot + sat.argpdot - sat.no_kozai
        for k in range(3):
            if sat.sgp4_tsince(float(times[n, k]))[0] or not eligible(sat):
                ok[n] = False
                break
            lam[n, k], node[n, k] = sat.mm + sat.om, sat.Om
            rate[n, k] = base + sat.nm
    for k in (1, 2):
        gap = times[:, k] - times[:, k - 1]
        advance = 0.5 * (rate[:, k] + rate[:, k - 1]) * gap
        step = lam[:, k] - lam[:, k - 1]
        lam[:, k] = lam[:, k - 1] + step + _TWO_PI * np.round((advance - step) / _TWO_PI)
        turn = node[:, k] - node[:, k - 1]
        node[:, k] = node[:, k - 1] + turn - _TWO_PI * np.round(turn / _TWO_PI)
    return lam, node, ok


#: Mean motion change (fraction) beyond which an object is kept: SGP4's drag terms then
#: dominate (a set propagated far from its epoch with a large drag term).
MAX_MEAN_MOTION_CHANGE: Final = 0.01


def eligible(sat: Satrec) -> bool:
    """Whether the model holds for the record at its last propagation (near-Earth, see above)."""
    return bool(
        sat.method == "n"
        and sat.no_kozai > _TWO_PI / MAX_PERIOD_MIN
        and sat.em <= MAX_ECCENTRICITY
        and abs(sat.nm / sat.no_kozai - 1.0) < MAX_MEAN_MOTION_CHANGE
    )


def _normals(node: np.ndarray, inclination: np.ndarray) -> tuple[np.ndarray, ...]:
    """:func:`model_frame` of arrays of any shape."""
    return model_frame(node, inclination)


def _cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.stack(
        (
            a[..., 1] * b[..., 2] - a[..., 2] * b[..., 1],
            a[..., 2] * b[..., 0] - a[..., 0] * b[..., 2],
            a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0],
        ),
        axis=-1,
    )


def _dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    result: np.ndarray = a[..., 0] * b[..., 0] + a[..., 1] * b[..., 1] + a[..., 2] * b[..., 2]
    return result


class _Model:
    """Each object's model over one span: quadratics of ``λ`` and node in ``s`` in [0, 1]."""

    def __init__(
        self, sats: list[Satrec], since_min: np.ndarray, span_min: float, apogee_km: np.ndarray
    ) -> None:
        minutes = since_min[:, None] + np.array([0.0, 0.5, 1.0]) * span_min
        self.lam, self.node, ok = interpolated_means(sats, minutes)
        self.inclination = np.array([s.im for s in sats])
        self.e = np.array([s.em for s in sats])
        self.ok = ok
        self.span_s = span_min * 60.0
        self.apogee_radius_km = apogee_km + EARTH_RADIUS_KM + OUT_OF_PLANE_KM

    def at(self, values: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Value, rate (per s) and second derivative (per s²) of quadratics at ``s``."""
        a, b, c = (values[:, k, None] for k in range(3))
        value = a * (1 - s) * (1 - 2 * s) + 4 * b * s * (1 - s) + c * s * (2 * s - 1)
        rate = (a * (4 * s - 3) + 4 * b * (1 - 2 * s) + c * (4 * s - 1)) / self.span_s
        curve = 4 * (a - 2 * b + c) / self.span_s**2 + 0 * s
        return value, rate, curve


def may_meet(
    sats: list[Satrec],
    since_min: np.ndarray,
    apogee_km: np.ndarray,
    span_s: float,
    threshold_km: float,
) -> np.ndarray:
    """Mask of the objects ``sats[1:]`` that may come within ``threshold_km`` of ``sats[0]``.

    ``since_min`` are minutes from each record's epoch to the start of the span (``span_s``
    seconds long); ``apogee_km`` each object's mean apogee altitude. See the module
    docstring for the model and the bound; objects it does not cover are kept.
    """
    n = len(sats) - 1
    model = _Model(sats, since_min, span_s / 60.0, apogee_km)
    if not model.ok[0] or n == 0:
        return np.ones(n, dtype=bool)
    pieces = max(1, int(np.ceil(span_s / PIECE_S)))
    half_s = 0.5 * span_s / pieces
    s = (np.arange(pieces) + 0.5) / pieces  # piece middles, as fractions of the span
    lam, lam_rate, lam_curve = model.at(model.lam, s)  # (N, P)
    node, node_rate, node_curve = model.at(model.node, s)
    inc = model.inclination[:, None]
    h, x, y = _normals(node, np.broadcast_to(inc, node.shape))
    # The plane's turn over half a piece, as a distance and as an angle; the phase rate
    # in the piece-middle plane (the node's motion projected on the plane).
    turn = np.abs(node_rate) * np.sin(inc) * half_s
    out_km = OUT_OF_PLANE_KM + model.apogee_radius_km[:, None] * turn
    phase_rate = lam_rate + node_rate * np.cos(inc)
    # Windows of each object reach at most MAX_SINE + angle beyond the crossing: half a piece
    # and as far again bound the linear phase's curvature error.
    reach_s = half_s + np.pi / np.maximum(phase_rate, 1e-9)
    curve = 0.5 * (np.abs(lam_curve) + np.abs(node_curve)) * reach_s**2
    angle = ANGLE_PER_E * model.e[:, None] + ANGLE_RAD + 2.0 * turn**2 + curve
    # Pair geometry (target row 0 against the others), per piece.
    normal = _cross(h[:1], h[1:])
    sine = np.sqrt(_dot(normal, normal))
    line = normal / np.maximum(sine, 1e-12)[..., None]
    u_target = np.arctan2(_dot(line, y[:1]), _dot(line, x[:1]))
    u_other = np.arctan2(_dot(line, y[1:]), _dot(line, x[1:]))
    reach = (threshold_km + out_km[:1] + out_km[1:]) / (MIN_RADIUS_KM * np.maximum(sine, 1e-12))
    kept = reach > MAX_SINE
    half_angle = np.arcsin(np.minimum(reach, 1.0))
    w_target = half_angle + angle[:1]
    w_other = half_angle + angle[1:]
    kept |= (w_target > 2 * MAX_SINE) | (w_other > 2 * MAX_SINE)
    kept |= ~model.ok[1:, None]
    # The target's window centres in (or just around) each piece, for both crossings.
    rate_t = phase_rate[:1]
    width_t = w_target / rate_t  # half-width in seconds
    phase_t = lam[:1] - u_target
    phase_o = lam[1:] - u_other
    rate_o = phase_rate[1:]
    most = int(np.ceil(float(np.max(rate_t * (2 * half_s + 2 * width_t))) / np.pi)) + 2
    for k in range(most):
        # centre number k counted from the piece start, in half turns (both crossings)
        first = np.ceil((phase_t - rate_t * (half_s + width_t)) / np.pi)
        crossing = first + k
        centre = (crossing * np.pi - phase_t) / rate_t  # s from the piece middle
        inside = centre <= half_s + width_t
        other = phase_o + rate_o * centre - crossing * np.pi
        other = (other + np.pi) % (2 * np.pi) - np.pi
        kept |= inside & (np.abs(other) <= w_other + rate_o * width_t)
    result: np.ndarray = kept.any(axis=1)
    return result
