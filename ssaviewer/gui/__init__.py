"""The thin PySide6/pyqtgraph layer over :mod:`ssaviewer.core`."""
