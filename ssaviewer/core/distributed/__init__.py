"""Detection over a store's partitions on a Dask cluster (``ssaviewer detect STORE --scheduler``).

The first stage runs the per-object detectors (manoeuvres and outliers) on each batch of
partitions in a worker process; the second stage gives their tables to the same assembly
:func:`ssaviewer.core.detect.run_detection` uses (labels, decay, fragmentation, close
approaches after manoeuvres, data quality, ids). The events are identical to one process's.
"""

from ssaviewer.core.distributed.cluster import open_client
from ssaviewer.core.distributed.run import detect_store

__all__ = ["detect_store", "open_client"]
