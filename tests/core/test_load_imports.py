"""Loading a file imports nothing it does not need: the Parquet store only for folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def _loaded_parquet(path: Path) -> bool:
    code = (
        "import sys, ssaviewer; "
        f"d = ssaviewer.load({str(path)!r}); "
        "assert len(d.elements) or len(d.report.files); "
        "print('pyarrow.parquet' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip() == "True"


def test_a_file_loads_without_importing_the_store() -> None:
    assert not _loaded_parquet(DATA / "SGP4-VER.TLE")


def test_a_folder_is_checked_for_a_store() -> None:
    assert _loaded_parquet(DATA)
