"""Writers and readers of ssaviewer's own export files."""
