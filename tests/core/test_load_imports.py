"""Loading imports nothing it does not need: the Parquet reader only for a store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def _loaded_parquet(path: Path, steps: bool = False) -> bool:
    """Load ``path`` in a fresh process (in steps, as the window does); was Parquet imported?"""
    load = (
        "from ssaviewer.core.loading import load_in_steps; "
        f"d = load_in_steps([{str(path)!r}], lambda part: None); "
        if steps
        else f"import ssaviewer; d = ssaviewer.load({str(path)!r}); "
    )
    code = (
        f"import sys; {load}"
        "assert len(d.elements) or len(d.report.files); "
        "print('pyarrow.parquet' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip() == "True"


def test_a_file_loads_without_importing_the_store() -> None:
    assert not _loaded_parquet(DATA / "SGP4-VER.TLE")


def test_a_folder_that_is_not_a_store_loads_without_the_store_reader() -> None:
    """Asking whether a folder is a store reads its marker, not Parquet (the window's demo)."""
    assert not _loaded_parquet(DATA)
    assert not _loaded_parquet(DATA, steps=True)


def test_a_store_folder_is_read_with_parquet(tmp_path: Path) -> None:
    import ssaviewer
    from ssaviewer.core.store import write_store

    write_store(ssaviewer.load(DATA / "SGP4-VER.TLE"), tmp_path / "store")
    assert _loaded_parquet(tmp_path / "store")
    assert _loaded_parquet(tmp_path / "store", steps=True)
