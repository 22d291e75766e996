"""An NDM that holds other CCSDS messages besides OMMs names each of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sgp4.tests as sgp4_samples

from ssaviewer.__main__ import main
from ssaviewer.core.formats.omm_xml import parse_omm_xml

#: Structure of CCSDS 502.0-B-3 OPM and OEM XML messages; values invented for the test.
OPM = """<opm id="CCSDS_OPM_VERS" version="3.0"><header><CREATION_DATE>2023-04-25T00:00:00
</CREATION_DATE><ORIGINATOR>TEST</ORIGINATOR></header><body><segment><metadata>
<OBJECT_NAME>TESTSAT</OBJECT_NAME><OBJECT_ID>2023-001A</OBJECT_ID><CENTER_NAME>EARTH
</CENTER_NAME><REF_FRAME>GCRF</REF_FRAME><TIME_SYSTEM>UTC</TIME_SYSTEM></metadata><data>
<stateVector><EPOCH>2023-04-25T10:00:00</EPOCH><X>6655.99</X><Y>-40218.57</Y><Z>-82.91</Z>
<X_DOT>3.11</X_DOT><Y_DOT>0.47</Y_DOT><Z_DOT>-0.001</Z_DOT></stateVector></data></segment>
</body></opm>"""
OEM = """<oem id="CCSDS_OEM_VERS" version="3.0"><header><CREATION_DATE>2023-04-25T00:00:00
</CREATION_DATE><ORIGINATOR>TEST</ORIGINATOR></header><body><segment><metadata>
<OBJECT_NAME>TESTSAT</OBJECT_NAME><OBJECT_ID>2023-001A</OBJECT_ID></metadata><data>
<stateVector><EPOCH>2023-04-25T10:00:00</EPOCH><X>1</X><Y>2</Y><Z>3</Z><X_DOT>0</X_DOT>
<Y_DOT>0</Y_DOT><Z_DOT>0</Z_DOT></stateVector></data></segment><segment><metadata>
<OBJECT_NAME>TESTSAT</OBJECT_NAME></metadata><data></data></segment></body></oem>"""


def _ndm() -> bytes:
    omm = sgp4_samples.MARIO_XML.split("<omm ", 1)[1].split("</omm>", 1)[0]
    ndm = sgp4_samples.MARIO_XML.split("<omm ", 1)[0]
    return f"{ndm}{OPM}\n<omm {omm}</omm>\n{OEM}\n</ndm>\n".encode()


def test_opm_and_oem_segments_are_named_and_the_omm_is_read() -> None:
    elements, rejected = parse_omm_xml(_ndm(), "mixed.xml")
    assert elements["norad_id"].tolist() == [55123]
    assert elements["record"].tolist() == ["mixed.xml:#2"]
    assert rejected[["line", "value"]].values.tolist() == [
        [1, "<opm>"],
        [3, "<oem>"],
        [4, "<oem>"],
    ]
    assert rejected["reason"].iloc[0] == (
        "segment of an OPM (orbit parameter message: a state vector), not an OMM: only OMM "
        "mean elements are read"
    )
    assert "NORAD_CAT_ID" not in " ".join(rejected["reason"])


def test_info_on_a_mixed_ndm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mixed.xml").write_bytes(_ndm())
    assert main(["info", str(tmp_path / "mixed.xml"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["element_sets"], len(summary["rejected"])) == (1, 3)
    assert summary["first_epoch_utc"] == "2023-04-25T10:45:30.642912Z"
    assert [r["reason"].split(",")[0] for r in summary["rejected"]] == [
        "segment of an OPM (orbit parameter message: a state vector)",
        "segment of an OEM (orbit ephemeris message: a table of states)",
        "segment of an OEM (orbit ephemeris message: a table of states)",
    ]
