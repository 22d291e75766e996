"""The trainer's lesson (``lesson.toml`` inside a ``.ssas`` file): title, quiz settings, notes.

Example::

    [lesson]
    title = "Five anomalies in LEO and GEO"
    summary = "What routine station-keeping looks like, and five things that are not."
    tolerance_hours = 36        # a mark this close to a true event finds it (default 24)
    quiz = "all"                # score every answer-key event, or only "irregular" ones

    [[note]]
    norad_id = 91003
    time_utc = 2024-02-10T06:00:00Z   # the event's time in the answer key (within tolerance)
    text = "The semi-major axis steps up by 15 km: an orbit raising nobody announced."

Any unknown key, wrong type or missing field raises :class:`LessonError` naming the key.
"""

from __future__ import annotations

import datetime as dt
import math
import tomllib
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

#: Columns of :attr:`Lesson.notes`.
NOTE_COLUMNS: Final = ("norad_id", "time_utc", "text")
QUIZ_MODES: Final = ("all", "irregular")
DEFAULT_TOLERANCE_HOURS: Final = 24.0


_KIND_NAMES: Final = {
    int: "an integer",
    float: "a number",
    str: "a string",
    dt.datetime: "a TOML date-time",
}


class LessonError(ValueError):
    """A problem in a lesson file: the message names the source, the table and the key."""


@dataclass(frozen=True)
class Lesson:
    """A parsed lesson.

    Attributes
    ----------
    title, summary
        Shown when the scenario opens.
    tolerance_hours
        A trainee's mark within this many hours of a true event (same object) finds it.
    quiz
        ``"all"``: every answer-key event is to be found; ``"irregular"``: only irregular ones
        (marks on routine events are then neither found nor false).
    notes
        One row per narration note: ``norad_id`` (int64), ``time_utc`` (UTC timestamps),
        ``text`` (str), sorted by time.
    """

    title: str
    summary: str
    tolerance_hours: float
    quiz: str
    notes: pd.DataFrame


def _require(where: str, raw: dict[str, Any], key: str, kind: type) -> Any:
    if key not in raw:
        raise LessonError(f"{where}: key '{key}' is missing; it is required")
    value = raw[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise LessonError(f"{where}: key '{key}' = {value!r}; expected {_KIND_NAMES[kind]}")
    return value


def _check_keys(where: str, raw: dict[str, Any], known: tuple[str, ...]) -> None:
    for key in raw:
        if key not in known:
            raise LessonError(f"{where}: unknown key '{key}'; expected one of {', '.join(known)}")


def _time(where: str, value: Any) -> pd.Timestamp:
    if not isinstance(value, dt.datetime):
        raise LessonError(f"{where}: key 'time_utc' = {value!r}; expected a TOML date-time")
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _notes(source: str, raw: Any) -> pd.DataFrame:
    if not isinstance(raw, list):
        raise LessonError(f"{source}: 'note' must be an array of tables [[note]]")
    rows = []
    for k, item in enumerate(raw):
        where = f"{source}: [[note]] #{k + 1}"
        if not isinstance(item, dict):
            raise LessonError(f"{where}: expected a table")
        _check_keys(where, item, NOTE_COLUMNS)
        rows.append(
            (
                _require(where, item, "norad_id", int),
                _time(where, _require(where, item, "time_utc", dt.datetime)),
                _require(where, item, "text", str),
            )
        )
    notes = pd.DataFrame(
        {
            "norad_id": pd.Series([r[0] for r in rows], dtype="int64"),
            "time_utc": pd.Series([r[1] for r in rows], dtype="datetime64[ns, UTC]"),
            "text": pd.Series([r[2] for r in rows], dtype="object"),
        }
    )
    return notes.sort_values("time_utc", kind="stable").reset_index(drop=True)


def parse_lesson(text: str, source: str = "lesson.toml") -> Lesson:
    """Parse and check lesson text.

    Parameters
    ----------
    text
        TOML text (see the module docstring).
    source
        Name used in error messages.

    Returns
    -------
    Lesson

    Raises
    ------
    LessonError
        Bad TOML, unknown keys, wrong types, a negative tolerance or an unknown quiz mode.
    """
    try:
        raw = tomllib.loads(text.removeprefix("\ufeff"))  # an editor's byte-order mark
    except tomllib.TOMLDecodeError as exc:
        raise LessonError(f"{source}: not valid TOML ({exc})") from None
    _check_keys(source, raw, ("lesson", "note"))
    head = raw.get("lesson")
    if not isinstance(head, dict):
        raise LessonError(f"{source}: the [lesson] table is missing")
    where = f"{source}: [lesson]"
    _check_keys(where, head, ("title", "summary", "tolerance_hours", "quiz"))
    tolerance = float(head.get("tolerance_hours", DEFAULT_TOLERANCE_HOURS))
    if not math.isfinite(tolerance) or tolerance <= 0:
        raise LessonError(f"{where}: tolerance_hours = {tolerance!r}; expected a positive number")
    quiz = head.get("quiz", "all")
    if quiz not in QUIZ_MODES:
        raise LessonError(f"{where}: quiz = {quiz!r}; expected one of {', '.join(QUIZ_MODES)}")
    return Lesson(
        title=_require(where, head, "title", str),
        summary=str(head.get("summary", "")),
        tolerance_hours=tolerance,
        quiz=quiz,
        notes=_notes(source, raw.get("note", [])),
    )
