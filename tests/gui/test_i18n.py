"""The window in six languages: complete catalogues, --lang and Settings → Language, Arabic
right to left, numbers and dates in the chosen locale while the CSV stays ISO 8601 with '.'."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

import ssaviewer
from ssaviewer.gui import formatting, i18n, settings
from ssaviewer.gui.arguments import build_parser
from ssaviewer.gui.export import write_events_csv
from ssaviewer.gui.language_menu import choose_language
from ssaviewer.gui.languages import LANGUAGES, SOURCE_LANGUAGE, normalise_language
from ssaviewer.gui.main_window import MainWindow
from ssaviewer.gui.session import Session
from tests.gui.synthetic import events_frame

REPO = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]

#: Installs a language (``language("fr")``) for the rest of one test.
Installer = Callable[[str], None]


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    assert found, f"{name} not found (it comes with PySide6-Essentials)"
    return found


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Installer]:
    """Install a language for one test; English (and left to right) again afterwards."""

    def install(code: str) -> None:
        assert i18n.install_language(qapp, code), f"no catalogue for {code}"

    yield install
    i18n.install_language(qapp, SOURCE_LANGUAGE)


def _menu(window: MainWindow, name: str) -> QMenu:
    menu = window.menuBar().findChild(QMenu, f"menu_{name}")
    assert menu is not None
    return menu


# -- the catalogues ---------------------------------------------------------------------------
def test_every_string_of_the_window_is_translated_in_every_language(tmp_path: Path) -> None:
    """lupdate over today's code, into copies of the .ts files: nothing new, gone or unfinished.

    A string added to the window without a translation, or a translation left for a string
    the window no longer has, fails here (make translations, then translate).
    """
    copies = []
    for code in TRANSLATED:
        source = REPO / "ssaviewer" / "resources" / "i18n" / f"ssaviewer_{code}.ts"
        assert source.is_file(), f"no translation source for {code}: {source}"
        copies.append(shutil.copy(source, tmp_path / source.name))
    python_files = sorted(str(p) for p in (REPO / "ssaviewer" / "gui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-locations", "none", *python_files, "-ts", *copies],
        check=True,
        capture_output=True,
    )
    problems = []
    for copy in copies:
        for context in ET.parse(copy).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source_text = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                kind = translation.get("type")
                text = translation.text or ""
                where = f"{Path(copy).name} [{name}] {source_text!r}"
                if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
                    problems.append(f"{where}: {kind or 'empty'}")
                elif sorted(re.findall(r"%\d", source_text)) != sorted(re.findall(r"%\d", text)):
                    problems.append(f"{where}: placeholders differ in {text!r}")
    assert not problems, "\n".join(problems[:20]) + f"\n({len(problems)} in all)"


def test_the_catalogues_hold_a_few_hundred_strings() -> None:
    """The lupdate test above is only as good as what lupdate finds: the window's strings."""
    source = REPO / "ssaviewer" / "resources" / "i18n" / "ssaviewer_fr.ts"
    sources = {m.findtext("source") for m in ET.parse(source).getroot().iter("message")}
    assert len(sources) > 350
    assert {"&File", "Element history", "Unexpected error", "Mark regular (R)"} <= sources


# -- choosing the language -------------------------------------------------------------------
def test_lang_accepts_the_six_codes_and_regions_and_names_the_choices_otherwise(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = build_parser()
    assert parser.parse_args(["--lang", "fr_CA"]).lang == "fr"
    assert parser.parse_args(["--lang", "zh-Hans"]).lang == "zh_CN"
    assert parser.parse_args(["--lang", "AR"]).lang == "ar"
    assert parser.parse_args([]).lang is None
    with pytest.raises(SystemExit):
        parser.parse_args(["--lang", "de"])
    assert "ar, zh_CN, en, fr, ru, es" in capsys.readouterr().err
    assert normalise_language("C") is None


def test_lang_wins_over_the_setting_which_wins_over_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    assert i18n.choose_language() == "ru"
    settings.put("language", "es")
    assert i18n.choose_language() == "es"
    assert i18n.choose_language("ar") == "ar"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    settings.put("language", "")
    assert i18n.choose_language() == "en"  # a language without a translation: English


def test_lang_changes_the_menus_and_the_panels(qtbot: object, language: Installer) -> None:
    language("fr")
    window = MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&Fichier", "É&dition", "Dé&tection"]
    assert window.docks["Element history"].windowTitle() == "Historique des éléments"
    assert window.events.model.headerData(0, Qt.Orientation.Horizontal, 0) == "Étiquette"
    assert window.status.cancel.text() == "Annuler"
    # Menus are found by name whatever their title: the workspace and records items are there.
    file_actions = [a.text() for a in _menu(window, "file").actions()]
    assert "Nouvel espace de travail…" in file_actions
    assert "Ouvrir des enregistrements d’opérateur…" in file_actions


def test_the_settings_choice_is_kept_and_used_at_the_next_start(
    qtbot: object, language: Installer, qapp: QApplication
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert _menu(window, "file").title() == "&File"
    action = _menu(window, "language").findChild(type(window.menuBar().actions()[0]), "language_ru")
    assert action is not None
    action.trigger()
    assert settings.get("language") == "ru"
    assert "Русский" in window.statusBar().currentMessage()  # says when it applies
    # The next start (app.main) installs the chosen language before building the window.
    language(i18n.choose_language())
    again = MainWindow()
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert _menu(again, "file").title() == "&Файл"
    assert _menu(again, "help").title() == "&Справка"
    ticked = _menu(again, "language").findChild(type(action), "language_ru")
    assert ticked is not None
    assert ticked.isChecked()
    choose_language(again, "")  # back to the system's language
    assert settings.get("language") == ""


def test_every_language_installs_and_translates_a_menu(
    qapp: QApplication, language: Installer
) -> None:
    seen = set()
    for code in TRANSLATED:
        language(code)
        text = QCoreApplication.translate("Menus", "&File")
        assert text != "&File", code
        seen.add(text)
        # Qt's own catalogue too: the standard buttons of message boxes and dialogs.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel", code
    assert len(seen) == len(TRANSLATED)


# -- right to left ---------------------------------------------------------------------------
def test_the_arabic_window_reads_right_to_left(
    qtbot: object, language: Installer, qapp: QApplication, tmp_path: Path
) -> None:
    language("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.apply_default_layout()
    QCoreApplication.processEvents()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Qt does not mirror dock areas: the catalogue column goes to the right area in Arabic.
    catalogue: QDockWidget = window.docks["Catalogue"]
    assert window.dockWidgetArea(catalogue) == Qt.DockWidgetArea.RightDockWidgetArea
    centre = catalogue.mapTo(window, QPoint(catalogue.width() // 2, 0)).x()
    assert centre > window.width() // 2
    # The menu bar starts at the right: File is right of Help.
    bar = window.menuBar()
    file_x = bar.actionGeometry(_menu(window, "file").menuAction()).x()
    help_x = bar.actionGeometry(_menu(window, "help").menuAction()).x()
    assert file_x > help_x
    assert _menu(window, "file").title() == "&ملف"
    picture = tmp_path / "ar.png"
    assert window.grab().save(str(picture))
    assert picture.stat().st_size > 20_000


def test_english_is_left_to_right_again(qtbot: object, language: Installer) -> None:
    language("ar")
    language("en")
    window = MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _menu(window, "file").title() == "&File"
    catalogue = window.docks["Catalogue"]
    assert window.dockWidgetArea(catalogue) == Qt.DockWidgetArea.LeftDockWidgetArea


# -- numbers and dates -----------------------------------------------------------------------
def test_numbers_and_dates_follow_the_language_in_the_window(
    qtbot: object, language: Installer
) -> None:
    when = pd.Timestamp("2024-10-15 02:12:54", tz="UTC")
    english = (formatting.format_value(1234.5678, "delta_v_mps"), formatting.format_value(when))
    assert english == ("1234.568", "2024-10-15 02:12:54")
    language("fr")
    assert formatting.format_value(1234.5678, "delta_v_mps") == "1234,568"
    assert formatting.format_value(when) == "15/10/2024 02:12:54"
    assert formatting.format_value(True) == "oui"
    assert formatting.format_duration(pd.Timedelta(days=12)) == "12 j"
    language("ar")
    assert formatting.format_value(1234.5678, "delta_v_mps") == "١٢٣٤٫٥٦٨"
    language("ru")
    session = Session()
    session.set_events(events_frame())
    from ssaviewer.gui.events_panel import EventsPanel

    panel = EventsPanel(session)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    model = panel.model
    column = [name for name, _ in model._columns].index("epoch_utc")
    shown = str(model.data(model.index(0, column)))
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d", shown), shown
    label_column = [name for name, _ in model._columns].index("label")
    assert model.data(model.index(0, label_column)) in {"регулярное", "нерегулярное"}


def test_the_csv_stays_iso_8601_with_points_in_every_language(
    tmp_path: Path, language: Installer
) -> None:
    events = events_frame()
    outputs = {}
    for code in ("en", "fr", "ar", "ru"):
        language(code)
        path = tmp_path / f"events_{code}.csv"
        write_events_csv(events, str(path))
        outputs[code] = path.read_bytes()
    assert len(set(outputs.values())) == 1  # byte for byte the same
    text = outputs["fr"].decode("utf-8")
    assert re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", text)
    assert "irregular" in text
    assert "irrégulier" not in text


def test_the_wheel_build_compiles_the_translations() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    assert hook["path"] == "hatch_build.py"
    assert (REPO / "hatch_build.py").is_file()
    assert "pyside6-lrelease" in (REPO / "Makefile").read_text()
    assert ssaviewer.__file__


def test_the_plots_name_months_in_the_window_language(language: Installer) -> None:
    from ssaviewer.gui.plot_common import utc_axis

    axis = utc_axis()
    # The zoom level a year or so wide takes: months by name, under the years.
    axis.zoomLevel = next(
        z for z in axis.zoomLevels.values() if any(s.format == "%b" for s in z.tickSpecs)
    )
    month_spacing = next(s.spacing for s in axis.zoomLevel.tickSpecs if s.format == "%b")
    months = [pd.Timestamp(f"2024-{m:02d}-01", tz="UTC").timestamp() for m in range(1, 13)]
    english = axis.tickStrings(months, 1.0, month_spacing)
    assert "Feb" in english
    language("fr")
    french = axis.tickStrings(months, 1.0, month_spacing)
    assert "févr" in french
    assert "Feb" not in french


def test_explanations_show_in_the_window_language_while_the_data_stays_english(
    qtbot: object, language: Installer
) -> None:
    from ssaviewer.core.i18n import message
    from ssaviewer.gui.events_panel import EventsPanel
    from ssaviewer.gui.inspector_panel import InspectorPanel

    english = message("stale.inside", "en").format(days="5.4", usual="0.99")
    events = events_frame()
    events["explanation"] = english
    session = Session()
    session.set_events(events)
    language("fr")
    panel = EventsPanel(session)
    inspector = InspectorPanel(session)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    qtbot.addWidget(inspector)  # type: ignore[attr-defined]
    french = message("stale.inside", "fr").format(days="5.4", usual="0.99")
    column = [name for name, _ in panel.model._columns].index("explanation")
    assert panel.model.data(panel.model.index(0, column)) == french
    session.select_event(str(events["event_id"].iloc[0]))
    assert french in inspector.browser.toPlainText()
    assert english not in inspector.browser.toPlainText()
    # The table keeps the English text: filters, the workspace and the CSV read it.
    assert session.events["explanation"].iloc[0] == english
    language("zh_CN")  # the window's zh_CN is the catalogue's zh
    chinese = message("stale.inside", "zh").format(days="5.4", usual="0.99")
    assert panel.model.data(panel.model.index(0, column)) == chinese
