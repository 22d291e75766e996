"""The phasing filter: objects that never pass the line where their planes cross together.

Two objects in different orbital planes can only meet near the line where the planes cross
(the mutual nodes), and only if both are there at the same time. Most candidate pairs of a
screening share altitudes (the shell filters let them through) but are never at a crossing
together; this filter drops them before they are propagated on the screening grid.

The model
---------
Each object is placed in its *mean* plane (SGP4's singly-averaged node and inclination) at its
*mean* argument of latitude ``λ`` (mean anomaly plus argument of perigee), read from SGP4
itself (``Satrec.Om``, ``im``, ``mm + om`` after a propagation: the secular and drag updates of
the elements, before the periodic terms) at the start, middle and end of the screened span (cut
in parts of at most ``MAX_MODEL_SPAN_S``, 1.1 days) and interpolated by a quadratic in time.
The span is cut into pieces of ``PIECE_S`` seconds; in a piece each plane is held at its middle
and ``λ`` advanced linearly.

The bound
---------
SGP4's position differs from the model by its periodic terms only (the secular and drag terms
are the model's own). Measured by ``benchmarks/measure_phasing.py`` over the real histories
of ``../shared/data/tle`` (2,050 sets), the active and debris catalogues (4,200 sets),
``sample_data`` (3,200 sets) and a simulated 300-object history (360 sets), each set at 40
random times up to 30 days from its epoch (the rule's ``max_set_age_days``), all LEO: the
position is at most 2.5 km from the mean plane (2.45 km in 99 % of the sets), and its angle in
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
SGP4 cannot propagate at the three times are always kept. Screening runs the filter on
spans of up to four days (``engine.PHASING_MAX_SPAN_S``: over longer ones most pairs do pass
a crossing together some time). The test
``tests/core/test_screening_phasing.py`` checks the bound on the real histories and that known
close approaches are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
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
#: Longest span (s) one quadratic of the model covers (as measured); longer spans are cut.
MAX_MODEL_SPAN_S: Final = 1.1 * 86_400.0
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
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``λ`` and node (rad, unwrapped) of each record at three times, and more.

    Returns ``(λ, node, ok, inclination, e)``: ``(N, 3)`` arrays, then whether the three
    propagations succeeded and the model holds (:func:`eligible`), the mean inclination
    (rad) and the largest mean eccentricity of the three times.

    ``minutes`` is ``(N, 3)`` or ``(3,)`` minutes since each record's epoch. The mean argument
    of latitude is unwrapped with its mean rate (secular plus drag) at the two ends.
    """
    times = np.broadcast_to(np.asarray(minutes, dtype=np.float64), (len(sats), 3))
    # Plain floats in lists (a thousand records a run): :func:`eligible` inlined.
    values: list[list[float]] = []
    ok_list: list[bool] = []
    slowest = _TWO_PI / MAX_PERIOD_MIN
    for sat, three in zip(sats, times.tolist(), strict=True):
        no = sat.no_kozai
        row = [0.0] * 11  # λ ×3, node ×3, rate ×3, inclination, e
        good = sat.method == "n" and no > slowest
        if good:
            base = sat.mdot + sat.argpdot - no
            for k, t in enumerate(three):
                if sat.sgp4_tsince(t)[0]:
                    good = False
                    break
                em, nm = sat.em, sat.nm
                if em > MAX_ECCENTRICITY or abs(nm / no - 1.0) >= MAX_MEAN_MOTION_CHANGE:
                    good = False
                    break
                row[k], row[3 + k], row[6 + k] = sat.mm + sat.om, sat.Om, base + nm
                row[10] = max(row[10], em)
            row[9] = sat.im
        values.append(row)
        ok_list.append(good)
    table = np.array(values, dtype=np.float64).reshape(len(sats), 11)
    lam, node, rate = table[:, 0:3].copy(), table[:, 3:6].copy(), table[:, 6:9]
    ok, inclination, e = np.array(ok_list, dtype=bool), table[:, 9], table[:, 10]
    for k in (1, 2):
        gap = times[:, k] - times[:, k - 1]
        advance = 0.5 * (rate[:, k] + rate[:, k - 1]) * gap
        step = lam[:, k] - lam[:, k - 1]
        lam[:, k] = lam[:, k - 1] + step + _TWO_PI * np.round((advance - step) / _TWO_PI)
        turn = node[:, k] - node[:, k - 1]
        node[:, k] = node[:, k - 1] + turn - _TWO_PI * np.round(turn / _TWO_PI)
    return lam, node, ok, inclination, e


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


def _quadratic_basis(s: np.ndarray, span_s: float) -> np.ndarray:
    """Return the ``(3, 3P)`` matrix from a quadratic's values to its figures at ``s``.

    Rows: the values at ``s = 0, 0.5, 1``; columns: the value, rate (per s) and curvature
    (per s²) at each of the ``P`` fractions ``s``, one block of ``P`` each.
    """
    one = np.ones_like(s)
    value = np.stack(((1 - s) * (1 - 2 * s), 4 * s * (1 - s), s * (2 * s - 1)))
    rate = np.stack((4 * s - 3, 4 * (1 - 2 * s), 4 * s - 1)) / span_s
    curve = np.stack((4 * one, -8 * one, 4 * one)) / span_s**2
    return np.concatenate((value, rate, curve), axis=1)


def _plane_terms(
    node: np.ndarray, inclination: np.ndarray
) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...], tuple[np.ndarray, ...]]:
    """Components of :func:`model_frame`'s normal, node and 90°-ahead directions."""
    sn, cn, si, ci = np.sin(node), np.cos(node), np.sin(inclination), np.cos(inclination)
    return (si * sn, -si * cn, ci), (cn, sn), (-ci * sn, ci * cn, si)


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
    :func:`may_meet_pairs` with the target ``sats[0]`` in every pair.
    """
    n = len(sats) - 1
    target = np.zeros(n, dtype=np.int64)
    return may_meet_pairs(
        sats, since_min, apogee_km, target, np.arange(1, n + 1), span_s, threshold_km
    )


def may_meet_pairs(
    sats: list[Satrec],
    since_min: np.ndarray,
    apogee_km: np.ndarray,
    target: np.ndarray,
    other: np.ndarray,
    span_s: float,
    threshold_km: float,
) -> np.ndarray:
    """Mask of the pairs ``(sats[target[k]], sats[other[k]])`` that may come within the threshold.

    As :func:`may_meet` for each pair (each record's ``since_min`` is minutes from its epoch
    to the start of the span, ``apogee_km`` its mean apogee altitude): each pair's verdict
    depends on its two records alone, so many targets' pairs are judged in one call. The
    figures of each record are computed once (:func:`_figures`), then each pair's windows.
    """
    parts = int(np.ceil(span_s / MAX_MODEL_SPAN_S))
    if parts > 1:  # the model is fitted over at most MAX_MODEL_SPAN_S: a union of parts
        part_s = span_s / parts
        mask = np.zeros(len(target), dtype=bool)
        for k in range(parts):
            shifted = since_min + k * part_s / 60.0
            mask |= may_meet_pairs(sats, shifted, apogee_km, target, other, part_s, threshold_km)
        return mask
    if len(target) == 0:
        return np.zeros(0, dtype=bool)
    figures = _figures(sats, since_min, apogee_km, span_s)
    with np.errstate(all="ignore"):  # a record the model does not hold for: kept below
        kept = _windows_meet(figures, target, other, span_s, threshold_km)
    ok = figures.ok & np.isfinite(apogee_km)
    result: np.ndarray = kept | ~ok[target] | ~ok[other]
    return result


@dataclass(frozen=True)
class _Figures:
    """Per record, per piece of the span: the model's plane and phase (see :func:`_figures`)."""

    ok: np.ndarray
    lam: np.ndarray
    plane: tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...], tuple[np.ndarray, ...]]
    out_km: np.ndarray
    phase_rate: np.ndarray
    angle: np.ndarray


def _figures(
    sats: list[Satrec], since_min: np.ndarray, apogee_km: np.ndarray, span_s: float
) -> _Figures:
    """Return the model of each record over one span (at most ``MAX_MODEL_SPAN_S``), per piece."""
    minutes = since_min[:, None] + np.array([0.0, 0.5, 1.0]) * (span_s / 60.0)
    lam3, node3, ok, inclination, e = interpolated_means(sats, minutes)
    pieces = max(1, int(np.ceil(span_s / PIECE_S)))
    half_s = 0.5 * span_s / pieces
    basis = _quadratic_basis((np.arange(pieces) + 0.5) / pieces, span_s)
    # value, rate, curvature at each piece's middle (row by row: the same figures for a
    # record whichever others it is judged with)
    lam, lam_rate, lam_curve = np.split(_combine(lam3, basis), 3, axis=1)
    node, node_rate, node_curve = np.split(_combine(node3, basis), 3, axis=1)
    inc = inclination[:, None]
    # The plane's turn over half a piece, as a distance and as an angle; the phase rate in
    # the piece-middle plane (the node's motion projected on the plane).
    turn = np.abs(node_rate) * np.sin(inc) * half_s
    out_km = OUT_OF_PLANE_KM + (apogee_km[:, None] + EARTH_RADIUS_KM + OUT_OF_PLANE_KM) * turn
    phase_rate = np.maximum(lam_rate + node_rate * np.cos(inc), 1e-9)
    # The linear phase is used up to half a piece and a window (at most a radian) from the
    # middle: the quadratics' curvature bounds its error there.
    reach_s = half_s + 1.0 / phase_rate
    curve = 0.5 * (np.abs(lam_curve) + np.abs(node_curve)) * reach_s**2
    angle = ANGLE_PER_E * e[:, None] + ANGLE_RAD + 2.0 * turn**2 + curve
    return _Figures(ok, lam, _plane_terms(node, inc), out_km, phase_rate, angle)


def _combine(values: np.ndarray, basis: np.ndarray) -> np.ndarray:
    """``values @ basis`` for ``(N, 3)`` values, summed term by term (the same per row)."""
    out: np.ndarray = (
        values[:, 0:1] * basis[0] + values[:, 1:2] * basis[1] + values[:, 2:3] * basis[2]
    )
    return out


def _windows_meet(
    f: _Figures, t: np.ndarray, o: np.ndarray, span_s: float, threshold_km: float
) -> np.ndarray:
    """Whether the target ``t[k]`` and the other ``o[k]`` may be near their crossing together.

    Per pair and piece; True also where the windows are too wide to judge.
    """
    pieces = f.lam.shape[1]
    half_s = 0.5 * span_s / pieces
    (hx, hy, hz), (xx, xy), (yx, yy, yz) = f.plane
    # The crossing line of the target's plane with the other's, per piece; its argument of
    # latitude in either plane (atan2 needs no unit vector).
    lx = hy[t] * hz[o] - hz[t] * hy[o]
    ly = hz[t] * hx[o] - hx[t] * hz[o]
    lz = hx[t] * hy[o] - hy[t] * hx[o]
    sine = np.sqrt(lx * lx + ly * ly + lz * lz)
    u_target = np.arctan2(lx * yx[t] + ly * yy[t] + lz * yz[t], lx * xx[t] + ly * xy[t])
    u_other = np.arctan2(lx * yx[o] + ly * yy[o] + lz * yz[o], lx * xx[o] + ly * xy[o])
    reach = (threshold_km + f.out_km[t] + f.out_km[o]) / (MIN_RADIUS_KM * np.maximum(sine, 1e-12))
    half_angle = np.arcsin(np.minimum(reach, 1.0))
    w_target = half_angle + f.angle[t]
    w_other = half_angle + f.angle[o]
    kept = ~((reach <= MAX_SINE) & (w_target <= 1.0) & (w_other <= 1.0))  # NaN: kept
    # Each of the target's windows around the crossings (either side) that touches the
    # piece: is the other object inside its own window then? (Crossings past a pair's own
    # last window change nothing: its centre is then beyond the piece.)
    rate_t, rate_o = f.phase_rate[t], f.phase_rate[o]
    width_t = w_target / rate_t  # half-width (s)
    phase_t = f.lam[t] - u_target
    phase_o = f.lam[o] - u_other
    first = np.ceil((phase_t - rate_t * (half_s + width_t)) / np.pi)
    crossings = rate_t * (2 * half_s + 2 * width_t)
    finite = crossings[np.isfinite(crossings)]
    most = int(np.ceil(float(np.max(finite, initial=0.0)) / np.pi)) + 1
    allowed = w_other + rate_o * width_t
    for k in range(most):
        crossing = first + k
        centre = (crossing * np.pi - phase_t) / rate_t  # s from the piece middle
        other = phase_o + rate_o * centre - crossing * np.pi
        other = (other + np.pi) % (2 * np.pi) - np.pi
        kept |= (centre <= half_s + width_t) & (np.abs(other) <= allowed)
    result: np.ndarray = kept.any(axis=1)
    return result
