"""Scenario SPEC files (TOML): the schema, validation and the frozen dataclasses they become.

A SPEC has one ``[scenario]`` table and arrays of tables ``[[leo]]``, ``[[geo]]``,
``[[fragmentation]]`` and ``[[launch_notice]]``; ``sample_data/scenario.toml`` documents
every key with a comment.
Any unknown key, wrong type or missing field raises :class:`SpecError` naming the key and
what was expected.
"""

from __future__ import annotations

import datetime as dt
import math
import tomllib
from dataclasses import fields
from typing import Any, TypeVar

import pandas as pd

from ssaviewer.core.simulate.spec_checks import RANGES, check_scenario
from ssaviewer.core.simulate.spec_types import (
    Approach,
    Burn,
    EndOfLife,
    FragmentationSpec,
    GeoSpec,
    LaunchNotice,
    LeoSpec,
    Relocation,
    Rendezvous,
    ScenarioSpec,
    SpecError,
)

__all__ = [
    "Approach",
    "Burn",
    "EndOfLife",
    "FragmentationSpec",
    "GeoSpec",
    "LaunchNotice",
    "LeoSpec",
    "Relocation",
    "Rendezvous",
    "ScenarioSpec",
    "SpecError",
    "parse_spec",
]

_TYPE_NAMES = {int: "an integer", float: "a number", str: "a string"}
T = TypeVar("T")


def _value(where: str, key: str, value: Any, kind: type, table: str = "ScenarioSpec") -> Any:
    """Check one value's type (an integer is a valid number) and range."""
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise SpecError(f"{where}: key '{key}'", f"expected {_TYPE_NAMES[kind]}, got {value!r}")
    bounds = RANGES.get((table, key))
    if isinstance(value, float) and not math.isfinite(value):
        raise SpecError(f"{where}: key '{key}'", f"expected a finite number, got {value!r}")
    if (
        bounds is not None
        and isinstance(value, int | float)
        and not bounds[0] <= value <= bounds[1]
    ):
        raise SpecError(
            f"{where}: key '{key}'", f"expected {bounds[0]:g} to {bounds[1]:g}, got {value!r}"
        )
    return value


def _table(where: str, raw: Any, cls: type[T], nested: dict[str, Any] | None = None) -> T:
    """Build dataclass ``cls`` from a TOML table, checking keys and types."""
    if not isinstance(raw, dict):
        raise SpecError(where, f"expected a table, got {raw!r}")
    nested = nested or {}
    known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    for key in raw:
        if key not in known:
            raise SpecError(
                f"{where}: key '{key}'", f"unknown key; expected one of {', '.join(known)}"
            )
    values: dict[str, Any] = {}
    for name, field in known.items():
        if name not in raw:
            if field.default is field.default_factory:  # no default: required
                raise SpecError(f"{where}: key '{name}'", "missing; this key is required")
            continue
        if name in nested:
            values[name] = nested[name](f"{where}.{name}", raw[name])
        else:
            kind = {"int": int, "float": float, "str": str}[str(field.type)]
            values[name] = _value(where, name, raw[name], kind, cls.__name__)
    return cls(**values)


def _list_of(cls: type[T]) -> Any:
    def build(where: str, raw: Any) -> tuple[T, ...]:
        if not isinstance(raw, list):
            raise SpecError(where, f"expected an array of tables, got {raw!r}")
        return tuple(_table(f"{where}[{k}]", item, cls) for k, item in enumerate(raw))

    return build


def _start(where: str, raw: Any) -> pd.Timestamp:
    if isinstance(raw, dt.datetime) and raw.tzinfo is not None:
        return pd.Timestamp(raw).tz_convert("UTC")
    if isinstance(raw, dt.datetime | dt.date):
        return pd.Timestamp(raw).tz_localize("UTC")
    raise SpecError(f"{where}: key 'start_utc'", f"expected a TOML date-time, got {raw!r}")


def parse_spec(text: str, source: str = "SPEC") -> ScenarioSpec:
    """Parse and validate SPEC text.

    Parameters
    ----------
    text
        TOML text.
    source
        Name used in error messages (the file name).

    Returns
    -------
    ScenarioSpec

    Raises
    ------
    SpecError
        For TOML syntax errors, unknown keys, wrong types, missing keys and bad values; the
        message names the table, the key and what was expected.
    """
    try:
        raw = tomllib.loads(text.removeprefix("\ufeff"))  # an editor's byte-order mark
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(source, f"not valid TOML ({exc})") from None
    top = {"scenario", "leo", "geo", "fragmentation", "launch_notice"}
    for key in raw:
        if key not in top:
            raise SpecError(f"{source}: key '{key}'", f"unknown; expected one of {sorted(top)}")
    if "scenario" not in raw:
        raise SpecError(f"{source}: [scenario]", "missing; this table is required")
    head = raw["scenario"]
    if not isinstance(head, dict):
        raise SpecError(f"{source}: [scenario]", "expected a table")
    for key in head:
        if key not in ("name", "start_utc", "days", "seed"):
            raise SpecError(
                f"{source}: [scenario] key '{key}'",
                "unknown key; expected one of name, start_utc, days, seed",
            )
    for key in ("name", "start_utc", "days", "seed"):
        if key not in head:
            raise SpecError(f"{source}: [scenario] key '{key}'", "missing; this key is required")
    where = f"{source}: [scenario]"
    spec = ScenarioSpec(
        name=_value(where, "name", head["name"], str),
        start_utc=_start(where, head["start_utc"]),
        days=_value(where, "days", head["days"], float),
        seed=_value(where, "seed", head["seed"], int),
        leo=_objects(
            source,
            raw,
            "leo",
            LeoSpec,
            {
                "manoeuvres": _list_of(Burn),
                "rendezvous": lambda w, r: _table(w, r, Rendezvous),
            },
        ),
        geo=_objects(
            source,
            raw,
            "geo",
            GeoSpec,
            {
                "relocations": _list_of(Relocation),
                "approach": lambda w, r: _table(w, r, Approach),
                "end_of_life": lambda w, r: _table(w, r, EndOfLife),
            },
        ),
        fragmentation=_objects(source, raw, "fragmentation", FragmentationSpec, {}),
        launch_notice=_objects(source, raw, "launch_notice", LaunchNotice, {}),
    )
    check_scenario(source, spec)
    return spec


def _objects(
    source: str, raw: dict[str, Any], key: str, cls: type[T], nested: dict[str, Any]
) -> tuple[T, ...]:
    items = raw.get(key, [])
    if not isinstance(items, list):
        raise SpecError(f"{source}: key '{key}'", f"expected an array of tables [[{key}]]")
    return tuple(
        _table(f"{source}: [[{key}]] #{k + 1}", item, cls, nested) for k, item in enumerate(items)
    )
