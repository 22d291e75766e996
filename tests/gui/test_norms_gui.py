"""Norm checks in the window: the events table's "norms" filter and the inspector's summary."""

from __future__ import annotations

from typing import Any

import pandas as pd
from pytestqt.qtbot import QtBot

from ssaviewer.gui.events_panel import NORMS_CHOICE, EventsPanel
from ssaviewer.gui.inspector_panel import InspectorPanel
from ssaviewer.gui.session import Session
from tests.gui.synthetic import events_frame


def _with_norms() -> pd.DataFrame:
    """The three literal events plus a norm event on 90002 and a launch event on 90001."""
    events = events_frame()
    extra = events.iloc[[2, 0]].copy()
    extra["event_id"] = ["N1", "L1"]
    extra["event_type"] = ["norm", "launch"]
    extra["label"] = ["irregular", "undetermined"]
    extra["reasons"] = ["abandoned-in-geo", "new-launch"]
    extra["explanation"] = ["Station-keeping stopped.", "New launch 2024-050."]
    events = pd.concat([events, extra], ignore_index=True)
    events["norm_sources"] = ["", "", "", "IADC 5.3.1; UN guideline 6", "Hague Code"]
    return events


def _ids(panel: EventsPanel) -> list[Any]:
    return sorted(panel.model.value(r, "event_id") for r in range(panel.model.rowCount()))


def test_the_norms_choice_shows_norm_and_launch_events(qtbot: QtBot, session: Session) -> None:
    session.set_events(_with_norms())
    panel = EventsPanel(session)
    qtbot.addWidget(panel)
    choices = [panel.event_type.itemText(k) for k in range(panel.event_type.count())]
    assert choices[-1] == NORMS_CHOICE
    panel.event_type.setCurrentText(NORMS_CHOICE)
    assert _ids(panel) == ["L1", "N1"]
    panel.event_type.setCurrentText("norm")
    assert _ids(panel) == ["N1"]
    panel.event_type.setCurrentIndex(0)
    assert len(_ids(panel)) == 5


def test_no_norms_choice_without_norm_events(qtbot: QtBot, session: Session) -> None:
    panel = EventsPanel(session)
    qtbot.addWidget(panel)
    choices = [panel.event_type.itemText(k) for k in range(panel.event_type.count())]
    assert NORMS_CHOICE not in choices


def test_inspector_shows_the_objects_norm_summary(qtbot: QtBot, session: Session) -> None:
    session.set_events(_with_norms())
    inspector = InspectorPanel(session)
    qtbot.addWidget(inspector)
    session.select_event("E3")  # a manoeuvre of 90002, which also has a norm event
    text = inspector.browser.toPlainText()
    assert "Norms (estimates from public element sets, not legal findings)" in text
    assert "GEO disposal" in text
    assert "abandoned-in-geo" in text
    assert "IADC 5.3.1; UN guideline 6" in text
    session.select_event("E1")  # 90001: its launch
    assert "launch notification" in inspector.browser.toPlainText()
    assert "GEO disposal" not in inspector.browser.toPlainText()
