"""Label each manoeuvre regular, irregular or undetermined, with reason codes and sentences.

Rules run in a fixed order (magnitude, direction, cadence, box, GEO slot, catalogue, notifications,
close approaches) and each returns :class:`~ssaviewer.core.detect.pattern_of_life.findings.Finding`
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

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.element_table import category_codes, rule_values
from ssaviewer.core.detect.pattern_of_life.findings import Finding, finding, fmt
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import formatter, message

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
    "after-long-silence",
    "during-re-entry",
    "short-history",
)


@dataclass(frozen=True)
class LabelParams:
    """How findings become a label (see the module docstring)."""

    #: Other manoeuvres of the object needed to call a manoeuvre regular.
    min_history: int = 3
    #: Codes that make a manoeuvre irregular.
    irregular_codes: tuple[str, ...] = REASON_CODES[:-3]
    #: Codes that make a manoeuvre undetermined, whatever else fired.
    undetermined_codes: tuple[str, ...] = ("after-long-silence", "during-re-entry")

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
    regime, regime_labels = category_codes(manoeuvres["regime"])
    groups = pd.factorize(manoeuvres["norad_id"].to_numpy())[0]
    others = np.bincount(groups)[groups] - 1 if n else np.zeros(0, dtype=np.int64)
    min_history = rule_values(rules, RULE_SECTION, lambda p: p.min_history, regime_labels)[regime]
    irregular, unsure = _verdicts(regime, regime_labels, findings, rules)
    short = ~irregular & ~unsure & (others < min_history)
    all_findings = [
        *findings,
        finding(
            "short-history",
            SECTION,
            short,
            lambda k, m: message("short-history.one" if k == 1 else "short-history.many").format(
                count=k, need=f"{m:.0f}"
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
        dtype=object,
    )


def irregular(manoeuvres: pd.DataFrame, findings: Sequence[Finding], rules: Rules) -> np.ndarray:
    """Return whether each manoeuvre is labelled irregular (``combine(...)["label"]``).

    The same verdict as :func:`combine` without building its reasons and sentences.
    """
    regime, regime_labels = category_codes(manoeuvres["regime"])
    return _verdicts(regime, regime_labels, findings, rules)[0]


def _verdicts(
    regime: np.ndarray, regime_labels: list[str], findings: Sequence[Finding], rules: Rules
) -> tuple[np.ndarray, np.ndarray]:
    """Per manoeuvre: irregular (and not undetermined), and undetermined by a finding."""
    n = len(regime)
    irregular = np.zeros(n, dtype=bool)
    unsure = np.zeros(n, dtype=bool)
    for f in findings:
        irregular |= f.fired & _listed(
            rules, regime, regime_labels, lambda p: p.irregular_codes, f.code
        )
        unsure |= f.fired & _listed(
            rules, regime, regime_labels, lambda p: p.undetermined_codes, f.code
        )
    irregular &= ~unsure
    return irregular, unsure


def _listed(
    rules: Rules,
    regime: np.ndarray,
    regime_labels: list[str],
    field: Callable[[LabelParams], tuple[str, ...]],
    code: str,
) -> np.ndarray:
    """Whether ``code`` is in the ``field`` list of each row's regime."""
    listed = np.array([code in field(rules.section(RULE_SECTION, r)) for r in regime_labels])
    out: np.ndarray = listed[regime] if len(listed) else np.zeros(len(regime), dtype=bool)
    return out


def _join(findings: Sequence[Finding], n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Reason codes, sentences and rule ids of every row, joined in rule order ("" if none)."""
    reasons = np.full(n, "", dtype=object)
    sentences = np.full(n, "", dtype=object)
    rule_ids = np.full(n, "", dtype=object)
    any_fired = np.zeros(n, dtype=bool)
    for f in findings:
        any_fired |= f.fired
    rows = np.flatnonzero(any_fired)
    if len(rows) == 0:
        return reasons, sentences, rule_ids
    # Only the rows where something fired are built in Python, one list per row.
    codes: list[list[str]] = [[] for _ in rows]
    texts: list[list[str]] = [[] for _ in rows]
    ids: list[list[str]] = [[] for _ in rows]
    for f in findings:
        hit = f.fired[rows]
        for k, sentence in zip(np.flatnonzero(hit).tolist(), f.sentences[rows[hit]], strict=True):
            codes[k].append(f.code)
            texts[k].append(str(sentence))
            if f.rule not in ids[k]:
                ids[k].append(f.rule)
    reasons[rows] = [";".join(c) for c in codes]
    sentences[rows] = [" ".join(t) for t in texts]
    rule_ids[rows] = [";".join(r) for r in ids]
    return reasons, sentences, rule_ids


def _fits_sentences(
    manoeuvres: pd.DataFrame, others: np.ndarray, regular: np.ndarray
) -> np.ndarray:
    dv = manoeuvres["delta_v_mps"].to_numpy(dtype=np.float64, na_value=np.nan)
    direction = manoeuvres["direction"].astype(str).to_numpy(dtype=object)
    out = np.full(len(dv), "", dtype=object)
    rows = np.flatnonzero(regular)
    values, kinds, counts = dv[rows].tolist(), direction[rows].tolist(), others[rows].tolist()
    # fmt() inlined for the usual sizes (finite, under 1,000 m/s) ...
    fits = formatter("within-pattern", dv="{:.3g} m/s", direction="{}", count="{}")
    texts = [fits(v, d, k) for v, d, k in zip(values, kinds, counts, strict=True)]
    # ... and fmt() itself for the rest.
    fits_any = formatter("within-pattern", dv="{}", direction="{}", count="{}")
    for j in np.flatnonzero(~(np.isfinite(dv[rows]) & (np.abs(dv[rows]) < 1000))):
        texts[j] = fits_any(fmt(values[j], "m/s"), kinds[j], counts[j])
    out[rows] = texts
    return out
