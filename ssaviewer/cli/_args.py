"""Argument checks shared by sub-commands: one-line errors naming the argument, exit 2."""

from __future__ import annotations

import math
import sys

import pandas as pd

from ssaviewer.core.dataset import Dataset

#: Exit status for bad arguments (as argparse uses).
BAD_ARGUMENTS = 2


class ArgumentProblem(ValueError):
    """A bad argument value; the message names the argument and what was expected."""


def fail(command: str, problem: Exception) -> int:
    """Print ``ssaviewer COMMAND: error: PROBLEM`` on one line to stderr; return 2."""
    sys.stderr.write(f"ssaviewer {command}: error: {problem}\n")
    return BAD_ARGUMENTS


def utc_time(name: str, text: str) -> pd.Timestamp:
    """Parse an ISO 8601 time (UTC unless it carries an offset)."""
    stamp: object = None
    try:
        stamp = pd.Timestamp(text)
    except (ValueError, TypeError):
        pass
    if not isinstance(stamp, pd.Timestamp) or pd.isna(stamp):
        raise ArgumentProblem(
            f"{name}: expected an ISO 8601 UTC time such as 2025-10-03T12:00:00Z; got {text!r}"
        )
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def positive_number(name: str, text: str) -> float:
    """Parse a finite number greater than zero."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise ArgumentProblem(f"{name}: expected a positive number; got {text!r}")
    return value


def norad_id(name: str, text: str, dataset: Dataset) -> int:
    """Parse a catalogue number that is present in ``dataset``."""
    try:
        value = int(text)
    except ValueError:
        raise ArgumentProblem(
            f"{name}: expected a NORAD catalogue number (an integer); got {text!r}"
        ) from None
    if len(dataset.elements) == 0:
        rejected = dataset.report.rejected
        why = f" ({rejected['file'].iat[0]}: {rejected['reason'].iat[0]})" if len(rejected) else ""
        raise ArgumentProblem(f"PATH: no element sets could be loaded{why}")
    if not (dataset.elements["norad_id"].to_numpy() == value).any():
        raise ArgumentProblem(f"{name}: NORAD id {value} is not in the loaded data")
    return value


def iso(stamp: pd.Timestamp) -> str:
    """UTC time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``."""
    return str(stamp.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
