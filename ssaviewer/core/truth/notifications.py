"""Operator records as notifications for the ``unannounced`` reason.

``ssaviewer detect --notifications`` and the window read the same files (any format
:func:`~ssaviewer.core.truth.read_truth` reads) and give detection the same table: the records
that are orbit changes, with the NORAD id of the loaded object.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: The columns detection reads (``run_detection(notifications=...)``).
NOTIFICATION_COLUMNS = ("norad_id", "start_utc", "end_utc")


def orbit_records(truth: pd.DataFrame) -> pd.DataFrame:
    """Return the records that are orbit changes (``attitude`` records are dropped).

    Columns ``norad_id``, ``object_id``, ``start_utc``, ``end_utc`` of a truth table
    (:data:`~ssaviewer.core.truth.TRUTH_COLUMNS`).
    """
    kept = truth[truth["kind"].astype(str) != "attitude"]
    return kept[["norad_id", "object_id", "start_utc", "end_utc"]].reset_index(drop=True)


def resolve_norad(records: pd.DataFrame, objects: pd.DataFrame) -> np.ndarray:
    """Return each record's NORAD id, taken from the loaded objects when it names a COSPAR id.

    ``records`` has ``norad_id`` (−1 when unknown) and ``object_id``; ``objects`` is the
    dataset's object table (``norad_id``, ``object_id``). Unknown ids stay −1.
    """
    by_cospar = objects.dropna(subset=["object_id"]).drop_duplicates("object_id")
    mapping = by_cospar.set_index(by_cospar["object_id"].astype(str))["norad_id"]
    norad = records["norad_id"].to_numpy(dtype=np.int64)
    unknown = norad < 0
    if not unknown.any():
        return norad
    found = records["object_id"].astype(str).map(mapping).fillna(-1).to_numpy(dtype=np.int64)
    return np.where(unknown, found, norad)


def resolve_notifications(notes: pd.DataFrame | None, objects: pd.DataFrame) -> pd.DataFrame | None:
    """Give records that name only a COSPAR id the NORAD id of the loaded object.

    Records of no known object are dropped. Returns ``norad_id`` (int64), ``start_utc``,
    ``end_utc``; None when ``notes`` is None.
    """
    if notes is None:
        return None
    resolved = notes.assign(norad_id=resolve_norad(notes, objects))
    resolved = resolved[resolved["norad_id"] >= 0]
    return resolved[list(NOTIFICATION_COLUMNS)].reset_index(drop=True)
