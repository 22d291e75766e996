"""``ssaviewer store PATH... -o STORE/``: write or extend a partitioned Parquet store."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ssaviewer.core.dataset import load
from ssaviewer.core.store import StoreError, write_store


def add_parser(subparsers: Any) -> None:
    """Register the ``store`` sub-command."""
    parser = subparsers.add_parser(
        "store",
        help="write element sets to a partitioned Parquet store (appends to an existing one)",
        description="Load files, folders or archives (duplicates collapse as in every load) "
        "and add them to STORE, one Parquet file per partition: each object, and each launch, "
        "lies in one partition. ssaviewer, its viewer and 'ssaviewer detect --scheduler' read "
        "the store like any path. Exit status 1 when nothing could be loaded, 2 when STORE "
        "cannot be written.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or archive")
    parser.add_argument(
        "-o", "--output", metavar="STORE", required=True, help="the store folder (made if missing)"
    )


def run(args: argparse.Namespace) -> int:
    """Load, then write to the store; print what was done."""
    dataset = load(*args.paths)
    for row in dataset.report.files.itertuples():
        if row.status == "error":
            sys.stderr.write(f"ssaviewer store: {row.path}: {row.message}\n")
    if len(dataset.elements) == 0:
        sys.stderr.write("ssaviewer store: no element set could be loaded; nothing stored\n")
        return 1
    try:
        summary = write_store(dataset, args.output)
    except (StoreError, OSError) as exc:
        sys.stderr.write(f"ssaviewer store: error: {exc}\n")
        return 2
    sys.stdout.write(
        f"{summary.rows_in:,} element sets ({dataset.report.n_rejected} records rejected) "
        f"into {summary.partitions_written} partitions; {args.output} now holds "
        f"{summary.rows_after:,} element sets in {summary.partitions_total} partitions\n"
    )
    return 0
