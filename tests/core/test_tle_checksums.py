"""The vectorised checksum of both lines equals the per-line Python checksum."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats.tle import tle_checksum
from ssaviewer.core.formats.tle_fields import computed_checksums
from ssaviewer.core.formats.tle_template import ROW

_SIGN_COLUMNS = (33, 44, 50, 53, 59)  # where line 1 may hold a '-'


def _line(draw: st.DrawFn, signs: bool) -> str:
    chars = draw(st.lists(st.sampled_from("0123456789 .+ABU"), min_size=69, max_size=69))
    if signs:
        for column in _SIGN_COLUMNS:
            chars[column] = draw(st.sampled_from(" +-"))
    return "".join(chars)


@st.composite
def _sets(draw: st.DrawFn) -> list[tuple[str, str]]:
    n = draw(st.integers(1, 40))
    return [(_line(draw, True), _line(draw, False)) for _ in range(n)]


@settings(max_examples=200, deadline=None)
@given(_sets())
def test_both_lines_match_the_python_checksum(sets: list[tuple[str, str]]) -> None:
    rows = np.full((len(sets), 2 * ROW), ord(" "), dtype=np.uint8)
    for k, (line1, line2) in enumerate(sets):
        rows[k, :69] = np.frombuffer(line1.encode(), dtype=np.uint8)
        rows[k, ROW : ROW + 69] = np.frombuffer(line2.encode(), dtype=np.uint8)
    expected = [[tle_checksum(line1), tle_checksum(line2)] for line1, line2 in sets]
    assert computed_checksums(rows).tolist() == expected
