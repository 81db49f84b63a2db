"""A run killed with SIGKILL mid-training and started again ends exactly like an uninterrupted one.

``interruptible_run.py`` (beside this file) trains a tiny DiffQAS model for many short epochs,
writing a checkpoint after each. One copy runs straight through; another is killed some time
after its first checkpoint appears, then started again on the same checkpoint folder. Final
parameters, history (without wall-clock seconds) and test MSE must be identical, and no
temporary file may be left in the checkpoint folder.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

SCRIPT = Path(__file__).with_name("interruptible_run.py")
EPOCHS = 60
CHECKPOINT = Path("damped_shm/diffqas_nonshared/seed_3/checkpoint.npz")

pytestmark = pytest.mark.slow


def _start(out: Path, checkpoints: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), str(out), str(checkpoints), str(EPOCHS)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def _finish(process: subprocess.Popen[str]) -> str:
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, (stdout + stderr)[-4000:]
    return stderr


def _wait_for(path: Path, process: subprocess.Popen[str], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not path.is_file():
        assert process.poll() is None, "the run ended before writing its first checkpoint"
        assert time.monotonic() < deadline, f"no checkpoint at {path} after {timeout} s"
        time.sleep(0.02)


def _result(out: Path) -> tuple[dict[str, np.ndarray], pd.DataFrame, dict]:
    with np.load(out / "params.npz", allow_pickle=False) as archive:
        parameters = {key: archive[key] for key in archive.files}
    history = pd.read_csv(out / "history.csv", float_precision="round_trip").drop(columns="seconds")
    return parameters, history, json.loads((out / "summary.json").read_text())


def test_killed_and_restarted_run_matches_the_uninterrupted_one(tmp_path: Path) -> None:
    straight = _start(tmp_path / "straight", tmp_path / "straight_checkpoints")
    checkpoints = tmp_path / "checkpoints"
    checkpoint = checkpoints / CHECKPOINT
    first = _start(tmp_path / "resumed", checkpoints)
    _wait_for(checkpoint, first)
    time.sleep(0.5)  # some epochs later, most likely mid-epoch
    assert first.poll() is None, "the run finished before it could be killed"
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=60)
    assert first.returncode == -signal.SIGKILL
    with np.load(checkpoint, allow_pickle=False) as archive:
        killed_after = int(archive["epoch"])
    assert 1 <= killed_after < EPOCHS
    assert not (tmp_path / "resumed").exists()

    log = _finish(_start(tmp_path / "resumed", checkpoints))
    assert f"resuming after epoch {killed_after} from" in log
    _finish(straight)

    (p_straight, h_straight, s_straight), (p_resumed, h_resumed, s_resumed) = (
        _result(tmp_path / "straight"), _result(tmp_path / "resumed"))
    assert sorted(p_straight) == sorted(p_resumed)
    for key in p_straight:
        np.testing.assert_array_equal(p_resumed[key], p_straight[key], err_msg=key)
    pd.testing.assert_frame_equal(h_resumed, h_straight, check_exact=True)
    assert len(h_resumed) == EPOCHS
    assert s_resumed["test_mse"] == s_straight["test_mse"]
    assert s_resumed["train_mse"] == s_straight["train_mse"]
    leftovers = [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []
