"""New launches, and whether each was notified before it flew.

A launch is the COSPAR international designator's year and launch number (``2025-041`` of
``2025-041A``). It is *new* when its first element set comes at least
``min_days_after_data_start`` after the data's first epoch (its objects were not already in
orbit when the data begins) and within ``max_days_after_launch`` of the catalogue's launch
date (without a SATCAT: within the COSPAR year, or that many days into the next), so an old
object whose history merely starts late is not a launch. One ``launch`` event per new launch, on its
first object, lists the objects first seen within ``objects_within_days`` (``launch_objects``).

With a launch notifications table (``cospar_launch, notified_utc, state, note``, read by
:func:`ssaviewer.core.launch_notifications.read_launch_notifications`) loaded, the launch is
``notified`` (label ``regular``) when a notification dated before its first element set
names it, else ``unannounced`` (``irregular``). Without one the reason is ``new-launch``
and the label ``undetermined``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.detect.element_table import edge_positions, epoch_ns
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.object_table import catalogue_column
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message
from ssaviewer.core.launch_notifications import launch_of
from ssaviewer.core.norms import sources

SECTION = "norm_launch"


@dataclass(frozen=True)
class LaunchParams:
    """New launches and pre-launch notification (Hague Code of Conduct; UN GGE A/68/189).

    Sources: Hague Code of Conduct against Ballistic Missile Proliferation (2002), pre-launch
    notifications; UN GGE on transparency and confidence-building measures in outer space
    activities (A/68/189). An estimate from public element sets, not a legal finding.
    """

    #: The documents this rule cites (written into every event).
    source: str = sources.LAUNCH_NOTICE
    #: A launch whose first element set is at least this many days after the data begins is new.
    min_days_after_data_start: float = 3.0
    #: Objects of the launch first seen within this many days of its first are listed.
    objects_within_days: float = 30.0
    #: The first element set must come within this many days of the SATCAT launch date
    #: (without a SATCAT: in the COSPAR year, or this many days into the next).
    max_days_after_launch: float = 30.0


RULE_SECTION = RuleSection(
    SECTION, LaunchParams, {ALL_REGIMES: LaunchParams()}, doc=LaunchParams.__doc__ or ""
)


#: The columns of :func:`launch_table`.
LAUNCH_COLUMNS = ["cospar_launch", "first_utc", "launch_date", "objects"]


def launch_table(elements: pd.DataFrame, objects: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Return the new launches: ``cospar_launch, first_utc, launch_date, objects`` (one each).

    ``objects`` is a list of ``(norad_id, object_name, object_id)`` per launch, by COSPAR id.
    """
    return pd.DataFrame(_launch_rows(elements, objects, rules), columns=LAUNCH_COLUMNS)


def _launch_rows(
    elements: pd.DataFrame, objects: pd.DataFrame, rules: Rules
) -> list[dict[str, Any]]:
    """Return the rows of :func:`launch_table` (none: no table is built for no launch)."""
    p: LaunchParams = rules.section(RULE_SECTION, ALL_REGIMES)
    # Elements are sorted by object and epoch: each object's first row is its first set.
    rows = edge_positions(elements["norad_id"].to_numpy(), last=False)
    object_id = np.asarray(elements["object_id"].array[rows]).astype(str)
    launch = np.array([launch_of(o) for o in object_id], dtype=object)
    dated = launch != ""
    if not dated.any():
        return []
    start = elements["epoch_utc"].min()
    margin = pd.Timedelta(days=p.min_days_after_data_start)
    # A launch is new only when all its objects are first seen after the margin: the others
    # are set aside before any table is built (most of a catalogue was in orbit when its
    # data begins). A missing first epoch sets none aside (the launch's min() skips it).
    first_utc = elements["epoch_utc"].array[rows]
    missing = np.asarray(pd.isna(first_utc))
    late = missing.copy()
    if pd.notna(start):
        late |= ~missing & (epoch_ns(pd.Series(first_utc)) >= (start + margin).value)
    keep = dated & late & ~np.isin(launch, launch[dated & ~late])
    if not keep.any():
        return []
    rows = rows[keep]
    first = pd.DataFrame(
        {
            "norad_id": elements["norad_id"].to_numpy()[rows],
            "first_utc": elements["epoch_utc"].array[rows],
            "object_id": object_id[keep],
            "name": np.asarray(elements["object_name"].array[rows]).astype(str),
        }
    )
    first["first_utc"] = pd.to_datetime(first["first_utc"], utc=True)
    first["launch"] = launch[keep].tolist()
    dates = catalogue_column(objects, "launch_date")
    first["launch_date"] = pd.to_datetime(dates.reindex(first["norad_id"]).to_numpy(), utc=True)
    # First each launch's first set and catalogued date at once; then the few new ones.
    per = first.groupby("launch", sort=True).agg(
        begin=("first_utc", "min"), launched=("launch_date", "min")
    )
    per = per[per["begin"] >= start + margin]
    out: list[dict[str, Any]] = []
    for launch, begin, launched in zip(per.index, per["begin"], per["launched"], strict=True):
        if not _fresh(str(launch), begin, launched, p):
            continue
        group = first[first["launch"].to_numpy() == launch]
        listed = group[group["first_utc"] <= begin + pd.Timedelta(days=p.objects_within_days)]
        listed = listed.sort_values(["object_id", "norad_id"])
        out.append(
            {
                "cospar_launch": launch,
                "first_utc": begin,
                "launch_date": launched,
                "objects": list(
                    zip(
                        listed["norad_id"],
                        listed["name"].astype(str),
                        listed["object_id"],
                        strict=True,
                    )
                ),
            }
        )
    return out


def _fresh(launch: str, first: pd.Timestamp, launched: object, p: LaunchParams) -> bool:
    """Whether the first element set is that of a launch, not of an old object seen late."""
    late = pd.Timedelta(days=p.max_days_after_launch)
    if isinstance(launched, pd.Timestamp) and pd.notna(launched):
        return bool(first - launched <= late)
    year = pd.Timestamp(f"{launch[:4]}-01-01", tz="UTC")
    return bool(year <= first <= year + pd.DateOffset(years=1) + late)


def launch_events(
    elements: pd.DataFrame,
    objects: pd.DataFrame,
    rules: Rules,
    notifications: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return one ``launch`` event per new launch (``event_frame`` columns)."""
    found = _launch_rows(elements, objects, rules)
    if not found:
        return event_frame(0)
    launches = pd.DataFrame(found, columns=LAUNCH_COLUMNS)
    p: LaunchParams = rules.section(RULE_SECTION, ALL_REGIMES)
    firsts = edge_positions(elements["norad_id"].to_numpy(), last=False)
    regimes = pd.Series(
        np.asarray(elements["regime"].array[firsts]).astype(str),
        index=elements["norad_id"].to_numpy()[firsts],
    )
    rows = []
    launch: Any
    for launch in launches.itertuples():
        listed = launch.objects
        names = "; ".join(f"{n} {name} ({oid})" for n, name, oid in listed)
        label, reason, said = _notification(launch.cospar_launch, launch.first_utc, notifications)
        when = launch.launch_date if pd.notna(launch.launch_date) else launch.first_utc
        rows.append(
            {
                "norad_id": int(listed[0][0]),
                "label": label,
                "reasons": reason,
                "explanation": message("new-launch").format(
                    launch=launch.cospar_launch,
                    first_utc=f"{launch.first_utc:%Y-%m-%d %H:%M}Z",
                    count=len(listed),
                    objects=names,
                    notification=said,
                    source=p.source,
                )
                + f" {sources.NOT_A_FINDING}",
                "epoch": launch.first_utc,
                "start": when,
                "objects": names,
                "regime": regimes.get(int(listed[0][0]), ""),
            }
        )
    table = pd.DataFrame(rows)
    return event_frame(
        len(table),
        norad_id=table["norad_id"].to_numpy(dtype=np.int64),
        event_type="launch",
        label=table["label"].to_numpy(),
        reasons=table["reasons"].to_numpy(),
        explanation=table["explanation"].to_numpy(),
        epoch_utc=pd.to_datetime(table["epoch"], utc=True).to_numpy(),
        window_start_utc=pd.to_datetime(table["start"], utc=True).to_numpy(),
        window_end_utc=pd.to_datetime(table["epoch"], utc=True).to_numpy(),
        rules=SECTION,
        regime=table["regime"].to_numpy(),
        launch_objects=table["objects"].to_numpy(),
        norm_sources=p.source,
    )


def _notification(
    launch: str, first: pd.Timestamp, notifications: pd.DataFrame | None
) -> tuple[str, str, str]:
    """Return (label, reason, sentence) for ``launch`` against the notifications table."""
    if notifications is None:
        return "undetermined", "new-launch", message("launch-notice.unknown")
    mine = notifications[notifications["cospar_launch"] == launch]
    early = mine[pd.to_datetime(mine["notified_utc"], utc=True) <= first]
    if len(early):
        note = early.iloc[0]
        said = message("launch-notice.by-state" if str(note["state"]) else "launch-notice.before")
        date = f"{pd.Timestamp(note['notified_utc']):%Y-%m-%d}"
        return "regular", "notified", said.format(state=note["state"], date=date)
    if len(mine):
        late = pd.Timestamp(mine["notified_utc"].min())
        said = message("launch-notice.late").format(date=f"{late:%Y-%m-%d}")
        return "irregular", "unannounced", said
    return "irregular", "unannounced", message("launch-notice.missing")
