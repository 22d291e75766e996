"""SGP4 in slices: the same values as one ``SatrecArray`` call, whatever the shape."""

from __future__ import annotations

import numpy as np
import pytest
from sgp4.api import SatrecArray

from ssaviewer.core.orbits import batch
from ssaviewer.core.orbits.satrecs import build_satrecs
from tests.core.orbit_helpers import make_elements


@pytest.mark.parametrize(
    ("n_records", "n_times", "slice_evaluations"),
    [
        (5, 7, 8192),  # one call
        (5, 7, 10),  # one record per slice, all its times
        (5, 7, 3),  # one record per slice, its times in pieces of 3
        (6, 4, 8),  # two records per slice
        (7, 5, 12),  # records and times that do not divide evenly
    ],
)
def test_slices_equal_one_call(
    monkeypatch: pytest.MonkeyPatch, n_records: int, n_times: int, slice_evaluations: int
) -> None:
    rows = [
        {"epoch_utc": "2025-01-01T00:00Z", "norad_id": 40_000 + k, "mean_anomaly_deg": 20.0 * k}
        for k in range(n_records)
    ]
    rows[-1].update(mean_motion_rev_per_day=17.0, bstar=0.1)  # decays: SGP4 error codes
    satrecs = build_satrecs(make_elements(*rows))
    days = np.linspace(0.0, 60.0, n_times)
    jd, fraction = 2_460_676.5 + np.floor(days), days % 1.0
    expected = SatrecArray(satrecs).sgp4(jd, fraction)
    assert expected[0].any()  # the error codes are part of what must match
    monkeypatch.setattr(batch, "SLICE_EVALUATIONS", slice_evaluations)
    got = batch.sgp4_in_slices(satrecs, jd, fraction)
    for g, e in zip(got, expected, strict=True):
        assert g.dtype == e.dtype
        np.testing.assert_array_equal(g, e)
