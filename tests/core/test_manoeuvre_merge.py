"""Merging candidates, the outlier test and chunked, threaded detection against references."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect import pipeline
from ssaviewer.core.detect.manoeuvres import geo_drift, inplane, outliers, outofplane
from ssaviewer.core.detect.manoeuvres.candidates import Candidates
from ssaviewer.core.detect.manoeuvres.detector import default_rules
from ssaviewer.core.detect.manoeuvres.features import compute_features
from ssaviewer.core.detect.manoeuvres.merge import (
    IN_PLANE_CHANNELS,
    combine_kinds,
    merge_candidates,
)
from ssaviewer.core.detect.manoeuvres.noise import Gaps, step_stats
from tests.core.detect_fixtures import geo_history, leo_history

CHANNELS = np.array(["a", "drift", "i", "ix", "iy", "raan"], dtype=object)


def random_candidates(seed: int) -> Candidates:
    """Random, often overlapping candidate windows on 60 rows, with tied significances."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 30))
    before = rng.integers(0, 60, n)
    width = rng.integers(1, 4, n)
    peak = before + rng.integers(0, width)
    channel = CHANNELS[rng.integers(0, len(CHANNELS), n)]
    return Candidates(
        index_before=before.astype(np.int64),
        index_after=(before + width).astype(np.int64),
        index_peak=peak.astype(np.int64),
        step=rng.normal(size=n),
        z=rng.integers(-5, 6, n).astype(float),
        channel=channel,
        rules=np.array([f"rule.{c}" for c in channel], dtype=object),
    )


def reference_merge(c: pd.DataFrame) -> pd.DataFrame:
    """Merge by looping over the candidates in window order."""
    rows: list[dict[str, Any]] = []
    for _, cand in c.sort_values(["index_before", "index_after"], kind="stable").iterrows():
        if rows and cand.index_before < rows[-1]["index_after"]:
            m = rows[-1]
            if abs(cand.z) > m["z"]:
                m["index_peak"], m["z"] = cand.index_peak, abs(cand.z)
            m["index_after"] = max(m["index_after"], cand.index_after)
            m["channels"].add(cand.channel)
            m["rules"].add(cand.rules)
        else:
            rows.append(
                {
                    "index_peak": cand.index_peak,
                    "index_before": cand.index_before,
                    "index_after": cand.index_after,
                    "z": abs(cand.z),
                    "channels": {cand.channel},
                    "rules": {cand.rules},
                }
            )
    return pd.DataFrame(
        {
            "index_peak": np.array([r["index_peak"] for r in rows], dtype=np.int64),
            "index_before": np.array([r["index_before"] for r in rows], dtype=np.int64),
            "index_after": np.array([r["index_after"] for r in rows], dtype=np.int64),
            "z": np.array([r["z"] for r in rows], dtype=float),
            "in_plane": np.array([bool(r["channels"] & set(IN_PLANE_CHANNELS)) for r in rows]),
            "out_of_plane": np.array([bool(r["channels"] - set(IN_PLANE_CHANNELS)) for r in rows]),
            "rules": np.array([";".join(sorted(r["rules"])) for r in rows], dtype=object),
        }
    )


def frame(c: Candidates) -> pd.DataFrame:
    return pd.DataFrame({k: getattr(c, k) for k in Candidates.__dataclass_fields__})


def merged_frame(m: object) -> pd.DataFrame:
    names = ("index_peak", "index_before", "index_after", "z", "in_plane", "out_of_plane", "rules")
    return pd.DataFrame({k: getattr(m, k) for k in names})


@pytest.mark.parametrize("seed", range(30))
def test_merge_candidates_equals_a_loop(seed: int) -> None:
    c = random_candidates(seed)
    got = merged_frame(merge_candidates(c))
    expected = reference_merge(frame(c))
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


@pytest.mark.parametrize("seed", range(30))
def test_combine_kinds_pairs_in_and_out_of_plane_by_their_peak(seed: int) -> None:
    c = random_candidates(seed)
    table = frame(c)
    in_plane = reference_merge(table[table["channel"].isin(IN_PLANE_CHANNELS)])
    out_plane = reference_merge(table[~table["channel"].isin(IN_PLANE_CHANNELS)])
    pairs = in_plane.reset_index().merge(
        out_plane.reset_index(), on="index_peak", suffixes=("_in", "_out")
    )
    mixed = pd.DataFrame(
        {
            "index_peak": pairs["index_peak"],
            "index_before": np.minimum(pairs["index_before_in"], pairs["index_before_out"]),
            "index_after": np.maximum(pairs["index_after_in"], pairs["index_after_out"]),
            "z": np.maximum(pairs["z_in"], pairs["z_out"]),
            "in_plane": True,
            "out_of_plane": True,
            "rules": pairs["rules_in"] + ";" + pairs["rules_out"],
        }
    )
    expected = pd.concat(
        [
            mixed,
            in_plane[~in_plane.index.isin(pairs["index_in"])],
            out_plane[~out_plane.index.isin(pairs["index_out"])],
        ],
        ignore_index=True,
    )
    got = merged_frame(combine_kinds(c))
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


@pytest.mark.parametrize("seed", range(10))
def test_outliers_equal_the_whole_array_revert_test(seed: int) -> None:
    rng = np.random.default_rng(seed)
    bad = {
        int(d): float(rng.choice([-1, 1]) * rng.uniform(0.05, 0.5)) for d in rng.integers(5, 195, 6)
    }
    elements = pd.concat(
        [
            leo_history(norad_id=1, outliers_a_km=bad, seed=seed),
            leo_history(norad_id=2, steps_a_km={60: 0.1}, seed=seed + 100),
        ],
        ignore_index=True,
    )
    f = compute_features(elements)
    params = outliers.OutlierParams()
    got = outliers.find(f, np.arange(f.n), params, Gaps.of(f.t_days, f.first))
    # The revert test on every gap at once (as the detector was first written).
    stats = step_stats(
        f.a_km, f.t_days, f.first, trend_window=15, noise_window=61, step_rows=3, noise_floor=1e-9
    )
    jump_in = np.nan_to_num(stats.z_jump[:-1])
    jump_out = np.nan_to_num(stats.z_jump[1:])
    hit = (
        stats.valid[1:]
        & (np.abs(jump_in) >= params.min_sigma)
        & (np.abs(jump_out) >= params.min_sigma)
        & (np.sign(jump_in) != np.sign(jump_out))
        & (np.abs(jump_in + jump_out) <= params.max_residual_fraction * np.abs(jump_in))
    )
    expected = np.flatnonzero(hit) + 1
    a_rows = got.rows[got.field == "semi_major_axis_km"]
    np.testing.assert_array_equal(a_rows, expected)
    assert len(expected) >= 1
    np.testing.assert_array_equal(
        got.expected[: len(expected)], f.a_km[expected] - stats.resid[expected - 1]
    )


def test_threads_and_chunk_sizes_do_not_change_the_result(monkeypatch: pytest.MonkeyPatch) -> None:
    elements = pd.concat(
        [
            leo_history(norad_id=k, steps_a_km={50 + k: 0.1}, outliers_a_km={20 + k: 0.4}, seed=k)
            for k in range(1, 7)
        ]
        + [geo_history(norad_id=50, drift_steps_deg_per_day={90: 0.3})],
        ignore_index=True,
    )
    rules = default_rules()
    monkeypatch.setattr(pipeline, "DETECT_THREADS", 1)
    whole = pipeline.detect_in_chunks(elements, rules, chunk_element_sets=10**9)
    monkeypatch.setattr(pipeline, "DETECT_THREADS", 2)
    threaded = pipeline.detect_in_chunks(elements, rules, chunk_element_sets=250)
    assert len(whole[0]) >= 7
    assert len(whole[1]) >= 6
    pd.testing.assert_frame_equal(threaded[0], whole[0])
    pd.testing.assert_frame_equal(threaded[1], whole[1])


def test_each_detector_alone_finds_its_own_change() -> None:
    rules = default_rules()
    leo = compute_features(leo_history(steps_a_km={100: 0.05}, steps_i_deg={150: 0.01}))
    found_a = inplane.detect(leo, rules)
    found_i = outofplane.detect(leo, rules)
    assert (found_a.index_before.tolist(), found_a.channel.tolist()) == ([99], ["a"])
    assert found_a.rules.tolist() == ["inplane.step"]
    assert (found_i.index_before.tolist(), found_i.channel.tolist()) == ([149], ["i"])
    assert len(geo_drift.detect(leo, rules)) == 0  # LEO: not this detector's regime
    geo = compute_features(geo_history(drift_steps_deg_per_day={90: 0.3}))
    found_d = geo_drift.detect(geo, rules)
    assert found_d.channel.tolist() == ["drift"]
    assert found_d.index_before[0] <= 89 < found_d.index_after[0]
