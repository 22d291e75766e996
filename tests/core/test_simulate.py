"""The scenario simulator: determinism, the committed demo, and the answer key's truth."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sgp4.api import Satrec

import ssaviewer
from ssaviewer.__main__ import main
from ssaviewer.core.derive import add_derived_columns
from ssaviewer.core.formats.satcat import parse_satcat
from ssaviewer.core.formats.tle_write import format_tle
from ssaviewer.core.simulate.catalogue import SATCAT_HEADER, default_object_type
from ssaviewer.core.simulate.defaults import GEO_NOISE, LEO_NOISE
from ssaviewer.core.simulate.dynamics import j2_rates_deg_per_day
from ssaviewer.core.simulate.geo import julian_date, mean_longitude_east_deg
from ssaviewer.core.simulate.measure import measure_history
from ssaviewer.core.simulate.scenario import ANSWER_KEY_COLUMNS, Scenario, simulate
from ssaviewer.core.simulate.spec import GeoSpec, LeoSpec, parse_spec

BEHAVIOURS = {
    "drag-makeup",
    "geo-ew-station-keeping",
    "geo-ns-station-keeping",
    "geo-relocation",
    "inclination-change",
    "orbit-raising",
    "orbit-lowering",
    "rendezvous",
    "fragmentation",
    "decay",
    # End of life and new launches (norm checks, issue 14).
    "geo-disposal",
    "end-of-life",
    "end-of-mission",
    "launch",
    # Proximity to another owner's satellite (GEO and LEO inspectors).
    "proximity-operation",
}


@pytest.fixture(scope="module")
def demo(repo_root: Path) -> Scenario:
    text = (repo_root / "sample_data" / "scenario.toml").read_text()
    return simulate(parse_spec(text, "scenario.toml"))


@pytest.fixture(scope="module")
def elements(demo: Scenario) -> pd.DataFrame:
    table = demo.elements.sort_values(["norad_id", "epoch_utc"]).reset_index(drop=True)
    return add_derived_columns(table)


def test_regenerating_the_sample_data_is_byte_identical(repo_root: Path, tmp_path: Path) -> None:
    spec = repo_root / "sample_data" / "scenario.toml"
    assert main(["simulate", str(spec), "-o", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == [
        "answer_key.csv",
        "debris.tle",
        "geo.json",
        "geo.tle",
        "launch_notifications.csv",
        "leo.tle",
        "satcat.csv",
    ]
    for name in written:
        committed = (repo_root / "sample_data" / name).read_bytes()
        assert (tmp_path / name).read_bytes() == committed, name


SMALL = """
[scenario]
name = "small"
start_utc = 2024-03-01T00:00:00Z
days = 60
seed = 3
[[leo]]
norad_id = 11
name = "L"
object_id = "2020-001A"
altitude_km = 500
inclination_deg = 97.4
bstar = 1e-4
drag_makeup_band_km = 0.1
[[geo]]
norad_id = 12
name = "G"
object_id = "2020-002A"
longitude_deg = 20
ew_box_deg = 0.05
ns_box_deg = 0.05
format = "omm-json"
"""


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    spec = parse_spec(SMALL)
    first, again, other = simulate(spec), simulate(spec), simulate(spec, seed=4)
    assert first.files == again.files
    assert first.answer_key.equals(again.answer_key)
    for name in first.files:
        assert first.files[name] != other.files[name], name
    assert not first.answer_key.equals(other.answer_key)


def test_every_behaviour_is_in_the_answer_key(demo: Scenario) -> None:
    key = demo.answer_key
    assert tuple(key.columns) == ANSWER_KEY_COLUMNS
    assert set(key["behaviour"]) == BEHAVIOURS
    assert set(key["event_type"]) == {
        "manoeuvre",
        "close-approach",
        "fragmentation",
        "decay",
        "norm",
        "launch",
    }
    # A launch is "undetermined" without launch notifications (none are simulated).
    assert set(key["expected_label"]) == {"regular", "irregular", "undetermined"}
    assert set(key.loc[key["expected_label"] == "undetermined", "behaviour"]) == {"launch"}
    routine = key["behaviour"].isin(["drag-makeup", "geo-ew-station-keeping"])
    assert (key.loc[routine, "expected_label"] == "regular").all()
    manoeuvres = key[key["event_type"] == "manoeuvre"]
    assert manoeuvres["delta_v_mps"].gt(0).all()
    assert set(manoeuvres["direction"]) == {"in-plane", "out-of-plane", "mixed"}
    assert key["time_utc"].is_monotonic_increasing
    assert key["time_utc"].str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ").all()


def test_the_demo_is_30_to_60_objects_over_two_years(demo: Scenario) -> None:
    el = demo.elements
    assert 30 <= el["norad_id"].nunique() <= 60
    span = el["epoch_utc"].max() - el["epoch_utc"].min()
    assert pd.Timedelta(days=700) < span < pd.Timedelta(days=731)
    assert set(el["source"]) == {"leo.tle", "geo.tle", "geo.json", "debris.tle"}


def test_committed_sample_data_loads_without_rejections(repo_root: Path) -> None:
    dataset = ssaviewer.load(repo_root / "sample_data")
    assert dataset.report.rejected.empty
    loaded = set(dataset.elements["norad_id"])
    records = json.loads((repo_root / "sample_data" / "geo.json").read_text())
    in_json = {r["NORAD_CAT_ID"] for r in records}
    assert 30 <= len(loaded | in_json) <= 60
    assert {100101, 100112} <= loaded  # alpha-5 pieces read back


def _bracket(history: pd.DataFrame, time: pd.Timestamp) -> tuple[pd.Series, pd.Series] | None:
    before = history[history["epoch_utc"] < time]
    after = history[history["epoch_utc"] > time]
    if before.empty or after.empty:
        return None
    return before.iloc[-1], after.iloc[0]


def test_element_sets_bracketing_each_burn_differ_by_the_answer_key(
    demo: Scenario, elements: pd.DataFrame
) -> None:
    key = demo.answer_key
    burns = key[key["event_type"] == "manoeuvre"].copy()
    burns["time"] = pd.to_datetime(burns["time_utc"])
    histories = dict(iter(elements.groupby("norad_id")))
    checked = discriminating = 0
    for norad_id, rows in burns.groupby("norad_id"):
        history = histories[norad_id]
        geo = history["regime"].iloc[0] == "GEO"
        for time in rows["time"].unique():
            pair = _bracket(history, time)
            if pair is None:
                continue
            before, after = pair
            inside = rows[
                (rows["time"] > before["epoch_utc"]) & (rows["time"] < after["epoch_utc"])
            ]
            gap_days = (after["epoch_utc"] - before["epoch_utc"]).total_seconds() / 86400
            expected_a = inside["delta_a_km"].sum()
            observed_a = after["semi_major_axis_km"] - before["semi_major_axis_km"]
            if geo:  # triaxiality moves a by up to 0.13 km/day
                tolerance_a = 0.14 * gap_days + 10 * GEO_NOISE.a_km
                tolerance_i = 0.0025 * gap_days + 10 * GEO_NOISE.i_deg + 3 * GEO_NOISE.wander_i_deg
            else:  # drag: da/dt = -(4/3) a ndot / n, ndot published with 15 % noise
                rate = 4 / 3 * before["semi_major_axis_km"] * abs(before["mean_motion_dot"])
                rate /= before["mean_motion_rev_per_day"]
                tolerance_a = 2 * rate * gap_days + 10 * LEO_NOISE.a_km + 3 * LEO_NOISE.wander_a_km
                tolerance_i = 10 * LEO_NOISE.i_deg + 3 * LEO_NOISE.wander_i_deg
            assert abs(observed_a - expected_a) < tolerance_a, (norad_id, time)
            observed_i = after["inclination_deg"] - before["inclination_deg"]
            assert abs(observed_i - inside["delta_i_deg"].sum()) < tolerance_i, (norad_id, time)
            checked += 1
            discriminating += tolerance_a < 0.5 * abs(expected_a) or abs(expected_a) == 0
    assert checked > 500
    assert discriminating / checked > 0.8


def test_burn_times_fall_between_published_element_sets(
    demo: Scenario, elements: pd.DataFrame
) -> None:
    key = demo.answer_key
    times = pd.to_datetime(key.loc[key["event_type"] == "manoeuvre", "time_utc"])
    epochs = set(elements["epoch_utc"])
    assert not any(t in epochs for t in times)
    # and burns are not aligned with midnight or whole hours
    assert (times.dt.minute != 0).mean() > 0.9


def test_fragmentation_pieces_appear_near_the_parent_over_days(
    demo: Scenario, elements: pd.DataFrame
) -> None:
    key = demo.answer_key
    event = key[key["event_type"] == "fragmentation"].iloc[0]
    time = pd.Timestamp(event["time_utc"])
    parent = elements[elements["norad_id"] == event["norad_id"]]
    prefix = str(parent["object_id"].iloc[0])[:8]
    pieces = elements[(elements["object_id"].astype(str).str[:8] == prefix)]
    pieces = pieces[pieces["norad_id"] != event["norad_id"]]
    first = pieces.groupby("norad_id")["epoch_utc"].min()
    assert len(first) == 12
    assert (first > time + pd.Timedelta(days=1)).all()
    assert (first < time + pd.Timedelta(days=12)).all()
    assert first.max() - first.min() > pd.Timedelta(days=3)  # catalogued over days
    parent_a = parent[parent["epoch_utc"] > time]["semi_major_axis_km"].iloc[0]
    first_a = pieces.sort_values("epoch_utc").groupby("norad_id")["semi_major_axis_km"].first()
    assert (abs(first_a - parent_a) < 60).all()
    assert first_a.std() > 1  # a cloud, not copies
    assert pieces["bstar"].median() > 3 * parent["bstar"].median()


def test_decayed_object_stops_at_reentry(demo: Scenario, elements: pd.DataFrame) -> None:
    key = demo.answer_key
    decay = key[(key["event_type"] == "decay") & (key["object_name"] == "SPARROW-1")].iloc[0]
    history = elements[elements["norad_id"] == decay["norad_id"]]
    last = history.iloc[-1]
    assert last["epoch_utc"] < pd.Timestamp(decay["time_utc"])
    assert pd.Timestamp(decay["time_utc"]) - last["epoch_utc"] < pd.Timedelta(days=3)
    assert last["perigee_km"] < 200
    assert last["mean_motion_dot"] > 20 * history["mean_motion_dot"].iloc[0]


def _positions(history: pd.DataFrame, times: pd.DatetimeIndex) -> np.ndarray:
    """TEME positions (km) propagated with SGP4 from the element set nearest each time."""
    lines = format_tle(history, names=False).splitlines()
    epochs = pd.DatetimeIndex(history["epoch_utc"]).as_unit("ns").asi8
    jd = julian_date(times)
    out = []
    for t, day in zip(times.as_unit("ns").asi8, jd, strict=True):
        k = int(np.argmin(np.abs(epochs - t)))
        sat = Satrec.twoline2rv(lines[2 * k], lines[2 * k + 1])
        error, r, _ = sat.sgp4(float(np.floor(day)), float(day - np.floor(day)))
        assert error == 0
        out.append(r)
    return np.array(out)


def test_inspector_approach_is_real_in_the_element_sets(
    demo: Scenario, elements: pd.DataFrame
) -> None:
    key = demo.answer_key
    approach = key[key["event_type"] == "close-approach"].iloc[0]
    arrival = pd.Timestamp(approach["time_utc"])
    inspector = elements[elements["norad_id"] == approach["norad_id"]]
    target = elements[elements["object_name"] == "SKYRELAY-5"]
    after = pd.date_range(arrival + pd.Timedelta(days=3), periods=6 * 24 * 3, freq="10min")
    before = pd.date_range(arrival - pd.Timedelta(days=30), periods=24, freq="1h")
    near = np.linalg.norm(_positions(inspector, after) - _positions(target, after), axis=1)
    far = np.linalg.norm(_positions(inspector, before) - _positions(target, before), axis=1)
    assert near.max() < 50.0
    assert near.min() > 1.0
    assert far.min() > 500.0


def test_leo_inspector_parks_behind_its_target_in_the_element_sets(
    demo: Scenario, elements: pd.DataFrame
) -> None:
    key = demo.answer_key
    burns = key[(key["object_name"] == "WATCHER-4") & (key["behaviour"] == "rendezvous")]
    assert burns["expected_label"].tolist() == ["irregular", "irregular"]
    assert burns["direction"].tolist() == ["in-plane", "in-plane"]
    arrival = pd.Timestamp(burns["time_utc"].iloc[-1])
    inspector = elements[elements["object_name"] == "WATCHER-4"]
    target = elements[elements["object_name"] == "AURORA-2"]
    # Sampled over a revolution each day for 60 days after the arrival: 20 km behind.
    after = pd.DatetimeIndex(
        [arrival + pd.Timedelta(days=d + 1, minutes=m) for d in range(60) for m in (0, 47)]
    )
    before = pd.date_range(arrival - pd.Timedelta(days=20), periods=10, freq="1D")
    near = np.linalg.norm(_positions(inspector, after) - _positions(target, after), axis=1)
    far = np.linalg.norm(_positions(inspector, before) - _positions(target, before), axis=1)
    assert np.median(near) == pytest.approx(20.0, abs=1.0)
    assert near.max() < 60.0  # a day next to a burn of both, propagated across it
    assert far.min() > 1_000.0  # in its phasing orbit 20 days before
    # Launched into its target's plane: inclination and node agree at the arrival.
    last = inspector[inspector["epoch_utc"] < arrival].iloc[-1]
    aim = target.iloc[np.argmin(np.abs(target["epoch_utc"] - last["epoch_utc"]))]
    assert abs(last["inclination_deg"] - aim["inclination_deg"]) < 0.01
    raan_dot, _, _ = j2_rates_deg_per_day(
        np.array(aim["semi_major_axis_km"]), np.array(aim["eccentricity"]), np.array(97.4)
    )
    days = (last["epoch_utc"] - aim["epoch_utc"]) / pd.Timedelta(days=1)
    node = aim["ra_of_asc_node_deg"] + float(raan_dot) * days
    assert abs(last["ra_of_asc_node_deg"] - node) < 0.05
    notices = demo.files["launch_notifications.csv"].splitlines()
    assert notices[0] == "cospar_launch,notified_utc,state,note"
    assert [n.split(",")[0] for n in notices[1:]] == ["2025-041", "2025-094"]  # not 2025-077


def test_geo_station_keeping_stays_in_its_box(elements: pd.DataFrame) -> None:
    history = elements[elements["object_name"] == "GEOCOM-1"]
    lon = mean_longitude_east_deg(
        history["ra_of_asc_node_deg"].to_numpy(),
        history["arg_of_pericenter_deg"].to_numpy(),
        history["mean_anomaly_deg"].to_numpy(),
        julian_date(history["epoch_utc"]),
    )
    assert np.all(np.abs(lon - 18.0) < 0.06)
    assert lon.max() - lon.min() > 0.06  # it does move across the box
    assert history["inclination_deg"].max() < 0.06


def _inclination_quantum_statistics(history: pd.DataFrame) -> tuple[float, float]:
    """Fraction of one-quantum spikes that revert, fraction of unchanged consecutive values."""
    i = np.round(history["inclination_deg"].to_numpy(), 4)
    up, down = i[1:-1] - i[:-2], i[1:-1] - i[2:]
    spike = (np.sign(up) == np.sign(down)) & (np.abs(up) > 0.99e-4) & (np.abs(down) > 0.99e-4)
    return float(spike.mean()), float(np.mean(np.diff(i) == 0))


def test_simulated_noise_and_cadence_match_the_measured_defaults(elements: pd.DataFrame) -> None:
    leo = measure_history(elements[elements["object_name"] == "CUBEWAVE-7"])
    geo = measure_history(elements[elements["object_name"] == "ASIACOM-3"])
    assert leo["gap_median_days"] == pytest.approx(1.0, abs=0.1)
    assert 0.9 < leo["sets_per_day"] < 1.15
    assert 0.01 < leo["fraction_gaps_under_0p5_day"] < 0.15
    assert leo["sigma_e"] == pytest.approx(LEO_NOISE.e, rel=0.5)
    assert leo["sigma_argp_plus_m_deg"] == pytest.approx(LEO_NOISE.phase_deg, rel=0.5)
    assert geo["sigma_geo_longitude_deg"] == pytest.approx(GEO_NOISE.phase_deg, rel=0.5)
    assert geo["sigma_a_km"] == pytest.approx(GEO_NOISE.a_km, rel=0.5)
    # the real LEO histories: 3-9 % reverting spikes, 14-26 % unchanged (see defaults.py)
    for name in ("CUBEWAVE-7", "AURORA-1", "ATLAS-M R/B"):
        spikes, unchanged = _inclination_quantum_statistics(
            elements[elements["object_name"] == name]
        )
        assert 0.02 < spikes < 0.15, name
        assert 0.10 < unchanged < 0.35, name


def _longitudes(history: pd.DataFrame) -> np.ndarray:
    return mean_longitude_east_deg(
        history["ra_of_asc_node_deg"].to_numpy(),
        history["arg_of_pericenter_deg"].to_numpy(),
        history["mean_anomaly_deg"].to_numpy(),
        julian_date(history["epoch_utc"]),
    )


def test_geo_relocation_drifts_between_its_slots(demo: Scenario, elements: pd.DataFrame) -> None:
    key = demo.answer_key
    moves = pd.to_datetime(key.loc[key["behaviour"] == "geo-relocation", "time_utc"]).tolist()
    history = elements[elements["object_name"] == "EUROSTAR-9"]
    lon = pd.Series(_longitudes(history), index=history["epoch_utc"].to_numpy())
    before, after = lon[lon.index < moves[0]], lon[lon.index > moves[1]]
    during = lon[(lon.index > moves[0] + pd.Timedelta(days=2)) & (lon.index < moves[1])]
    assert abs(before.iloc[-30:] - 63.5).max() < 0.1
    assert abs(after.iloc[5:] - 76.5).max() < 0.1
    days = (during.index - during.index[0]).total_seconds() / 86400
    rate = np.polyfit(days, during.to_numpy(), 1)[0]
    assert rate == pytest.approx(0.5, abs=0.02)


def test_geo_inclination_vector_drifts_without_north_south_control(
    elements: pd.DataFrame,
) -> None:
    free = elements[elements["object_name"] == "METEO-G4"]
    kept = elements[elements["object_name"] == "GEOCOM-2"]
    years = (free["epoch_utc"] - free["epoch_utc"].iloc[0]).dt.total_seconds() / 86400 / 365.25
    node = np.radians(free["ra_of_asc_node_deg"].to_numpy())
    i = free["inclination_deg"].to_numpy()
    ix, iy = np.polyfit(years, i * np.cos(node), 1)[0], np.polyfit(years, i * np.sin(node), 1)[0]
    assert np.hypot(ix, iy) == pytest.approx(0.85, abs=0.05)  # degrees per year
    assert np.degrees(np.arctan2(iy, ix)) == pytest.approx(88.0, abs=5.0)
    assert kept["inclination_deg"].max() < 0.06


def test_published_ndot_explains_the_drag_decay(elements: pd.DataFrame) -> None:
    history = elements[elements["object_name"] == "CUBEWAVE-7"]
    days = (history["epoch_utc"] - history["epoch_utc"].iloc[0]).dt.total_seconds() / 86400
    a = history["semi_major_axis_km"].to_numpy()
    observed = np.polyfit(days, a, 1)[0]  # km/day over two years
    predicted = -4 / 3 * a * history["mean_motion_dot"] / history["mean_motion_rev_per_day"]
    assert observed < -0.003
    assert predicted.mean() == pytest.approx(observed, rel=0.15)


def _satcat(scenario: Scenario) -> pd.DataFrame:
    objects, rejected = parse_satcat(scenario.files["satcat.csv"].encode("ascii"), "satcat.csv")
    assert rejected.empty
    return objects.set_index("norad_id")


def test_satcat_describes_every_object_as_the_spec_says(repo_root: Path, demo: Scenario) -> None:
    spec = parse_spec((repo_root / "sample_data" / "scenario.toml").read_text())
    satcat = _satcat(demo)
    header = demo.files["satcat.csv"].splitlines()[0].split(",")
    assert tuple(header) == SATCAT_HEADER
    assert set(satcat.index) == set(demo.elements["norad_id"])
    specs: list[LeoSpec | GeoSpec] = [*spec.leo, *spec.geo]
    for obj in specs:
        row = satcat.loc[obj.norad_id]
        assert (row["object_name"], row["owner"]) == (obj.name, obj.owner)
        assert row["object_type"] == ("R/B" if obj.name.endswith("R/B") else "PAY")
    pieces = satcat[satcat.index >= 100101]
    assert len(pieces) == 12
    assert (pieces["object_type"] == "DEB").all()
    assert (pieces["owner"] == satcat.loc[90009, "owner"]).all()
    assert (pieces["launch_date"] == satcat.loc[90009, "launch_date"]).all()
    # Launch 17 of 2021: 16 launches at 120 a year put it 49 days into the year.
    assert satcat.loc[90001, "launch_date"] == pd.Timestamp("2021-02-19")
    key = demo.answer_key
    decay = key[key["event_type"] == "decay"].set_index("norad_id")["time_utc"]
    decayed = satcat["decay_date"].dropna()
    assert list(decayed.index) == list(decay.index)
    assert (decayed == pd.to_datetime(decay).dt.tz_localize(None).dt.floor("D")).all()


def test_satcat_orbit_columns_come_from_the_last_element_set(demo: Scenario) -> None:
    rows = pd.read_csv(io.StringIO(demo.files["satcat.csv"])).set_index("NORAD_CAT_ID")
    last = add_derived_columns(demo.elements.groupby("norad_id").tail(1).copy())
    last = last.set_index("norad_id").loc[rows.index]
    assert np.allclose(rows["INCLINATION"], last["inclination_deg"], atol=0.006)
    assert np.allclose(rows["PERIOD"], last["period_min"], atol=0.006)
    assert np.allclose(rows["APOGEE"], last["apogee_km"], atol=0.6)
    assert np.allclose(rows["PERIGEE"], last["perigee_km"], atol=0.6)
    assert set(rows["ORBIT_TYPE"]) == {"ORB", "IMP"}
    assert rows.loc[rows["ORBIT_TYPE"] == "IMP", "OPS_STATUS_CODE"].eq("D").all()


def test_catalogue_keys_change_only_the_satcat() -> None:
    plain = simulate(parse_spec(SMALL))
    typed_text = SMALL.replace('name = "L"\n', 'name = "L"\nobject_type = "UNK"\nowner = "PRC"\n')
    typed = simulate(parse_spec(typed_text))
    assert plain.answer_key.equals(typed.answer_key)
    for name in ("leo.tle", "geo.json"):
        assert plain.files[name] == typed.files[name], name
    before, after = _satcat(plain), _satcat(typed)
    assert (before.loc[11, "object_type"], before.loc[11, "owner"]) == ("PAY", "TBD")
    assert (after.loc[11, "object_type"], after.loc[11, "owner"]) == ("UNK", "PRC")
    changed = ["object_type", "owner", "rcs_size"]  # no RCS is written for an UNK object
    assert after.loc[11, "rcs_size"] == ""
    assert after.drop(columns=changed).equals(before.drop(columns=changed))


def test_launch_date_is_never_after_the_first_element_set() -> None:
    late = simulate(parse_spec(SMALL.replace('"2020-001A"', '"2024-300A"')))
    first = late.elements.groupby("norad_id")["epoch_utc"].min()
    launch = _satcat(late)["launch_date"]
    assert launch.loc[11] == first.loc[11].tz_localize(None).floor("D")
    assert launch.loc[12] == pd.Timestamp("2020-01-04")  # 2020-002A: 3 days into 2020


@pytest.mark.parametrize(
    ("name", "object_type"),
    [("ATLAS-M R/B", "R/B"), ("VECTOR R/B DEB", "DEB"), ("DEB", "DEB"), ("DEBRA-1", "PAY")],
)
def test_default_object_type_comes_from_the_name(name: str, object_type: str) -> None:
    assert default_object_type(name) == object_type
