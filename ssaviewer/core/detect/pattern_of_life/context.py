"""Pattern of life, context: what the catalogue and the operator say about the object.

Codes:

``non-manoeuvrable-type``
    The object is catalogued (``objects.object_type``) as one of ``types`` (default debris
    ``DEB`` and rocket body ``R/B``), which cannot manoeuvre: the change is a cross-tag, a
    break-up, outgassing or a mis-typed object, and worth a look either way.
``unannounced``
    Operator notifications are loaded (a table ``norad_id, start_utc, end_utc``), the object
    has notifications, the manoeuvre lies within the span they cover (± ``margin_hours``) and
    none of them overlaps its window widened by ``margin_hours``. Objects without any
    notification are never flagged: no notifications means no operator data, not silence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_HOUR
from ssaviewer.core.detect.element_table import Regimes
from ssaviewer.core.detect.pattern_of_life.findings import Finding, finding
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message

CATALOGUE_SECTION = "catalogue"
NOTIFICATION_SECTION = "notifications"
_TYPE_NAMES = {"DEB": "debris", "R/B": "a rocket body"}


@dataclass(frozen=True)
class CatalogueParams:
    """Which catalogue object types cannot manoeuvre."""

    types: tuple[str, ...] = ("DEB", "R/B")


@dataclass(frozen=True)
class NotificationParams:
    """How closely a notification must match a manoeuvre's window."""

    #: A notification within this many hours of the window matches it.
    margin_hours: float = 24.0


CATALOGUE_RULE_SECTION = RuleSection(
    CATALOGUE_SECTION, CatalogueParams, {ALL_REGIMES: CatalogueParams()}
)
NOTIFICATION_RULE_SECTION = RuleSection(
    NOTIFICATION_SECTION, NotificationParams, {ALL_REGIMES: NotificationParams()}
)
RULE_SECTIONS = (CATALOGUE_RULE_SECTION, NOTIFICATION_RULE_SECTION)


def type_findings(manoeuvres: pd.DataFrame, objects: pd.DataFrame, rules: Rules) -> list[Finding]:
    """Evaluate ``non-manoeuvrable-type`` from the object table's ``object_type``."""
    if not objects["object_type"].notna().any():  # no catalogue types (element sets alone)
        object_type = np.full(len(manoeuvres), "", dtype=object)
    else:
        types = objects.set_index("norad_id")["object_type"].astype("string").fillna("")
        types = types[~types.index.duplicated(keep="last")]
        known = types.reindex(manoeuvres["norad_id"].to_numpy()).fillna("")
        object_type = known.to_numpy(dtype=object)
    fired = np.zeros(len(manoeuvres), dtype=bool)
    regimes = Regimes.of(manoeuvres["regime"])
    for code, regime in enumerate(regimes.labels):
        bad = rules.section(CATALOGUE_RULE_SECTION, regime).types
        fired |= (regimes.codes == code) & np.isin(object_type, list(bad))
    return [
        finding(
            "non-manoeuvrable-type",
            CATALOGUE_SECTION,
            fired,
            lambda t: message("non-manoeuvrable-type").format(
                type_name=_TYPE_NAMES.get(t, t), object_type=t
            ),
            object_type,
        )
    ]


def notification_findings(
    manoeuvres: pd.DataFrame, notifications: pd.DataFrame | None, rules: Rules
) -> list[Finding]:
    """Evaluate ``unannounced`` against ``notifications`` (``norad_id, start_utc, end_utc``)."""
    n = len(manoeuvres)
    if notifications is None or len(notifications) == 0 or n == 0:
        return [finding("unannounced", NOTIFICATION_SECTION, np.zeros(n, bool), "")]
    regimes = Regimes.of(manoeuvres["regime"])
    margin = regimes.param(rules, NOTIFICATION_RULE_SECTION, lambda p: p.margin_hours) * NS_PER_HOUR
    start = _ns(manoeuvres["window_start_utc"]) - margin
    end = _ns(manoeuvres["window_end_utc"]) + margin
    rows = pd.DataFrame(
        {
            "row": np.arange(n),
            "norad_id": manoeuvres["norad_id"].to_numpy(),
            "start": start,
            "end": end,
        }
    )
    notes = pd.DataFrame(
        {
            "norad_id": notifications["norad_id"].to_numpy(dtype=np.int64),
            "n_start": _ns(notifications["start_utc"]),
            "n_end": _ns(notifications["end_utc"]),
        }
    )
    pairs = rows.merge(notes, on="norad_id")
    overlap = (pairs["n_start"] <= pairs["end"]) & (pairs["n_end"] >= pairs["start"])
    matched = np.zeros(n, dtype=bool)
    matched[pairs.loc[overlap, "row"].to_numpy()] = True
    span = notes.groupby("norad_id").agg(first=("n_start", "min"), last=("n_end", "max"))
    first = span["first"].reindex(rows["norad_id"]).to_numpy(dtype=np.float64)
    last = span["last"].reindex(rows["norad_id"]).to_numpy(dtype=np.float64)
    with np.errstate(invalid="ignore"):
        covered = (end >= first) & (start <= last)
    return [
        finding(
            "unannounced",
            NOTIFICATION_SECTION,
            covered & ~matched,
            lambda h: message("unannounced").format(hours=f"{h / NS_PER_HOUR:.0f}"),
            margin,
        )
    ]


def _ns(series: pd.Series) -> np.ndarray:
    values: np.ndarray = (
        pd.to_datetime(series, utc=True).to_numpy(dtype="datetime64[ns]").astype(np.int64)
    ).astype(np.float64)
    return values
