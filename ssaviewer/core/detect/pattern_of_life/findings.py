"""What a pattern-of-life rule returns: which manoeuvres it fired on, and why, in words.

Every labelling rule (one module each: :mod:`~ssaviewer.core.detect.pattern_of_life.magnitude`,
:mod:`~ssaviewer.core.detect.pattern_of_life.cadence`,
:mod:`~ssaviewer.core.detect.pattern_of_life.box`,
:mod:`~ssaviewer.core.detect.pattern_of_life.geo`,
:mod:`~ssaviewer.core.detect.pattern_of_life.context`) takes the manoeuvre table and returns a list
of :class:`Finding`; :mod:`~ssaviewer.core.detect.pattern_of_life.labels` turns them into a label,
reason codes and an explanation per manoeuvre.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

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


def fmt(value: float, unit: str = "") -> str:
    """Format a magnitude with three significant figures (``2.4``, ``0.0813``, ``1,230``)."""
    if not np.isfinite(value):
        return "unknown"
    magnitude = abs(value)
    text = f"{value:,.0f}" if magnitude >= 1000 else f"{value:.3g}"
    return f"{text} {unit}".strip()
