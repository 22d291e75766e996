"""From manoeuvres and element sets to the event table: label, add the other events, finish.

:func:`assemble_events` is everything :func:`~ssaviewer.core.detect.pipeline.run_detection`
does after the manoeuvre detectors have run, so it can be tested on literal manoeuvre tables.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ssaviewer.core.dataset import Dataset
from ssaviewer.core.detect.element_table import (
    epoch_ns,
    is_sorted_by_object,
    mark_ranges,
    search_rows,
)
from ssaviewer.core.detect.events import close_approach, data_quality, decay, fragmentation
from ssaviewer.core.detect.events.event_frame import EventColumns, event_columns, event_frame
from ssaviewer.core.detect.events.event_table import (
    DETECTOR_VERSION,
    conform,
    conform_column,
    event_ids,
    event_ids_of_columns,
)
from ssaviewer.core.detect.events.names import names_and_sources
from ssaviewer.core.detect.events.text_columns import (
    filled_strings,
    string_array,
    strings_from_codes,
)
from ssaviewer.core.detect.manoeuvres.detector import DetectionCancelled
from ssaviewer.core.detect.pattern_of_life import (
    box,
    cadence,
    context,
    direction,
    geo,
    labels,
    magnitude,
)
from ssaviewer.core.detect.pattern_of_life.findings import Finding
from ssaviewer.core.detect.rules import Rules
from ssaviewer.core.norms import checks as norm_checks
from ssaviewer.core.schema import EVENT_DTYPES, empty_events

#: The rules sections behind each event type (their thresholds go into ``rule_thresholds``).
LABEL_SECTIONS: tuple[str, ...] = (
    magnitude.SECTION,
    direction.SECTION,
    cadence.SECTION,
    box.SECTION,
    geo.SECTION,
    context.CATALOGUE_SECTION,
    context.NOTIFICATION_SECTION,
    close_approach.SECTION,
    labels.SECTION,
)
_EVENT_SECTIONS: dict[str, tuple[str, ...]] = {
    "decay": (decay.SECTION,),
    "fragmentation": (fragmentation.SECTION,),
    "close-approach": (close_approach.SECTION,),
    "data-quality": (data_quality.SECTION,),
    "norm": norm_checks.NORM_SECTION_NAMES,
    "launch": norm_checks.NORM_SECTION_NAMES,
}
_SORT_KEYS = ("norad_id", "epoch_utc", "event_type", "window_start_utc", "reasons")
_MANOEUVRE_EXTRAS = (
    "delta_raan_deg",
    "delta_v_in_plane_mps",
    "delta_v_out_of_plane_mps",
    "significance_sigma",
    "epoch_sigma_h",
    "geo_longitude_before_deg",
    "geo_longitude_after_deg",
    "geo_drift_before_deg_per_day",
    "geo_drift_after_deg_per_day",
)

ProgressCallback = Callable[[float, str], None]
T = TypeVar("T")
#: Element sets from which the element-table events run on a second thread.
#: Below it pandas' per-call cost, which holds the GIL, is most of the work: one thread.
THREAD_MIN_SETS = 100_000


def assemble_events(
    dataset: Dataset,
    manoeuvres: pd.DataFrame,
    outliers: pd.DataFrame,
    rules: Rules,
    *,
    manoeuvre_sections: tuple[str, ...] = (),
    notifications: pd.DataFrame | None = None,
    screen: close_approach.ScreenFunction | None = close_approach.default_screen,
    progress: ProgressCallback | None = None,
    should_stop: close_approach.StopCallback | None = None,
    launch_notifications: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Label the manoeuvres, find the other events and return the finished event table.

    Parameters
    ----------
    dataset
        The loaded data (``elements`` sorted by object and epoch, ``objects``).
    manoeuvres
        The manoeuvre detector's table (see ``detect_manoeuvres``).
    outliers
        Out-of-family element sets (``norad_id, epoch_utc, record, field, value, expected,
        rules``).
    rules
        Resolved rules with every section in ``ssaviewer.core.detect.sections.SECTIONS``.
    manoeuvre_sections
        Names of the manoeuvre detectors' sections (their thresholds go into
        ``rule_thresholds`` of manoeuvre events).
    notifications
        Optional operator notifications ``norad_id, start_utc, end_utc``.
    screen
        Close-approach screening function; None skips screening.
    progress, should_stop
        Passed to the close-approach screening (progress from 0 to 1 over the manoeuvres
        screened; ``should_stop`` raises ``DetectionCancelled``).
    launch_notifications
        Optional launch notifications ``cospar_launch, notified_utc, state, note`` for the
        norm checks (:mod:`ssaviewer.core.norms`).

    Returns
    -------
    pandas.DataFrame
        One row per event, ``schema.EVENT_DTYPES`` columns in order, sorted by object,
        epoch, event type and id.
    """
    elements = dataset.elements
    stop_if_asked(should_stop)
    order = _by_object_and_epoch(manoeuvres)
    if not np.array_equal(order, np.arange(len(order))):  # the detectors' table is in order
        manoeuvres = manoeuvres.take(order)
    ordered = manoeuvres.reset_index(drop=True)
    # The element-table events need no labels: a second thread finds them meanwhile (numpy
    # releases the GIL for most of the work; the results are the same as one after the other).
    with _Inline() if len(elements) < THREAD_MIN_SETS else ThreadPoolExecutor(1) as pool:
        decays_job = pool.submit(decay.detect_decays, elements, dataset.objects, rules)
        others_job = pool.submit(_element_events, dataset, outliers, rules, decays_job)
        # The norm checks need the manoeuvres and decays only (no labels): meanwhile too.
        norms_job = pool.submit(
            _norm_events, dataset, ordered, decays_job, rules, launch_notifications, should_stop
        )
        excluded = _outlier_rows(elements, outliers)
        findings = label_findings(ordered, dataset, rules, excluded, notifications, should_stop)
        decays = decays_job.result()
        stop_if_asked(should_stop)
        findings.extend(decay.reentry_findings(ordered, decays, rules))
        approach_events = event_frame(0)
        if screen is not None and len(ordered):
            irregular = labels.irregular(ordered, findings, rules)
            approach_events, approach_finding = close_approach.approach_after_manoeuvres(
                ordered,
                elements,
                rules,
                screen,
                priority=irregular,
                progress=progress,
                should_stop=should_stop,
            )
            findings.append(approach_finding)
        stop_if_asked(should_stop)
        manoeuvre_events = _manoeuvre_events(ordered, findings, rules)
        others, names = others_job.result()
        norms = norms_job.result()
    stop_if_asked(should_stop)
    frames: list[pd.DataFrame | EventColumns] = [
        manoeuvre_events,
        decays,
        others[0],
        approach_events,
        *others[1:],
        *norms,
    ]
    return finish(frames, dataset, rules, manoeuvre_sections, names=names)


class _Inline(Executor):
    """An executor that runs each call at once, in the caller's thread."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``fn(*args, **kwargs)`` now; return its outcome as a finished future."""
        done: Future[T] = Future()
        try:
            done.set_result(fn(*args, **kwargs))
        except Exception as exc:  # kept for .result(), as a pool keeps it
            done.set_exception(exc)
        return done


def _element_events(
    dataset: Dataset, outliers: pd.DataFrame, rules: Rules, decays_job: Future[pd.DataFrame]
) -> tuple[list[pd.DataFrame | EventColumns], tuple[pd.Series, pd.Series]]:
    """Fragmentation and data-quality events, and each object's name and sources.

    The data-quality events as their columns (``finish`` joins them: no table built).
    """
    elements = dataset.elements
    decayed = decays_job.result()["norad_id"].to_numpy()
    frames: list[pd.DataFrame | EventColumns] = [
        fragmentation.detect_fragmentations(elements, rules),
        data_quality.duplicate_columns(elements, rules),
        data_quality.conflict_columns(elements, rules),
        data_quality.outlier_columns(outliers, elements),
        data_quality.stale_columns(elements, rules, decayed),
    ]
    return frames, names_and_sources(elements, dataset.objects)


def _norm_events(
    dataset: Dataset,
    manoeuvres: pd.DataFrame,
    decays_job: Future[pd.DataFrame],
    rules: Rules,
    launch_notifications: pd.DataFrame | None,
    should_stop: close_approach.StopCallback | None,
) -> list[pd.DataFrame | EventColumns]:
    """Every norm check's events (``norm_checks.norm_events``), once the decays are known."""
    decays = decays_job.result()
    stop_if_asked(should_stop)
    return norm_checks.norm_events(dataset, manoeuvres, decays, rules, launch_notifications)


def label_findings(
    manoeuvres: pd.DataFrame,
    dataset: Dataset,
    rules: Rules,
    excluded: np.ndarray | None = None,
    notifications: pd.DataFrame | None = None,
    should_stop: close_approach.StopCallback | None = None,
) -> list[Finding]:
    """Run every pattern-of-life rule on ``manoeuvres`` (sorted by object and epoch).

    ``should_stop`` is checked between the rules (raises ``DetectionCancelled``).
    """
    rules_in_turn: list[Callable[[], list[Finding]]] = [
        lambda: magnitude.magnitude_findings(manoeuvres, rules),
        lambda: direction.direction_findings(manoeuvres, rules),
        lambda: cadence.cadence_findings(manoeuvres, rules),
        lambda: cadence.silence_findings(manoeuvres, rules),
        lambda: box.box_findings(manoeuvres, dataset.elements, rules, excluded),
        lambda: geo.geo_findings(manoeuvres, rules),
        lambda: context.type_findings(manoeuvres, dataset.objects, rules),
        lambda: context.notification_findings(manoeuvres, notifications, rules),
    ]
    findings: list[Finding] = []
    for rule in rules_in_turn:
        stop_if_asked(should_stop)
        findings.extend(rule())
    return findings


def stop_if_asked(should_stop: close_approach.StopCallback | None) -> None:
    """Raise ``DetectionCancelled`` when ``should_stop`` says so."""
    if should_stop is not None and should_stop():
        raise DetectionCancelled("detection was cancelled")


def _outlier_rows(elements: pd.DataFrame, outliers: pd.DataFrame) -> np.ndarray:
    if len(outliers) == 0:
        return np.zeros(len(elements), dtype=bool)
    norad = elements["norad_id"].to_numpy()
    epoch = epoch_ns(elements["epoch_utc"])
    if is_sorted_by_object(norad, epoch):
        key_norad = outliers["norad_id"].to_numpy()
        key_epoch = epoch_ns(outliers["epoch_utc"])
        lo = search_rows(norad, epoch, key_norad, key_epoch, "left")
        hi = search_rows(norad, epoch, key_norad, key_epoch, "right")
        return mark_ranges(len(elements), lo, hi)
    keys = ["norad_id", "epoch_utc"]
    rows = elements[keys].assign(row=np.arange(len(elements)))
    hit = rows.merge(outliers[keys].drop_duplicates(), on=keys)["row"].to_numpy()
    result = np.zeros(len(elements), dtype=bool)
    result[hit] = True
    return result


def _manoeuvre_events(
    manoeuvres: pd.DataFrame, findings: list[Finding], rules: Rules
) -> EventColumns:
    """Return the manoeuvre events' columns (``finish`` joins them: no table of their own)."""
    if len(manoeuvres) == 0:
        return event_columns(0)
    labelled = labels.combine(manoeuvres, findings, rules)
    detector_rules = manoeuvres["rules"].astype("string").fillna("").to_numpy(dtype=object)
    label_rules = labelled["label_rules"].to_numpy(dtype=object)
    both = (detector_rules != "") & (label_rules != "")
    fired = np.where(label_rules == "", detector_rules, label_rules)
    fired[both] = detector_rules[both] + ";" + label_rules[both]
    extras = {c: _column(manoeuvres, c) for c in _MANOEUVRE_EXTRAS if c in manoeuvres}
    return event_columns(
        len(manoeuvres),
        norad_id=manoeuvres["norad_id"].to_numpy(),
        event_type="manoeuvre",
        label=labelled["label"].to_numpy(),
        reasons=labelled["reasons"].to_numpy(),
        explanation=labelled["explanation"].to_numpy(),
        epoch_utc=manoeuvres["epoch_utc"].array,
        window_start_utc=manoeuvres["window_start_utc"].array,
        window_end_utc=manoeuvres["window_end_utc"].array,
        rules=fired,
        regime=manoeuvres["regime"].astype(str).to_numpy(),
        direction=manoeuvres["direction"].astype(str).to_numpy(),
        delta_a_km=_column(manoeuvres, "delta_a_km"),
        delta_i_deg=_column(manoeuvres, "delta_i_deg"),
        delta_e=_column(manoeuvres, "delta_e"),
        delta_v_mps=_column(manoeuvres, "delta_v_mps"),
        confidence=_column(manoeuvres, "confidence"),
        node=geo.geo_nodes(manoeuvres, rules),
        **extras,
    )


def _column(frame: pd.DataFrame, name: str) -> object:
    """Return a column for ``event_frame``: numbers as numpy, times with their time zone."""
    series = frame[name]
    return series.array if isinstance(series.dtype, pd.DatetimeTZDtype) else series.to_numpy()


def finish(
    frames: list[pd.DataFrame | EventColumns],
    dataset: Dataset,
    rules: Rules,
    manoeuvre_sections: tuple[str, ...] = (),
    names: tuple[pd.Series, pd.Series] | None = None,
) -> pd.DataFrame:
    """Concatenate event frames, add names, sources, thresholds, version and ids; sort.

    ``names`` is ``names_and_sources(dataset.elements, dataset.objects)`` when already known.
    A frame may be given as its :class:`EventColumns` (the same events, no table built).
    """
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_events()
    object_names, sources = names or names_and_sources(dataset.elements, dataset.objects)
    columns = _joined_columns(frames)
    if columns is not None:
        # Every column is conformed already: sort them, add the rest, build the table once.
        columns = _sorted_columns(columns)
        norad = columns["norad_id"]
        columns["object_name"] = filled_strings(object_names.reindex(norad).to_numpy(dtype=object))
        columns["source"] = filled_strings(sources.reindex(norad).to_numpy(dtype=object))
        columns["detector_version"] = strings_from_codes([DETECTOR_VERSION], np.zeros(len(norad)))
        columns["rule_thresholds"] = _threshold_column(
            columns["event_type"],
            columns["regime"],
            rules,
            manoeuvre_sections,
        )
        # The ids from the columns too (the same as event_ids of the table built below).
        columns["event_id"] = string_array(event_ids_of_columns(columns))
        return pd.DataFrame(
            {name: columns[name] for name in EVENT_DTYPES}, index=pd.RangeIndex(len(norad))
        )
    tables = [f.frame() if isinstance(f, EventColumns) else f for f in frames]
    events = pd.concat(tables, ignore_index=True)
    # Sort first, on the conformed keys, so the long text columns are built once, in order.
    events = events.take(_sort_order(events)).reset_index(drop=True)
    norad = events["norad_id"].to_numpy()
    events["object_name"] = filled_strings(object_names.reindex(norad).to_numpy(dtype=object))
    events["source"] = filled_strings(sources.reindex(norad).to_numpy(dtype=object))
    events["detector_version"] = strings_from_codes([DETECTOR_VERSION], np.zeros(len(events)))
    events["rule_thresholds"] = _thresholds(events, rules, manoeuvre_sections)
    events = conform(events)
    events["event_id"] = string_array(event_ids(events))
    return events


#: Event columns the frames need not all have, and how an absent one is filled.
_FILLED_DTYPES = ("string", "float64", "datetime64[ns, UTC]", "Int64")
#: Columns the pipeline adds after sorting (absent from every event module's frame).
_ADDED_LATER = ("event_id", "object_name", "source", "detector_version", "rule_thresholds")


def _joined_columns(frames: list[pd.DataFrame | EventColumns]) -> dict[str, Any] | None:
    """Return the frames' ``EVENT_DTYPES`` columns, each conformed and joined end to end.

    The same values as ``conform(pd.concat(frames))`` column by column (text NA and absent
    text as "", absent numbers NaN, absent times NaT), without building and reindexing the
    intermediate table. None when a frame lacks a column that cannot be filled so (an
    ``int64`` column).
    """
    lengths = [len(f) for f in frames]
    # An EventColumns' arrays are the columns its table would have: no table taken apart.
    tables = [f.arrays if isinstance(f, EventColumns) else dict(f.items()) for f in frames]
    columns: dict[str, Any] = {}
    for name, dtype in EVENT_DTYPES.items():
        if name in _ADDED_LATER:
            continue
        parts = [t.get(name) for t in tables]
        if dtype not in _FILLED_DTYPES and any(p is None for p in parts):
            return None
        if all(p is None for p in parts):  # in no frame: filled at once
            columns[name] = _absent(dtype, sum(lengths))
            continue
        # Text is conformed once joined (missing values as "" in one Arrow pass).
        conform = string_array if dtype == "string" else partial(conform_column, dtype=dtype)
        conformed = [None if p is None else conform(p) for p in parts]
        columns[name] = _joined(conformed, lengths, dtype)
    return columns


def _joined(parts: list[Any], lengths: list[int], dtype: str) -> Any:
    """Conformed column parts (None: absent, filled) joined as one array of ``dtype``."""
    if dtype == "string":
        chunks = [
            pa.array(p) if p is not None else pa.nulls(n, pa.large_string())
            for p, n in zip(parts, lengths, strict=True)
        ]
        joined = pa.chunked_array(chunks, type=pa.large_string()).combine_chunks()
        return pc.fill_null(joined, "") if joined.null_count else joined
    if dtype.startswith("datetime"):
        ns = [
            _ns(p) if p is not None else np.full(n, np.iinfo(np.int64).min)
            for p, n in zip(parts, lengths, strict=True)
        ]
        return np.concatenate(ns).view("datetime64[ns]")
    if dtype == "Int64":
        filled = [
            pd.Series(p).array if p is not None else pd.array([pd.NA] * n, dtype="Int64")
            for p, n in zip(parts, lengths, strict=True)
        ]
        return pd.concat([pd.Series(f) for f in filled], ignore_index=True).array
    values = [
        np.asarray(p, dtype=dtype) if p is not None else np.full(n, np.nan)
        for p, n in zip(parts, lengths, strict=True)
    ]
    return np.concatenate(values).astype(dtype, copy=False)


def _ns(times: Any) -> np.ndarray:
    """``epoch_ns`` of a time column: a pandas array or Series read directly, not wrapped."""
    if isinstance(times, (pd.Series, pd.api.extensions.ExtensionArray)):
        values: np.ndarray = times.to_numpy(dtype="datetime64[ns]").view(np.int64)
        return values
    return epoch_ns(pd.Series(times))


def _absent(dtype: str, n: int) -> Any:
    """Return a column of ``n`` rows absent from every frame: ``_joined`` of ``None`` parts.

    Text "", numbers NaN, times NaT, ``Int64`` NA, of the same dtypes.
    """
    if dtype == "string":
        return pc.fill_null(pa.nulls(n, pa.large_string()), "")
    if dtype.startswith("datetime"):
        return np.full(n, np.iinfo(np.int64).min).view("datetime64[ns]")
    if dtype == "Int64":
        return pd.arrays.IntegerArray(np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool))
    return np.full(n, np.nan).astype(dtype, copy=False)


def _sorted_columns(columns: dict[str, Any]) -> dict[str, Any]:
    """Return the joined columns in ``_SORT_KEYS`` order (stable, NaT last), as pandas arrays."""
    keys = []
    for name in _SORT_KEYS:
        column = columns[name]
        if EVENT_DTYPES[name] == "string":
            keys.append(_text_rank(column))
        elif EVENT_DTYPES[name].startswith("datetime"):
            ns = column.view(np.int64)
            keys.append(np.where(ns == np.iinfo(np.int64).min, np.iinfo(np.int64).max, ns))
        else:
            keys.append(np.asarray(column))
    order: np.ndarray = np.lexsort(keys[::-1])
    indices = pa.array(order)
    data: dict[str, Any] = {}
    for name, column in columns.items():
        dtype = EVENT_DTYPES[name]
        if dtype == "string":
            data[name] = pd.arrays.ArrowStringArray(column.take(indices))
        elif dtype.startswith("datetime"):
            data[name] = pd.to_datetime(column[order], utc=True).array
        elif dtype == "Int64":
            data[name] = column.take(order)
        else:
            data[name] = column[order]
    return data


def _text_rank(column: pa.Array) -> np.ndarray:
    """Each text's rank among the distinct texts of ``column`` (no missing value), from 0.

    ``pd.factorize(..., sort=True)``'s codes, ranked in Arrow: UTF-8 byte order is the code
    point order in which Python sorts text.
    """
    ranks = pc.rank(column, sort_keys="ascending", tiebreaker="dense")
    out: np.ndarray = ranks.to_numpy().astype(np.int64) - 1
    return out


def _by_object_and_epoch(manoeuvres: pd.DataFrame) -> np.ndarray:
    """Stable order by object, then epoch (as ``sort_values``: NaT last)."""
    epoch = manoeuvres["epoch_utc"]
    ns = np.where(epoch.isna().to_numpy(), np.iinfo(np.int64).max, epoch_ns(epoch))
    order: np.ndarray = np.lexsort((ns, manoeuvres["norad_id"].to_numpy()))
    return order


def _sort_order(events: pd.DataFrame) -> np.ndarray:
    """Stable order by ``_SORT_KEYS`` (as ``sort_values`` on the conformed table: NaT last)."""
    keys = []
    for name in _SORT_KEYS:
        column = pd.Series(conform_column(events[name], EVENT_DTYPES[name]))
        if EVENT_DTYPES[name] == "string":
            keys.append(pd.factorize(column, sort=True)[0])
        elif EVENT_DTYPES[name].startswith("datetime"):
            ns = epoch_ns(column)
            keys.append(np.where(column.isna().to_numpy(), np.iinfo(np.int64).max, ns))
        else:
            keys.append(column.to_numpy())
    order: np.ndarray = np.lexsort(keys[::-1])
    return order


def _thresholds(
    events: pd.DataFrame, rules: Rules, manoeuvre_sections: tuple[str, ...]
) -> pd.api.extensions.ExtensionArray:
    return _threshold_column(events["event_type"], events["regime"], rules, manoeuvre_sections)


def _threshold_column(
    event_type: Any, regime: Any, rules: Rules, manoeuvre_sections: tuple[str, ...]
) -> pd.api.extensions.ExtensionArray:
    """``rule_thresholds`` of events of these types and regimes (missing regime as "")."""
    type_codes, types = _factorized(event_type) or pd.factorize(pd.Series(event_type).astype(str))
    regime_codes, regimes = _factorized(regime) or pd.factorize(
        pd.Series(regime).astype("string").fillna("")
    )
    codes, pairs = np.unique(
        type_codes.astype(np.int64) * (len(regimes) + 1) + regime_codes, return_inverse=True
    )
    keys = [f"{types[k // (len(regimes) + 1)]}|{regimes[k % (len(regimes) + 1)]}" for k in codes]
    texts = [_threshold_text(rules, key, manoeuvre_sections) for key in keys]
    return strings_from_codes(texts, pairs.reshape(-1))


def _factorized(values: Any) -> tuple[np.ndarray, list[str]] | None:
    """``pd.factorize`` of a text array with no missing value, in Arrow; None for others.

    Codes in order of first appearance and the distinct texts, as ``pd.factorize`` gives
    them (a ``string`` array's ``astype(str)`` and ``fillna("")`` then change nothing).
    """
    if not isinstance(values, pd.arrays.ArrowStringArray):
        return None
    arrow = pa.array(values)
    if isinstance(arrow, pa.ChunkedArray):
        arrow = arrow.combine_chunks()
    if arrow.null_count:
        return None
    encoded = pc.dictionary_encode(arrow)
    codes: np.ndarray = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    return codes, encoded.dictionary.to_pylist()


def _threshold_text(rules: Rules, key: str, manoeuvre_sections: tuple[str, ...]) -> str:
    """``rule_thresholds`` of the events of ``key`` (``event_type|regime``), JSON.

    Kept per rules object (the texts of a run's rules are the same in every run).
    """
    cache_key = (key, manoeuvre_sections)
    known = _THRESHOLD_TEXTS.get(id(rules))
    if known is None or known[0] is not rules:
        known = (rules, {})
        _THRESHOLD_TEXTS.clear()  # the texts of one rules object at a time
        _THRESHOLD_TEXTS[id(rules)] = known
    text = known[1].get(cache_key)
    if text is None:
        event_type, regime = key.split("|", 1)
        sections = _EVENT_SECTIONS.get(event_type, (*manoeuvre_sections, *LABEL_SECTIONS))
        values = {
            s: dataclasses.asdict(rules.by_name(s, regime or "*"))
            for s in sections
            if s in rules.values
        }
        values["digest"] = rules.digest  # type: ignore[assignment]
        text = json.dumps(values, separators=(",", ":"), sort_keys=True)
        known[1][cache_key] = text
    return text


#: ``id(rules) -> (rules, {(key, manoeuvre sections): text})`` of the last rules used.
_THRESHOLD_TEXTS: dict[int, tuple[Rules, dict[tuple[str, tuple[str, ...]], str]]] = {}
