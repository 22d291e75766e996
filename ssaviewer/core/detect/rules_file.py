"""The default rules as a documented TOML file: what "Edit rules" and ``--rules`` start from.

``python -m ssaviewer.core.detect.rules_file`` rewrites ``default_rules.toml`` next to this
module from the code defaults (a test checks the shipped file matches them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ssaviewer.core.detect.rules import Rules, RuleSection, dump_rules

HEADER = """\
# ssaviewer detection rules: every threshold, with its per-regime defaults.
# Copy this file, change what you need (or delete what you keep) and pass it with
# `ssaviewer detect ... --rules my_rules.toml`. A [section] line sets a value for every
# regime; a [section.REGIME] line (LEO, MEO, GEO, IGSO, GTO, HEO) overrides it for one.
# Every reason code and threshold is explained in docs/reason_codes.md.
"""


def documented_rules(rules: Rules, sections: tuple[RuleSection[Any], ...]) -> str:
    """Return ``dump_rules(rules)`` with a header and each section's summary as comments."""
    summaries = {s.name: _summary(s) for s in sections}
    lines = dump_rules(rules).splitlines()
    out = [HEADER.rstrip("\n")]
    for line in lines[1:]:
        name = line[1:-1] if line.startswith("[") and line.endswith("]") else ""
        if summaries.get(name):
            out.append(f"# {summaries[name]}")
        out.append(line)
    return "\n".join(out) + "\n"


def _summary(section: RuleSection[Any]) -> str:
    doc = section.doc or (section.params_type.__doc__ or "")
    return doc.strip().split("\n\n")[0].replace("\n", " ")


def main() -> None:
    """Rewrite the shipped ``default_rules.toml``."""
    from ssaviewer.core.detect.pipeline import DEFAULT_RULES_FILE, default_rules
    from ssaviewer.core.detect.sections import SECTIONS

    target = Path(__file__).with_name(DEFAULT_RULES_FILE)
    target.write_text(documented_rules(default_rules(), SECTIONS), encoding="utf-8")


if __name__ == "__main__":
    main()
