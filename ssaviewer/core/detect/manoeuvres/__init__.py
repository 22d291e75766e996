"""Manoeuvre detection: element sets in, one row per detected manoeuvre out.

The stages, in the order :func:`~ssaviewer.core.detect.manoeuvres.detector.detect_manoeuvres`
runs them on each chunk of objects:

1. :mod:`.features`: mean-element features per set (semi-major axis, eccentricity vector,
   inclination, node, GEO longitude) from
   :class:`~ssaviewer.core.detect.element_table.ElementArrays`;
2. :mod:`.thinning`: one set per bin of a dense history, the sets the detectors compare;
3. :mod:`.noise` (with :mod:`.medians`): each object's step noise between consecutive sets;
4. :mod:`.candidates`: significant steps, shared by the detectors;
5. the detectors, in ``MANOEUVRE_DETECTORS`` order: :mod:`.inplane`, :mod:`.outofplane`,
   :mod:`.geo_drift`;
6. :mod:`.merge`: candidates of the same burn merged into one manoeuvre;
7. :mod:`.estimate` (with :mod:`.timing`): direction, size, Δv, burn time and its uncertainty.

:mod:`.outliers` finds out-of-family sets on the same layout (they become data-quality events).
:mod:`.detector` is the entry point and builds the manoeuvre table.
"""
