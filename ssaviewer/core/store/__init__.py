"""A partitioned Parquet store of the element table (``ssaviewer store PATH... -o STORE/``).

One Parquet file per partition; a partition holds whole objects, and every object of one
launch (the ``YYYY-NNN`` prefix of its COSPAR id) lies in the same partition (launches are
bucketed by year and hundreds of launch numbers), so the per-object detectors and the
per-launch fragmentation rule can run on one partition at a time. Objects without a
designator go to a bucket of 10,000 NORAD ids. The marker file
``ssaviewer-store.json`` lists the partitions and which partition each object is in; a
folder holding it is read as a store by :func:`ssaviewer.core.dataset.load`.
"""

from ssaviewer.core.store.marker import MARKER, StoreError, is_store
from ssaviewer.core.store.read import read_partitions, read_store
from ssaviewer.core.store.write import write_store

__all__ = ["MARKER", "StoreError", "is_store", "read_partitions", "read_store", "write_store"]
