"""Every rules section, in rules-file order: the manoeuvre detectors', labellers', norms'."""

from __future__ import annotations

from typing import Any

from ssaviewer.core.detect.events import close_approach, data_quality, decay, fragmentation
from ssaviewer.core.detect.manoeuvres.detector import MANOEUVRE_SECTIONS
from ssaviewer.core.detect.pattern_of_life import (
    box,
    cadence,
    context,
    direction,
    geo,
    labels,
    magnitude,
)
from ssaviewer.core.detect.rules import RuleSection
from ssaviewer.core.norms.checks import NORM_SECTIONS

#: Sections of the pattern-of-life labelling and of the other events (this package's own).
EVENT_SECTIONS: tuple[RuleSection[Any], ...] = (
    magnitude.RULE_SECTION,
    direction.RULE_SECTION,
    cadence.RULE_SECTION,
    box.RULE_SECTION,
    geo.RULE_SECTION,
    *context.RULE_SECTIONS,
    close_approach.RULE_SECTION,
    labels.RULE_SECTION,
    decay.RULE_SECTION,
    fragmentation.RULE_SECTION,
    data_quality.RULE_SECTION,
)

#: Every section a rules file may hold, in the order ``dump_rules`` writes them.
SECTIONS: tuple[RuleSection[Any], ...] = (*MANOEUVRE_SECTIONS, *EVENT_SECTIONS, *NORM_SECTIONS)
