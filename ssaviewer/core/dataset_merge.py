"""Merging a newly loaded dataset into the one already loaded (the viewer's File → Open).

The viewer and ``ssaviewer detect`` must see the same element sets for the same files, or
they report different events: :func:`merged_dataset` keeps every row's ``duplicate_records``
(the copies found when each file was loaded), so the ``duplicate`` data-quality events of a
file opened in the viewer are those ``detect`` reports.
"""

from __future__ import annotations

import pandas as pd

from ssaviewer.core.dataset import Dataset, LoadReport, merge_elements, summarise_objects

#: Object columns only a SATCAT provides (element sets alone leave them empty).
SATCAT_ONLY = ("object_type", "owner", "launch_date", "decay_date", "rcs_size")


def merged_dataset(old: Dataset, new: Dataset) -> Dataset:
    """Return ``old`` and ``new`` merged (pure: safe to call in a worker thread).

    When ``new`` brought no element sets and no objects, only its report is added, so a file
    that failed to load never costs the data already loaded. Per object and column, the last
    non-missing SATCAT value wins.
    """
    report = LoadReport(
        files=_concat(old.report.files, new.report.files),
        rejected=_concat(old.report.rejected, new.report.rejected),
    )
    if not len(new.elements) and not len(new.objects):
        return Dataset(old.elements, old.objects, report)
    elements = merge_elements([old.elements, new.elements])
    # A SATCAT loaded earlier keeps its owner and type when a later file brings only
    # element sets for the same object.
    metadata = _concat(old.objects, new.objects)
    metadata = metadata.loc[metadata[list(SATCAT_ONLY)].notna().any(axis=1)]
    satcat = [metadata.groupby("norad_id", as_index=False).last()] if len(metadata) else []
    return Dataset(elements, summarise_objects(elements, satcat), report)


def _concat(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    if not len(first):
        return second
    if not len(second):
        return first
    return pd.concat([first, second], ignore_index=True)
