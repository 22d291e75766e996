"""Per-object norm summary: one row per object and check, from the finished event table.

The checks: GEO disposal, LEO post-mission lifetime, launch notification, proximity to
another operator's satellite (``norm`` and ``launch`` events) and manoeuvre notification
(the ``unannounced`` reason of manoeuvres, when operator notifications were loaded). Each row
says ``met``, ``not met`` or ``unknown``, with the reason code and the documents cited.
Estimates from public element sets, not legal findings.
"""

from __future__ import annotations

from typing import Any, Final

import pandas as pd

from ssaviewer.core.i18n import check_language, message, render_explanation, term
from ssaviewer.core.norms import sources

#: Summary columns, in order.
SUMMARY_COLUMNS: Final = ("norad_id", "object_name", "check", "status", "code", "source")

#: Reason code → (check, status).
CODE_CHECKS: Final[dict[str, tuple[str, str]]] = {
    "disposal-ok": ("GEO disposal", "met"),
    "disposal-below-guideline": ("GEO disposal", "not met"),
    "abandoned-in-geo": ("GEO disposal", "not met"),
    "lifetime-within-5-years": ("LEO post-mission lifetime", "met"),
    "lifetime-over-5-years": ("LEO post-mission lifetime", "not met (5 years)"),
    "lifetime-over-25-years": ("LEO post-mission lifetime", "not met (25 years)"),
    "proximity-operation": ("proximity to another operator's satellite", "not met"),
    "notified": ("launch notification", "met"),
    "unannounced": ("launch notification", "not met"),
    "new-launch": ("launch notification", "unknown"),
}
#: The norm event types (the events table's "norms" filter shows these).
NORM_EVENT_TYPES: Final = ("norm", "launch")


def norm_summary(events: pd.DataFrame, norad_id: int | None = None) -> pd.DataFrame:
    """Return the norm summary of ``events`` (one object's when ``norad_id`` is given).

    Returns
    -------
    pandas.DataFrame
        ``SUMMARY_COLUMNS``: per object and check, the status (``met``, ``not met``, ``not
        met (25 years)``, ``unknown``), the reason code and the sources cited. When one code
        of a check is listed twice (25 and 5 years), the stricter finding is one row each.
    """
    if norad_id is not None:
        events = events[events["norad_id"] == norad_id]
    rows: list[dict[str, object]] = []
    norms = events[events["event_type"].isin(NORM_EVENT_TYPES)]
    for event in norms.itertuples():
        cited = str(getattr(event, "norm_sources", "") or "")
        for code in str(event.reasons).split(";"):
            check, status = CODE_CHECKS.get(code, ("", ""))
            if not check:
                continue
            rows.append(_row(event, check, status, code, cited))
    manoeuvres = events[events["event_type"] == "manoeuvre"]
    for _, group in manoeuvres.groupby("norad_id", sort=True):
        late = group["reasons"].astype(str).str.split(";").apply(lambda c: "unannounced" in c)
        if late.any():
            first = group[late.to_numpy()].iloc[0]
            rows.append(
                _row(
                    first,
                    "manoeuvre notification",
                    message("norm-status.unannounced").format(count=int(late.sum())),
                    "unannounced",
                    sources.MANOEUVRE_NOTICE,
                )
            )
    table = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    return table.sort_values(["norad_id", "check"], kind="stable").reset_index(drop=True)


def summary_in(summary: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Return :func:`norm_summary` rows with ``check`` and ``status`` in language ``lang``.

    ``lang`` is one of ``ssaviewer.core.i18n.LANGUAGES`` (``"en"`` returns a copy as is);
    codes, names and sources are unchanged. Raises ``UnknownLanguageError`` for other codes.
    """
    lang = check_language(lang)
    out = summary.copy()
    if lang != "en":
        out["check"] = [term(str(c), lang) for c in out["check"]]
        out["status"] = [
            term(s, lang) if term(s, lang) != s else render_explanation(s, lang)
            for s in out["status"].astype(str)
        ]
    return out


def _row(event: Any, check: str, status: str, code: str, cited: str) -> dict[str, object]:
    return {
        "norad_id": int(event.norad_id),
        "object_name": str(getattr(event, "object_name", "") or ""),
        "check": check,
        "status": status,
        "code": code,
        "source": cited,
    }
