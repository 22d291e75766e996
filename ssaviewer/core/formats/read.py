"""What every reader returns: the table it read, the records it refused, what it assumed."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from ssaviewer.core.schema import WARNING_COLUMNS, empty_frame


class Read(NamedTuple):
    """One file read: ``elements`` (or SATCAT objects), ``rejected`` and ``warnings``.

    ``rejected`` has ``schema.REJECTED_COLUMNS`` (records not loaded); ``warnings`` has
    ``schema.WARNING_COLUMNS`` (records loaded with an assumption, never counted as rejected).
    """

    elements: pd.DataFrame
    rejected: pd.DataFrame
    warnings: pd.DataFrame


def no_warnings() -> pd.DataFrame:
    """Return an empty warnings table."""
    return empty_frame(WARNING_COLUMNS)
