"""The viewer's command line (no Qt imported here, so bad arguments fail fast)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ssaviewer import __version__
from ssaviewer.gui.languages import LANGUAGES, normalise_language


def build_parser(subcommands: Sequence[str] = ()) -> argparse.ArgumentParser:
    """Return the parser for ``ssaviewer [--screenshot OUT.png ...] [PATH...]``."""
    epilog = ""
    if subcommands:
        names = ", ".join(subcommands)
        epilog = f"Sub-commands without a window: {names} (run `ssaviewer NAME -h`)."
    parser = argparse.ArgumentParser(
        prog="ssaviewer",
        description="Open the viewer on element-set data (files, folders or archives). "
        "With no PATH it opens the demo scenario in sample_data/.",
        epilog=epilog,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="file, folder or archive")
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="render the main window after loading to OUT.png and exit (works without a display)",
    )
    parser.add_argument("--select", type=int, metavar="NORAD", help="select this object")
    parser.add_argument("--event", metavar="EVENT_ID", help="select this event")
    parser.add_argument(
        "--size",
        default="1600x1000",
        metavar="WxH",
        type=_size,
        help="window size for --screenshot (default 1600x1000)",
    )
    parser.add_argument(
        "--quiz",
        action="store_true",
        help="with a lesson (.ssas): open the quiz instead of the presentation",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help="colour theme (default: the one last chosen in View → Theme)",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=_language,
        help="language of the window: " + ", ".join(LANGUAGES) + " (default: the one chosen in "
        "Settings → Language, else the system's)",
    )
    parser.add_argument("--version", action="version", version=f"ssaviewer {__version__}")
    return parser


def _language(text: str) -> str:
    code = normalise_language(text)
    if code is None:
        raise argparse.ArgumentTypeError(
            f"expected one of {', '.join(LANGUAGES)} (a region such as fr_CA is accepted), "
            f"got {text!r}"
        )
    return code


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT in pixels such as 1600x1000, got {text!r}"
        ) from None
    if width < 200 or height < 200:
        raise argparse.ArgumentTypeError(f"expected at least 200x200 pixels, got {text!r}")
    return width, height
