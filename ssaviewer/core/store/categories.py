"""The categories of the store's categorical columns, kept in its marker.

Each partition file keeps only the names, designators and sources its own rows use (as a
Parquet dictionary), so the categories of the whole table are kept in the marker: the
categories in their order, the dtype of the categories (``string`` or ``str``, as the
readers made them) and which of them no row used. Reading gives every partition those
categories, so a store reads back with exactly the dtypes :func:`ssaviewer.core.dataset.load`
gave the table it was written from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ssaviewer.core.element_concat import concat_column


@dataclass(frozen=True)
class CategorySpec:
    """The categorical dtype of one column, and the categories no row used when added.

    ``values`` are the categories in order; ``kind`` is ``"string"`` (a
    :class:`pandas.StringDtype`, whose ``storage`` and ``na`` (``"NA"`` or ``"nan"``) are
    kept) or ``"object"``; ``unused`` are the positions of categories that no row had.
    """

    values: tuple[str, ...]
    kind: str = "string"
    storage: str = "pyarrow"
    na: str = "NA"
    unused: tuple[int, ...] = ()

    def dtype(self) -> pd.CategoricalDtype:
        """Return the categorical dtype (unordered) these categories make."""
        if self.kind == "object":
            index = pd.Index(list(self.values), dtype=object)
        else:
            storage: Any = self.storage
            # pandas 2.2 has no ``na_value`` argument (and only NA strings)
            kind = (
                pd.StringDtype(storage)
                if self.na == "NA"
                else pd.StringDtype(storage, na_value=math.nan)
            )
            index = pd.Index(list(self.values), dtype=kind)
        return pd.CategoricalDtype(index, ordered=False)

    def present(self) -> list[str]:
        """Return the categories some row used."""
        skip = set(self.unused)
        return [v for i, v in enumerate(self.values) if i not in skip]

    def to_json(self) -> dict[str, Any]:
        """Return the marker's form of the spec."""
        body: dict[str, Any] = {"kind": self.kind, "values": list(self.values)}
        if self.kind == "string":
            body["storage"], body["na"] = self.storage, self.na
        body["unused"] = list(self.unused)
        return body


def spec_from_json(raw: Any, where: str) -> CategorySpec:
    """Read a spec written by :meth:`CategorySpec.to_json`; ``where`` names it in errors."""
    try:
        spec = CategorySpec(
            values=tuple(str(v) for v in raw["values"]),
            kind=str(raw["kind"]),
            storage=str(raw.get("storage", "pyarrow")),
            na=str(raw.get("na", "NA")),
            unused=tuple(int(i) for i in raw.get("unused", [])),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{where}: not a category list ({exc!r})") from exc
    if spec.kind not in ("string", "object") or spec.na not in ("NA", "nan"):
        raise ValueError(f"{where}: unknown category kind {spec.kind!r}/{spec.na!r}")
    return spec


def spec_of(column: pd.Series) -> CategorySpec:
    """Return the spec of a categorical column: its categories, their dtype, the unused ones."""
    dtype = column.dtype
    if not isinstance(dtype, pd.CategoricalDtype):
        raise TypeError(f"{column.name}: {dtype} is not a categorical")
    categories = dtype.categories
    used = pd.Series(column.cat.codes.to_numpy()).unique()
    used_set = {int(c) for c in used if c >= 0}
    unused = tuple(i for i in range(len(categories)) if i not in used_set)
    values = tuple(str(v) for v in categories)
    kind = categories.dtype
    if isinstance(kind, pd.StringDtype):
        na = "NA" if kind.na_value is pd.NA else "nan"
        return CategorySpec(values, "string", str(kind.storage), na, unused)
    return CategorySpec(values, "object", unused=unused)


def combined(stored: CategorySpec, added: CategorySpec) -> CategorySpec:
    """Return the categories of a store after rows with ``added`` categories are appended.

    As :func:`ssaviewer.core.dataset.load` joins tables (``concat_column``): the same
    categories keep their order; different ones become the sorted values some row used.
    """
    parts = [
        pd.Series(pd.Categorical(spec.present(), dtype=spec.dtype())) for spec in (stored, added)
    ]
    return spec_of(concat_column(parts, "category"))
