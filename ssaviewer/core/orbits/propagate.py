"""One object's history over any span, with a documented element-set switching rule.

Switching rules
---------------
``"nearest"`` (default)
    Each time is served by the element set whose epoch is nearest to it (ties go to the
    earlier set). Element sets are most accurate near their epoch, so this keeps the
    propagation span shortest.
``"previous"``
    Each time is served by the newest element set with epoch at or before it, as an analyst
    would have had it at that moment; times before the first epoch use the first set.

Ephemeris-type-4 (SGP4-XP) sets are selected like any other and come back masked with a
reason, so a gap in the data stays visible instead of being silently filled.
"""

from __future__ import annotations

from typing import Final, Literal

import numpy as np
import pandas as pd

from ssaviewer.core.orbits import errors
from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.orbits.times import TimesLike, as_utc_index, julian_split, utc_nanoseconds
from ssaviewer.core.table_order import epoch_ns

Rule = Literal["nearest", "previous"]
RULES: Final[tuple[str, ...]] = ("nearest", "previous")

#: Columns of :func:`propagate_history`'s result.
STATE_COLUMNS: Final[tuple[str, ...]] = (
    "time_utc", "x_km", "y_km", "z_km", "vx_kmps", "vy_kmps", "vz_kmps", "ok", "reason",
)  # fmt: skip


def _check_rule(rule: str) -> None:
    if rule not in RULES:
        raise ValueError(f"rule must be one of {', '.join(RULES)}; got {rule!r}")


def select_elements(
    elements: pd.DataFrame, times_utc: TimesLike, rule: Rule = "nearest"
) -> np.ndarray:
    """Return which element set serves each time, for ONE object's history.

    Parameters
    ----------
    elements
        The object's element sets (any order), with ``epoch_utc``.
    times_utc
        The times to serve.
    rule
        ``"nearest"`` or ``"previous"`` (see the module docstring).

    Returns
    -------
    numpy.ndarray
        int64 positional row indices into ``elements``, one per time. Empty ``elements``
        raises ``ValueError``.
    """
    _check_rule(rule)
    if len(elements) == 0:
        raise ValueError("no element sets to select from")
    epochs = epoch_ns(elements["epoch_utc"])
    order = np.argsort(epochs, kind="stable")
    sorted_epochs = epochs[order]
    t = utc_nanoseconds(times_utc)
    if rule == "previous":
        pos = np.searchsorted(sorted_epochs, t, side="right") - 1
        pos = np.clip(pos, 0, len(sorted_epochs) - 1)
    else:
        right = np.clip(np.searchsorted(sorted_epochs, t, side="left"), 0, len(epochs) - 1)
        left = np.clip(right - 1, 0, len(epochs) - 1)
        # Earliest set of a run of equal epochs, so ties and duplicates are deterministic.
        take_left = np.abs(t - sorted_epochs[left]) <= np.abs(sorted_epochs[right] - t)
        pos = np.where(take_left, left, right)
    chosen: np.ndarray = order[pos].astype(np.int64)
    return chosen


def latest_elements(
    elements: pd.DataFrame, time_utc: TimesLike | pd.Timestamp, rule: Rule = "nearest"
) -> pd.DataFrame:
    """Return one row per object: the element set serving ``time_utc`` under ``rule``.

    Vectorised over the whole table (no per-object Python loop). The result keeps the
    columns of ``elements``, one row per ``norad_id`` in ascending order, with a fresh index.
    """
    _check_rule(rule)
    if len(elements) == 0:
        return elements.iloc[0:0].reset_index(drop=True)
    t = int(utc_nanoseconds(time_utc)[0])
    epochs = epoch_ns(elements["epoch_utc"])
    norad = elements["norad_id"].to_numpy(dtype=np.int64)
    distance = np.abs(epochs - t)
    if rule == "previous":
        # Sets at or before t first (closest first), then later sets (earliest first).
        after = (epochs > t).astype(np.int8)
        order = np.lexsort((epochs, distance, after, norad))
    else:
        order = np.lexsort((epochs, distance, norad))
    sorted_norad = norad[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = sorted_norad[1:] != sorted_norad[:-1]
    return elements.iloc[order[first]].reset_index(drop=True)


def propagate_history(
    history: pd.DataFrame, times_utc: TimesLike, rule: Rule = "nearest"
) -> pd.DataFrame:
    """Propagate ONE object's element-set history to each time.

    Parameters
    ----------
    history
        The object's element sets (``schema.ELEMENT_COLUMNS``).
    times_utc
        UTC times.
    rule
        Element-set switching rule, ``"nearest"`` or ``"previous"``.

    Returns
    -------
    pandas.DataFrame
        ``STATE_COLUMNS``: TEME position (km) and velocity (km/s); ``ok`` False and NaN
        states with a ``reason`` where SGP4 failed (e.g. "decayed (SGP4 error 6)"), the
        serving set is SGP4-XP (ephemeris type 4), or ``history`` is empty. Raises
        ``ValueError`` when ``history`` holds more than one ``norad_id``.
    """
    _check_rule(rule)
    ids = np.unique(history["norad_id"].to_numpy())
    if len(ids) > 1:
        listed = ", ".join(str(i) for i in ids[:5])
        raise ValueError(f"history must hold one object's element sets; got NORAD ids {listed}")
    index = as_utc_index(times_utc)
    n = len(index)
    position = np.full((n, 3), np.nan)
    velocity = np.full((n, 3), np.nan)
    code = np.full(n, errors.NO_ELEMENT_SET, dtype=np.int16)
    if len(history) and n:
        chosen = select_elements(history, index, rule)
        jd, fraction = julian_split(index)
        used = np.unique(chosen)
        satrecs = build_satrecs(history.iloc[used])
        bad = errors.element_codes(history.iloc[used])
        for row, sat, bad_code in zip(used, satrecs, bad, strict=True):
            mask = chosen == row
            if bad_code:
                code[mask] = bad_code
                continue
            e, r, v = sat.sgp4_array(jd[mask], fraction[mask])
            code[mask] = e
            position[mask] = r
            velocity[mask] = v
    ok = code == 0
    position[~ok] = np.nan
    velocity[~ok] = np.nan
    return pd.DataFrame(
        {
            "time_utc": index,
            "x_km": position[:, 0],
            "y_km": position[:, 1],
            "z_km": position[:, 2],
            "vx_kmps": velocity[:, 0],
            "vy_kmps": velocity[:, 1],
            "vz_kmps": velocity[:, 2],
            "ok": ok,
            "reason": pd.array(errors.reasons(code), dtype="string"),
        }
    )
