"""CCSDS OMM in XML: a bare ``<omm>`` or an ``<ndm>`` holding many, parsed safely.

The parser is defusedxml's: a document with a DTD, entity declarations (billion-laughs
expansion bombs) or external references is refused as a whole, with the reason. Namespaces are
ignored; keywords are read from each segment's ``metadata``, ``meanElements`` and
``tleParameters``. Records are numbered in document order (``file:#n``).
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET
import numpy as np
import pandas as pd

from ssaviewer.core.formats.omm_table import build_elements, is_plain_text
from ssaviewer.core.schema import BASE_COLUMNS, empty_frame, rejected_frame

_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:omm|ndm)[\s/>]")
_SECTIONS = ("metadata", "meanElements", "tleParameters")


def looks_like_omm_xml(head: bytes) -> bool:
    """Return True for XML whose start shows an ``<omm>`` or ``<ndm>`` element."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text[:1] == b"<" and _ROOT.search(text) is not None


def parse_omm_xml(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse OMM XML into element sets and rejected records.

    Parameters
    ----------
    data
        The file's bytes (already decompressed).
    source
        Name used in ``source``/``record`` (``file:#n``, the n-th segment) and in rejections.

    Returns
    -------
    (elements, rejected)
        ``elements`` has ``schema.BASE_COLUMNS``; ``rejected`` has ``schema.REJECTED_COLUMNS``.
        Unsafe or malformed XML is one rejection for the whole file (line 0).
    """
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
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
    records = [_fields(segment) for segment in _segments(root)]
    raw = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    numbers = np.arange(1, len(records) + 1, dtype=np.int64)
    plain = is_plain_text(data, b"&")
    return build_elements(
        raw, numbers, source=source, fmt="omm-xml", unit="record", check_text=not plain
    )


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


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _segments(root: Element) -> list[Element]:
    return [e for e in root.iter() if _local(e.tag) == "segment"]


def _fields(segment: Element) -> dict[str, str]:
    fields: dict[str, str] = {}
    for section in segment.iter():
        if _local(section.tag) not in _SECTIONS:
            continue
        for leaf in section:
            if len(leaf) == 0:
                fields.setdefault(_local(leaf.tag), (leaf.text or "").strip())
    return fields
