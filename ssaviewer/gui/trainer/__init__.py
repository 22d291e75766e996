"""Trainer mode in the viewer: present a lesson scenario (``.ssas``) or quiz trainees on it.

The domain (file format, scoring) is :mod:`ssaviewer.core.training`; this package is the Qt
side: :class:`~.window.TrainerWindow` and the Trainer menu of the main window.
"""

from ssaviewer.gui.trainer.menu import add_trainer_menu, open_trainer

__all__ = ["add_trainer_menu", "open_trainer"]
