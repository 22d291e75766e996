"""The message catalogue: every reason code and template in the six UN languages (issue 14).

The detectors write English from the catalogue's templates; any English explanation is read
back sentence by sentence and rendered in another language with the same values.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.detect import run_detection
from ssaviewer.core.detect.pattern_of_life.labels import REASON_CODES
from ssaviewer.core.export.events_csv import WITHIN_PATTERN, presented
from ssaviewer.core.i18n import (
    LANGUAGES,
    UnknownLanguageError,
    check_language,
    formatter,
    message,
    reason_sentence,
    recognise,
    render_explanation,
    render_many,
    term,
)
from ssaviewer.core.i18n.catalogue import table
from ssaviewer.core.i18n.fields import FIELD_KINDS, is_fragment
from ssaviewer.core.i18n.recognise import fields_of
from ssaviewer.core.norms.summary import CODE_CHECKS, norm_summary, summary_in
from tests.core.test_reason_codes_doc import OTHER_CODES

OTHERS = [lang for lang in LANGUAGES if lang != "en"]
TEMPLATES = table("en", "message")
SENTENCES = [k for k in TEMPLATES if not is_fragment(k)]


def documented_codes(doc: str) -> set[str]:
    """Every code in a `code` or `reasons` column of docs/reason_codes.md's tables."""
    codes: set[str] = set()
    columns: list[int] = []
    for line in doc.splitlines():
        if not line.startswith("|"):
            columns = []
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if not columns:
            columns = [i for i, c in enumerate(cells) if c in ("code", "`reasons`")]
            continue
        for i in columns:
            codes.update(re.findall(r"^`([a-z0-9-]+)`", cells[i]))
    return codes


def test_the_six_un_languages() -> None:
    assert LANGUAGES == ("ar", "en", "es", "fr", "ru", "zh")
    assert check_language("FR") == "fr"
    assert check_language("zh_CN") == "zh"
    with pytest.raises(UnknownLanguageError, match=r"'de'.*ar, en, es, fr, ru, zh"):
        check_language("de")


def test_every_documented_and_coded_reason_is_in_the_catalogue(repo_root: Path) -> None:
    doc = (repo_root / "docs" / "reason_codes.md").read_text(encoding="utf-8")
    documented = documented_codes(doc)
    coded = {*REASON_CODES, *OTHER_CODES, WITHIN_PATTERN, *CODE_CHECKS}
    assert coded <= documented  # the parser found the tables
    assert set(table("en", "reason")) == documented | coded


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reason_code_has_a_sentence_in_every_language(lang: str) -> None:
    for code in table("en", "reason"):
        sentence = reason_sentence(code, lang)
        assert sentence.strip()
        if lang != "en":
            assert sentence != reason_sentence(code, "en"), (lang, code)


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("name", ["reason", "message", "term"])
def test_every_language_has_the_same_ids(lang: str, name: str) -> None:
    assert sorted(table(lang, name)) == sorted(table("en", name))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_has_the_english_fields(lang: str) -> None:
    for message_id, english in TEMPLATES.items():
        assert sorted(fields_of(message(message_id, lang))) == sorted(fields_of(english)), (
            lang,
            message_id,
        )
        words = [lit for lit, *_ in string.Formatter().parse(english) if re.search("[a-z]{3}", lit)]
        if lang != "en" and words:
            assert message(message_id, lang) != english, (lang, message_id)


def test_every_field_has_a_kind_and_every_fragment_group_has_templates() -> None:
    used = {name for t in TEMPLATES.values() for name in fields_of(t)}
    assert used == set(FIELD_KINDS)
    for kind in FIELD_KINDS.values():
        if kind.startswith("frag"):
            assert any(k.startswith(kind.split(":")[1] + ".") for k in TEMPLATES)


EXAMPLES = {
    "num": "1,234.5",
    "qty": "2.4 m/s",
    "date": "2025-01-02",
    "datetime": "2025-01-02 03:04Z",
    "lon": "98.04°E",
    "times": "8.7×",
    "text": "ALPHA (X-1)",
}


def example(message_id: str) -> str:
    """An English text of ``message_id`` with a typical value in every field."""
    values = {}
    for name in fields_of(TEMPLATES[message_id]):
        kind = FIELD_KINDS[name]
        if kind == "term":
            values[name] = "debris" if name == "type_name" else "out-of-plane"
        elif kind.startswith("frag"):
            _, group, *sep = kind.split(":", 2)
            parts = [example(k) for k in TEMPLATES if k.startswith(group + ".")][:2]
            values[name] = sep[0].join(parts) if sep else parts[0]
        else:
            values[name] = EXAMPLES[kind]
    return TEMPLATES[message_id].format(**values)


@pytest.mark.parametrize("message_id", SENTENCES)
def test_every_sentence_is_recognised_and_rendered_with_its_values(message_id: str) -> None:
    text = example(message_id)
    pieces = recognise(text)
    assert [p.message_id for p in pieces] == [message_id]
    numbers = Counter(re.findall(r"\d+(?:\.\d+)?", text.replace(",", "")))
    for lang in OTHERS:
        rendered = render_explanation(text, lang)
        assert rendered != text
        # Every value is carried over (a translation may add a number, never lose one).
        assert not numbers - Counter(re.findall(r"\d+(?:\.\d+)?", rendered)), lang
        assert "ALPHA (X-1)" in rendered or "ALPHA" not in text
        assert "2.4" in rendered or "2.4" not in text


def test_values_terms_and_units_are_carried_over() -> None:
    text = message("magnitude-outlier").format(
        dv="2.4 m/s", times="31×", median="1,230 m/s", direction="in-plane"
    )
    assert render_explanation(text, "fr") == (
        "Δv de 2.4 m/s, soit 31× la médiane de cet objet, 1230 m/s, pour les manœuvres"
        " dans le plan."
    )
    assert "2.4 м/с" in render_explanation(text, "ru")
    assert "轨道面内" in render_explanation(text, "zh")


def test_unrecognised_text_stays_english_and_the_rest_is_translated() -> None:
    known = message("slot-change.left").format(lon_from="98.04°E")
    text = f"A note an analyst typed. {known} Another 1.5 note."
    pieces = recognise(text)
    assert [p.message_id for p in pieces] == [None, "slot-change.left", None]
    assert " ".join(p.text for p in pieces) == text
    assert render_explanation(text, "es") == (
        "A note an analyst typed. Dejó su posición orbital en 98.04°E. Another 1.5 note."
    )
    assert render_explanation("", "ar") == ""
    assert render_many([text, None, text], "en") == [text, "", text]


@pytest.fixture(scope="module")
def sample_explanations(repo_root: Path) -> list[str]:
    events = run_detection(load(repo_root / "sample_data"))
    table_, _ = presented(events)
    texts: list[str] = table_["explanation"].astype(str).tolist()
    return texts


def test_every_sample_explanation_is_recognised_whole(sample_explanations: list[str]) -> None:
    used: set[str] = set()
    for text in sample_explanations:
        pieces = recognise(text)
        assert all(p.message_id is not None for p in pieces), text
        used.update(str(p.message_id) for p in pieces)
        # The English catalogue gives back the detectors' text byte for byte.
        again = " ".join(message(str(p.message_id)).format(**p.fields) for p in pieces)
        assert again == text
    # The demo exercises manoeuvres, events and norm checks alike.
    assert {"within-pattern", "magnitude-outlier", "disposal", "lifetime", "new-launch"} <= used


@pytest.mark.parametrize("lang", OTHERS)
def test_every_sample_explanation_renders_in_every_language(
    sample_explanations: list[str], lang: str
) -> None:
    unique = sorted(set(sample_explanations))
    for text, rendered in zip(unique, render_many(unique, lang), strict=True):
        assert rendered != text
        # No English sentence is left: none of the templates' phrases survives.
        for piece in recognise(text):
            template = TEMPLATES[str(piece.message_id)]
            for literal, *_ in string.Formatter().parse(template):
                words = literal.strip(" .,:;()")
                if len(words) >= 12 and re.search("[a-z]{4}", words):
                    assert words not in rendered, (lang, words)


def test_detect_lang_fr_translates_the_explanations_only(
    repo_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ssaviewer.__main__ import main

    english, french = tmp_path / "en.csv", tmp_path / "fr.csv"
    sample = str(repo_root / "sample_data")
    assert main(["detect", sample, "-o", str(english), "--no-screening"]) == 0
    assert main(["detect", sample, "-o", str(french), "--no-screening", "--lang", "fr"]) == 0
    en = pd.read_csv(english, dtype=str, keep_default_na=False)
    fr = pd.read_csv(french, dtype=str, keep_default_na=False)
    assert fr.drop(columns="explanation").equals(en.drop(columns="explanation"))
    assert fr["explanation"].tolist() == render_many(en["explanation"], "fr")
    assert (fr["explanation"] != en["explanation"]).all()
    assert fr["explanation"].str.contains("Conforme au comportement habituel").any()
    assert set(fr["reasons"]) == set(en["reasons"])
    assert "within-pattern" in set(fr["reasons"])


def test_detect_refuses_an_unknown_language(
    repo_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ssaviewer.__main__ import main

    out = tmp_path / "x.csv"
    assert main(["detect", str(repo_root / "sample_data"), "-o", str(out), "--lang", "de"]) == 2
    err = capsys.readouterr().err
    assert "--lang: unknown language 'de'" in err
    assert "ar, en, es, fr, ru, zh" in err
    assert not out.exists()


def test_arabic_values_are_isolated_so_they_read_in_order() -> None:
    text = message("large-burn.none").format(dv="2.4 m/s", limit="1 m/s")
    rendered = render_explanation(text, "ar")
    assert "\u20682.4 m/s\u2069" in rendered
    assert "(≥ \u20681 m/s\u2069)" in rendered
    assert "\u2068" not in render_explanation(text, "fr")


def test_formatter_is_the_template_with_its_values_in_place() -> None:
    fits = formatter("within-pattern", dv="{:.3g} m/s", direction="{}", count="{}")
    assert fits(0.10123, "in-plane", 7) == message("within-pattern").format(
        dv="0.101 m/s", direction="in-plane", count=7
    )
    with pytest.raises(ValueError, match="no field"):
        formatter("within-pattern", speed="{}")
    with pytest.raises(ValueError, match="left unformatted"):
        formatter("within-pattern", dv="{}")


def test_report_lang_ar_writes_the_explanations_right_to_left(
    repo_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ssaviewer.__main__ import main

    out = tmp_path / "report.html"
    sample = str(repo_root / "sample_data")
    args = ["report", sample, "-o", str(out), "--flagged-only", "--no-screening", "--lang", "ar"]
    assert main(args) == 0
    page = out.read_text(encoding="utf-8")
    assert "<div lang='ar' dir='auto'>" in page
    assert "دفعة كبيرة" in page  # "a large burn"
    assert "is a large burn" not in page
    assert "magnitude-outlier" in page  # the codes stay English


def test_norm_summary_checks_and_statuses_are_in_every_language() -> None:
    events = pd.DataFrame(
        {
            "norad_id": [1, 2, 2, 2],
            "object_name": ["A", "B", "B", "B"],
            "event_type": ["norm", "manoeuvre", "manoeuvre", "launch"],
            "reasons": ["lifetime-over-25-years;lifetime-over-5-years", "unannounced", "", "x"],
            "norm_sources": ["S", "", "", ""],
        }
    )
    summary = norm_summary(events)
    assert "not met (1 manoeuvre(s))" in set(summary["status"])
    for check, status in CODE_CHECKS.values():
        for lang in OTHERS:
            assert term(check, lang) != check, (lang, check)
            assert term(status, lang) != status, (lang, status)
    french = summary_in(summary, "fr")
    assert french[["norad_id", "code", "source"]].equals(summary[["norad_id", "code", "source"]])
    assert set(french["status"]) == {
        "non respecté (25 ans)",
        "non respecté (5 ans)",
        "non respecté (1 manœuvre(s))",
    }
    assert "notification des manœuvres" in set(french["check"])
    assert summary_in(summary, "en").equals(summary)
