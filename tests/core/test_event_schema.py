"""The event schema lives in core.schema; exports read it without importing the detectors."""

from __future__ import annotations

import subprocess
import sys

from pandas.api.types import pandas_dtype

from ssaviewer.core import schema
from ssaviewer.core.detect.events import event_table


def test_event_dtypes_start_with_the_export_columns_in_order() -> None:
    columns = tuple(schema.EVENT_DTYPES)
    assert columns[: len(schema.EVENT_COLUMNS)] == schema.EVENT_COLUMNS
    assert len(set(columns)) == len(columns)


def test_empty_events_has_every_column_with_its_dtype() -> None:
    empty = schema.empty_events()
    assert list(empty.columns) == list(schema.EVENT_DTYPES)
    assert {c: str(t) for c, t in empty.dtypes.items()} == {
        c: str(pandas_dtype(t)) for c, t in schema.EVENT_DTYPES.items()
    }
    assert schema.EVENT_TEXT_COLUMNS == tuple(
        c for c, t in schema.EVENT_DTYPES.items() if t == "string"
    )


def test_the_detect_package_re_exports_the_one_schema() -> None:
    assert event_table.EVENT_DTYPES is schema.EVENT_DTYPES
    assert event_table.TEXT_COLUMNS is schema.EVENT_TEXT_COLUMNS
    assert event_table.empty_events is schema.empty_events


def test_importing_the_exports_does_not_import_the_detectors() -> None:
    code = (
        "import sys\n"
        "import ssaviewer.core.export.events_csv, ssaviewer.core.export.selection\n"
        "import ssaviewer.core.export.atomic\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('ssaviewer.core.detect'))\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == ""
