"""Entry point of the one-folder application built by ``packaging/build.sh``.

PyInstaller runs this file as ``__main__``; it only calls :func:`ssaviewer.__main__.main`
(``ssaviewer/__main__.py`` itself uses relative-free imports too, but a separate launcher keeps
the bundled program's start independent of how that module is laid out).
"""

from __future__ import annotations

import sys

from ssaviewer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
