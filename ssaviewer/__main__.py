"""Command line: ``ssaviewer [PATH...]`` opens the viewer; sub-commands work without a display.

Sub-commands are listed in ``SUBCOMMANDS`` (module names under :mod:`ssaviewer.cli`); each
module defines ``add_parser(subparsers)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import os

# numpy asks the kernel for huge pages on large arrays; where transparent huge pages are
# "madvise" with "madvise" defrag (common), each fault of a new array can compact memory
# first, and a load, which writes about 1 GB of new arrays once each, spent more system time
# on that than on parsing. numpy's documented switch, read once when numpy is imported
# (numpy.org/doc/stable/reference/global_state.html); a value set by the user wins. Worker
# processes started from here (Dask's local cluster) inherit it.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from ssaviewer import __version__

SUBCOMMANDS: tuple[str, ...] = (
    "info",
    "track",
    "screen",
    "simulate",
    "detect",
    "evaluate",
    "workspace",
    "lesson",
    "report",
    "store",
    "verify",
)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="ssaviewer",
        description="Space situational awareness viewer: load shared element-set data, "
        "plot orbits, find manoeuvres and label them regular or irregular.",
    )
    parser.add_argument("--version", action="version", version=f"ssaviewer {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        importlib.import_module(f"ssaviewer.cli.{name}").add_parser(subparsers)
    return parser


def run_guarded(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a sub-command; an unexpected error becomes one line on stderr and exit status 3.

    Bad input is the sub-commands' own business (clear messages, exit 1 or 2); this is the
    last net for bugs, so a user never faces a traceback. ``SSAVIEWER_DEBUG=1`` re-raises.
    """
    try:
        return int(run(args))
    except BrokenPipeError:  # e.g. `ssaviewer info DATA --json | head`
        return 0
    except Exception as exc:
        if os.environ.get("SSAVIEWER_DEBUG"):
            raise
        print(
            f"ssaviewer {args.command}: internal error: {type(exc).__name__}: {exc} "
            "(please report it; SSAVIEWER_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return 3


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        parser = build_parser()
        args = parser.parse_args(args_list)
        module = importlib.import_module(f"ssaviewer.cli.{args.command}")
        return run_guarded(module.run, args)
    # No sub-command: the viewer (its own parser handles -h and --version).
    from ssaviewer.gui.app import main as viewer_main

    return viewer_main(args_list, SUBCOMMANDS)


if __name__ == "__main__":
    sys.exit(main())
