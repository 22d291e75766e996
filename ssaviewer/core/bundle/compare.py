"""Event-by-event comparison of a bundle's events with a re-run's."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pandas as pd


@dataclass
class EventDiff:
    """The comparison: ids identical, changed (id → differing fields), missing, new."""

    identical: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)

    @property
    def same(self) -> bool:
        """True when every event is identical and none is missing or new."""
        return not (self.changed or self.missing or self.new)


def _as_text(csv_text: str) -> pd.DataFrame:
    """Read an events CSV with every cell as text (exactly as written), indexed by id."""
    table = pd.read_csv(io.StringIO(csv_text), dtype=str, keep_default_na=False, na_filter=False)
    if "event_id" not in table:
        raise ValueError("the events CSV has no event_id column")
    return table.set_index("event_id", drop=False)


def compare_events(recorded_csv: str, rerun_csv: str) -> EventDiff:
    """Compare two events CSVs event by event, matched on ``event_id``.

    Both are as :func:`~ssaviewer.core.export.events_csv.format_events_csv` writes them;
    fields are compared as the text written, so a number differing in its last bit counts.
    """
    before = _as_text(recorded_csv)
    after = _as_text(rerun_csv)
    columns = sorted(set(before.columns) | set(after.columns))
    before = before.reindex(columns=columns, fill_value="<absent>")
    after = after.reindex(columns=columns, fill_value="<absent>")
    common = before.index.intersection(after.index, sort=False)
    differs = before.loc[common, columns].to_numpy() != after.loc[common, columns].to_numpy()
    diff = EventDiff(
        missing=[str(i) for i in before.index.difference(after.index, sort=False)],
        new=[str(i) for i in after.index.difference(before.index, sort=False)],
    )
    for event_id, row in zip(common, differs, strict=True):
        if row.any():
            diff.changed[str(event_id)] = [c for c, d in zip(columns, row, strict=True) if d]
        else:
            diff.identical.append(str(event_id))
    return diff
