"""Norm checks: behaviour against agreed guidelines, as ``norm`` and ``launch`` events.

- GEO end-of-mission disposal (:mod:`~ssaviewer.core.norms.geo_disposal`; IADC, UN),
- LEO post-mission orbital lifetime (:mod:`~ssaviewer.core.norms.lifetime`; IADC, UN 25
  years; FCC 2022, ESA 2023 5 years),
- new launches and their pre-launch notification (:mod:`~ssaviewer.core.norms.launches`),
- proximity to another operator's satellite in GEO (:mod:`~ssaviewer.core.norms.proximity`)
  and LEO (:mod:`~ssaviewer.core.norms.proximity_leo`),
- a per-object summary, with manoeuvre notification (:mod:`~ssaviewer.core.norms.summary`).

Every check cites its sources in its rules section and its events. These are estimates from
public element sets, not legal findings.
"""

# The detect pipeline runs the norm checks, and the checks build events with its helpers:
# importing it first makes either package safe to import first.
import ssaviewer.core.detect  # noqa: F401
from ssaviewer.core.launch_notifications import read_launch_notifications
from ssaviewer.core.norms.summary import NORM_EVENT_TYPES, norm_summary, summary_in

__all__ = ["NORM_EVENT_TYPES", "norm_summary", "read_launch_notifications", "summary_in"]
