"""Every rules section, in rules-file order: the manoeuvre detectors', labellers', norms'."""

from __future__ import annotations

from ssaviewer.core.detect import (
    approach,
    data_quality,
    decay,
    fragmentation,
    labels,
    pol_box,
    pol_cadence,
    pol_context,
    pol_direction,
    pol_geo,
    pol_magnitude,
)
from ssaviewer.core.detect.manoeuvre import MANOEUVRE_SECTIONS
from ssaviewer.core.detect.rules import RuleSection
from ssaviewer.core.norms.checks import NORM_SECTIONS

#: Sections of the pattern-of-life labelling and of the other events (this package's own).
EVENT_SECTIONS: tuple[RuleSection, ...] = (
    pol_magnitude.RULE_SECTION,
    pol_direction.RULE_SECTION,
    pol_cadence.RULE_SECTION,
    pol_box.RULE_SECTION,
    pol_geo.RULE_SECTION,
    *pol_context.RULE_SECTIONS,
    approach.RULE_SECTION,
    labels.RULE_SECTION,
    decay.RULE_SECTION,
    fragmentation.RULE_SECTION,
    data_quality.RULE_SECTION,
)

#: Every section a rules file may hold, in the order ``dump_rules`` writes them.
SECTIONS: tuple[RuleSection, ...] = (*MANOEUVRE_SECTIONS, *EVENT_SECTIONS, *NORM_SECTIONS)
