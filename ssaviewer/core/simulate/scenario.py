"""Run a scenario SPEC: true histories → published element sets, files and the answer key."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ssaviewer.core.formats.omm_write import format_omm_json
from ssaviewer.core.formats.tle_write import format_tle
from ssaviewer.core.schema import BASE_COLUMNS, with_optional_columns
from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.burns import row
from ssaviewer.core.simulate.catalogue import default_object_type, format_satcat
from ssaviewer.core.simulate.defaults import GEO_CADENCE, GEO_NOISE, LEO_CADENCE, LEO_NOISE
from ssaviewer.core.simulate.fragmentation import break_up
from ssaviewer.core.simulate.geo import julian_date
from ssaviewer.core.simulate.geo_objects import Targets, build_geo
from ssaviewer.core.simulate.launch_notices import (
    LAUNCH_NOTIFICATIONS_FILE,
    format_launch_notifications,
    launch_first_days,
)
from ssaviewer.core.simulate.leo import build_leo, run_leo
from ssaviewer.core.simulate.leo_rendezvous import LeoTargets, build_inspector
from ssaviewer.core.simulate.publish import add_noise, add_wander, publication_days
from ssaviewer.core.simulate.spec import ScenarioSpec
from ssaviewer.core.simulate.track import Track, evaluate

Floats = npt.NDArray[np.float64]

#: Answer-key columns, in file order (documented in sample_data/README.md).
ANSWER_KEY_COLUMNS: tuple[str, ...] = (
    "norad_id",
    "object_name",
    "behaviour",
    "event_type",
    "expected_label",
    "expected_reasons",
    "time_utc",
    "delta_v_mps",
    "direction",
    "delta_a_km",
    "delta_i_deg",
    "notes",
)


@dataclass
class SimObject:
    """One simulated object: catalogue identity, output file and true track."""

    norad_id: int
    name: str
    object_id: str
    geo: bool
    file: str
    track: Track
    first_day: float
    burn_days: list[float] = field(default_factory=list)
    object_type: str = "PAY"
    owner: str = "TBD"


@dataclass
class Scenario:
    """A simulated scenario: element sets (``BASE_COLUMNS``), answer key, file contents."""

    elements: pd.DataFrame
    answer_key: pd.DataFrame
    files: dict[str, str]


def _rng(seed: int, norad_id: int) -> np.random.Generator:
    """One generator per object, so adding an object leaves the others unchanged."""
    return np.random.default_rng([seed, norad_id])


def _file(geo: bool, fmt: str, debris: bool = False) -> str:
    stem = "debris" if debris else ("geo" if geo else "leo")
    return f"{stem}.{'json' if fmt == 'omm-json' else 'tle'}"


def build_objects(spec: ScenarioSpec, seed: int) -> tuple[list[SimObject], list[dict[str, Any]]]:
    """Build every object's true track and the answer-key rows (times still in days)."""
    objects: list[SimObject] = []
    rows: list[dict[str, Any]] = []
    jd0 = float(julian_date(pd.DatetimeIndex([spec.start_utc]))[0])
    leo_tracks = {}
    leo_targets: LeoTargets = {}
    for leo in sorted(spec.leo, key=lambda o: o.rendezvous is not None):
        rng = _rng(seed, leo.norad_id)
        if leo.rendezvous is None:
            track, leo_rows = build_leo(leo, spec.days, rng)
        else:
            track, leo_rows = build_inspector(leo, spec.days, rng, leo_targets)
        leo_tracks[leo.norad_id] = track
        leo_targets[leo.norad_id] = (track, leo_rows, leo)
        objects.append(
            SimObject(
                leo.norad_id,
                leo.name,
                leo.object_id,
                False,
                _file(False, leo.format),
                track,
                leo.start_day,
                object_type=leo.object_type or default_object_type(leo.name),
                owner=leo.owner,
            )
        )
        rows += leo_rows
    targets: Targets = {}
    for geo in sorted(spec.geo, key=lambda g: g.approach is not None):
        track, geo_rows = build_geo(geo, spec.days, _rng(seed, geo.norad_id), jd0, targets)
        targets[geo.norad_id] = (track, geo_rows, geo)
        objects.append(
            SimObject(
                geo.norad_id,
                geo.name,
                geo.object_id,
                True,
                _file(True, geo.format),
                track,
                geo.start_day,
                object_type=geo.object_type or default_object_type(geo.name),
                owner=geo.owner,
            )
        )
        rows += geo_rows
    parents = {leo.norad_id: leo for leo in spec.leo}
    for frag in spec.fragmentation:
        rng = _rng(seed, frag.first_norad_id)
        pieces, answer = break_up(frag, parents[frag.parent], leo_tracks[frag.parent], rng)
        rows.append(answer)
        for norad_id, name, object_id, state, first in pieces:
            track, piece_rows = run_leo(norad_id, name, state, spec.days, rng)
            objects.append(
                SimObject(
                    norad_id,
                    name,
                    object_id,
                    False,
                    _file(False, "tle", True),
                    track,
                    min(first, track.end_day),
                    object_type="DEB",
                    owner=parents[frag.parent].owner,
                )
            )
            rows += piece_rows
    rows += launch_rows(objects, {n.launch: n.state for n in spec.launch_notice})
    for obj in objects:
        obj.burn_days = [
            r["day"]
            for r in rows
            if r["norad_id"] == obj.norad_id and r["event_type"] not in ("norm", "launch")
        ]
    return objects, rows


def launch_rows(
    objects: list[SimObject], notified: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Answer-key rows of the launches that happen inside the scenario (every object later).

    A launch is the COSPAR id's ``YYYY-NNN``; one ``launch`` row on its first object, at its
    first element set, ``undetermined`` with ``new-launch`` (detection without launch
    notifications). With ``notified`` (launch → notifying state, the SPEC's
    ``[[launch_notice]]``) the note says whether ``launch_notifications.csv`` names it.
    """
    launches: dict[str, list[SimObject]] = {}
    for obj in objects:
        launches.setdefault(obj.object_id[:8], []).append(obj)
    rows = []
    for launch, members in sorted(launches.items()):
        if min(o.first_day for o in members) <= 0:
            continue
        members = sorted(members, key=lambda o: o.object_id)
        first = min(members, key=lambda o: o.first_day)
        listed = "; ".join(f"{o.norad_id} {o.name}" for o in members)
        if notified:
            state = notified.get(launch)
            listed += (
                f"; notified by {state} ({LAUNCH_NOTIFICATIONS_FILE})"
                if state
                else f"; not in {LAUNCH_NOTIFICATIONS_FILE}: unannounced"
            )
        rows.append(
            row(members[0].norad_id, members[0].name, "launch", first.first_day,
                event_type="launch", label="undetermined", reasons="new-launch",
                notes=f"launch {launch}: {listed}")
        )  # fmt: skip
    return rows


def _at_ascending_node(
    track: Track, days: Floats, true: dict[str, Floats], jd0: float
) -> tuple[Floats, dict[str, Floats]]:
    """Move LEO epochs to the nearest ascending-node crossing, as published LEO sets are.

    The argument of latitude ω + M is brought to zero by shifting each epoch by −u/u̇
    (less than half an orbit); epochs are kept to the microsecond, one per crossing.
    """
    for _ in range(3):  # u̇ differs from n by the J2 terms: iterate
        u = np.mod(true["argp_deg"] + true["m_deg"] + 180.0, 360.0) - 180.0
        days = days - u / (360.0 * true["n_rev_per_day"])
        days = days[(days >= track.first_day) & (days < track.end_day)]
        true = evaluate(track, days, jd0)
    moved = np.unique(np.round(days * 86400e6) / 86400e6)
    # Two sets from one orbit land on the same crossing: keep the first.
    moved = moved[np.concatenate([[True], np.diff(moved) > 60.0 / 86400.0])]
    return moved, evaluate(track, moved, jd0)


def publish(obj: SimObject, spec: ScenarioSpec, seed: int) -> pd.DataFrame:
    """Return the published element sets of one object (``BASE_COLUMNS``), noisy."""
    rng = _rng(seed + 1, obj.norad_id)
    cadence = GEO_CADENCE if obj.geo else LEO_CADENCE
    end = min(obj.track.end_day, spec.days)
    days = publication_days(rng, obj.first_day, end, cadence, np.array(obj.burn_days))
    jd0 = float(julian_date(pd.DatetimeIndex([spec.start_utc]))[0])
    true = evaluate(obj.track, days, jd0)
    if not obj.geo:
        days, true = _at_ascending_node(obj.track, days, true, jd0)
    noise = GEO_NOISE if obj.geo else LEO_NOISE
    el = add_noise(rng, add_wander(rng, true, days, noise, geo=obj.geo), noise, geo=obj.geo)
    n_rev = dyn.kozai_mean_motion(el["a_km"], el["e"], el["i_deg"])
    n = len(days)
    revs = np.cumsum(np.concatenate([[0.0], np.diff(days) * n_rev[:-1]]))
    epochs = spec.start_utc + pd.to_timedelta(np.round(days * 86400e6), unit="us")
    table = pd.DataFrame(
        {
            "norad_id": np.full(n, obj.norad_id, dtype=np.int64),
            "object_name": obj.name,
            "object_id": obj.object_id,
            "epoch_utc": epochs,
            "mean_motion_rev_per_day": n_rev,
            "eccentricity": el["e"],
            "inclination_deg": el["i_deg"],
            "ra_of_asc_node_deg": np.mod(el["raan_deg"], 360.0),
            "arg_of_pericenter_deg": np.mod(el["argp_deg"], 360.0),
            "mean_anomaly_deg": np.mod(el["m_deg"], 360.0),
            "bstar": el["bstar"],
            "mean_motion_dot": el["ndot"],
            "mean_motion_ddot": np.zeros(n),
            "ephemeris_type": np.zeros(n, dtype=np.int8),
            "element_set_no": (np.arange(n) % 999 + 1).astype(np.int32),
            "rev_at_epoch": (rng.integers(1000, 20000) + revs).astype(np.int64) % 100_000,
            "classification": "U",
            "source": obj.file,
            "format": "omm-json" if obj.file.endswith(".json") else "tle",
            "record": "",
        }
    )
    return table.pipe(with_optional_columns).astype(BASE_COLUMNS)


def answer_key(rows: list[dict[str, Any]], start_utc: pd.Timestamp) -> pd.DataFrame:
    """Return the answer key: one row per injected event, by time (``ANSWER_KEY_COLUMNS``)."""
    columns = [c if c != "time_utc" else "day" for c in ANSWER_KEY_COLUMNS]
    key = pd.DataFrame(rows, columns=columns)
    key["day"] = key["day"].astype(np.float64)
    times = start_utc + pd.to_timedelta(np.round(key["day"].to_numpy() * 86400.0), unit="s")
    key["time_utc"] = times.strftime("%Y-%m-%dT%H:%M:%SZ")
    key = key.sort_values(["day", "norad_id", "event_type"], kind="stable")
    return key[list(ANSWER_KEY_COLUMNS)].reset_index(drop=True)


def catalogue_table(
    objects: list[SimObject], rows: list[dict[str, Any]], start_utc: pd.Timestamp
) -> pd.DataFrame:
    """One row per object for :func:`~ssaviewer.core.simulate.catalogue.format_satcat`."""
    decay_days = {r["norad_id"]: r["day"] for r in rows if r["event_type"] == "decay"}
    manoeuvring = {r["norad_id"] for r in rows if r["event_type"] == "manoeuvre"}
    decay = [decay_days.get(o.norad_id, np.nan) for o in objects]
    return pd.DataFrame(
        {
            "norad_id": [o.norad_id for o in objects],
            "object_name": [o.name for o in objects],
            "object_id": [o.object_id for o in objects],
            "object_type": [o.object_type for o in objects],
            "owner": [o.owner for o in objects],
            "geo": [o.geo for o in objects],
            "manoeuvres": [o.norad_id in manoeuvring for o in objects],
            "decay_utc": start_utc + pd.to_timedelta(np.round(np.array(decay) * 86400.0), "s"),
        }
    )


def simulate(spec: ScenarioSpec, seed: int | None = None) -> Scenario:
    """Simulate a scenario.

    Parameters
    ----------
    spec
        A validated SPEC (see :func:`ssaviewer.core.simulate.spec.parse_spec`).
    seed
        Overrides ``spec.seed``. The same SPEC and seed give byte-identical output.

    Returns
    -------
    Scenario
        ``elements`` (``BASE_COLUMNS``, sorted by file, object, epoch), ``answer_key``
        (``ANSWER_KEY_COLUMNS``) and ``files`` (file name → text: ``leo.tle``, ``geo.tle``,
        ``geo.json``, ``debris.tle`` as the SPEC's ``format`` keys select, ``satcat.csv``,
        the CelesTrak SATCAT of every object, and ``launch_notifications.csv`` when the SPEC
        has ``[[launch_notice]]`` tables).
    """
    seed = spec.seed if seed is None else seed
    objects, rows = build_objects(spec, seed)
    tables = [publish(obj, spec, seed) for obj in sorted(objects, key=lambda o: o.norad_id)]
    elements = pd.concat([t for t in tables if len(t)], ignore_index=True)
    files: dict[str, str] = {}
    for name, part in elements.groupby("source", sort=True, observed=True):
        text = str(name)
        writer = format_omm_json if text.endswith(".json") else format_tle
        files[text] = writer(part.sort_values(["norad_id", "epoch_utc"]))
    files["satcat.csv"] = format_satcat(catalogue_table(objects, rows, spec.start_utc), elements)
    if spec.launch_notice:
        firsts = launch_first_days((o.object_id, o.first_day) for o in objects)
        files[LAUNCH_NOTIFICATIONS_FILE] = format_launch_notifications(
            spec.launch_notice, firsts, spec.start_utc
        )
    return Scenario(elements, answer_key(rows, spec.start_utc), files)


def write_scenario(scenario: Scenario, out_dir: Path) -> list[Path]:
    """Write the element files, ``satcat.csv`` and ``answer_key.csv``; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in scenario.files.items():
        path = out_dir / name
        path.write_text(text, encoding="ascii", newline="\n")
        paths.append(path)
    key_path = out_dir / "answer_key.csv"
    scenario.answer_key.to_csv(key_path, index=False, float_format="%.6g", lineterminator="\n")
    paths.append(key_path)
    return paths
