"""A plane change's along-track part is that burn's, not a burn of its own.

A cross-track burn is never perfectly cross-track: a plane change of 1-2 m/s in LEO also
changes the semi-major axis by the few mm/s of its along-track part, which the in-plane
detector sees. The two detectors read the change differently: the in-plane step is sharp and
timed to hours, while the published inclination takes days to show a plane change fully
(the sets after it are fitted across the burn), so the inclination's step is often found one
gap or more later, and the two are not merged as one ``mixed`` manoeuvre
(:func:`~ssaviewer.core.detect.manoeuvres.merge.combine_kinds` merges only peaks in one gap).
Reported apart, one burn becomes two manoeuvres.

:func:`absorb_along_track` joins them after both are timed. A pure in-plane manoeuvre is the
along-track part of a pure out-of-plane manoeuvre of the same object (outside GEO/IGSO) when

- its burn time lies inside the out-of-plane manoeuvre's window and not after the plane
  change's time: the inclination shows a plane change late (its onset is found at or after
  the burn), never early, while an in-plane change timed after it is a separate burn
  (operators trim the semi-major axis a day or more after a plane change; those are kept);
- the two times agree within ``timing.along_track_sigmas`` (1, fitted leave-one-object-out)
  of their joint uncertainty, the hypot of their ``epoch_sigma_h``; 0 turns the joining off.

Of several in-plane candidates the latest is joined. The joined manoeuvre is ``mixed``: it
keeps the union of the two windows, the time (and ``epoch_sigma_h``) of the better-timed of
the two, the in-plane changes of the in-plane one, the larger confidence and significance,
and both rule ids. Measured on the development objects (``benchmarks/bench_accuracy.py``):
Envisat's plane changes of 1.2-2 m/s were each also reported as an in-plane burn of
~0.01 m/s a few hours to a day and a half before them. At 1 joint sigma four of those six
pairs become one manoeuvre (LEO false alarms 31 → 27) at the cost of one hit, an operator's
trim within the joined window (no longer reported on its own); at 2 sigmas five pairs, at the
cost of two hits.
"""

from __future__ import annotations

import numpy as np

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import search_rows

#: Directions of the manoeuvre table (``estimate``).
IN_PLANE = "in-plane"
OUT_OF_PLANE = "out-of-plane"
MIXED = "mixed"
#: Regimes whose plane changes are north-south keeping, timed and merged otherwise.
_GEOSYNC = ("GEO", "IGSO")


def along_track_parts(found: dict[str, np.ndarray], along_track_sigmas: np.ndarray) -> np.ndarray:
    """Pair each pure plane change with the in-plane manoeuvre that is its along-track part.

    Parameters
    ----------
    found
        Estimated manoeuvres (``estimate``'s arrays, timed): at least ``norad_id``,
        ``epoch_days``, ``epoch_sigma_h``, ``window_start_ns``, ``window_end_ns``,
        ``direction`` and ``regime``.
    along_track_sigmas
        Per manoeuvre, ``timing.along_track_sigmas`` of its regime (0: never joined).

    Returns
    -------
    numpy.ndarray
        Integer array ``(n_pairs, 2)``: rows of (out-of-plane, in-plane) manoeuvres that are
        one burn (see the module docstring); each row appears at most once.
    """
    direction = found["direction"]
    regime = found["regime"]
    joins = (along_track_sigmas > 0) & ~np.isin(regime, _GEOSYNC)
    plane = np.flatnonzero((direction == OUT_OF_PLANE) & joins)
    along = np.flatnonzero(direction == IN_PLANE)
    if not len(plane) or not len(along):
        return np.empty((0, 2), dtype=np.int64)
    t = found["epoch_days"]
    start_days = found["window_start_ns"] / NS_PER_DAY
    along = along[np.isfinite(t[along])]
    # Sort the in-plane manoeuvres by object, then time; each plane change looks up its range.
    order = np.lexsort((t[along], found["norad_id"][along]))
    along = along[order]
    ids, t_along = found["norad_id"][along], t[along]
    lo = search_rows(ids, t_along, found["norad_id"][plane], start_days[plane], "left")
    # Not later than the plane change's time: the inclination shows a plane change late.
    hi = search_rows(ids, t_along, found["norad_id"][plane], t[plane], "right")
    sigma_days = np.nan_to_num(found["epoch_sigma_h"], nan=0.0) / 24.0
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for k in np.flatnonzero(hi > lo):
        p = int(plane[k])
        rows = along[lo[k] : hi[k]]
        # The two times must agree within along_track_sigmas of their joint uncertainty.
        reach = along_track_sigmas[p] * np.hypot(sigma_days[rows], sigma_days[p])
        rows = [int(r) for r in rows[t[p] - t[rows] <= reach] if int(r) not in taken]
        if rows:
            best = max(rows, key=lambda r: t[r])
            taken.add(best)
            pairs.append((p, best))
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def absorb_along_track(found: dict[str, np.ndarray], along_track_sigmas: np.ndarray) -> None:
    """Join each plane change and its along-track part into one ``mixed`` manoeuvre, in place.

    ``found`` and ``along_track_sigmas`` as for :func:`along_track_parts`; the in-plane rows joined
    are removed from every array of ``found`` (the out-of-plane row keeps the joined values).
    """
    pairs = along_track_parts(found, along_track_sigmas)
    if not len(pairs):
        return
    p, q = pairs[:, 0], pairs[:, 1]
    sigma_p, sigma_q = found["epoch_sigma_h"][p], found["epoch_sigma_h"][q]
    # The better-timed of the two (an unknown uncertainty loses).
    use_q = ~(np.nan_to_num(sigma_p, nan=np.inf) < np.nan_to_num(sigma_q, nan=np.inf))
    found["epoch_days"][p] = np.where(use_q, found["epoch_days"][q], found["epoch_days"][p])
    found["epoch_sigma_h"][p] = np.where(use_q, sigma_q, sigma_p)
    for key, pick in (
        ("index_before", np.minimum),
        ("window_start_ns", np.minimum),
        ("index_after", np.maximum),
        ("window_end_ns", np.maximum),
        ("confidence", np.fmax),
        ("significance_sigma", np.fmax),
    ):
        found[key][p] = pick(found[key][p], found[key][q])
    for key in ("delta_a_km", "delta_e", "delta_v_in_plane_mps"):
        found[key][p] = found[key][q]
    found["delta_v_mps"][p] = np.hypot(
        found["delta_v_in_plane_mps"][p], found["delta_v_out_of_plane_mps"][p]
    )
    found["direction"][p] = MIXED
    rules = found["rules"]
    joined = [
        ";".join(sorted(set(str(rules[a]).split(";")) | set(str(rules[b]).split(";"))))
        for a, b in zip(p, q, strict=True)
    ]
    rules[p] = np.asarray(joined, dtype=object) if len(joined) else rules[p]
    keep = np.ones(len(found["direction"]), dtype=bool)
    keep[q] = False
    for key in list(found):
        found[key] = found[key][keep]
