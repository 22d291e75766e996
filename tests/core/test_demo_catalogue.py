"""The demo's SATCAT (sample_data/satcat.csv) when loaded, and ``non-manoeuvrable-type``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from ssaviewer.core.dataset import Dataset, load
from ssaviewer.core.detect import run_detection

ROCKET_BODIES = {90009, 90010}
DEBRIS = set(range(100101, 100113))


@pytest.fixture(scope="module")
def dataset(repo_root: Path) -> Dataset:
    return load(repo_root / "sample_data")


@pytest.fixture(scope="module")
def events(dataset: Dataset) -> pd.DataFrame:
    return run_detection(dataset)


def _typed(dataset: Dataset, object_type: str) -> set[int]:
    objects = dataset.objects
    return set(objects.loc[objects["object_type"] == object_type, "norad_id"].tolist())


def test_every_demo_object_has_a_type_and_an_owner(dataset: Dataset) -> None:
    objects = dataset.objects
    assert dataset.report.rejected.empty
    assert set(objects["norad_id"]) == set(dataset.elements["norad_id"])
    assert _typed(dataset, "R/B") == ROCKET_BODIES
    assert _typed(dataset, "DEB") == DEBRIS
    assert _typed(dataset, "PAY") == set(objects["norad_id"]) - ROCKET_BODIES - DEBRIS
    assert objects["owner"].str.fullmatch(r"[A-Z/]{2,5}").all()
    assert (objects["launch_date"] < objects["first_epoch_utc"].dt.tz_localize(None)).all()
    assert objects["decay_date"].notna().sum() == 1  # SPARROW-1 re-enters


def _flagged(events: pd.DataFrame) -> pd.DataFrame:
    manoeuvres = events[events["event_type"] == "manoeuvre"]
    return manoeuvres[manoeuvres["reasons"].str.contains("non-manoeuvrable-type", regex=False)]


def test_no_payload_manoeuvre_is_called_non_manoeuvrable(
    dataset: Dataset, events: pd.DataFrame
) -> None:
    manoeuvres = events[events["event_type"] == "manoeuvre"]
    non_payload = ROCKET_BODIES | DEBRIS
    assert len(manoeuvres) > 400
    # The simulator gives the rocket bodies and debris no burns and none is detected, so the
    # rule fires nowhere; every manoeuvre that carries it would have to be on one of them.
    assert not manoeuvres["norad_id"].isin(list(non_payload)).any()
    assert set(_flagged(events)["norad_id"]) <= non_payload
    assert _flagged(events).empty


def test_a_payload_catalogued_as_debris_gets_the_reason(dataset: Dataset) -> None:
    aurora = 90001
    objects = dataset.objects.copy()
    objects["object_type"] = objects["object_type"].astype("string")
    objects.loc[objects["norad_id"] == aurora, "object_type"] = "DEB"
    objects["object_type"] = objects["object_type"].astype("category")
    keep = dataset.elements["norad_id"].isin([aurora, 90009])
    retyped = replace(dataset, elements=dataset.elements[keep], objects=objects)
    manoeuvres = run_detection(retyped, screen=None)
    manoeuvres = manoeuvres[manoeuvres["event_type"] == "manoeuvre"]
    assert len(manoeuvres) > 20
    assert set(manoeuvres["norad_id"]) == {aurora}
    assert manoeuvres["reasons"].str.contains("non-manoeuvrable-type", regex=False).all()
    assert (manoeuvres["label"] == "irregular").all()
