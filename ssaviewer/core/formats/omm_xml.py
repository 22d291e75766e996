"""CCSDS OMM in XML: a bare ``<omm>`` or an ``<ndm>`` holding many, parsed safely.

Safety: a document with a DTD, entity declarations (billion-laughs expansion bombs) or external
references is refused as a whole, with the reason, by defusedxml's parser. Entities and external
references can only be declared in a DTD, so a document in an ASCII-compatible encoding whose
bytes hold no ``<!DOCTYPE`` cannot use them: only such documents take the C parser (about 3x
faster); everything else goes through defusedxml.

The root's namespace (if any) is followed. Each ``<segment>`` is one record: the first element
inside it named by a keyword that is read (``EPOCH``, ``MEAN_MOTION`` ... normally within
``metadata``, ``meanElements`` and ``tleParameters``) gives that keyword's value. Records are
numbered in document order (``file:#n``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET
import numpy as np
import pandas as pd

from ssaviewer.core.formats.omm_table import KEYWORDS, build_elements, is_plain_text
from ssaviewer.core.formats.read import Read, no_warnings
from ssaviewer.core.schema import BASE_COLUMNS, empty_frame, rejected_frame

_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:omm|ndm)[\s/>]")
_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)")
_ASCII_ENCODINGS = (b"utf-8", b"utf8", b"us-ascii", b"ascii", b"iso-8859-1", b"latin-1", b"latin1")


def looks_like_omm_xml(head: bytes) -> bool:
    """Return True for XML whose start shows an ``<omm>`` or ``<ndm>`` element."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text[:1] == b"<" and _ROOT.search(text) is not None


def parse_omm_xml(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse OMM XML into element sets and rejected records; see :func:`read_omm_xml`."""
    return _read(data, source, [])


def read_omm_xml(data: bytes, source: str) -> Read:
    """Parse OMM XML into element sets and rejected records.

    Parameters
    ----------
    data
        The file's bytes (already decompressed).
    source
        Name used in ``source``/``record`` (``file:#n``, the n-th segment) and in rejections.

    Returns
    -------
    Read
        ``elements`` has ``schema.BASE_COLUMNS``; ``rejected`` has ``schema.REJECTED_COLUMNS``.
        Unsafe or malformed XML is one rejection for the whole file (line 0).
        ``warnings`` (``schema.WARNING_COLUMNS``) names every ``OBJECT_ID`` read as
        ``YYYY-NNNP{1,3}`` though written otherwise (``1959-009  B``).
    """
    warned: list[pd.DataFrame] = []
    elements, rejected = _read(data, source, warned)
    return Read(elements, rejected, warned[0] if warned else no_warnings())


def _read(
    data: bytes, source: str, warned: list[pd.DataFrame]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    try:
        root = _parse(data)
    except defusedxml.DTDForbidden as exc:
        return _refused(source, _dtd_reason(data, exc))
    except defusedxml.EntitiesForbidden:
        return _refused(source, "declares XML entities (possible expansion bomb); refused")
    except defusedxml.ExternalReferenceForbidden:
        return _refused(source, "refers to an external resource; refused for safety")
    except defusedxml.DefusedXmlException as exc:
        return _refused(source, f"uses an unsafe XML feature ({exc}); refused")
    except ParseError as exc:
        return _refused(source, f"is not well-formed XML ({exc})")
    kinds, records = _records(root)
    if not records:
        return _refused(source, "holds no OMM <segment> (expected <omm><body><segment>...)")
    is_omm = np.array([kind == "omm" for kind in kinds], dtype=bool)
    numbers = np.arange(1, len(records) + 1, dtype=np.int64)
    omm = [record for record, keep in zip(records, is_omm, strict=True) if keep]
    raw = _table(omm)
    plain = is_plain_text(data, b"&")
    elements, rejected = build_elements(
        raw,
        numbers[is_omm],
        warnings=warned,
        source=source,
        fmt="omm-xml",
        unit="record",
        check_text=not plain,
    )
    if is_omm.all():
        return elements, rejected
    others = [kind for kind in kinds if kind != "omm"]
    not_omm = rejected_frame(
        source,
        numbers[~is_omm],
        [_not_omm_reason(kind) for kind in others],
        value=[f"<{kind}>" for kind in others],
        unit="record",
    )
    rejected = pd.concat([not_omm, rejected], ignore_index=True)
    return elements, rejected.sort_values("line", kind="stable", ignore_index=True)


#: The other CCSDS navigation messages an NDM may hold (CCSDS 505.0-B, 502.0-B).
_MESSAGES = {
    "opm": "an OPM (orbit parameter message: a state vector)",
    "oem": "an OEM (orbit ephemeris message: a table of states)",
    "ocm": "an OCM (orbit comprehensive message)",
    "aem": "an AEM (attitude ephemeris message)",
    "apm": "an APM (attitude parameter message)",
    "tdm": "a TDM (tracking data message)",
    "cdm": "a CDM (conjunction data message)",
    "rdm": "an RDM (re-entry data message)",
}


def _not_omm_reason(kind: str) -> str:
    what = _MESSAGES.get(kind, f"a <{kind}> message")
    return f"segment of {what}, not an OMM: only OMM mean elements are read"


def _dtd_reason(data: bytes, exc: defusedxml.DTDForbidden) -> str:
    """Say what the refused DTD would have done (expat stops at its first line)."""
    if b"<!ENTITY" in data:
        return (
            "declares entities in a DTD (<!ENTITY>: an entity-expansion bomb or an external "
            "entity); refused for safety"
        )
    if exc.sysid or exc.pubid:
        return f"refers to an external DTD ({exc.sysid or exc.pubid}); refused for safety"
    return "contains a DTD (<!DOCTYPE>); refused for safety"


def _refused(source: str, reason: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    return empty_frame(BASE_COLUMNS), rejected_frame(source, [0], [f"XML {reason}"])


def _parse(data: bytes) -> Element:
    """Parse with the C parser when no DTD can be present, else with defusedxml."""
    if b"<!DOCTYPE" not in data and _ascii_compatible(data):
        return ET.fromstring(data)
    return SafeET.fromstring(data, forbid_dtd=True)  # type: ignore[no-any-return]


def _ascii_compatible(data: bytes) -> bool:
    """Return True when ``data`` opens with ASCII ``<`` and declares no other encoding."""
    head = data[:512].removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    if not head.startswith(b"<"):
        return False
    declared = _ENCODING.match(head)
    return declared is None or declared.group(1).lower() in _ASCII_ENCODINGS


def _records(root: Element) -> tuple[list[str], list[dict[str, str]]]:
    """Return, per segment in document order, its message kind and its keyword -> text.

    The kind is the local name of the message element holding the segment (``omm``, or
    ``opm``, ``oem``, ``ocm`` ... in an NDM); only keywords that are read are kept.
    """
    tag = str(root.tag)
    ns = tag[: tag.index("}") + 1] if tag.startswith("{") else ""
    wanted = {ns + key: key for key in KEYWORDS}
    kinds: list[str] = []
    records = []
    for message in _messages(root, ns):
        kind = str(message.tag).removeprefix(ns).lower()
        for segment in message.iter(ns + "segment"):
            fields: dict[str, str] = {}
            for element in segment.iter():
                key = wanted.get(element.tag)
                if key is not None and key not in fields:
                    fields[key] = (element.text or "").strip()
            kinds.append(kind)
            records.append(fields)
    return kinds, records


def _table(records: list[dict[str, str]]) -> pd.DataFrame:
    """Return one row per record, one text column per keyword found in any record (else NA)."""
    if any(records):
        return pd.DataFrame.from_records(records)
    return pd.DataFrame(index=pd.RangeIndex(len(records)))  # from_records would give no rows


def _messages(root: Element, ns: str) -> list[Element]:
    """Return the messages of an ``<ndm>`` (its children), or the root message itself."""
    if str(root.tag).removeprefix(ns).lower() == "ndm":
        return list(root)
    return [root]
