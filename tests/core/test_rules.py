"""The rules framework: defaults per regime, overrides from TOML, clear errors."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ssaviewer.core.detect.rules import (
    ALL_REGIMES,
    RuleSection,
    RulesError,
    build_rules,
    dump_rules,
)
from ssaviewer.core.detect.sections import SECTIONS as BUILT_IN_SECTIONS
from ssaviewer.core.schema import REGIMES


@dataclass(frozen=True)
class StepParams:
    min_sigma: float = 6.0
    persistence: int = 2
    enabled: bool = True
    kinds: tuple[str, ...] = ("in-plane",)


STEP = RuleSection(
    "step",
    StepParams,
    {ALL_REGIMES: StepParams(), "GEO": StepParams(min_sigma=8.0)},
)
SECTIONS = (STEP,)


@dataclass(frozen=True)
class OtherParams:
    min_sigma: float = 1.0


def test_defaults_per_regime() -> None:
    rules = build_rules(SECTIONS)
    assert rules.section(STEP, "LEO").min_sigma == 6.0
    assert rules.section(STEP, "GEO").min_sigma == 8.0


def test_overrides_common_then_regime() -> None:
    text = "[step]\nmin_sigma = 5\npersistence = 3\n[step.GEO]\nmin_sigma = 9.5\n"
    rules = build_rules(SECTIONS, text, "my.toml")
    assert rules.section(STEP, "LEO").min_sigma == 5.0
    assert rules.section(STEP, "LEO").persistence == 3
    assert rules.section(STEP, "GEO").min_sigma == 9.5
    assert rules.section(STEP, "GEO").persistence == 3
    assert rules.digest != build_rules(SECTIONS).digest


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[nope]\nx = 1\n", "my.toml: nope: unknown section (known: step)"),
        ("[step]\nmin_sigmaa = 1\n", "my.toml: step.min_sigmaa: unknown key"),
        ("[step.LOE]\nmin_sigma = 1\n", "my.toml: step.LOE: unknown regime"),
        (
            "[step]\nmin_sigma = 'x'\n",
            "my.toml: step.min_sigma: 'x' is a string, expected a number",
        ),
        (
            "[step]\npersistence = 2.5\n",
            "my.toml: step.persistence: 2.5 is a number, expected a whole number",
        ),
        (
            "[step]\nenabled = 1\n",
            "my.toml: step.enabled: 1 is a whole number, expected true or false",
        ),
        ("[step\n", "my.toml: not valid TOML"),
    ],
)
def test_bad_rules_name_file_key_value(text: str, message: str) -> None:
    with pytest.raises(RulesError) as info:
        build_rules(SECTIONS, text, "my.toml")
    assert str(info.value).startswith(message)


def test_dump_round_trips() -> None:
    rules = build_rules(SECTIONS, "[step.LEO]\nkinds = ['mixed', 'in-plane']\n", "a.toml")
    again = build_rules(SECTIONS, dump_rules(rules), "dumped.toml")
    assert again.values == rules.values
    assert again.digest == rules.digest


def test_section_returns_its_params_type_for_every_built_in_section() -> None:
    rules = build_rules(BUILT_IN_SECTIONS)
    assert len({s.name for s in BUILT_IN_SECTIONS}) == len(BUILT_IN_SECTIONS)
    for section in BUILT_IN_SECTIONS:
        for regime in (ALL_REGIMES, *REGIMES):
            params = rules.section(section, regime)
            assert type(params) is section.params_type, (section.name, regime)
            assert params == section.defaults.get(regime, section.defaults[ALL_REGIMES])


def test_section_refuses_another_params_type_under_the_same_name() -> None:
    impostor = RuleSection("step", OtherParams, {ALL_REGIMES: OtherParams()})
    with pytest.raises(TypeError, match="'step' holds StepParams, expected OtherParams"):
        build_rules(SECTIONS).section(impostor, "LEO")
