"""ssaviewer: load shared SSA element-set data, plot orbits, find and explain manoeuvres.

The small public API for scripting::

    import ssaviewer
    ds = ssaviewer.load("histories/", "satcat.csv")
    ds.elements   # one row per element set (see ssaviewer.core.schema)
    ds.objects    # one row per object, with SATCAT fields when loaded
    ds.report     # what was rejected and why

Nothing heavy is imported here: Qt is only loaded by the viewer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ssaviewer.core.dataset import Dataset

__all__ = ["__version__", "load"]


def load(*paths: Any, **kwargs: Any) -> Dataset:
    """Load element sets and catalogue metadata from files, folders or archives.

    See :func:`ssaviewer.core.dataset.load` for the parameters and the returned dataset.
    """
    from ssaviewer.core.dataset import load as _load

    return _load(*paths, **kwargs)
