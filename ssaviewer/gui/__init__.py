"""The thin PySide6/pyqtgraph layer over :mod:`ssaviewer.core`."""

from PySide6.QtCore import QCoreApplication, Qt

# Every OpenGL widget shares one set of GL resources. pyqtgraph.opengl compiles its shader
# programs once per process; without sharing, a second 3D view (a re-created dock, a test)
# would draw with program ids from another context and fail with GL "invalid value".
# Qt reads this attribute only before the application object exists.
if QCoreApplication.instance() is None:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
