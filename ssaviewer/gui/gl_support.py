"""Whether this process can draw OpenGL, checked without crashing."""

from __future__ import annotations

import functools

from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

#: Qt platforms that never give an OpenGL context.
NO_GL_PLATFORMS = ("offscreen", "minimal", "vnc")


@functools.cache
def opengl_unavailable_reason() -> str:
    """Return why OpenGL cannot be used here, or "" when it can.

    Checks the Qt platform first (the offscreen platform has no GL), then creates a context
    and makes it current on an offscreen surface; any failure is reported, never raised.
    Needs a ``QGuiApplication``.
    """
    platform = QGuiApplication.platformName()
    if platform in NO_GL_PLATFORMS:
        return f"the Qt platform '{platform}' has no OpenGL (run with a display for the 3D view)"
    try:
        import OpenGL.GL  # noqa: F401  (PyOpenGL, which pyqtgraph.opengl needs)
    except ImportError as error:
        return f"PyOpenGL cannot be imported: {error}"
    context = QOpenGLContext()
    if not context.create():
        return f"no OpenGL context could be created on the '{platform}' platform"
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not context.makeCurrent(surface):
            return "an OpenGL context was created but could not be made current"
        context.doneCurrent()
    finally:
        surface.destroy()
    return ""
