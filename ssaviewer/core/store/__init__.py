"""A partitioned Parquet store of the element table (``ssaviewer store PATH... -o STORE/``).

One Parquet file per partition; a partition holds whole objects, and every object of one
launch (the ``YYYY-NNN`` prefix of its COSPAR id) lies in the same partition (launches are
bucketed by year and hundreds of launch numbers), so the per-object detectors and the
per-launch fragmentation rule can run on one partition at a time. Objects without a
designator go to a bucket of 10,000 NORAD ids. The marker file
``ssaviewer-store.json`` lists the partitions, which partition each object is in and the
categories of the table's categoricals, with the layout's version; a folder holding it is
read as a store by :func:`ssaviewer.core.dataset.load`, giving the very table (values,
dtypes, categories) the loads written to it gave.

The files are plain Parquet that any tool reads (uncompressed: reading is what a store is
for); numbers are required columns (NaN a value, not a missing one) of one page each.
"""

from typing import TYPE_CHECKING, Any

from ssaviewer.core.store.marker import MARKER, StoreError, is_store

if TYPE_CHECKING:
    from ssaviewer.core.store.read import read_partitions, read_store
    from ssaviewer.core.store.write import write_store

__all__ = ["MARKER", "StoreError", "is_store", "read_partitions", "read_store", "write_store"]

#: Names imported on first use (PEP 562): the reader and writer import Parquet, which asking
#: whether a folder is a store (every load of a folder does) must not pay for.
_LAZY = {"read_partitions": "read", "read_store": "read", "write_store": "write"}


def __getattr__(name: str) -> Any:
    """Import the reader or the writer when one of their names is first asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
