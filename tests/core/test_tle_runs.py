"""Names and designators are factorised per run of equal values: runs, repeats, broken sets."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats.tle import parse_tle
from tests.core.tle_text import ISS, tle_file

NAMES = ["ISS (ZARYA)", "", "0 STARLINK-1007", "NOAA 19", "ISS (ZARYA)   "]
DESIGNATORS = ["98067A", "", "57001B", "24123ABC"]


def _cospar(designator: str) -> str:
    if not designator:
        return ""
    year = int(designator[:2])
    return f"{1900 + year if year >= 57 else 2000 + year}-{designator[2:]}"


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(NAMES) - 1),
            st.integers(0, len(DESIGNATORS) - 1),
            st.integers(1, 4),  # run length
            st.booleans(),  # the run's first set is broken (bad checksum)
        ),
        min_size=1,
        max_size=12,
    )
)
def test_names_and_designators_in_runs(runs: list[tuple[int, int, int, bool]]) -> None:
    sets = []
    kept: list[tuple[str, str]] = []
    for name_k, designator_k, length, broken_first in runs:
        for j in range(length):
            element_set = replace(ISS, designator=DESIGNATORS[designator_k], day=1 + j)
            text = NAMES[name_k]
            if broken_first and j == 0:
                element_set = replace(element_set, ndot_e8=-element_set.ndot_e8 - 1)
                sets.append((text, element_set, True))
                continue
            sets.append((text, element_set, False))
            kept.append((text.removeprefix("0 ").strip(), _cospar(DESIGNATORS[designator_k])))
    data = tle_file([(name, s) for name, s, _ in sets])
    if any(broken for _, _, broken in sets):  # corrupt the checksum of line 1 of those sets
        lines = data.decode().split("\n")
        line1s = [k for k, line in enumerate(lines) if line.startswith("1 ")]
        for k, (_, _, broken) in zip(line1s, sets, strict=True):
            if broken:
                last = lines[k][-1]
                lines[k] = lines[k][:-1] + str((int(last) + 1) % 10)
        data = "\n".join(lines).encode()
    elements, rejected = parse_tle(data, "runs.tle")
    assert len(rejected) == sum(broken for _, _, broken in sets)
    assert elements["object_name"].tolist() == [name for name, _ in kept]
    assert elements["object_id"].tolist() == [cospar for _, cospar in kept]
    # categories in first appearance; names over every set read (rejected ones included),
    # with "" (sets without a name line) last
    ids = list(dict.fromkeys(cospar for _, cospar in kept))
    assert list(elements["object_id"].cat.categories) == ids
    named = [name.removeprefix("0 ").strip() for name, _, _ in sets if name]
    unnamed = [""] if any(not name for name, _, _ in sets) else []
    assert list(elements["object_name"].cat.categories) == list(dict.fromkeys(named + unnamed))
