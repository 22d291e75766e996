"""Connecting to a Dask scheduler, or starting a local cluster of worker processes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster

#: ``--scheduler`` value that starts a cluster on this machine.
LOCAL = "local"


@contextmanager
def open_client(scheduler: str = LOCAL, n_workers: int | None = None) -> Iterator[Client]:
    """Yield a client of ``scheduler`` (``"local"`` or ``tcp://HOST:PORT``); closed after.

    ``"local"`` starts a ``LocalCluster`` of ``n_workers`` worker processes (default: one per
    core), one thread each, its dashboard (if any) on a free port, never failing because 8787 is
    taken; it is shut down on exit. Another address connects
    to a running scheduler (``dask scheduler`` and ``dask worker tcp://HOST:8786``), which is
    left running.
    """
    if scheduler == LOCAL:
        workers = n_workers or max(1, os.cpu_count() or 1)
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: 8787 may be taken
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
    else:
        with Client(scheduler) as client:
            yield client
