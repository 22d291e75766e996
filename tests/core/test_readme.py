"""The README's command-line examples run as written (STYLE.md point 16: docs that run)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from ssaviewer.__main__ import SUBCOMMANDS, main

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_commands() -> list[str]:
    """Every ``.venv/bin/ssaviewer SUBCOMMAND ...`` line of the README's sh blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    lines = [line.split("#")[0].strip() for block in blocks for line in block.splitlines()]
    return [
        line
        for line in lines
        if line.startswith(".venv/bin/ssaviewer ") and line.split()[1] in SUBCOMMANDS
    ]


def test_readme_has_examples_of_every_subcommand_but_evaluate() -> None:
    used = {line.split()[1] for line in readme_commands()}
    # evaluate needs ../shared/data; verify needs the bundle an earlier command wrote
    assert set(SUBCOMMANDS) - used <= {"evaluate", "verify"}


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_runs(
    command: str, repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = [
        str(repo_root / a) if a.split("/")[0] == "sample_data" else a
        for a in shlex.split(command)[1:]
    ]
    monkeypatch.chdir(tmp_path)
    assert main(args) == 0
    if "-o" in args:
        assert (tmp_path / args[args.index("-o") + 1]).exists()
    if "--csv" in args:
        assert (tmp_path / args[args.index("--csv") + 1]).stat().st_size > 0
