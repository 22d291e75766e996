"""The scenario builder's SPEC and lesson text: parsed, simulated and bundled."""

from __future__ import annotations

import pandas as pd
import pytest

from ssaviewer.core.simulate import parse_spec
from ssaviewer.core.training import build_training_scenario, parse_lesson
from ssaviewer.core.training.builder import (
    BuilderBehaviour,
    BuilderObject,
    default_notes,
    lesson_toml,
    spec_toml,
)

START = pd.Timestamp("2025-06-01T00:00:00Z")
OBJECTS = [
    BuilderObject(92001, 'KITE "A"', "LEO", 520.0, 97.5, routine=True),
    BuilderObject(92002, "KITE-B", "LEO", 600.0, 53.0, routine=False),
    BuilderObject(92021, "PEAK-1", "GEO", 30.0, 0.05, routine=True),
]
BEHAVIOURS = [
    BuilderBehaviour(92001, "orbit change", 10.5, 12.0),
    BuilderBehaviour(92002, "inclination change", 20.0, 0.1),
    BuilderBehaviour(92002, "fragmentation", 25.0, 2),
    BuilderBehaviour(92021, "relocation", 5.0, 4.0),
]


def test_spec_parses_and_simulates_the_chosen_behaviours() -> None:
    text = spec_toml("Builder test", START, 40, 7, OBJECTS, BEHAVIOURS)
    spec = parse_spec(text)
    assert [o.name for o in spec.leo] == ['KITE "A"', "KITE-B"]
    assert spec.leo[0].drag_makeup_band_km > 0
    assert spec.leo[1].drag_makeup_band_km == 0
    assert spec.geo[0].relocations[0].to_longitude_deg == 34.0
    assert spec.fragmentation[0].pieces == 2
    lesson_text = lesson_toml(
        "T", "S", 24, "irregular", pd.DataFrame(columns=["norad_id", "time_utc", "text"])
    )
    scenario = build_training_scenario(text, lesson_text)
    irregular = scenario.answer_key.loc[scenario.answer_key["expected_label"] == "irregular"]
    assert set(irregular["behaviour"]) == {
        "orbit-raising",
        "inclination-change",
        "fragmentation",
        "geo-relocation",
    }
    assert scenario.answer_key["behaviour"].eq("drag-makeup").any()  # routine for KITE "A"


def test_behaviour_on_the_wrong_regime_is_named() -> None:
    with pytest.raises(ValueError, match="'relocation' on NORAD 92001: expected a GEO object"):
        spec_toml("x", START, 40, 1, OBJECTS, [BuilderBehaviour(92001, "relocation", 5, 1)])
    with pytest.raises(ValueError, match="share a NORAD id"):
        spec_toml("x", START, 40, 1, [OBJECTS[0], OBJECTS[0]], [])


def test_drafted_notes_round_trip_through_the_lesson() -> None:
    text = spec_toml("Builder test", START, 40, 7, OBJECTS, BEHAVIOURS)
    draft = build_training_scenario(
        text,
        lesson_toml("T", "", 24, "all", pd.DataFrame(columns=["norad_id", "time_utc", "text"])),
    )
    notes = default_notes(draft.answer_key)
    assert len(notes) == 5  # relocation start and stop, raising, inclination, break-up
    lesson = parse_lesson(lesson_toml("My lesson", 'Watch "a"', 30, "irregular", notes))
    assert lesson.title == "My lesson"
    assert lesson.summary == 'Watch "a"'
    assert lesson.notes["text"].str.startswith(("KITE", "PEAK")).all()
    bundled = build_training_scenario(text, lesson_toml("T", "", 30, "irregular", notes))
    assert bundled.key()["narration"].ne("").sum() == 5


def test_loaded_objects_become_builder_objects(repo_root: object) -> None:
    import ssaviewer
    from ssaviewer.core.training.builder import object_from_history

    demo = ssaviewer.load(*(f"{repo_root}/sample_data/{n}" for n in ("leo.tle", "geo.tle")))
    terraview = object_from_history(demo.elements, 90005)  # 620 km, 97.8° + 0.08° in the SPEC
    assert (terraview.regime, terraview.name) == ("LEO", "TERRAVIEW-3")
    assert terraview.place == pytest.approx(620, abs=15)
    assert terraview.inclination_deg == pytest.approx(97.88, abs=0.05)
    geocom = object_from_history(demo.elements, 90021)  # at 18° E
    assert geocom.regime == "GEO"
    assert geocom.place == pytest.approx(18.0, abs=0.2)
    with pytest.raises(ValueError, match="NORAD 1: no element sets"):
        object_from_history(demo.elements, 1)
