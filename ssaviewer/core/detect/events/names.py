"""Each object's name and source files, for the event table's ``object_name`` and ``source``.

The name is the last name published in the object's element sets, or the catalogue's name
where none was; the sources are the files its element sets came from, sorted and
``;``-joined. On an element table sorted by object (as ``load()`` returns it) both come from
the categorical codes in one pass; otherwise pandas groups the table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssaviewer.core.detect.element_table import category_codes, first_rows
from ssaviewer.core.detect.events.text_columns import string_array
from ssaviewer.core.detect.object_table import catalogue_column

#: Above this many (object, source) cells the presence matrix is not worth it.
_MAX_CELLS = 20_000_000


def names_and_sources(elements: pd.DataFrame, objects: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Return ``object_name`` and ``source`` text per NORAD id (index sorted by NORAD id).

    ``elements`` is the element table, ``objects`` the object table (its ``object_name`` fills
    in objects whose element sets carry no name).
    """
    norad = elements["norad_id"].to_numpy()
    fast = len(norad) > 0 and not (norad[1:] < norad[:-1]).any()
    names, sources = _from_codes(elements, norad) if fast else (None, None)
    if names is None or sources is None:
        names, sources = _grouped(elements)
    if len(objects) and _same_objects(objects, names.index):
        names = _filled_in(names, objects)
    elif len(objects):
        catalogue = catalogue_column(objects, "object_name")
        catalogue = catalogue.astype("string").fillna("")
        names = names.reindex(names.index.union(catalogue.index))
        names = names.where(names.fillna("") != "", catalogue.reindex(names.index))
    return names, sources


def _same_objects(objects: pd.DataFrame, index: pd.Index) -> bool:
    """Whether the catalogue lists exactly the objects of ``index``, in its order, once each."""
    norad = objects["norad_id"].to_numpy()
    return len(norad) == len(index) and bool(np.array_equal(norad, index.to_numpy()))


def _filled_in(names: pd.Series, objects: pd.DataFrame) -> pd.Series:
    """Each missing or empty name taken from the catalogue listing the same objects in order.

    The values, dtype and index of the general path (the catalogue's names by NORAD id,
    reindexed to the union of the ids, put in with ``where``) without reindexing or aligning.
    """
    catalogue = objects["object_name"].astype("string").fillna("").to_numpy(dtype=object)
    own = names.to_numpy(dtype=object, na_value="")
    return pd.Series(string_array(np.where(own != "", own, catalogue)), index=names.index)


def _grouped(elements: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    names = elements.groupby("norad_id", sort=True, observed=True)["object_name"].last()
    names = names.astype("string")
    pairs = elements[["norad_id", "source"]].drop_duplicates()
    pairs = pairs.assign(source=pairs["source"].astype(str)).sort_values(["norad_id", "source"])
    sources = pairs.groupby("norad_id", sort=True)["source"].agg(";".join)
    return names, sources


def _from_codes(
    elements: pd.DataFrame, norad: np.ndarray
) -> tuple[pd.Series | None, pd.Series | None]:
    """Names and sources of a table sorted by object; (None, None) when not worth it."""
    starts = np.flatnonzero(first_rows(norad))
    ends = np.r_[starts[1:], len(norad)]
    index = pd.Index(norad[starts], name="norad_id")
    source, labels = category_codes(elements["source"])
    if len(starts) * len(labels) > _MAX_CELLS:
        return None, None
    # Names: the last non-missing name of each object (as groupby().last() skips NA).
    name = elements["object_name"]
    if isinstance(name.dtype, pd.CategoricalDtype):
        codes = name.cat.codes.to_numpy()
        categories = name.cat.categories.to_numpy(dtype=object)
    else:
        codes, categories = pd.factorize(name.to_numpy(dtype=object))
        categories = np.asarray(categories, dtype=object)
    last_valid = _last_valid(codes, starts, ends)
    found = last_valid >= 0
    picked = np.full(len(starts), pd.NA, dtype=object)
    picked[found] = categories[codes[last_valid[found]]]
    names = pd.Series(picked, index=index).astype("string")
    # Sources: which files each object came from (at every change of file), in text order.
    change = np.union1d(np.flatnonzero(first_rows(source)), starts)
    group = np.searchsorted(starts, change, side="right") - 1
    present = np.zeros((len(starts), len(labels)), dtype=bool)
    present[group, source[change]] = True
    by_text = np.argsort(np.array(labels, dtype=object), kind="stable")
    present = present[:, by_text]
    sorted_labels = np.array(labels, dtype=object)[by_text]
    count = present.sum(axis=1)
    joined = sorted_labels[present.argmax(axis=1)]
    for k in np.flatnonzero(count > 1):
        joined[k] = ";".join(sorted_labels[present[k]])
    return names, pd.Series(joined, index=index, dtype=object)


def _last_valid(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Row of the last code >= 0 in each ``[start, end)`` segment (-1 when none)."""
    out = ends - 1
    for k in np.flatnonzero(codes[out] < 0):
        valid = np.flatnonzero(codes[starts[k] : ends[k]] >= 0)
        out[k] = starts[k] + valid[-1] if len(valid) else -1
    return out
