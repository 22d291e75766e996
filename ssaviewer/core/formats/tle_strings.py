"""The text columns of the TLE reader, built once per distinct value, not once per set.

Repeated byte strings (names, international designators) are hashed into one ``uint64`` per
set, factorised, and only the distinct values are decoded in Python. The ``record`` column is
an Arrow-backed string array (about 20 bytes a row), written by the compiled kernel when there
is one, else by Arrow compute kernels.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ssaviewer.core.formats.tle_lines import Lines, gather
from ssaviewer.core.formats.tle_template import Bytes, Ints, Mask

if TYPE_CHECKING:
    from ssaviewer.core.formats.tle_kernel import Kernel

#: Name lines are compared on their first bytes only up to this width; longer ones one by one.
NAME_WIDTH = 80
#: The longest name a name line may hold (after Space-Track's ``0 ``): CelesTrak pads names
#: to 24 columns and Space-Track's OBJECT_NAME holds 25 characters.
NAME_MAX_CHARS = 25
_ELEMENT_CHARACTERS = b"0123456789 .+-"
_HASH_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


def names(lines: Lines, name_line: Ints) -> tuple[pd.Categorical, np.ndarray, list[str]]:
    """Return the object name of every set (name line index or -1) and the bad name lines.

    Space-Track's ``0 NAME`` form loses its ``0``; surrounding blanks are stripped; a set
    without a name line, or whose name line breaks a rule of :func:`name_problem`, gets "".
    The second value gives, per set, -1 or the index into the third (the reasons) of why its
    name line is not a name, in the smallest signed integer type that holds those (as the
    codes: a table-long int64 array would be 8 bytes a set of memory to fault in).
    """
    has_name = np.flatnonzero(name_line >= 0)
    rows = name_line[has_name]
    longest = int(lines.lengths[rows].max()) if len(rows) else 0
    width = max(8, -(-min(longest, NAME_WIDTH) // 8) * 8)
    matrix = gather(lines, rows, width, fill=0)
    codes, first = _factorize_rows(matrix)
    distinct = np.ascontiguousarray(matrix[first]).view(f"S{width}").ravel().tolist()
    texts = [_name_text(raw) for raw in distinct]  # (S arrays drop the NUL padding)
    long_rows = np.flatnonzero(lines.lengths[rows] > width)
    for k in long_rows:
        codes[k] = len(texts)
        texts.append(_name_text(lines.text(int(rows[k]))))
    code_dtype = _code_dtype(len(texts) + 1)  # (the codes go up to len(texts))
    set_codes = np.full(len(name_line), len(texts), dtype=code_dtype)
    if len(has_name) < len(name_line):
        texts.append(("", ""))  # for sets without a name line
    set_codes[has_name] = codes
    reasons = [why for _, why in texts]
    problem = np.array([k if why else -1 for k, why in enumerate(reasons)], dtype=code_dtype)
    categorical = _categorical([t for t, _ in texts], set_codes)
    if len(long_rows):  # their first bytes alone may now name no set
        categorical = categorical.remove_unused_categories()
    return categorical, problem[set_codes], reasons


def _name_text(raw: bytes) -> tuple[str, str]:
    """Return the name a name line gives and "", or "" and why it is not a name."""
    why = name_problem(raw)
    if why:
        return "", why
    return _without_zero(raw.strip()).decode("utf-8"), ""


def name_problem(raw: bytes) -> str:
    """Return why the line before a line 1 cannot be a name line, or "" if it can.

    A name line is printable text (blanks around it aside): ASCII as CelesTrak and Space-Track
    write it, or UTF-8 (a name in the analyst's own script, ``Фэнъюнь-2`` or ``风云二号``).
    After Space-Track's optional ``0 `` it holds at most ``NAME_MAX_CHARS`` characters, not
    all of them digits, blanks, points or signs: a longer line, a line with control bytes or
    bytes that are not UTF-8, or one made only of the characters of element lines, is a damaged
    or split element line, and must not name the next set. A blank line names nothing.
    """
    text = raw.strip()
    if not (text.isascii() and text.decode("ascii").isprintable()):
        bad = _not_text(text)
        if bad:
            what, at = bad
            return (
                f"{what} at column {raw.index(text) + at + 1}: a name line is printable text, "
                "so this is a damaged line, not the name of the next element set"
            )
    name = _without_zero(text)
    if name and not name.strip(_ELEMENT_CHARACTERS):
        return (
            "a line of digits, blanks, points and signs only before a line 1: a piece of an "
            "element line, not a name"
        )
    n_chars = len(name.decode("utf-8"))
    if n_chars > NAME_MAX_CHARS:
        return (
            f"a {n_chars}-character line before a line 1: a name has at most "
            f"{NAME_MAX_CHARS} characters, so this is a damaged line, not a name"
        )
    return ""


def _not_text(text: bytes) -> tuple[str, int] | None:
    """Return what makes ``text`` not printable UTF-8 and where (0-based byte), or None."""
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"byte 0x{text[exc.start]:02X}, not UTF-8 text,", exc.start
    at = next((k for k, c in enumerate(decoded) if not c.isprintable()), -1)
    if at < 0:
        return None
    column = len(decoded[:at].encode("utf-8"))
    return f"control byte 0x{text[column]:02X}", column


def _without_zero(text: bytes) -> bytes:
    """Remove Space-Track's ``0 `` before a name (``text`` is stripped)."""
    return text[1:].strip() if text == b"0" or text.startswith(b"0 ") else text


def _categorical(texts: list[str], codes: np.ndarray) -> pd.Categorical:
    """Return the categorical of ``texts[codes]`` (texts may repeat).

    The codes are gathered straight into the smallest integer type that holds them (the one
    pandas would convert them to), so no table-long int64 array is made.
    """
    remap, uniques = pd.factorize(np.array(texts, dtype=object))
    small = remap.astype(_code_dtype(len(uniques)))
    return pd.Categorical.from_codes(
        small[codes] if len(codes) else codes, categories=pd.Index(uniques)
    )


def _code_dtype(n_categories: int) -> type[np.signedinteger[Any]]:
    """Return the integer type pandas keeps the codes of ``n_categories`` categories in."""
    for dtype in (np.int8, np.int16, np.int32):
        if n_categories < np.iinfo(dtype).max:
            return dtype
    return np.int64


def _factorize_rows(matrix: Bytes) -> tuple[Ints, Ints]:
    """Return a code per row (equal rows, equal codes) and the first row of each code.

    Codes follow first appearance. Files sorted by object repeat each name in a run, so only
    the first row of each run of equal rows is hashed and factorised.
    """
    words = matrix.view("<u8")
    heads = _run_heads(words)
    head_codes, head_first = _factorize_distinct_rows(matrix[heads])
    return _spread(head_codes, heads, len(matrix)), heads[head_first]


def _run_heads(words: np.ndarray) -> Ints:
    """Return the positions where a run of equal rows (or equal values) starts."""
    if len(words) == 0:
        return np.zeros(0, dtype=np.int64)
    differs = words[1:] != words[:-1]
    if differs.ndim > 1:
        differs = differs.any(axis=1)
    result: Ints = np.flatnonzero(np.append(True, differs))
    return result


def _spread(head_codes: np.ndarray, heads: Ints, n: int) -> np.ndarray:
    """Return the code of every row from the codes of the run heads (of their dtype)."""
    if len(heads) == n:
        return head_codes
    result: np.ndarray = np.repeat(head_codes, np.diff(np.append(heads, n)))
    return result


def distinct_rows(matrix: Bytes) -> tuple[Ints, Ints]:
    """Return a code per row of a (k, 8m) byte matrix, and the first row of each code.

    Equal rows get equal codes, in order of first appearance: a hash of the rows' 8-byte
    words, checked exactly (a collision falls back to sorting).
    """
    return _factorize_distinct_rows(np.ascontiguousarray(matrix))


def _factorize_distinct_rows(matrix: Bytes) -> tuple[Ints, Ints]:
    """Factorise rows by a hash of their words, checked exactly (see :func:`_factorize_rows`)."""
    words = matrix.view("<u8")
    hashed = np.zeros(len(matrix), dtype=np.uint64)
    for column in range(words.shape[1]):
        hashed = hashed * _HASH_MULTIPLIER + words[:, column]
    codes, uniques = pd.factorize(hashed)
    first = np.full(len(uniques), -1, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    if len(matrix) and not (matrix == matrix[first[codes]]).all():
        # a hash collision (never seen in practice): fall back to exact sorting
        _, first, codes = np.unique(words, axis=0, return_index=True, return_inverse=True)
    return codes.astype(np.int64).ravel(), first.astype(np.int64)


def object_ids(words: np.ndarray) -> tuple[pd.Categorical, Mask]:
    """Return COSPAR ids (``1998-067A``) from the 8 designator bytes of each set as uint64.

    The second value flags, per set, a designator that is blank or has inner blanks
    (``59009  B``, given as ``1959-009B``): both are read, with a warning.
    """
    heads = _run_heads(words)
    head_codes, uniques = pd.factorize(words[heads])
    # (spread in the codes' smallest type: no table-long int64 array)
    codes = _spread(head_codes.astype(_code_dtype(len(uniques))), heads, len(words))
    raw = np.asarray(uniques, dtype="<u8").view(np.uint8).reshape(-1, 8)
    # First, the usual designators (5 digits first) all at once: "98067A  " -> "1998-067A"
    usual = ((raw[:, :5] >= ord("0")) & (raw[:, :5] <= ord("9"))).all(axis=1)
    blank = raw == ord(" ")
    inner = (blank[:, :-1] & ~blank[:, 1:]).any(axis=1)  # "59009  B"
    usual &= ~inner
    odd: Mask = inner | blank.all(axis=1)
    year = (raw[:, 0] - ord("0")) * 10 + (raw[:, 1] - ord("0"))
    spelled = np.empty((len(raw), 11), dtype=np.uint8)
    spelled[:, :2] = np.where(year[:, None] >= 57, _CENTURY_19, _CENTURY_20)
    spelled[:, 2:4] = raw[:, :2]
    spelled[:, 4] = ord("-")
    spelled[:, 5:] = raw[:, 2:]
    texts = np.strings.strip(spelled.view("S11").ravel().astype("U11")).astype(object)
    # Then the others (blank, inner blanks or unusual), one by one
    for k in np.flatnonzero(~usual):
        texts[k] = _cospar(raw[k].tobytes())
    odd_rows: Mask = odd[codes] if odd.any() else np.zeros(len(codes), dtype=bool)
    return _categorical(list(texts), codes), odd_rows


_CENTURY_19 = np.frombuffer(b"19", dtype=np.uint8)
_CENTURY_20 = np.frombuffer(b"20", dtype=np.uint8)


def _cospar(raw: bytes) -> str:
    """Return ``YYYY-NNNP{1,3}`` from a designator such as ``98067A`` or ``59009  B``."""
    text = raw.decode("ascii", errors="replace").strip()
    if len(text) >= 5 and text[:5].isdigit():
        year = int(text[:2])
        return f"{1900 + year if year >= 57 else 2000 + year}-{text[2:].replace(' ', '')}"
    return text


def classifications(code_bytes: Bytes) -> pd.Categorical[str]:
    """Return U, C or S per set (a blank classification means U)."""
    codes = np.zeros(len(code_bytes), dtype=np.int8)
    codes[code_bytes == ord("C")] = 1
    codes[code_bytes == ord("S")] = 2
    # (a dtype made once: checking the categories costs a hash table per call)
    result: pd.Categorical[str] = pd.Categorical.from_codes(
        codes, dtype=_CLASSIFICATIONS, validate=False
    )
    return result


#: (``Any``: pandas-stubs type ``from_codes`` with a dtype as giving integer categories.)
_CLASSIFICATIONS: Any = pd.CategoricalDtype(pd.Index(["U", "C", "S"]))


def records(
    source: str, line_numbers: Ints, kernel: Kernel | None = None
) -> pd.arrays.ArrowStringArray:
    """Return ``source:line`` for every set, as an Arrow-backed (``large_string``) string array.

    With the compiled ``kernel``, it writes the array's bytes and offsets directly (one pass,
    no intermediate arrays: the first Arrow compute call of a process costs several times
    more); otherwise Arrow's cast and join build it. The two arrays are equal, value for value
    and type for type.
    """
    if kernel is not None:
        try:
            prefix = source.encode("utf-8")
        except UnicodeEncodeError:  # (a lone surrogate: Arrow says what is wrong below)
            pass
        else:
            offsets, data = kernel.records(prefix, line_numbers)
            built = pa.Array.from_buffers(
                pa.large_string(),
                len(offsets) - 1,
                [None, pa.py_buffer(offsets), pa.py_buffer(data)],
            )
            return pd.arrays.ArrowStringArray(built)
    numbers = pc.cast(pa.array(line_numbers, type=pa.int64()), pa.string())
    joined = pc.binary_join_element_wise(pa.scalar(source), numbers, ":")
    return pd.arrays.ArrowStringArray(joined)


def constant(value: str, n: int) -> pd.Categorical[str]:
    """Return a categorical holding ``value`` n times."""
    result: pd.Categorical[str] = pd.Categorical.from_codes(
        np.zeros(n, dtype=np.int8), dtype=_one_category(value), validate=False
    )
    return result


@functools.lru_cache(maxsize=256)
def _one_category(value: str) -> Any:
    """Return the dtype of :func:`constant` (made once per value: a check costs a hash)."""
    return pd.CategoricalDtype(pd.Index([value]))
