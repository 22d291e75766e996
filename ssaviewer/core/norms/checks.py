"""All norm checks at once: what :func:`~ssaviewer.core.detect.assemble.assemble_events` adds.

Each check is a module with its rules section (citing its sources) and an ``*_events``
function; :data:`NORM_SECTIONS` lists the sections in rules-file order and
:func:`norm_events` runs every check on the detected manoeuvres.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.dataset import Dataset
from ssaviewer.core.detect.events.event_frame import EventColumns
from ssaviewer.core.detect.rules import Rules, RuleSection
from ssaviewer.core.norms import geo_disposal, launches, lifetime, proximity, proximity_leo
from ssaviewer.core.norms.end_of_mission import mission_ends

#: The norm checks' rules sections, in rules-file order.
NORM_SECTIONS: tuple[RuleSection[Any], ...] = (
    geo_disposal.RULE_SECTION,
    lifetime.RULE_SECTION,
    launches.RULE_SECTION,
    proximity.RULE_SECTION,
)
#: The rules sections behind each norm reason code's event (for ``rule_thresholds``).
NORM_SECTION_NAMES: tuple[str, ...] = tuple(s.name for s in NORM_SECTIONS)


def norm_events(
    dataset: Dataset,
    manoeuvres: pd.DataFrame,
    decays: pd.DataFrame,
    rules: Rules,
    launch_notifications: pd.DataFrame | None = None,
) -> list[pd.DataFrame | EventColumns]:
    """Run every norm check; return their event frames (``event_frame`` columns).

    The lifetime check's as its :class:`EventColumns` (the pipeline joins them: no table built).

    Parameters
    ----------
    dataset
        The loaded data (``elements`` sorted by object and epoch, ``objects``).
    manoeuvres
        The detected manoeuvres (``norad_id, epoch_utc, delta_v_mps``; the detector's table).
    decays
        The ``decay`` events (their objects get no lifetime check).
    rules
        Resolved rules holding ``NORM_SECTIONS``.
    launch_notifications
        Optional launch notifications (see
        :func:`~ssaviewer.core.norms.launches.read_launch_notifications`).
    """
    elements = dataset.elements
    if len(elements) == 0:
        return []
    ends = mission_ends(manoeuvres, elements)
    decayed = decays["norad_id"].to_numpy(dtype=np.int64) if len(decays) else np.empty(0)
    return [
        geo_disposal.disposal_events(elements, manoeuvres, ends, rules),
        lifetime.lifetime_columns(elements, ends, decayed, rules),
        launches.launch_events(elements, dataset.objects, rules, launch_notifications),
        proximity.proximity_events(elements, dataset.objects, manoeuvres, rules),
        proximity_leo.leo_proximity_events(elements, dataset.objects, manoeuvres, rules),
    ]
