"""Ground truth: operator manoeuvre records read into one table.

Every reader takes the text of a file (not a path) and its name, and returns
``(truth, problems)``: a DataFrame with ``TRUTH_COLUMNS`` (one row per operator record) and one
message per line it could not use (``"name:line: what was wrong, what was expected"``). A bad
line never costs the good ones.

Columns: ``norad_id`` (int64; −1 when the record does not say and no mapping is known),
``object_id`` (COSPAR id or ""), ``start_utc`` and ``end_utc`` (datetime64[ns, UTC]),
``dv_total_mps`` (NaN when unknown), ``kind`` (``in-plane``, ``out-of-plane``, ``mixed``,
``unknown``, or ``attitude`` for a record that is not an orbit change) and ``source``
(``name:line``).
"""

from __future__ import annotations

from ssaviewer.core.truth.read import read_truth
from ssaviewer.core.truth.table import TRUTH_COLUMNS, empty_truth, truth_frame

__all__ = ["TRUTH_COLUMNS", "empty_truth", "read_truth", "truth_frame"]
