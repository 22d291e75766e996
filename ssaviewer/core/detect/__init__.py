"""Rule-based behaviour detectors: manoeuvres, pattern-of-life labels, other events.

The public entry points::

    from ssaviewer.core.detect import run_detection, load_rules
    events = run_detection(dataset)                          # built-in rules
    events = run_detection(dataset, load_rules(text, "my.toml"))
"""

from ssaviewer.core.detect.event_table import DETECTOR_VERSION
from ssaviewer.core.detect.pipeline import (
    default_rules,
    default_rules_text,
    load_rules,
    run_detection,
)

__all__ = [
    "DETECTOR_VERSION",
    "default_rules",
    "default_rules_text",
    "load_rules",
    "run_detection",
]
