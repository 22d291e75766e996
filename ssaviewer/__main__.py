"""Command line: ``ssaviewer [PATH...]`` opens the viewer; sub-commands work without a display.

Sub-commands are listed in ``SUBCOMMANDS`` (module names under :mod:`ssaviewer.cli`); each
module defines ``add_parser(subparsers)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ssaviewer import __version__

SUBCOMMANDS: tuple[str, ...] = ("info", "detect", "evaluate", "simulate", "track", "screen")


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if (args_list and args_list[0] in SUBCOMMANDS) or any(
        a in ("-h", "--help", "--version") for a in args_list[:1]
    ):
        parser = build_parser()
        args = parser.parse_args(args_list)
        module = importlib.import_module(f"ssaviewer.cli.{args.command}")
        status: int = module.run(args)
        return status
    # No sub-command: the viewer. Until it exists, summarise the data like `info`.
    from ssaviewer.cli import info

    parser = build_parser()
    args = parser.parse_args(["info", *(args_list or ["sample_data"])])
    return int(info.run(args))


if __name__ == "__main__":
    sys.exit(main())
