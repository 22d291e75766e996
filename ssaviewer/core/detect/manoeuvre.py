"""Find manoeuvres in element-set histories and estimate them: the detectors' public entry.

``detect_manoeuvres`` runs every manoeuvre detector (``MANOEUVRE_DETECTORS``) on the mean
elements of many objects at once, merges the candidates that share an inter-element-set gap
(burns of one sequence, or one burn seen in several elements) into one manoeuvre, and estimates
its time, direction, size and Δv. Thresholds come from ``Rules`` sections
(``MANOEUVRE_SECTIONS``), with per-regime defaults documented in each detector module.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from ssaviewer.core.detect import geo_drift, inplane, outliers, outofplane, timing
from ssaviewer.core.detect.estimate import estimate
from ssaviewer.core.detect.features import compute_features
from ssaviewer.core.detect.rules import Rules, RuleSection, build_rules

ProgressCallback = Callable[[float, str], None]
StopCallback = Callable[[], bool]

#: Every rules section the manoeuvre detectors read.
MANOEUVRE_SECTIONS: tuple[RuleSection, ...] = (
    inplane.SECTION,
    outofplane.SECTION,
    geo_drift.SECTION,
    timing.SECTION,
    outliers.SECTION,
)

#: The candidate finders, in the order they run.
MANOEUVRE_DETECTORS = (inplane.detect, outofplane.detect, geo_drift.detect)

#: Columns of the manoeuvre table, with dtypes.
MANOEUVRE_COLUMNS: dict[str, str] = {
    "norad_id": "int64",
    "epoch_utc": "datetime64[ns, UTC]",
    "window_start_utc": "datetime64[ns, UTC]",
    "window_end_utc": "datetime64[ns, UTC]",
    "direction": "str",
    "delta_a_km": "float64",
    "delta_i_deg": "float64",
    "delta_e": "float64",
    "delta_raan_deg": "float64",
    "delta_v_mps": "float64",
    "delta_v_in_plane_mps": "float64",
    "delta_v_out_of_plane_mps": "float64",
    "confidence": "float64",
    "significance_sigma": "float64",
    "node": "str",
    "geo_longitude_before_deg": "float64",
    "geo_longitude_after_deg": "float64",
    "geo_drift_before_deg_per_day": "float64",
    "geo_drift_after_deg_per_day": "float64",
    "regime": "str",
    "rules": "str",
    "index_before": "int64",
    "index_after": "int64",
}


class DetectionCancelled(Exception):
    """Raised by :func:`detect_manoeuvres` when ``should_stop`` returned True."""


def default_rules() -> Rules:
    """Return the built-in manoeuvre rules (every section at its per-regime defaults)."""
    return build_rules(MANOEUVRE_SECTIONS)


def detect_manoeuvres(
    elements: pd.DataFrame,
    rules: Rules,
    *,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> pd.DataFrame:
    """Find and estimate the manoeuvres in ``elements``.

    Parameters
    ----------
    elements
        Element sets with ``schema.ELEMENT_COLUMNS`` (at least the mean elements,
        ``norad_id``, ``epoch_utc`` and ``regime``), many objects, sorted by ``norad_id`` then
        ``epoch_utc``. Extra columns are ignored.
    rules
        Resolved rules containing ``MANOEUVRE_SECTIONS``.
    progress, should_stop
        Optional callbacks: ``progress(fraction, message)`` after each detector;
        ``should_stop()`` returning True raises :class:`DetectionCancelled`.

    Returns
    -------
    pandas.DataFrame
        One row per manoeuvre, ``MANOEUVRE_COLUMNS``, sorted by ``norad_id``, ``epoch_utc``.
        ``index_before`` / ``index_after`` are row positions in ``elements`` of the element
        sets bracketing the change; ``rules`` is the ``;``-joined rule ids that fired.
    """
    _check_sorted(elements)
    if len(elements) < 2:
        return empty_manoeuvres()
    features = compute_features(elements)
    frames = []
    for k, detector in enumerate(MANOEUVRE_DETECTORS):
        if should_stop is not None and should_stop():
            raise DetectionCancelled("manoeuvre detection was cancelled")
        frames.append(detector(features, rules))
        if progress is not None:
            progress((k + 1) / (len(MANOEUVRE_DETECTORS) + 1), f"manoeuvres: {detector.__module__}")
    candidates = pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
    if len(candidates) == 0:
        return empty_manoeuvres()
    merged = combine_kinds(candidates)
    table = estimate(elements, features, merged, rules)
    if progress is not None:
        progress(1.0, "manoeuvres: estimated")
    return table.astype(MANOEUVRE_COLUMNS)[list(MANOEUVRE_COLUMNS)]


def detect_outliers(elements: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Return single bad element sets that revert (see :mod:`ssaviewer.core.detect.outliers`)."""
    _check_sorted(elements)
    return outliers.detect_outliers(elements, rules)


def empty_manoeuvres() -> pd.DataFrame:
    """Return an empty manoeuvre table with ``MANOEUVRE_COLUMNS``."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in MANOEUVRE_COLUMNS.items()})


def combine_kinds(candidates: pd.DataFrame) -> pd.DataFrame:
    """Merge candidates into manoeuvres: one kind at a time, then in-plane with out-of-plane.

    Candidates of one kind (in-plane, out-of-plane) whose windows overlap are one manoeuvre
    (burns of one sequence, or one burn seen in two elements). An in-plane and an
    out-of-plane manoeuvre are one ``mixed`` manoeuvre only when their largest jumps fall in
    the same gap; otherwise they are two manoeuvres (e.g. a north-south burn and an
    east-west burn a day apart), even if their windows overlap.
    """
    channel = candidates["channel"].to_numpy(dtype=object)
    in_plane = merge_candidates(candidates[np.isin(channel, IN_PLANE_CHANNELS)])
    out_plane = merge_candidates(candidates[~np.isin(channel, IN_PLANE_CHANNELS)])
    pairs = in_plane.reset_index().merge(
        out_plane.reset_index(), on="index_peak", suffixes=("_in", "_out")
    )
    pairs = pairs.drop_duplicates("index_in").drop_duplicates("index_out")
    mixed = pd.DataFrame(
        {
            "index_peak": pairs["index_peak"].to_numpy(),
            "index_before": np.minimum(pairs["index_before_in"], pairs["index_before_out"]),
            "index_after": np.maximum(pairs["index_after_in"], pairs["index_after_out"]),
            "z": np.maximum(pairs["z_in"], pairs["z_out"]),
            "in_plane": True,
            "out_of_plane": True,
            "rules": pairs["rules_in"].astype(str) + ";" + pairs["rules_out"].astype(str),
        }
    )
    rest = [
        in_plane[~in_plane.index.isin(pairs["index_in"].tolist())],
        out_plane[~out_plane.index.isin(pairs["index_out"].tolist())],
    ]
    frames = [f for f in (mixed, *rest) if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else in_plane


def merge_candidates(candidates: pd.DataFrame) -> pd.DataFrame:
    """Merge candidates whose element-set windows overlap into one row per manoeuvre.

    Returns ``index_peak`` (of the most significant candidate), ``index_before``,
    ``index_after`` (the union window), ``z`` (largest |z|), ``in_plane`` / ``out_of_plane``
    (a detector of that kind fired) and ``rules`` (sorted, ``;``-joined, unique).
    """
    ordered = candidates.sort_values(["index_before", "index_after"], kind="stable")
    before = ordered["index_before"].to_numpy()
    after = ordered["index_after"].to_numpy()
    reach = np.maximum.accumulate(after)
    new = np.ones(len(before), dtype=bool)
    new[1:] = before[1:] >= reach[:-1]
    cluster = np.cumsum(new) - 1
    channel = ordered["channel"].to_numpy(dtype=object)
    frame = pd.DataFrame(
        {
            "cluster": cluster,
            "index_before": before,
            "index_after": after,
            "index_peak": ordered["index_peak"].to_numpy(),
            "abs_z": np.abs(ordered["z"].to_numpy(dtype=np.float64)),
            "in_plane": np.isin(channel, IN_PLANE_CHANNELS),
            "out_of_plane": np.isin(channel, OUT_OF_PLANE_CHANNELS),
        }
    )
    grouped = frame.groupby("cluster", sort=True)
    strongest = frame["index_peak"].to_numpy()[grouped["abs_z"].idxmax().to_numpy()]
    merged = pd.DataFrame(
        {
            "index_peak": strongest,
            "index_before": grouped["index_before"].min().to_numpy(),
            "index_after": grouped["index_after"].max().to_numpy(),
            "z": grouped["abs_z"].max().to_numpy(),
            "in_plane": grouped["in_plane"].any().to_numpy(),
            "out_of_plane": grouped["out_of_plane"].any().to_numpy(),
        }
    )
    merged["rules"] = _joined_rules(cluster, ordered["rules"].to_numpy(dtype=object), len(merged))
    return merged


def _joined_rules(cluster: np.ndarray, rules: np.ndarray, n_clusters: int) -> np.ndarray:
    """Sorted unique rule ids per cluster, ``;``-joined (a Python loop only for merged ones)."""
    out = np.empty(n_clusters, dtype=object)
    sizes = np.bincount(cluster, minlength=n_clusters)
    single = sizes[cluster] == 1
    out[cluster[single]] = rules[single]
    for k in np.flatnonzero(sizes > 1):
        out[k] = ";".join(sorted(set(rules[cluster == k])))
    return out


#: Candidate channels that are in-plane changes (a; GEO drift) and out-of-plane ones.
IN_PLANE_CHANNELS = ("a", "drift")
OUT_OF_PLANE_CHANNELS = ("i", "raan", "ix", "iy")


def _check_sorted(elements: pd.DataFrame) -> None:
    norad = elements["norad_id"].to_numpy(dtype=np.int64)
    epoch = elements["epoch_utc"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    same = norad[1:] == norad[:-1]
    if np.any(norad[1:] < norad[:-1]) or np.any(same & (epoch[1:] < epoch[:-1])):
        raise ValueError(
            "element sets must be sorted by norad_id then epoch_utc "
            "(as ssaviewer.core.dataset.load returns them)"
        )
