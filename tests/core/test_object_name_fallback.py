"""Every object has a name: published, else the file's name (one object per file), else NORAD n."""

from __future__ import annotations

from pathlib import Path

import ssaviewer
from ssaviewer.core.dataset import NAME_FROM_FILE, NAME_FROM_NORAD, NAME_PUBLISHED
from tests.gui.synthetic import daily, tle_text


def _two_line(text: str) -> str:
    """Drop the title lines: real histories carry none."""
    lines = text.splitlines()
    return "\n".join(line for k, line in enumerate(lines) if k % 3) + "\n"


def test_names_come_from_the_file_when_it_holds_one_object(tmp_path: Path) -> None:
    epochs = daily("2024-03-01", 4)
    (tmp_path / "Jason-3.tle").write_text(_two_line(tle_text(41240, "", epochs)))
    both = tle_text(90001, "", epochs) + tle_text(90002, "", epochs)
    (tmp_path / "pair.tle").write_text(_two_line(both))
    (tmp_path / "named.tle").write_text(tle_text(90003, "TEST SAT", epochs))
    objects = ssaviewer.load(tmp_path).objects.set_index("norad_id")
    assert objects.loc[41240, "object_name"] == "Jason-3"
    assert objects.loc[41240, "name_source"] == NAME_FROM_FILE
    assert objects.loc[90001, "object_name"] == "NORAD 90001"
    assert objects.loc[90001, "name_source"] == NAME_FROM_NORAD
    assert objects.loc[90003, "object_name"] == "TEST SAT"
    assert objects.loc[90003, "name_source"] == NAME_PUBLISHED


def test_real_histories_are_named_after_their_files(shared_data: Path) -> None:
    dataset = ssaviewer.load(shared_data / "tle" / "Jason-3.tle", shared_data / "tle" / "QZS-2.tle")
    names = dict(zip(dataset.objects["norad_id"], dataset.objects["object_name"], strict=True))
    assert names == {41240: "Jason-3", 42738: "QZS-2"}


def test_events_of_real_histories_carry_the_file_name(shared_data: Path) -> None:
    from ssaviewer.core.detect import run_detection

    events = run_detection(ssaviewer.load(shared_data / "tle" / "Jason-3.tle"), screen=None)
    assert len(events)
    assert set(events["object_name"]) == {"Jason-3"}
