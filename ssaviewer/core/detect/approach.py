"""Close approach after a manoeuvre: whether the new orbit brings the object near another one.

After each manoeuvre the object is screened against the loaded catalogue
(:func:`ssaviewer.core.orbits.screening.screen`) from the manoeuvre's estimated time for
``days`` days, with threshold ``threshold_km``. Only *new* neighbours count: an object that
was already within the threshold in the ``days`` before the manoeuvre's window (co-located
satellites keeping station together) is not an approach caused by it. Screening costs up to a
second per manoeuvre on a large catalogue, so at most ``max_screened`` manoeuvres are screened
per run: those already irregular for another reason first, then the largest Δv (ties by
object and time). Every new neighbour becomes one ``close-approach`` event at its closest
approach (labelled ``irregular``, reason ``approach-after-manoeuvre``; co-located objects
pass each other many times, the sentence says how often) and adds the code
``approach-after-manoeuvre`` to the
manoeuvre.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.event_frame import event_frame
from ssaviewer.core.detect.findings import Finding, finding
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection

SECTION = "approach"

#: ``screen(elements, target_norad, start_utc, days, threshold_km) -> approaches``.
ScreenFunction = Callable[[pd.DataFrame, int, pd.Timestamp, float, float], pd.DataFrame]


@dataclass(frozen=True)
class ApproachParams:
    """Thresholds of the close-approach screening (see the module docstring)."""

    #: Screen manoeuvres of this regime at all.
    enabled: bool = True
    #: Days after the manoeuvre to screen.
    days: float = 3.0
    #: Report approaches closer than this (km).
    threshold_km: float = 5.0
    #: Manoeuvres screened per run at most (irregular ones first, then the largest Δv).
    max_screened: int = 200


RULE_SECTION = RuleSection(
    SECTION,
    ApproachParams,
    {
        ALL_REGIMES: ApproachParams(),
        # GEO neighbours are watched at tens of km (rendezvous and proximity operations).
        "GEO": ApproachParams(threshold_km=25.0),
        "IGSO": ApproachParams(threshold_km=25.0),
    },
    doc=__doc__ or "",
)


def default_screen(
    elements: pd.DataFrame, target: int, start: pd.Timestamp, days: float, threshold_km: float
) -> pd.DataFrame:
    """Screen with the orbit layer (imported on first use: it needs sgp4)."""
    from ssaviewer.core.orbits.screening import screen

    return screen(elements, target, start, days, threshold_km)


def approach_after_manoeuvres(
    manoeuvres: pd.DataFrame,
    elements: pd.DataFrame,
    rules: Rules,
    screen: ScreenFunction = default_screen,
    priority: np.ndarray | None = None,
) -> tuple[pd.DataFrame, Finding]:
    """Screen after manoeuvres; return the ``close-approach`` events and the manoeuvre finding.

    ``priority`` marks manoeuvres to screen first (those already irregular).
    """
    n = len(manoeuvres)
    regimes = manoeuvres["regime"].astype(str).to_numpy()
    enabled = np.array([rules.get(SECTION, r).enabled for r in regimes], dtype=bool)
    dv = manoeuvres["delta_v_mps"].to_numpy(dtype=np.float64, na_value=np.nan)
    first = np.zeros(n, dtype=bool) if priority is None else np.asarray(priority, dtype=bool)
    order = np.lexsort(
        (
            manoeuvres["epoch_utc"].to_numpy(dtype="datetime64[ns]"),
            manoeuvres["norad_id"].to_numpy(),
            -np.nan_to_num(dv, nan=-1.0),
            ~first,
        )
    )
    limit = min((rules.get(SECTION, r).max_screened for r in set(regimes)), default=0)
    chosen = [k for k in order if enabled[k]][:limit]
    rows: list[pd.DataFrame] = []
    sentences = np.full(n, "", dtype=object)
    for k in chosen:
        params: ApproachParams = rules.get(SECTION, regimes[k])
        event = manoeuvres.iloc[k]
        start = pd.Timestamp(event["epoch_utc"])
        try:
            found = screen(
                elements, int(event["norad_id"]), start, params.days, params.threshold_km
            )
        except ValueError:
            continue  # not propagatable (SGP4-XP only, or no element set): nothing to screen
        found = found[found["norad_id"] != event["norad_id"]]
        if len(found) == 0:
            continue
        before_start = pd.Timestamp(event["window_start_utc"]) - pd.Timedelta(days=params.days)
        already = screen(
            elements, int(event["norad_id"]), before_start, params.days, params.threshold_km
        )
        found = found[~found["norad_id"].isin(already["norad_id"])]
        if len(found) == 0:
            continue
        rows.append(_events(event, found, params))
        closest = found.loc[found["miss_km"].idxmin()]
        sentences[k] = (
            f"Passed {closest['miss_km']:.2f} km from {int(closest['norad_id'])}"
            f" ({closest['object_name']}) {_hours(closest['tca_utc'] - start)} after the"
            " manoeuvre."
        )
    fired = sentences != ""
    result = finding("approach-after-manoeuvre", SECTION, fired, lambda s: s, sentences)
    events = pd.concat(rows, ignore_index=True) if rows else event_frame(0)
    return events, result


def _events(event: pd.Series, found: pd.DataFrame, params: ApproachParams) -> pd.DataFrame:
    passes = found.groupby("norad_id", sort=True)["miss_km"].transform("size")
    found = found.assign(passes=passes.to_numpy())
    found = found.sort_values(["norad_id", "miss_km", "tca_utc"], kind="stable")
    found = found.drop_duplicates("norad_id", keep="first").reset_index(drop=True)
    explanation = [
        f"{m:.2f} km from {int(o)} ({name}) at {t:%Y-%m-%d %H:%M}Z, {s:.3f} km/s, after a"
        f" manoeuvre"
        + (
            f" ({k} passes within {params.threshold_km:g} km"
            if k > 1
            else f" (within {params.threshold_km:g} km"
        )
        + f" in the {params.days:g} days screened)."
        for o, name, m, t, s, k in zip(
            found["norad_id"],
            found["object_name"],
            found["miss_km"],
            found["tca_utc"],
            found["relative_speed_kms"],
            found["passes"],
            strict=True,
        )
    ]
    return event_frame(
        len(found),
        norad_id=np.repeat(int(event["norad_id"]), len(found)),
        event_type="close-approach",
        label="irregular",
        reasons="approach-after-manoeuvre",
        explanation=np.array(explanation, dtype=object),
        epoch_utc=pd.to_datetime(found["tca_utc"], utc=True).to_numpy(),
        window_start_utc=np.repeat(event["window_start_utc"], len(found)),
        window_end_utc=np.repeat(event["window_end_utc"], len(found)),
        rules=SECTION,
        regime=str(event["regime"]),
        secondary_norad_id=found["norad_id"].to_numpy(dtype=np.int64),
        secondary_name=found["object_name"].astype(str).to_numpy(),
        miss_km=found["miss_km"].to_numpy(dtype=np.float64),
        relative_speed_kms=found["relative_speed_kms"].to_numpy(dtype=np.float64),
    )


def _hours(delta: pd.Timedelta) -> str:
    hours = delta / pd.Timedelta(hours=1)
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} days"
