"""Scenario simulator: realistic synthetic element-set histories with a known answer key.

``parse_spec`` reads a TOML SPEC, ``simulate`` runs it, ``write_scenario`` writes the files;
``large_history`` makes the big synthetic catalogue the benchmarks use.
"""
