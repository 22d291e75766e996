"""SPEC validation: every mistake gets one line naming the key and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.simulate.spec import SpecError, parse_spec

HEAD = """
[scenario]
name = "t"
start_utc = 2024-01-01T00:00:00Z
days = 30
seed = 1
"""
LEO = """
[[leo]]
norad_id = 1
name = "A"
object_id = "2020-001A"
altitude_km = 500
inclination_deg = 97.0
bstar = 1e-4
"""
GEO = """
[[geo]]
norad_id = 2
name = "G"
object_id = "2020-002A"
longitude_deg = 100
"""


def test_a_valid_spec_parses_into_typed_tables() -> None:
    spec = parse_spec(
        HEAD
        + LEO
        + "manoeuvres = [{ day = 3, delta_a_km = 2 }]\n"
        + GEO
        + "approach = { target = 2, day = 5 }\n"
    )
    assert spec.days == 30.0
    assert spec.leo[0].altitude_km == 500.0  # integers are accepted where numbers are
    assert spec.leo[0].manoeuvres[0].delta_a_km == 2.0
    assert spec.geo[0].approach is not None
    assert spec.geo[0].approach.target == 2
    assert (spec.leo[0].object_type, spec.leo[0].owner) == ("", "TBD")  # type from the name
    assert str(spec.start_utc) == "2024-01-01 00:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEAD + LEO + "altitude = 3\n", "[[leo]] #1: key 'altitude': unknown key; expected one of"),
        (
            HEAD + LEO.replace("altitude_km = 500", 'altitude_km = "500"'),
            "key 'altitude_km': expected a number, got '500'",
        ),
        (HEAD + LEO.replace("bstar = 1e-4\n", ""), "key 'bstar': missing; this key is required"),
        (HEAD.replace("seed = 1\n", ""), "[scenario] key 'seed': missing"),
        (HEAD.replace("days = 30", "days = -1"), "key 'days': expected 1 to 36525, got -1.0"),
        (HEAD.replace("seed = 1", "seed = -4"), "key 'seed': expected 0 to"),
        (
            HEAD + LEO.replace("altitude_km = 500", "altitude_km = 90"),
            "key 'altitude_km': expected 150 to 2000, got 90.0",
        ),
        (HEAD + LEO.replace("bstar = 1e-4", "bstar = nan"), "key 'bstar': expected a finite"),
        (HEAD + GEO + "ew_box_deg = -0.1\n", "key 'ew_box_deg': expected 0 to 5, got -0.1"),
        (
            HEAD + LEO + "[[fragmentation]]\nparent = 1\nday = 1\npieces = 30\n"
            "first_norad_id = 100\n",
            "key 'pieces': expected 1 to 25, got 30",
        ),
        (
            HEAD + LEO + GEO + "[[fragmentation]]\nparent = 1\nday = 1\npieces = 3\n"
            "first_norad_id = 1\n",
            "key 'first_norad_id': expected ids not used",
        ),
        (HEAD + "[[meo]]\nx = 1\n", "key 'meo': unknown; expected one of"),
        (HEAD + LEO + 'format = "xml"\n', "key 'format': expected one of ('tle', 'omm-json')"),
        (HEAD + LEO + LEO, "key 'norad_id': expected a unique id"),
        (
            HEAD + LEO + 'object_type = "PAYLOAD"\n',
            "object 1: key 'object_type': expected one of PAY, R/B, DEB, UNK, got 'PAYLOAD'",
        ),
        (HEAD + GEO + 'owner = "usa"\n', "object 2: key 'owner': expected a SATCAT owner code"),
        (HEAD + GEO + "owner = 3\n", "key 'owner': expected a string, got 3"),
        (
            HEAD + GEO + "approach = { target = 7, day = 5 }\n",
            "key 'approach.target': expected the norad_id of a [[geo]] object, got 7",
        ),
        (
            HEAD + GEO + "relocations = [{ day = 5 }]\n",
            "relocations[0]: key 'to_longitude_deg': missing",
        ),
        (HEAD + LEO + "manoeuvres = 3\n", "manoeuvres: expected an array of tables"),
        (
            HEAD + "[[fragmentation]]\nparent = 9\nday = 1\npieces = 3\nfirst_norad_id = 100\n",
            "key 'parent': expected the norad_id of a [[leo]] object, got 9",
        ),
        (
            HEAD + LEO + "manoeuvres = [{ day = 45, delta_a_km = 1 }]\n",
            "[[leo]] 1 key 'manoeuvres': expected days before the end of the scenario (30), got 45",
        ),
        (
            HEAD + LEO + "rendezvous = { target = 7, day = 5 }\n",
            "[[leo]] 1 key 'rendezvous.target': expected the norad_id of another [[leo]] object",
        ),
        (
            HEAD
            + LEO
            + LEO.replace("norad_id = 1", "norad_id = 3")
            + "start_day = 4\nrendezvous = { target = 1, day = 2 }\n",
            "key 'rendezvous.day': expected a day after start_day (4), got 2",
        ),
        (
            HEAD
            + LEO
            + LEO.replace("norad_id = 1", "norad_id = 3")
            + "rendezvous = { target = 1, day = 28, final_days = 5 }\n",
            "key 'rendezvous' (day + final_days): expected days before the end",
        ),
        (
            HEAD + LEO + '[[launch_notice]]\nlaunch = "2020-001"\nstate = "US"\n',
            "[[launch_notice]] key 'launch': expected the COSPAR launch (YYYY-NNN) of an object"
            " with start_day > 0, one of [], got '2020-001'",
        ),
        (HEAD + "[scenario", "not valid TOML"),
        (HEAD.replace("2024-01-01T00:00:00Z", '"2024"'), "expected a TOML date-time"),
        (HEAD + LEO + "norad_id = true\n", "not valid TOML"),  # duplicate key
        (
            HEAD + LEO.replace("norad_id = 1", "norad_id = true"),
            "key 'norad_id': expected an integer, got True",
        ),
    ],
)
def test_bad_specs_name_the_key_and_what_was_expected(text: str, message: str) -> None:
    with pytest.raises(SpecError) as info:
        parse_spec(text, "s.toml")
    assert message in str(info.value)
    assert str(info.value).startswith("s.toml")
    assert "\n" not in str(info.value).strip() or "not valid TOML" in message


def test_cli_exits_2_with_one_line_for_a_bad_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "bad.toml"
    spec.write_text(HEAD + LEO + "colour = 3\n")
    status = main(["simulate", str(spec), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert "bad.toml: [[leo]] #1: key 'colour': unknown key" in err
    assert not (tmp_path / "out").exists()


def test_cli_exits_2_for_a_negative_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "ok.toml"
    spec.write_text(HEAD + LEO)
    status = main(["simulate", str(spec), "-o", str(tmp_path / "out"), "--seed", "-3"])
    assert status == 2
    assert "--seed: expected a non-negative integer, got -3" in capsys.readouterr().err


def test_cli_exits_2_for_a_missing_spec_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["simulate", str(tmp_path / "none.toml"), "-o", str(tmp_path)])
    assert status == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_writes_files_and_reports_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "ok.toml"
    spec.write_text(HEAD + LEO + GEO + 'format = "omm-json"\n')
    status = main(["simulate", str(spec), "-o", str(tmp_path / "out"), "--seed", "5"])
    out = capsys.readouterr().out
    assert status == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "answer_key.csv",
        "geo.json",
        "leo.tle",
        "satcat.csv",
    ]
    assert out.startswith("2 objects, ")
