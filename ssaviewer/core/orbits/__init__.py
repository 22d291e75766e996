"""The orbit layer: SGP4 propagation, frames, ground tracks, GEO columns, Sun and screening.

Everything here is vectorised over element-set tables (see :mod:`ssaviewer.core.schema`) and
never imports Qt. Positions are in kilometres, velocities in km/s, times are UTC
``pandas.DatetimeIndex`` values (naive values are taken as UTC).
"""

from __future__ import annotations
