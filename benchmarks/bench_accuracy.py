"""Manoeuvre detection accuracy on the real development objects in ``../shared/data``.

Runs ``detect_manoeuvres`` with the built-in rules on every element-set history in
``../shared/data/tle``, scores it against the operator records in ``../shared/data/labels``
(``ssaviewer.core.evaluate``) and prints the tables per object and pooled per regime, by
element-set gap and within ±12 h, next to the issue's targets and the public open-source
detector's pooled F1 on the same objects (quoted from issue 4, not re-run here: it is not
installed in this environment).

Run: ``.venv/bin/python benchmarks/bench_accuracy.py``
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from ssaviewer.cli.evaluate import format_scores
from ssaviewer.core.dataset import load
from ssaviewer.core.detect.manoeuvre import default_rules, detect_manoeuvres
from ssaviewer.core.evaluate import evaluate
from ssaviewer.core.truth import read_truth

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
#: (mode, regime) → (target F1, open-source detector's pooled F1 quoted in issue 4).
TARGETS = {("gap", "LEO"): (0.85, 0.54), ("12h", "LEO"): (0.70, None), ("gap", "GEO"): (0.90, 0.52)}


def main() -> int:
    if not (DATA / "tle").is_dir():
        print(f"skipped: {DATA} is absent (the real data is not redistributable)")
        return 0
    elements = load(str(DATA / "tle")).elements
    truth = pd.concat(
        [read_truth(p.read_text(), p.name)[0] for p in sorted((DATA / "labels").glob("*.csv"))],
        ignore_index=True,
    )
    started = time.perf_counter()
    found = detect_manoeuvres(elements, default_rules())
    seconds = time.perf_counter() - started
    result = evaluate(found, truth, elements)
    print(f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(
        f"detect_manoeuvres: {len(elements):,} element sets, {len(found)} manoeuvres, "
        f"{seconds:.2f} s ({len(elements) / seconds:,.0f} sets/s)\n"
    )
    print(format_scores(result))
    pooled = result.scores[result.scores["scope"] == "regime"].set_index(["mode", "name"])
    print("\nPooled F1 against the targets:")
    for (mode, regime), (target, peer) in TARGETS.items():
        f1 = float(pooled["f1"].to_dict()[(mode, regime)])
        fa = float(pooled["false_alarms_per_year"].to_dict()[(mode, regime)])
        peer_text = f", open-source detector {peer:.2f} (ratio {f1 / peer:.2f})" if peer else ""
        verdict = "met" if f1 >= target else "NOT met"
        print(
            f"  {regime} {mode:>3}: F1 {f1:.3f} (target {target:.2f}: {verdict}), "
            f"{fa:.2f} false alarms per object-year{peer_text}"
        )
    widths = (found["index_after"] - found["index_before"]).value_counts().sort_index()
    print("\nWindow widths (element-set gaps → manoeuvres): " + str(widths.to_dict()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
