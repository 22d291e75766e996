"""Recognise an English explanation sentence by sentence and render it in another language.

Contract of :func:`render_explanation`: the English text is read from the start as a
sequence of sentences separated by one space. At each place the first catalogue template
(a regular expression built from the English template: its literal text, each field by its
kind, :mod:`.fields`) that matches up to the end of the text or a space is taken; its fields
fill the same template in the target language. Text no template matches, up to the next
``". "``, is kept in English. Recognition never changes numbers, names, dates or citations:
only the words around them and the terms they carry (numbers lose their thousands
separators; in Arabic each value is wrapped in Unicode first-strong isolates, U+2068 and
U+2069, so that it reads in order inside right-to-left text).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ssaviewer.core.i18n import catalogue
from ssaviewer.core.i18n.fields import FIELD_KINDS, KIND_PATTERNS, is_fragment, plain_number

#: How sentences are joined in each language (Chinese runs sentences on without a space).
_SENTENCE_JOIN = {"zh": ""}
#: Right-to-left languages: their values (numbers, units, names, dates) are set in Unicode
#: first-strong isolates (U+2068 ... U+2069), so "(≥ 1 m/s)" keeps its order in Arabic text.
_RIGHT_TO_LEFT = frozenset({"ar"})
_ISOLATED = frozenset({"num", "qty", "date", "datetime", "lon", "times", "text"})


@dataclass(frozen=True)
class Piece:
    """One sentence of an explanation: its template id (``None``: not recognised) and fields."""

    message_id: str | None
    fields: dict[str, str]
    text: str


def fields_of(template: str) -> list[str]:
    """Return the field names of ``template`` in order (a name may repeat).

    Raises
    ------
    ValueError
        A field carries a format specification or conversion, or has no known kind.
    """
    names = []
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if spec or conversion or name not in FIELD_KINDS:
            raise ValueError(
                f"template field {{{name}}} in {template!r}: expected a bare field name"
                " with a kind in ssaviewer.core.i18n.fields.FIELD_KINDS"
            )
        names.append(name)
    return names


def _pattern(template: str, named: bool) -> str:
    """Return the regex of an English ``template`` (fields as named groups if ``named``)."""
    parts: list[str] = []
    seen: set[str] = set()
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is None:
            continue
        fields_of("{" + name + "}")
        body = _kind_pattern(FIELD_KINDS[name])
        if not named:
            parts.append(f"(?:{body})")
        elif name in seen:
            parts.append(f"(?P={name})")
        else:
            parts.append(f"(?P<{name}>{body})")
            seen.add(name)
    return "".join(parts)


def _kind_pattern(kind: str) -> str:
    if kind in KIND_PATTERNS:
        return KIND_PATTERNS[kind]
    _, group, *sep = kind.split(":", 2)
    one = "|".join(_pattern(t, named=False) for _, t in _group(group))
    if not sep:
        return f"(?:{one})"
    return f"(?:{one})(?:{re.escape(sep[0])}(?:{one}))*"


def _group(group: str) -> list[tuple[str, str]]:
    """Return the English fragment templates of ``group``, as (id, template)."""
    return [(k, t) for k, t in catalogue.table("en", "message").items() if k.split(".")[0] == group]


@cache
def _fragments(group: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((k, re.compile(_pattern(t, named=True), re.S)) for k, t in _group(group))


@cache
def _sentences() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """Return the sentence templates by their first character ("" when a field leads)."""
    by_start: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for k, template in catalogue.table("en", "message").items():
        if is_fragment(k):
            continue
        compiled = re.compile(_pattern(template, named=True) + r"(?= |\Z)", re.S)
        by_start.setdefault(template[0] if template[0] != "{" else "", []).append((k, compiled))
    return {key: tuple(value) for key, value in by_start.items()}


def recognise(text_en: str) -> list[Piece]:
    """Split an English explanation into :class:`Piece` s, one per sentence.

    The pieces' texts joined with single spaces give ``text_en`` back. A piece whose
    ``message_id`` is ``None`` matched no template (see the module docstring).
    """
    pieces: list[Piece] = []
    sentences = _sentences()
    anywhere = sentences.get("", ())
    pos, end = 0, len(text_en)
    while pos < end:
        match = None
        for message_id, pattern in (*sentences.get(text_en[pos], ()), *anywhere):
            match = pattern.match(text_en, pos)
            if match is not None:
                pieces.append(Piece(message_id, match.groupdict(), match.group(0)))
                pos = match.end()
                break
        if match is None:
            stop = text_en.find(". ", pos)
            stop = end if stop < 0 else stop + 1
            pieces.append(Piece(None, {}, text_en[pos:stop]))
            pos = stop
        if text_en.startswith(" ", pos):
            pos += 1
    return pieces


def render_explanation(text_en: str, lang: str) -> str:
    """Return the English explanation ``text_en`` in language ``lang`` (one of ``LANGUAGES``).

    ``"en"`` gives ``text_en`` itself; otherwise each recognised sentence is rendered with the
    ``lang`` template and the same fields, unrecognised text stays English (module docstring).

    Raises
    ------
    UnknownLanguageError
        ``lang`` is not one of the six codes.
    """
    lang = catalogue.check_language(lang)
    if lang == "en" or not text_en:
        return text_en
    rendered = [_render_piece(p, lang) for p in recognise(text_en)]
    return _SENTENCE_JOIN.get(lang, " ").join(rendered)


def render_many(texts: Iterable[object], lang: str) -> list[str]:
    """Return :func:`render_explanation` of each text (missing values give ""), once per text."""
    done: dict[str, str] = {}
    out = []
    for value in texts:
        text = value if isinstance(value, str) else ""
        if text not in done:
            done[text] = render_explanation(text, lang)
        out.append(done[text])
    return out


def _render_piece(piece: Piece, lang: str) -> str:
    if piece.message_id is None:
        return piece.text
    values = {k: _render_field(k, v, lang) for k, v in piece.fields.items()}
    if lang in _RIGHT_TO_LEFT:
        values = {
            k: f"\u2068{v}\u2069" if FIELD_KINDS[k] in _ISOLATED and v else v
            for k, v in values.items()
        }
    return catalogue.message(piece.message_id, lang).format(**values)


def _render_field(name: str, value: str, lang: str) -> str:
    kind = FIELD_KINDS[name]
    if kind == "num":
        return plain_number(value)
    if kind == "term":
        return catalogue.term(value, lang)
    if kind == "qty":
        number, _, unit = value.rpartition(" ")
        return (
            f"{plain_number(number)} {catalogue.term(unit, lang)}"
            if number
            else (catalogue.term(value, lang))
        )
    if kind.startswith("frag"):
        _, group, *sep = kind.split(":", 2)
        if not sep:
            return _render_fragment(group, value, lang)
        return sep[0].join(_render_fragment(group, v, lang) for v in value.split(sep[0]))
    return value


def _render_fragment(group: str, text: str, lang: str) -> str:
    for message_id, pattern in _fragments(group):
        match = pattern.fullmatch(text)
        if match is not None:
            return _render_piece(Piece(message_id, match.groupdict(), text), lang)
    return text
