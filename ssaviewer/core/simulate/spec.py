"""Scenario SPEC files (TOML): the schema, validation and the frozen dataclasses they become.

A SPEC has one ``[scenario]`` table and arrays of tables ``[[leo]]``, ``[[geo]]`` and
``[[fragmentation]]``; ``sample_data/scenario.toml`` documents every key with a comment.
Any unknown key, wrong type or missing field raises :class:`SpecError` naming the key and
what was expected.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, fields
from typing import Any, TypeVar

import pandas as pd


class SpecError(ValueError):
    """A SPEC problem: ``where`` (table and key) and ``expected`` (what would be valid)."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


@dataclass(frozen=True)
class Burn:
    """A one-off (irregular) LEO manoeuvre: ``day`` after the start, Δa (km), Δi (deg)."""

    day: float
    delta_a_km: float = 0.0
    delta_i_deg: float = 0.0


@dataclass(frozen=True)
class Relocation:
    """A GEO slot change: drift starts on ``day`` at ``drift_deg_per_day`` toward the slot."""

    day: float
    to_longitude_deg: float
    drift_deg_per_day: float = 0.5


@dataclass(frozen=True)
class Approach:
    """An inspector's approach: on ``day`` it drifts to ``offset_km`` of GEO object ``target``."""

    target: int
    day: float
    offset_km: float = 10.0
    drift_deg_per_day: float = 0.3


@dataclass(frozen=True)
class LeoSpec:
    """A low-Earth-orbit object (keys of a ``[[leo]]`` table)."""

    norad_id: int
    name: str
    object_id: str
    altitude_km: float
    inclination_deg: float
    bstar: float
    eccentricity: float = 0.001
    format: str = "tle"
    start_day: float = 0.0
    drag_makeup_band_km: float = 0.0
    manoeuvres: tuple[Burn, ...] = ()


@dataclass(frozen=True)
class GeoSpec:
    """A geosynchronous object (keys of a ``[[geo]]`` table)."""

    norad_id: int
    name: str
    object_id: str
    longitude_deg: float
    inclination_deg: float = 0.05
    format: str = "tle"
    start_day: float = 0.0
    ew_box_deg: float = 0.0
    ns_box_deg: float = 0.0
    drift_deg_per_day: float = 0.0
    relocations: tuple[Relocation, ...] = ()
    approach: Approach | None = None


@dataclass(frozen=True)
class FragmentationSpec:
    """A break-up of LEO object ``parent`` (keys of a ``[[fragmentation]]`` table)."""

    parent: int
    day: float
    pieces: int
    first_norad_id: int
    delta_v_mps: float = 10.0
    bstar_factor: float = 5.0
    appear_within_days: float = 10.0


@dataclass(frozen=True)
class ScenarioSpec:
    """A whole scenario: span, seed and objects."""

    name: str
    start_utc: pd.Timestamp
    days: float
    seed: int
    leo: tuple[LeoSpec, ...] = ()
    geo: tuple[GeoSpec, ...] = ()
    fragmentation: tuple[FragmentationSpec, ...] = ()


_FORMATS = ("tle", "omm-json")
_TYPE_NAMES = {int: "an integer", float: "a number", str: "a string"}
T = TypeVar("T")


def _value(where: str, key: str, value: Any, kind: type) -> Any:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise SpecError(f"{where}: key '{key}'", f"expected {_TYPE_NAMES[kind]}, got {value!r}")
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
            values[name] = _value(where, name, raw[name], kind)
    return cls(**values)


def _list_of(cls: type[T]) -> Any:
    def build(where: str, raw: Any) -> tuple[T, ...]:
        if not isinstance(raw, list):
            raise SpecError(where, f"expected an array of tables, got {raw!r}")
        return tuple(_table(f"{where}[{k}]", item, cls) for k, item in enumerate(raw))

    return build


def _check_format(where: str, fmt: str) -> None:
    if fmt not in _FORMATS:
        raise SpecError(f"{where}: key 'format'", f"expected one of {_FORMATS}, got {fmt!r}")


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
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(source, f"not valid TOML ({exc})") from None
    top = {"scenario", "leo", "geo", "fragmentation"}
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
        leo=_objects(source, raw, "leo", LeoSpec, {"manoeuvres": _list_of(Burn)}),
        geo=_objects(
            source,
            raw,
            "geo",
            GeoSpec,
            {
                "relocations": _list_of(Relocation),
                "approach": lambda w, r: _table(w, r, Approach),
            },
        ),
        fragmentation=_objects(source, raw, "fragmentation", FragmentationSpec, {}),
    )
    _check(source, spec)
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


def _check(source: str, spec: ScenarioSpec) -> None:
    """Cross-table checks: positive span, unique ids, known parents and targets."""
    if spec.days <= 0:
        raise SpecError(f"{source}: [scenario] key 'days'", f"expected > 0, got {spec.days}")
    ids: set[int] = set()
    everything: list[LeoSpec | GeoSpec] = [*spec.leo, *spec.geo]
    for k, obj in enumerate(everything):
        if obj.norad_id in ids or not 0 < obj.norad_id < 340_000:
            raise SpecError(
                f"{source}: object #{k + 1} key 'norad_id'",
                f"expected a unique id from 1 to 339999, got {obj.norad_id}",
            )
        ids.add(obj.norad_id)
        _check_format(f"{source}: object {obj.norad_id}", obj.format)
    geo_ids = {g.norad_id for g in spec.geo}
    for g in spec.geo:
        if g.approach is not None and g.approach.target not in geo_ids:
            raise SpecError(
                f"{source}: [[geo]] {g.norad_id} key 'approach.target'",
                f"expected the norad_id of a [[geo]] object, got {g.approach.target}",
            )
    leo_ids = {o.norad_id for o in spec.leo}
    for f in spec.fragmentation:
        if f.parent not in leo_ids:
            raise SpecError(
                f"{source}: [[fragmentation]] key 'parent'",
                f"expected the norad_id of a [[leo]] object, got {f.parent}",
            )
        if f.pieces < 1 or f.pieces > 25:
            raise SpecError(
                f"{source}: [[fragmentation]] key 'pieces'", f"expected 1 to 25, got {f.pieces}"
            )
