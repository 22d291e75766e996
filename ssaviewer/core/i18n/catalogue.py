"""The message catalogue: reason sentences, explanation templates and terms per language.

One TOML file per language (``messages/<code>.toml``) with three tables:

- ``[reason]``: one sentence per reason code;
- ``[message]``: one template per explanation sentence, fields written ``{name}`` (no format
  specifications: the detectors format the values, English-style, before filling them in);
  an id ``group.variant`` whose group names a fragment kind in :data:`.fields.FIELD_KINDS` is
  a fragment that fills a field of another template;
- ``[term]``: the words that fill fields (directions, object types, units).

English (``en``) is the source: every other file has the same ids with the same fields.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Final

#: The six official languages of the United Nations, by ISO 639-1 code.
LANGUAGES: Final = ("ar", "en", "es", "fr", "ru", "zh")

_TABLES: Final = ("reason", "message", "term")


class UnknownLanguageError(ValueError):
    """A language code that is not one of :data:`LANGUAGES` (``code`` holds it)."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"unknown language {code!r}: expected one of {', '.join(LANGUAGES)}")


def check_language(code: str) -> str:
    """Return ``code`` normalised (``"FR"`` -> ``"fr"``); raise :class:`UnknownLanguageError`."""
    normal = code.strip().lower().replace("_", "-").split("-")[0]
    if normal not in LANGUAGES:
        raise UnknownLanguageError(code)
    return normal


@cache
def table(lang: str, name: str) -> dict[str, str]:
    """Return one table (``reason``, ``message`` or ``term``) of language ``lang``'s file.

    Raises
    ------
    UnknownLanguageError
        ``lang`` is not one of :data:`LANGUAGES`.
    ValueError
        The file lacks the table or holds a value that is not text (names file and key).
    """
    lang = check_language(lang)
    path = resources.files("ssaviewer.core.i18n") / "messages" / f"{lang}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if name not in _TABLES:
        raise ValueError(f"unknown catalogue table {name!r}: expected one of {_TABLES}")
    values = data.get(name)
    if not isinstance(values, dict):
        raise ValueError(f"{path}: no [{name}] table")
    for key, value in values.items():
        if not isinstance(value, str):
            raise ValueError(f"{path}: [{name}] {key!r} is {value!r}, expected text")
    return dict(values)


def message(message_id: str, lang: str = "en") -> str:
    """Return the template ``message_id`` in ``lang`` (raises ``KeyError`` naming it)."""
    try:
        return table(lang, "message")[message_id]
    except KeyError:
        raise KeyError(f"no message {message_id!r} in the {lang} catalogue") from None


def formatter(message_id: str, **fields: str) -> Callable[..., str]:
    """Return a fast English formatter of ``message_id`` taking its values by position.

    ``fields`` maps each field, in the order the values will come, to its replacement
    format with one ``{}`` (``dv="{:.3g} m/s"``). For the hot paths: formatting the values
    in place is faster than ``str.format`` with names on pre-formatted text.

    Raises
    ------
    ValueError
        ``fields`` does not name exactly the template's fields.
    """
    template = message(message_id)
    for k, (name, spec) in enumerate(fields.items()):
        if "{" + name + "}" not in template:
            raise ValueError(f"message {message_id!r} has no field {{{name}}}")
        template = template.replace("{" + name + "}", spec.replace("{", "{" + str(k), 1))
    if re.search(r"\{[a-z_]+\}", template):
        raise ValueError(f"message {message_id!r}: fields left unformatted in {template!r}")
    return template.format


def reason_sentence(code: str, lang: str = "en") -> str:
    """Return the one-sentence meaning of reason ``code`` in ``lang`` (``KeyError`` if none)."""
    try:
        return table(lang, "reason")[code]
    except KeyError:
        raise KeyError(f"no sentence for reason code {code!r} in the {lang} catalogue") from None


def term(word: str, lang: str) -> str:
    """Return the English ``word`` (a direction, object type or unit) in ``lang``, else itself."""
    return table(lang, "term").get(word, word)
