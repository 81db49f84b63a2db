"""The benchmark scripts stay runnable: a quick subset of each prints the JSON keys it documents."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _run(script: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.run(
        [sys.executable, str(BENCH / script), *args], capture_output=True, text=True, env=env, timeout=600
    )


def test_epoch_time_subset_prints_its_json() -> None:
    done = _run("epoch_time.py", "--only", "classical_lstm", "--no-scaling", "--repeats", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["shape"] == {"hidden_size": 5, "depth": 5, "batch_size": 10, "window": 4,
                               "dataset": "damped_shm", "candidates": 36, "train_windows": 157}
    assert result["classical_lstm"]["epoch_s"] > 0
    assert "tfq" not in result and "by_candidates" not in result


@pytest.mark.skipif(importlib.util.find_spec("tensorcircuit") is not None, reason="tensorcircuit-ng is installed")
def test_tensorcircuit_comparison_says_how_to_install_it() -> None:
    done = _run("tensorcircuit_compare.py", "--candidates", "1")
    assert done.returncode == 2
    assert "pip install tensorcircuit-ng" in done.stderr


@pytest.mark.slow
def test_gdas_epoch_bench_prints_the_epoch_times_of_both_sampled_searches_and_the_ensemble() -> None:
    done = _run("gdas_epoch.py", "--backend", "statevector", "--repeats", "1", "--windows", "30")
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["diffqas_gdas_epoch_s"] > 0 and result["diffqas_nonshared_epoch_s"] > 0
    assert result["speedup_gdas_vs_ensemble"] == pytest.approx(
        result["diffqas_nonshared_epoch_s"] / result["diffqas_gdas_epoch_s"])
    assert result["diffqas_reinforce_epoch_s"] > 0
    assert result["speedup_reinforce_vs_ensemble"] == pytest.approx(
        result["diffqas_nonshared_epoch_s"] / result["diffqas_reinforce_epoch_s"])
    assert result["diffqas_reinforce_greedy_epoch_s"] > 0 and result["training_windows"] == 30
    assert result["machine"]["tf_threads"].keys() == {"intra_op", "inter_op"}
