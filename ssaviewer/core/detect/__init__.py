"""Rule-based behaviour detectors: manoeuvres, pattern-of-life labels, other events.

The public entry points::

    from ssaviewer.core.detect import run_detection, load_rules
    events = run_detection(dataset)                          # built-in rules
    events = run_detection(dataset, load_rules(text, "my.toml"))

The pipeline (:func:`~ssaviewer.core.detect.pipeline.run_detection`), in order:

1. :mod:`.manoeuvres`: manoeuvres found and estimated in each chunk of objects
   (:mod:`.pipeline` splits the element table; :mod:`.element_table` owns its order);
2. :mod:`.pattern_of_life`: each manoeuvre labelled regular, irregular or undetermined;
3. :mod:`.events`: decay, fragmentation, close approach, data quality, and the event table
   (:mod:`.assemble` puts them together with the norm checks of :mod:`ssaviewer.core.norms`).

Thresholds come from :mod:`.rules` (sections listed by :mod:`.sections`, the built-in file
``default_rules.toml`` written by :mod:`.rules_file`).
"""

from ssaviewer.core.detect.events.event_table import DETECTOR_VERSION
from ssaviewer.core.detect.manoeuvres.detector import DetectionCancelled
from ssaviewer.core.detect.pipeline import (
    default_rules,
    default_rules_text,
    load_rules,
    run_detection,
)

__all__ = [
    "DETECTOR_VERSION",
    "DetectionCancelled",
    "default_rules",
    "default_rules_text",
    "load_rules",
    "run_detection",
]
