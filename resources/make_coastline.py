"""Build ``ssaviewer/resources/coastline_50m.npz`` from Natural Earth's 1:50m land polygons.

The input is ``land-50m.json`` from the npm package ``world-atlas`` 2.0.2 (Natural Earth 4.1.0
as TopoJSON): ``npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz``, then::

    python resources/make_coastline.py package/land-50m.json

The arcs of the land topology are the coastlines. They are decoded (delta-encoded, quantised),
the artificial edges Natural Earth adds along the antimeridian and the south pole (and any
step that wraps across the antimeridian) are dropped,
and the result is written as two float32 arrays ``lon_deg`` and ``lat_deg`` with NaN between
lines (ready for a plot with ``connect="finite"``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "ssaviewer" / "resources" / "coastline_50m.npz"


def decode_arcs(topology: dict[str, object]) -> list[np.ndarray]:
    """Return every arc of a quantised TopoJSON topology as an (n, 2) lon/lat array."""
    transform = topology["transform"]
    assert isinstance(transform, dict)
    scale = np.asarray(transform["scale"], dtype=np.float64)
    translate = np.asarray(transform["translate"], dtype=np.float64)
    arcs = topology["arcs"]
    assert isinstance(arcs, list)
    return [np.cumsum(np.asarray(a, dtype=np.float64), axis=0) * scale + translate for a in arcs]


def drop_artificial_edges(arc: np.ndarray) -> list[np.ndarray]:
    """Split an arc where it runs along the antimeridian or the pole (not a real coast)."""
    on_edge = (np.abs(arc[:, 0]) > 179.99) | (arc[:, 1] < -89.99)
    wraps = np.abs(np.diff(arc[:, 0])) > 180.0
    artificial = (on_edge[1:] & on_edge[:-1]) | wraps
    pieces, start = [], 0
    for k in np.flatnonzero(artificial):
        pieces.append(arc[start : k + 1])
        start = k + 1
    pieces.append(arc[start:])
    return [p for p in pieces if len(p) >= 2]


def main(path: str) -> None:
    """Write the coastline file from a ``land-*.json`` TopoJSON file."""
    topology = json.loads(Path(path).read_text())
    lines = [p for arc in decode_arcs(topology) for p in drop_artificial_edges(arc)]
    gap = np.array([[np.nan, np.nan]])
    points = np.concatenate([np.concatenate([line, gap]) for line in lines])
    np.savez_compressed(
        OUT, lon_deg=points[:, 0].astype(np.float32), lat_deg=points[:, 1].astype(np.float32)
    )
    print(f"{OUT}: {len(lines)} lines, {len(points)} points, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
