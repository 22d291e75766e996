"""The orbit layer: SGP4 propagation, frames and sidereal time, ground tracks, GEO columns, Sun.

Everything here is vectorised over element-set tables (see :mod:`ssaviewer.core.schema`) and
never imports Qt. Positions are in kilometres, velocities in km/s, times are UTC
``pandas.DatetimeIndex`` values (naive values are taken as UTC). Close-approach screening is
:mod:`ssaviewer.core.screening`.
"""

from __future__ import annotations
