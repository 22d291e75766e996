"""Which partition an object goes to: its launch, or a bucket of NORAD ids."""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Objects without a designator share a partition per this many NORAD ids.
NORAD_BUCKET = 10_000
#: Launches of one year share a partition per this many launch numbers (a file per launch
#: would make tens of thousands of small files for the public catalogue).
LAUNCH_BUCKET = 100


def object_runs(norad_id: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(first, stop)`` row positions of each object's run in rows sorted by object."""
    n = len(norad_id)
    first = np.flatnonzero(np.r_[True, norad_id[1:] != norad_id[:-1]]) if n else np.zeros(0, int)
    stop = np.append(first[1:], n).astype(np.int64)
    return first.astype(np.int64), stop


def launch_key(object_id: str, norad_id: int) -> str:
    """Return the partition key of an object: its launch's bucket, else a NORAD bucket.

    The launch is the first 8 characters of the designator, as the fragmentation rule
    groups objects (``1998-067A`` → launch ``1998-067``); launches 000-099 of a year share
    ``1998-0xx``, 100-199 ``1998-1xx``, and so on, so every launch lies in one partition. A
    blank or malformed designator gives ``norad-02xxxx`` for NORAD ids 20,000-29,999.
    """
    launch = object_id.strip()[:8]
    if len(launch) == 8 and launch[:4].isdigit() and launch[4] == "-" and launch[5:].isdigit():
        return f"{launch[:4]}-{int(launch[5:]) // LAUNCH_BUCKET}xx"
    return f"norad-{norad_id // NORAD_BUCKET:02d}xxxx"


def object_keys(elements: pd.DataFrame, known: dict[int, str]) -> dict[int, str]:
    """Return the partition key of every object in ``elements`` (sorted by object and epoch).

    An object already in the store keeps its partition (``known``); a new one is placed by
    the designator of its first element set, as the fragmentation rule reads it.
    """
    norad = elements["norad_id"].to_numpy()
    first, _ = object_runs(norad)
    ids = elements["object_id"].astype("string").fillna("").to_numpy(dtype=object)[first]
    keys: dict[int, str] = {}
    for n, object_id in zip(norad[first].tolist(), ids.tolist(), strict=True):
        keys[n] = known.get(n) or launch_key(object_id, n)
    return keys
