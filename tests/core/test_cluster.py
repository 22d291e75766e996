"""Detection over a store on a real Dask cluster gives exactly the single-process events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from distributed import Client, LocalCluster

from ssaviewer.__main__ import main
from ssaviewer.core.dataset import load
from ssaviewer.core.detect import run_detection
from ssaviewer.core.distributed import detect_store
from ssaviewer.core.export.events_csv import read_events_csv
from ssaviewer.core.store import write_store

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two worker processes on this machine, shut down after the module's tests."""
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cluster") / "store"
    write_store(load(SAMPLE), folder)
    return folder


def test_cluster_events_are_identical_to_one_process(client: Client, store: Path) -> None:
    single = run_detection(load(store))
    # Small tasks, so each worker gets several batches of partitions.
    run = detect_store(store, client, task_element_sets=4_000)
    assert run.tasks["pid"].nunique() == 2, "both worker processes should have had work"
    assert len(run.tasks) >= 4
    assert run.tasks["rows"].sum() == len(run.dataset.elements)
    pd.testing.assert_frame_equal(run.events, single)
    assert run.events["event_id"].tolist() == single["event_id"].tolist()
    assert {"manoeuvre", "fragmentation", "close-approach"} <= set(single["event_type"])


def test_cli_detect_on_a_scheduler_address(client: Client, store: Path, tmp_path: Path) -> None:
    address = str(client.scheduler_info()["address"])
    assert address.startswith("tcp://")
    out_cluster = tmp_path / "cluster.csv"
    out_single = tmp_path / "single.csv"
    assert main(["detect", str(store), "-o", str(out_cluster), "--scheduler", address]) == 0
    assert main(["detect", str(store), "-o", str(out_single)]) == 0
    assert out_cluster.read_bytes() == out_single.read_bytes()
    assert len(read_events_csv(out_cluster)) > 0


def test_scheduler_needs_a_store(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["detect", str(SAMPLE), "--scheduler", "local"]) == 2
    assert "give exactly one store" in capsys.readouterr().err
