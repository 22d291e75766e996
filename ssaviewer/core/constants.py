"""Physical constants, WGS-72 as SGP4 uses them (Vallado's ``wgs72``), and time constants."""

from __future__ import annotations

from typing import Final

#: Earth's gravitational parameter, km³/s² (WGS-72).
MU_EARTH_KM3_PER_S2: Final = 398600.8
#: Earth's equatorial radius, km (WGS-72).
EARTH_RADIUS_KM: Final = 6378.135
#: Second zonal harmonic J2 (WGS-72).
J2: Final = 0.001082616
#: sqrt(mu) in Earth radii^1.5 per minute, SGP4's ``xke``.
XKE_PER_MIN: Final = 60.0 / (EARTH_RADIUS_KM**3 / MU_EARTH_KM3_PER_S2) ** 0.5
#: Minutes per day.
MINUTES_PER_DAY: Final = 1440.0
#: Earth's rotation rate, rad/s.
EARTH_ROTATION_RAD_PER_S: Final = 7.292115146706979e-5
#: Seconds per day.
SECONDS_PER_DAY: Final = 86400.0
#: Nanoseconds per day (an int: exact in integer arithmetic, and exactly 86400e9 as a float).
NS_PER_DAY: Final = 86_400_000_000_000
#: Nanoseconds per hour.
NS_PER_HOUR: Final = 3_600_000_000_000
#: Nanoseconds per second.
NS_PER_SECOND: Final = 1_000_000_000
#: Epochs of one object closer than this (1 s) are one epoch published more than once
#: (archival TLEs repeat a set with its fraction of day rounded differently, 0.86 ms apart).
SAME_EPOCH_NS: Final = NS_PER_SECOND
