"""Close-approach screening: one engine, one API (:mod:`~.screener`).

``Screener(elements)`` is built once per catalogue (its columns read once, its shell index
built on first use) and ``Screener.screen(...)`` finds every object passing within a distance
of a target over a window; ``screen(elements, ...)`` does it once. See ``README.md`` for the
modules. Nothing is imported here, so that importing a submodule does not load SGP4.
"""
