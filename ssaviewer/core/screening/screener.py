"""The one screening API: a :class:`Screener` built once per catalogue, and :func:`screen`.

A ``Screener`` reads an element table's screening columns once (:class:`~.screen_sets.ScreenTable`)
and builds its shell index on first use (:func:`~.neighbours.build_shell_index`); each call
of :meth:`Screener.screen` then runs the first look (:mod:`~.prelook`), the coarse grid
(:mod:`~.coarse`) and the refinement (:mod:`~.refine`) of :mod:`~.engine` on the rows asked
for. The grid step has one rule, :func:`grid_step_s` (an eighth of the shortest period,
within 10-600 s; a ``step_s`` asks for a finer one at most).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sgp4.api import Satrec

from ssaviewer.core.orbits.times import TimesLike
from ssaviewer.core.screening import engine
from ssaviewer.core.screening.engine import ProgressCallback, StopCallback
from ssaviewer.core.screening.neighbours import (
    ShellIndex,
    build_shell_index,
    shell_candidates,
    shell_candidates_many,
    window_rows,
)
from ssaviewer.core.screening.phasing_memo import judge
from ssaviewer.core.screening.screen_sets import ScreenTable


def grid_step_s(period_min: np.ndarray) -> float:
    """Return the coarse grid step (s) for element sets of these periods (minutes).

    An eighth of the shortest period, within 10-600 s: two minima of a separation seldom
    share a grid interval, so the approaches found do not depend on the step.
    """
    return engine.step_for(period_min)


class Screener:
    """Close-approach screening of one catalogue (an element table), built once.

    Parameters
    ----------
    elements
        Element-set table (``schema.ELEMENT_COLUMNS`` with the derived columns,
        ``engine.SCREEN_COLUMNS`` at least), any number of sets per object.
    phasing
        Run the phasing filter (:mod:`~.phasing`) in every screening (default). ``False``
        screens every pair the altitude shells keep: the same approaches, more slowly (for
        benchmarks and tests of the filter).
    """

    def __init__(self, elements: pd.DataFrame, *, phasing: bool = True) -> None:
        self.elements = elements
        self.phasing = phasing
        self.table = ScreenTable.of(elements)
        self._index: ShellIndex | None = None

    @property
    def index(self) -> ShellIndex:
        """The catalogue's altitude-shell (and GEO longitude) index, built on first use."""
        if self._index is None:
            self._index = build_shell_index(self.elements)
        return self._index

    def candidates(
        self,
        target_norad: int,
        start_utc: pd.Timestamp,
        end_utc: pd.Timestamp,
        threshold_km: float,
        max_set_age_days: float,
    ) -> np.ndarray:
        """Catalogue numbers of the objects that may come within ``threshold_km`` (the index)."""
        return shell_candidates(
            self.index, target_norad, start_utc, end_utc, threshold_km, max_set_age_days
        )

    def candidates_many(
        self,
        target_norad: np.ndarray,
        start_ns: np.ndarray,
        end_ns: np.ndarray,
        threshold_km: np.ndarray,
        max_set_age_days: np.ndarray,
    ) -> list[np.ndarray]:
        """:meth:`candidates` of many windows at once (``start_ns``, ``end_ns``: int64 ns UTC).

        The same answers, one array per window (:func:`~.neighbours.shell_candidates_many`).
        """
        return shell_candidates_many(
            self.index, target_norad, start_ns, end_ns, threshold_km, max_set_age_days
        )

    def window_rows(
        self, norad_ids: np.ndarray, start_utc: pd.Timestamp, end_utc: pd.Timestamp
    ) -> np.ndarray:
        """Row positions of these objects' sets that may serve a time in the window."""
        return window_rows(self.index, norad_ids, start_utc, end_utc)

    def grid_step_s(self, rows: np.ndarray) -> float:
        """:func:`grid_step_s` of the element sets at positions ``rows``."""
        return grid_step_s(self.table.columns["period_min"][rows])

    def screen(
        self,
        target_norad: int,
        start_utc: TimesLike | pd.Timestamp,
        days: float,
        threshold_km: float,
        step_s: float | None = None,
        *,
        rows: np.ndarray | None = None,
        first_only: bool = False,
        only: np.ndarray | None = None,
        progress: ProgressCallback | None = None,
        should_stop: StopCallback | None = None,
    ) -> pd.DataFrame:
        """Find every object passing within ``threshold_km`` of a target over a window.

        ``rows``: screen only the element sets at these positions (default: all).
        ``only`` (catalogue numbers): screen the target against these objects alone; with
        ``step_s`` given, their approaches are those of the screening of all the rows.
        Everything else, the result (``engine.APPROACH_COLUMNS``) and the errors are those of
        :func:`~.engine.screen`.
        """
        engine.check_window(days, threshold_km, step_s)
        sets = self.table.sets(np.arange(len(self.elements)) if rows is None else rows)
        return engine.screen_of_sets(
            sets, target_norad, start_utc, days, threshold_km, step_s, progress, should_stop,
            first_only, only, phasing=self.phasing,
        )  # fmt: skip

    def judge_phasing_ahead(
        self, windows: list[tuple[int, pd.Timestamp, float, float, np.ndarray]]
    ) -> None:
        """Judge ahead, in one batch, the phasing filter's pairs of many screenings.

        ``windows``: ``(target_norad, start_utc, days, threshold_km, rows)`` of screenings to
        come (:meth:`objects_near` or :meth:`screen` with these arguments); their results are
        the same, and the filter then costs one call instead of one per piece of each
        (:mod:`~.phasing_memo`).
        """
        if not self.phasing:
            return
        requests = []
        for target, start, days, km, rows in windows:
            requests.extend(engine.phasing_requests(self.table.sets(rows), target, start, days, km))
        if not requests:
            return
        needed = np.unique(
            np.concatenate([np.r_[r.target_row, r.other_rows] for r in requests])
        ).astype(np.int64)
        sets = self.table.sets(needed)

        def satrecs(rows: np.ndarray) -> list[Satrec]:
            return sets.satrecs(np.searchsorted(needed, rows))

        judge(self.table.phasing, requests, satrecs, self.table.columns["apogee_km"])

    def objects_near(
        self,
        target_norad: int,
        start_utc: pd.Timestamp,
        days: float,
        threshold_km: float,
        step_s: float | None = None,
        *,
        rows: np.ndarray | None = None,
    ) -> np.ndarray:
        """Catalogue numbers (ascending) of the objects :meth:`screen` finds.

        The same screening as ``screen(..., first_only=True)``, without building its table.
        """
        chosen = np.arange(len(self.elements)) if rows is None else rows
        return engine.objects_near(
            self.table, chosen, target_norad, start_utc, days, threshold_km, step_s,
            phasing=self.phasing,
        )  # fmt: skip


def screen(
    elements: pd.DataFrame,
    target_norad: int,
    start_utc: TimesLike | pd.Timestamp,
    days: float,
    threshold_km: float,
    step_s: float | None = None,
    *,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    first_only: bool = False,
    phasing: bool = True,
) -> pd.DataFrame:
    """Screen one target against a catalogue once: ``Screener(elements).screen(...)``.

    See :func:`~.engine.screen` for the parameters, the result and the errors.
    """
    return engine.screen(
        elements, target_norad, start_utc, days, threshold_km, step_s,
        progress=progress, should_stop=should_stop, first_only=first_only, phasing=phasing,
    )  # fmt: skip
