"""Command-line sub-commands. Each module defines ``add_parser(subparsers)`` and ``run(args)``."""
