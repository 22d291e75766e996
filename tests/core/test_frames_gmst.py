"""Greenwich mean sidereal time is defined once, in ``orbits.frames``, and agrees with SGP4's."""

from __future__ import annotations

import numpy as np
from sgp4.propagation import gstime

from ssaviewer.core.detect.manoeuvres import features
from ssaviewer.core.orbits import frames
from ssaviewer.core.simulate import geo


def test_gmst_is_sgp4s_gstime_and_the_other_forms_stay_within_their_stated_bounds() -> None:
    jd = np.linspace(2436000.5, 2466000.5, 2001)  # 1957 to 2039
    expected = np.array([np.degrees(gstime(x)) for x in jd])
    gmst = frames.gmst_deg(jd - frames.JD_J2000)
    assert np.max(np.abs((gmst - expected + 180.0) % 360.0 - 180.0)) < 1e-8  # rounding
    rounded = frames.gmst_rounded_deg(jd - frames.JD_J2000)
    assert np.max(np.abs((rounded - gmst + 180.0) % 360.0 - 180.0)) < 1e-7
    linear = frames.gmst_linear_deg(jd - frames.JD_J2000) % 360.0
    quadratic = 0.000387933 * ((jd - frames.JD_J2000) / 36525.0) ** 2
    assert np.allclose((rounded - linear + 180.0) % 360.0 - 180.0, quadratic, atol=1e-9)


def test_the_detectors_and_the_simulator_call_the_one_definition() -> None:
    unix_days = np.array([0.0, 10957.5, 20000.25])
    assert np.array_equal(
        features.gmst_deg(unix_days),
        frames.gmst_rounded_deg(unix_days - frames.UNIX_DAYS_TO_J2000),
    )
    jd = unix_days + 2440587.5
    assert np.array_equal(geo.gmst_deg(jd), frames.gmst_deg(jd - frames.JD_J2000))
    assert features.SIDEREAL_REV_PER_DAY * 360.0 == frames.SIDEREAL_DEG_PER_DAY
