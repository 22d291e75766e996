"""Findings bundles: a bundle verifies; a changed input byte, rule or event does not."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.bundle import compare_events

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A bundle of ``detect`` on a copy of the GEO file with a rules file."""
    root = tmp_path_factory.mktemp("bundle")
    data = root / "data"
    data.mkdir()
    shutil.copy(SAMPLE / "geo.tle", data / "geo.tle")
    shutil.copy(SAMPLE / "satcat.csv", data / "satcat.csv")
    rules = root / "rules.toml"
    rules.write_text(_rules_text())
    bundle = root / "findings.zip"
    args = ["detect", str(data), "-o", str(root / "events.csv"), "--rules", str(rules)]
    assert main([*args, "--bundle", str(bundle)]) == 0
    return root, data, bundle


def _rules_text() -> str:
    from ssaviewer.core.detect import default_rules_text

    # The shipped rules, given as a rules file (so the bundle carries rules.toml).
    return default_rules_text()


def _copy(bundle: Path, target: Path, change: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(target, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, (change or {}).get(name, src.read(name)))
    return target


def test_manifest_records_inputs_rules_versions_platform(made: tuple[Path, Path, Path]) -> None:
    bundle = made[2]
    with zipfile.ZipFile(bundle) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert z.read("rules.toml").decode() == _rules_text()
    names = {e["relative"] for e in manifest["inputs"]}
    assert names == {"data/geo.tle", "data/satcat.csv"}
    assert all(len(e["sha256"]) == 64 for e in manifest["inputs"])
    assert {"ssaviewer", "numpy", "pandas", "sgp4", "python"} <= set(manifest["versions"])
    assert manifest["platform"]["machine"]
    assert manifest["events"]["rows"] > 0


def test_bundle_verifies(made: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(made[2])]) == 0
    out = capsys.readouterr().out
    assert "VERIFIED" in out
    assert " 0 changed, 0 missing, 0 new" in out


def test_bundle_verifies_with_inputs_found_by_hash_elsewhere(
    made: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, data, bundle = made
    moved = tmp_path / "elsewhere" / "renamed-folder"
    shutil.copytree(data, moved)
    shutil.move(data, tmp_path / "gone")  # nothing left at the recorded paths
    try:
        assert main(["verify", str(bundle), "--data", str(tmp_path / "elsewhere")]) == 0
    finally:
        shutil.move(tmp_path / "gone", data)
    assert "VERIFIED" in capsys.readouterr().out


def test_one_changed_input_byte_is_named(
    made: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, data, bundle = made
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    text = bytearray((copy / "geo.tle").read_bytes())
    line2 = text.index(b"\n2 ") + 1
    # The last digit of the mean motion, and the checksum to match: a valid, different set.
    k = line2 + 62
    text[k] = ord("0") + (text[k] - ord("0") + 1) % 10
    text[line2 + 68] = ord("0") + (text[line2 + 68] - ord("0") + 1) % 10
    (copy / "geo.tle").write_bytes(bytes(text))
    shutil.move(data, tmp_path / "gone")
    try:
        status = main(["verify", str(bundle), "--data", str(copy)])
    finally:
        shutil.move(tmp_path / "gone", data)
    out = capsys.readouterr().out
    assert status == 1
    assert "input data/geo.tle: changed" in out
    assert "NOT VERIFIED" in out


def test_changed_rules_are_named(
    made: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = _rules_text().replace("enabled = true", "enabled = false", 1)
    assert changed != _rules_text()
    bad = _copy(made[2], tmp_path / "rules.zip", {"rules.toml": changed.encode()})
    assert main(["verify", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "rules.toml: changed" in out
    assert "NOT VERIFIED" in out


def test_changed_events_are_named_event_by_event(
    made: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with zipfile.ZipFile(made[2]) as z:
        lines = z.read("events.csv").decode().splitlines(keepends=True)
    header = lines[0].rstrip("\r\n").split(",")
    label = header.index("label")
    row = lines[1].split(",")
    row[label] = "irregular" if row[label] != "irregular" else "regular"
    tampered = [lines[0], ",".join(row), *lines[3:]]  # one changed, one removed
    bad = _copy(made[2], tmp_path / "events.zip", {"events.csv": "".join(tampered).encode()})
    assert main(["verify", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "events.csv: changed after the bundle was written" in out
    assert "1 changed, 0 missing, 1 new" in out
    assert "fields label" in out


def test_compare_events_reports_each_kind() -> None:
    before = "event_id,label,x\na,regular,1\nb,regular,2\nc,regular,3\n"
    after = "event_id,label,x\na,regular,1\nb,irregular,2\nd,regular,4\n"
    diff = compare_events(before, after)
    assert diff.identical == ["a"]
    assert diff.changed == {"b": ["label"]}
    assert diff.missing == ["c"]
    assert diff.new == ["d"]
    assert not diff.same


def test_unreadable_bundle_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.zip").write_bytes(b"nope")
    assert main(["verify", str(tmp_path / "x.zip")]) == 2
    assert "cannot be read as a findings bundle" in capsys.readouterr().err


def test_a_different_version_is_named(
    made: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with zipfile.ZipFile(made[2]) as z:
        manifest = json.loads(z.read("manifest.json"))
    manifest["versions"]["numpy"] = "0.0.1"
    changed = _copy(made[2], tmp_path / "v.zip", {"manifest.json": json.dumps(manifest).encode()})
    # The events are still re-derived exactly, so it verifies; the difference is named.
    assert main(["verify", str(changed)]) == 0
    out = capsys.readouterr().out
    assert "version: numpy 0.0.1 recorded" in out
    assert "VERIFIED" in out


def test_options_that_filter_events_are_replayed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "f.zip"
    args = ["detect", str(SAMPLE / "geo.tle"), "-o", str(tmp_path / "e.csv")]
    assert main([*args, "--min-confidence", "0.99", "--flagged-only", "--bundle", str(bundle)]) == 0
    with zipfile.ZipFile(bundle) as z:
        options = json.loads(z.read("manifest.json"))["options"]
    assert options == {"flagged_only": True, "no_screening": False, "min_confidence": 0.99}
    assert main(["verify", str(bundle)]) == 0
    assert "VERIFIED" in capsys.readouterr().out
