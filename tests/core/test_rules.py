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


@dataclass(frozen=True)
class StepParams:
    min_sigma: float = 6.0
    persistence: int = 2
    enabled: bool = True
    kinds: tuple[str, ...] = ("in-plane",)


SECTIONS = (
    RuleSection(
        "step",
        StepParams,
        {ALL_REGIMES: StepParams(), "GEO": StepParams(min_sigma=8.0)},
    ),
)


def test_defaults_per_regime() -> None:
    rules = build_rules(SECTIONS)
    assert rules.get("step", "LEO").min_sigma == 6.0
    assert rules.get("step", "GEO").min_sigma == 8.0


def test_overrides_common_then_regime() -> None:
    text = "[step]\nmin_sigma = 5\npersistence = 3\n[step.GEO]\nmin_sigma = 9.5\n"
    rules = build_rules(SECTIONS, text, "my.toml")
    assert rules.get("step", "LEO").min_sigma == 5.0
    assert rules.get("step", "LEO").persistence == 3
    assert rules.get("step", "GEO").min_sigma == 9.5
    assert rules.get("step", "GEO").persistence == 3
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
