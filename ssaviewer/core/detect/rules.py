"""Rules: every threshold a detector or labeller uses, with per-regime defaults, read from TOML.

A *section* belongs to one detector or labeller and is a frozen dataclass of parameters. Its
defaults may differ per orbital regime (``schema.REGIMES``). A rules file overrides them::

    [manoeuvre]              # applies to every regime
    min_sigma = 6.0

    [manoeuvre.GEO]          # applies to GEO only (wins over the lines above)
    min_sigma = 8.0

Unknown sections, keys or regimes and values of the wrong type are refused with a
:class:`RulesError` naming the file, the key, the value and what was expected.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

from ssaviewer.core.schema import REGIMES

ALL_REGIMES = "*"

#: A section's params dataclass.
P = TypeVar("P")


class RulesError(ValueError):
    """A rules file that cannot be used; the message is written for the person who wrote it."""

    def __init__(self, source: str, key: str, message: str) -> None:
        super().__init__(f"{source}: {key}: {message}" if key else f"{source}: {message}")
        self.source = source
        self.key = key


@dataclass(frozen=True)
class RuleSection(Generic[P]):
    """One detector's or labeller's parameters, typed by their params dataclass ``P``.

    ``defaults`` maps a regime name (or ``ALL_REGIMES``) to a ``params_type`` instance; the
    ``ALL_REGIMES`` entry is required and serves regimes without their own entry. Read the
    resolved values with :meth:`Rules.section`, which returns a ``P``.
    """

    name: str
    params_type: type[P]
    defaults: Mapping[str, P]
    doc: str = ""


@dataclass(frozen=True)
class Rules:
    """Resolved parameters: ``values[section][regime]`` is a params dataclass instance.

    ``source`` says where the overrides came from; ``digest`` identifies the exact values
    (events record it so the same input and rules always give the same events).
    """

    values: Mapping[str, Mapping[str, DataclassInstance]]
    source: str
    digest: str

    def section(self, section: RuleSection[P], regime: str) -> P:
        """Return the parameters of ``section`` for ``regime`` (``ALL_REGIMES``' if it has none).

        Raises
        ------
        KeyError
            These rules were built without ``section``.
        TypeError
            These rules hold another params type under ``section``'s name.
        """
        per_regime = self.values[section.name]
        params = per_regime.get(regime, per_regime[ALL_REGIMES])
        if not isinstance(params, section.params_type):
            raise TypeError(
                f"rules section {section.name!r} holds {type(params).__name__},"
                f" expected {section.params_type.__name__}"
            )
        return params

    def by_name(self, name: str, regime: str) -> DataclassInstance:
        """Return the parameters of the section called ``name`` for ``regime``, untyped.

        For code that treats every section alike (writing them out); detectors and labellers
        read their own section with :meth:`section`.
        """
        per_regime = self.values[name]
        return per_regime.get(regime, per_regime[ALL_REGIMES])


def build_rules(
    sections: tuple[RuleSection[Any], ...],
    text: str | None = None,
    source: str = "built-in defaults",
) -> Rules:
    """Resolve ``sections``' defaults with the overrides in TOML ``text``.

    Raises
    ------
    RulesError
        Invalid TOML, unknown section/key/regime, or a value of the wrong type.
    """
    try:
        # A byte-order mark (Windows editors write one) is not TOML; drop it.
        overrides = tomllib.loads(text.removeprefix("\ufeff")) if text else {}
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(source, "", f"not valid TOML ({exc})") from exc
    known = {s.name: s for s in sections}
    for name in overrides:
        if name not in known:
            raise RulesError(source, name, f"unknown section (known: {', '.join(sorted(known))})")
    values = {s.name: _resolve(s, overrides.get(s.name, {}), source) for s in sections}
    return Rules(values=values, source=source, digest=_digest(values))


def _resolve(section: RuleSection[Any], table: Any, source: str) -> dict[str, DataclassInstance]:
    if not isinstance(table, dict):
        raise RulesError(source, section.name, "expected a table of parameters")
    hints = typing.get_type_hints(section.params_type)
    common = {k: v for k, v in table.items() if not isinstance(v, dict)}
    per_regime = {k: v for k, v in table.items() if isinstance(v, dict)}
    for regime in per_regime:
        if regime not in REGIMES:
            raise RulesError(
                source, f"{section.name}.{regime}", f"unknown regime (known: {', '.join(REGIMES)})"
            )
    resolved: dict[str, DataclassInstance] = {}
    for regime in (ALL_REGIMES, *REGIMES):
        base = section.defaults.get(regime, section.defaults[ALL_REGIMES])
        changes = {**common, **per_regime.get(regime, {})}
        prefix = section.name if regime == ALL_REGIMES else f"{section.name}.{regime}"
        for key, value in changes.items():
            if key not in hints:
                raise RulesError(
                    source, f"{prefix}.{key}", f"unknown key (known: {', '.join(sorted(hints))})"
                )
            changes[key] = _coerce(value, hints[key], source, f"{prefix}.{key}")
        resolved[regime] = dataclasses.replace(base, **changes)
    return resolved


def _coerce(value: Any, hint: Any, source: str, key: str) -> Any:
    origin = typing.get_origin(hint)
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is str:
        ok = isinstance(value, str)
    elif origin is tuple:
        ok = isinstance(value, list)
        if ok:
            (item,) = {a for a in typing.get_args(hint) if a is not Ellipsis}
            return tuple(_coerce(v, item, source, key) for v in value)
    else:
        ok = True
    if not ok:
        expected = _EXPECTED.get(hint, str(hint))
        raise RulesError(
            source,
            key,
            f"{value!r} is {_EXPECTED.get(type(value), 'a table')}, expected {expected}",
        )
    return value


_EXPECTED: dict[Any, str] = {
    bool: "true or false",
    float: "a number",
    int: "a whole number",
    str: "a string",
    list: "a list",
}


def _digest(values: Mapping[str, Mapping[str, DataclassInstance]]) -> str:
    plain = {
        section: {regime: dataclasses.asdict(p) for regime, p in per.items()}
        for section, per in values.items()
    }
    text = json.dumps(plain, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def dump_rules(rules: Rules) -> str:
    """Write every resolved value as a TOML rules file a user can edit and pass back."""
    lines = [f"# ssaviewer rules ({rules.source}; digest {rules.digest})"]
    for section, per in rules.values.items():
        base = dataclasses.asdict(per[ALL_REGIMES])
        lines += ["", f"[{section}]", *(f"{k} = {_toml(v)}" for k, v in base.items())]
        for regime in REGIMES:
            diff = {k: v for k, v in dataclasses.asdict(per[regime]).items() if base[k] != v}
            if diff:
                lines += [
                    "",
                    f"[{section}.{regime}]",
                    *(f"{k} = {_toml(v)}" for k, v in diff.items()),
                ]
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value)
