"""Synthetic element sets and events for the GUI tests (made here, not copied from anywhere)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ssaviewer.core.formats.tle import tle_checksum
from ssaviewer.core.schema import EVENT_COLUMNS


def _line(text: str) -> str:
    return f"{text}{tle_checksum(text)}"


def tle_text(
    norad: int,
    name: str,
    epochs: list[pd.Timestamp],
    mean_motion: float = 14.2,
    inclination_deg: float = 98.2,
) -> str:
    """Three-line TLEs of one object at ``epochs`` (the mean motion steps up halfway)."""
    out = []
    for k, epoch in enumerate(epochs):
        doy = epoch.day_of_year + (epoch - epoch.normalize()).total_seconds() / 86400.0
        motion = mean_motion + (0.01 if k >= len(epochs) // 2 else 0.0)
        l1 = (
            f"1 {norad:05d}U 26001A   {epoch.year % 100:02d}{doy:012.8f}  .00000000  "
            f"00000-0  10000-4 0 {k % 1000:4d}"
        )
        l2 = (
            f"2 {norad:05d} {inclination_deg:8.4f} {100 - k % 90:8.4f} 0012000 "
            f"{30.0:8.4f} {10.0:8.4f} {motion:11.8f}{(1000 + k) % 100000:5d}"
        )
        out += [name, _line(l1), _line(l2)]
    return "\n".join(out) + "\n"


def daily(start: str, n: int) -> list[pd.Timestamp]:
    """``n`` daily epochs at noon UTC from ``start``."""
    first = pd.Timestamp(start, tz="UTC") + pd.Timedelta(hours=12)
    return [first + pd.Timedelta(days=k) for k in range(n)]


def write_scenario(folder: Path) -> Path:
    """Two objects, ten days each, in one TLE file; returns the file."""
    path = folder / "scenario.tle"
    epochs = daily("2024-03-01", 10)
    path.write_text(
        tle_text(90001, "TEST LEO", epochs) + tle_text(90002, "TEST GEO", epochs, 1.0027, 0.05)
    )
    return path


def events_frame() -> pd.DataFrame:
    """Three literal events on the scenario objects, ``schema.EVENT_COLUMNS`` in order."""
    t = pd.Timestamp("2024-03-05 12:00", tz="UTC")
    day = pd.Timedelta(days=1)
    rows = [
        ("E1", 90001, "TEST LEO", "in-plane", "regular", t, 0.12, "within the usual cadence"),
        ("E2", 90001, "TEST LEO", "in-plane", "irregular", t + 3 * day, 2.5, "Δv 5× usual size"),
        ("E3", 90002, "TEST GEO", "longitude", "undetermined", t + day, 0.4, "too little history"),
    ]
    frame = pd.DataFrame(
        {
            "event_id": [r[0] for r in rows],
            "norad_id": [r[1] for r in rows],
            "object_name": [r[2] for r in rows],
            "event_type": [r[3] for r in rows],
            "label": [r[4] for r in rows],
            "reasons": ["R1", "R2;R3", "R9"],
            "explanation": [r[7] for r in rows],
            "epoch_utc": pd.to_datetime([r[5] for r in rows], utc=True),
            "window_start_utc": pd.to_datetime([r[5] - day for r in rows], utc=True),
            "window_end_utc": pd.to_datetime([r[5] + day for r in rows], utc=True),
            "direction": ["raise", "raise", "east"],
            "delta_a_km": [0.2, 4.1, 0.0],
            "delta_i_deg": [0.0, 0.001, 0.0],
            "delta_e": [0.0, 0.0001, 0.0],
            "delta_v_mps": [r[6] for r in rows],
            "confidence": [0.9, 0.8, 0.3],
            "rules": ["R1: dv<1", "R2: dv>2; R3: off-cadence", "R9: n<5"],
            "detector_version": ["test"] * 3,
            "source": ["scenario.tle"] * 3,
        }
    )
    assert tuple(frame.columns) == EVENT_COLUMNS
    return frame


def write_large_catalogue(folder: Path, n_objects: int, n_sets: int) -> Path:
    """``n_objects`` objects with ``n_sets`` daily element sets each, in one TLE file."""
    path = folder / "large.tle"
    epochs = daily("2024-01-01", n_sets)
    with path.open("w") as out:
        for k in range(n_objects):
            out.write(tle_text(10000 + k, f"OBJECT {k}", epochs, 14.0 + (k % 100) / 100))
    return path
