"""Label each manoeuvre regular, irregular or undetermined, with reason codes and sentences.

Rules run in a fixed order (magnitude, direction, cadence, box, GEO slot, catalogue,
notifications, close approaches) and each returns :class:`~ssaviewer.core.detect.findings.Finding`
objects. The label is then

- ``undetermined`` when any code listed in ``undetermined_codes`` fired (the evidence
  cannot tell a burn from something else, e.g. ``during-re-entry``);
- ``irregular`` when any code listed in ``irregular_codes`` fired (whatever the history);
- ``undetermined`` (code ``short-history``) when the object has fewer than ``min_history``
  other manoeuvres to compare with;
- ``regular`` otherwise: the burn fits the object's own pattern of life.

``reasons`` lists every code that fired, ``;``-separated, in rule order; ``explanation`` has
one sentence per code (a regular manoeuvre gets one sentence saying what it was compared with);
``rules`` lists the rule ids (rules-file sections) behind the codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.findings import Finding, finding, fmt, per_row
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection

SECTION = "label"

#: Every reason code a manoeuvre can get, in rule order (docs/reason_codes.md explains each).
REASON_CODES: tuple[str, ...] = (
    "magnitude-outlier",
    "large-burn",
    "first-of-kind",
    "off-cadence",
    "leaves-box",
    "drift-start",
    "drift-adjust",
    "slot-change",
    "non-manoeuvrable-type",
    "unannounced",
    "approach-after-manoeuvre",
    "during-re-entry",
    "short-history",
)


@dataclass(frozen=True)
class LabelParams:
    """How findings become a label (see the module docstring)."""

    #: Other manoeuvres of the object needed to call a manoeuvre regular.
    min_history: int = 3
    #: Codes that make a manoeuvre irregular.
    irregular_codes: tuple[str, ...] = REASON_CODES[:-2]
    #: Codes that make a manoeuvre undetermined, whatever else fired.
    undetermined_codes: tuple[str, ...] = ("during-re-entry",)

    def __post_init__(self) -> None:
        """Refuse codes that do not exist (a typo would silently change nothing)."""
        for field in ("irregular_codes", "undetermined_codes"):
            unknown = [c for c in getattr(self, field) if c not in REASON_CODES]
            if unknown:
                raise ValueError(
                    f"{SECTION}.{field}: unknown reason code {unknown[0]!r}"
                    f" (known: {', '.join(REASON_CODES)})"
                )


RULE_SECTION = RuleSection(SECTION, LabelParams, {ALL_REGIMES: LabelParams()}, doc=__doc__ or "")


def combine(manoeuvres: pd.DataFrame, findings: Sequence[Finding], rules: Rules) -> pd.DataFrame:
    """Return ``label``, ``reasons``, ``explanation`` and ``rules`` for every manoeuvre.

    ``manoeuvres`` must be sorted by object and epoch; the result has its index.
    """
    n = len(manoeuvres)
    regimes = manoeuvres["regime"].astype(str).to_numpy()
    norad = manoeuvres["norad_id"].to_numpy()
    others = pd.Series(np.ones(n)).groupby(norad).transform("size").to_numpy() - 1
    min_history = per_row(rules, SECTION, "min_history", regimes)
    irregular = np.zeros(n, dtype=bool)
    unsure = np.zeros(n, dtype=bool)
    for f in findings:
        irregular |= f.fired & _listed(rules, regimes, "irregular_codes", f.code)
        unsure |= f.fired & _listed(rules, regimes, "undetermined_codes", f.code)
    irregular &= ~unsure
    short = ~irregular & ~unsure & (others < min_history)
    all_findings = [
        *findings,
        finding(
            "short-history",
            SECTION,
            short,
            lambda k, m: (
                f"Only {k} other manoeuvre{'s' if k != 1 else ''} of this object to compare"
                f" with (need {m:.0f}): too little history to call it regular."
            ),
            others,
            min_history,
        ),
    ]
    label = np.where(irregular, "irregular", np.where(short | unsure, "undetermined", "regular"))
    reasons, explanation, rule_ids = _join(all_findings, n)
    regular = label == "regular"
    fits = _fits_sentences(manoeuvres, others, regular)
    explanation = np.where(explanation == "", fits, explanation)
    return pd.DataFrame(
        {
            "label": label,
            "reasons": reasons,
            "explanation": explanation,
            "label_rules": rule_ids,
        },
        index=manoeuvres.index,
    )


def _listed(rules: Rules, regimes: np.ndarray, field: str, code: str) -> np.ndarray:
    out = np.zeros(len(regimes), dtype=bool)
    for regime in set(regimes.tolist()):
        if code in getattr(rules.get(SECTION, regime), field):
            out[regimes == regime] = True
    return out


def _join(findings: Sequence[Finding], n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    reasons = [[] for _ in range(n)]  # type: list[list[str]]
    sentences = [[] for _ in range(n)]  # type: list[list[str]]
    rule_ids = [[] for _ in range(n)]  # type: list[list[str]]
    for f in findings:
        for row in np.flatnonzero(f.fired):
            reasons[row].append(f.code)
            sentences[row].append(str(f.sentences[row]))
            if f.rule not in rule_ids[row]:
                rule_ids[row].append(f.rule)
    return (
        np.array([";".join(r) for r in reasons], dtype=object),
        np.array([" ".join(s) for s in sentences], dtype=object),
        np.array([";".join(r) for r in rule_ids], dtype=object),
    )


def _fits_sentences(
    manoeuvres: pd.DataFrame, others: np.ndarray, regular: np.ndarray
) -> np.ndarray:
    dv = manoeuvres["delta_v_mps"].to_numpy(dtype=np.float64, na_value=np.nan)
    direction = manoeuvres["direction"].astype(str).to_numpy()
    out = np.full(len(dv), "", dtype=object)
    for row in np.flatnonzero(regular):
        out[row] = (
            f"Fits this object's pattern of life: Δv {fmt(dv[row], 'm/s')} {direction[row]},"
            f" like its {others[row]} other manoeuvres in size, timing and place."
        )
    return out
