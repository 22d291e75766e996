"""Scenario simulator: realistic synthetic element-set histories with a known answer key.

``parse_spec`` reads a TOML SPEC, ``simulate`` runs it, ``write_scenario`` writes the files;
``large_history`` makes the big synthetic catalogue the benchmarks use.
"""

from ssaviewer.core.simulate.large import large_history, write_large_history
from ssaviewer.core.simulate.scenario import Scenario, simulate, write_scenario
from ssaviewer.core.simulate.spec import ScenarioSpec, SpecError, parse_spec

__all__ = [
    "Scenario",
    "ScenarioSpec",
    "SpecError",
    "large_history",
    "parse_spec",
    "simulate",
    "write_large_history",
    "write_scenario",
]
