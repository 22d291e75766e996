"""The domain: formats, orbits, detectors and export. Never imports Qt or pyqtgraph."""
