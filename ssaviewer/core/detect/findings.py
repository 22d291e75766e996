"""What a pattern-of-life rule returns: which manoeuvres it fired on, and why, in words.

Every labelling rule (one module each: :mod:`~ssaviewer.core.detect.pol_magnitude`,
:mod:`~ssaviewer.core.detect.pol_cadence`, :mod:`~ssaviewer.core.detect.pol_box`,
:mod:`~ssaviewer.core.detect.pol_geo`, :mod:`~ssaviewer.core.detect.pol_context`) takes the
manoeuvre table and returns a list of :class:`Finding`; :mod:`~ssaviewer.core.detect.labels`
turns them into a label, reason codes and an explanation per manoeuvre.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ssaviewer.core.detect.rules import Rules

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
ObjectArray = npt.NDArray[np.object_]


@dataclass(frozen=True)
class Finding:
    """One reason code evaluated for every manoeuvre.

    ``fired[k]`` says whether the code applies to manoeuvre ``k``; ``sentences[k]`` is the one
    human-readable sentence explaining it ("" where it did not fire); ``rule`` is the rule id
    (the rules-file section that holds its thresholds).
    """

    code: str
    rule: str
    fired: BoolArray
    sentences: ObjectArray


def finding(code: str, rule: str, fired: BoolArray, sentence: Any, *args: Any) -> Finding:
    """Build a :class:`Finding`, formatting ``sentence(*row_args)`` only where it fired.

    ``args`` are arrays aligned with ``fired``; ``sentence`` is called once per fired row with
    that row's values, so the cost is proportional to the findings, not the manoeuvres.
    """
    sentences = np.full(len(fired), "", dtype=object)
    rows = np.flatnonzero(fired)
    columns = [np.asarray(a)[rows] for a in args]
    sentences[rows] = [sentence(*values) for values in zip(*columns, strict=True)]
    return Finding(code=code, rule=rule, fired=np.asarray(fired, dtype=bool), sentences=sentences)


def per_row(
    rules: Rules,
    section: str,
    field: str,
    regimes: Sequence[str] | npt.NDArray[Any] | pd.Series,
) -> FloatArray:
    """Return ``rules.get(section, regime).<field>`` for every row's regime, as floats.

    ``regimes`` may be a categorical Series (the element table's): it is factorised, not
    converted to text, so a million rows cost milliseconds.
    """
    values_in = regimes if isinstance(regimes, pd.Series) else np.asarray(regimes)
    codes, uniques = pd.factorize(values_in)
    values = np.array(
        [float(getattr(rules.get(section, str(u)), field)) for u in np.asarray(uniques)],
        dtype=np.float64,
    )
    out: FloatArray = values[codes] if len(values) else np.zeros(len(codes))
    return out


def fmt(value: float, unit: str = "") -> str:
    """Format a magnitude with three significant figures (``2.4``, ``0.0813``, ``1,230``)."""
    if not np.isfinite(value):
        return "unknown"
    magnitude = abs(value)
    text = f"{value:,.0f}" if magnitude >= 1000 else f"{value:.3g}"
    return f"{text} {unit}".strip()
