"""Tested the hard way: SIGKILL a process at random moments while it records verdicts.

Every verdict the process reported as saved (it prints after ``set_verdict`` returns) must be
in the file afterwards, and ``PRAGMA integrity_check`` must say ``ok``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ssaviewer.core.workspace import VERDICTS, open_workspace
from tests.core.workspace_fixtures import workspace_with_events

KILLS = 32
N_EVENTS = 20

_RECORDER = """
import sys
from ssaviewer.core.workspace import VERDICTS, open_workspace
ws = open_workspace(sys.argv[1])
start = int(sys.argv[2])
for i in range(start, start + 100000):
    event_id = f"ev{i % 20:04d}"
    ws.set_verdict(event_id, VERDICTS[i % 4], note=f"note {i}")
    print(i, event_id, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_every_reported_verdict_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "w.ssaw"
    workspace_with_events(path, N_EVENTS).close()
    rng = random.Random(20261206)
    reported: dict[str, int] = {}  # event id -> last step reported saved
    step = 0
    for _ in range(KILLS):
        recorder = subprocess.Popen(
            [sys.executable, "-c", _RECORDER, str(path), str(step)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert recorder.stdout is not None
        for _ in range(rng.randint(1, 25)):
            line = recorder.stdout.readline()
            if not line:
                break
            number, event_id = line.split()
            reported[event_id] = int(number)
        time.sleep(rng.uniform(0, 0.004))  # land inside a later commit, or between two
        os.kill(recorder.pid, signal.SIGKILL)
        recorder.wait(timeout=30)
        recorder.stdout.close()
        step = max(reported.values()) + 1000  # fresh notes, so each run's are told apart

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()
    with open_workspace(path) as ws:  # not left locked by the killed writers
        saved = ws.analyses()
    assert len(reported) == N_EVENTS
    for event_id, last in reported.items():
        analysis = saved[event_id]
        stored = int(analysis.note.split()[1])
        # The report comes after the commit; a later commit may have landed unreported.
        assert stored >= last, (event_id, last, analysis)
        assert analysis.verdict == VERDICTS[stored % 4]
