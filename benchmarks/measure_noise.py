"""Measure element-set noise and cadence on ../shared/data/tle (the simulator's defaults).

Run: ``.venv/bin/python benchmarks/measure_noise.py``. Prints one row per object and the
median per regime; the figures are copied into sample_data/README.md and
ssaviewer/core/simulate/defaults.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from ssaviewer.core.dataset import load
from ssaviewer.core.simulate.measure import measure_history

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tle"


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to measure")
        return 1
    rows: dict[str, dict[str, object]] = {}
    for path in sorted(DATA.glob("*.tle")):
        elements = load(path).elements
        figures: dict[str, object] = dict(measure_history(elements))
        figures["regime"] = str(elements["regime"].iloc[-1])
        rows[path.stem] = figures
    table = pd.DataFrame(rows).T
    pd.set_option("display.width", 250, "display.max_columns", 30)
    print(table.to_string(float_format=lambda v: f"{v:.3g}"))
    numeric = table.drop(columns="regime").astype(float)
    print("\nmedian per regime:")
    print(numeric.groupby(table["regime"]).median().T.to_string(float_format=lambda v: f"{v:.3g}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
