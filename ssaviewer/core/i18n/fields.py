"""What fills each template field: its kind, the text it matches in English, how it renders.

Every field name means the same thing in every template, so its kind is given once here:

- ``num``: a number as the detectors write it (``6,936.1``, ``-0.12``, ``1e+02``, ``nan``);
  other languages drop the thousands separator (the decimal point stays ``.``);
- ``qty``: a number and an English unit (``2.4 m/s``, ``3.5 days``), or ``unknown`` or
  ``centuries``: the unit or word is translated (``[term]``), the number as ``num``;
- ``term``: a word of ``[term]`` (``in-plane``, ``debris``), translated; other words are kept;
- ``date`` (``2025-02-24``), ``datetime`` (``2025-02-24 17:55Z``), ``lon`` (``98.04°E``),
  ``times`` (``8.7×``) and ``text`` (names, records, citations; parentheses balanced): kept;
- ``frag:GROUP``: one fragment template of ``GROUP`` (ids ``GROUP.variant``), itself rendered;
- ``frags:GROUP:SEP``: one or more such fragments joined with ``SEP``.
"""

from __future__ import annotations

from typing import Final

_NUM: Final = r"(?:[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?|nan|[-+]?inf)"
_UNITS: Final = ("m/s", "km", "h", "days", "years")

#: The regular expression each simple kind matches (fragments are built from their group).
KIND_PATTERNS: Final[dict[str, str]] = {
    "num": _NUM,
    "qty": rf"(?:{_NUM} (?:{'|'.join(_UNITS)})|unknown|centuries)",
    "term": r".+?",
    "date": r"\d{4}-\d{2}-\d{2}",
    "datetime": r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}Z",
    "lon": r"\d+\.\d+°[EW]",
    "times": rf"(?:{_NUM}|∞)×",
    # Lazy, with balanced parentheses (two levels): a citation "A (B) C" is one field.
    "text": r"(?:[^()]|\((?:[^()]|\([^()]*\))*\))*?",
}

_NUMS: Final = (
    "count others days sma sma_low sma_high rate rate_before degrees hours miss perigee motion"
    " sma_tolerance inclination_tolerance speed threshold quiet perigee_offset apogee_offset"
    " raised reflectivity area_to_mass perigee_above minimum eccentricity max_eccentricity"
    " altitude rate_m factor windows window iadc_years strict_years duration need dv_mps usual"
    " secondary_id norad_id"
)
_QTYS: Final = "dv median limit gap typical silence after drop before usual_interval years low high"
_TEXTS: Final = (
    "secondary_name object_type launch pieces record records objects state source guideline"
    " name owner secondary_owner field value expected bstar"
)

#: The kind of every field name used in the templates.
FIELD_KINDS: Final[dict[str, str]] = {
    **dict.fromkeys(_NUMS.split(), "num"),
    **dict.fromkeys(_QTYS.split(), "qty"),
    **dict.fromkeys(_TEXTS.split(), "text"),
    **dict.fromkeys(("direction", "kind", "type_name"), "term"),
    **dict.fromkeys(("decay_date", "date", "start_date", "last_date"), "date"),
    **dict.fromkeys(("last_utc", "tca_utc", "first_utc"), "datetime"),
    **dict.fromkeys(("lon_after", "lon_low", "lon_high", "lon_from"), "lon"),
    "times": "times",
    "notification": "frag:launch-notice",
    "verdict": "frag:disposal-verdict",
    "how": "frag:lifetime-how",
    "lifetime_verdict": "frag:lifetime-verdict",
    "detail": "frags:outlier-item:; ",
    "burns": "frags:burn:, ",
}

#: Message-id groups whose templates are fragments (fill a field), not sentences.
FRAGMENT_GROUPS: Final = frozenset(
    kind.split(":")[1] for kind in FIELD_KINDS.values() if kind.startswith("frag")
)


def is_fragment(message_id: str) -> bool:
    """Whether ``message_id`` (``group.variant``) is a fragment rather than a sentence."""
    return "." in message_id and message_id.split(".")[0] in FRAGMENT_GROUPS


def plain_number(text: str) -> str:
    """Return an English-formatted number without its thousands separators (``6936.1``)."""
    return text.replace(",", "")
