"""Columns of the object table (``Dataset.objects``) by NORAD id, without copying the table."""

from __future__ import annotations

import pandas as pd


def catalogue_column(objects: pd.DataFrame, name: str) -> pd.Series:
    """Return column ``name`` of ``objects`` indexed by ``norad_id`` (the last row per id).

    The same Series as ``objects.drop_duplicates("norad_id", keep="last")
    .set_index("norad_id")[name]`` (values, dtype, index and names), taking the two columns
    only: dropping duplicates and setting the index copy every column of the table, a fixed
    cost of each detection run.
    """
    norad = objects["norad_id"]
    keep = ~norad.duplicated(keep="last").to_numpy()
    index = pd.Index(norad.array[keep], name="norad_id")
    return pd.Series(objects[name].array[keep], index=index, name=name)
