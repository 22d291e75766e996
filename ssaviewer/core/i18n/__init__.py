"""Event explanations and reason sentences in the six official UN languages (no Qt).

The detectors write English (the CSV's default, byte for byte what they always wrote), each
sentence from a template of the message catalogue (:mod:`.catalogue`, one TOML file per
language in ``messages/``). Any English explanation can then be shown in another language
without running detection again: :func:`render_explanation` recognises each sentence by its
template (:mod:`.recognise`) and fills the target language's template with the same fields.
"""

from __future__ import annotations

from ssaviewer.core.i18n.catalogue import (
    LANGUAGES,
    UnknownLanguageError,
    check_language,
    formatter,
    message,
    reason_sentence,
    term,
)
from ssaviewer.core.i18n.recognise import Piece, recognise, render_explanation, render_many

__all__ = [
    "LANGUAGES",
    "Piece",
    "UnknownLanguageError",
    "check_language",
    "formatter",
    "message",
    "reason_sentence",
    "recognise",
    "render_explanation",
    "render_many",
    "term",
]
