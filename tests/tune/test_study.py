"""The study in its SQLite storage: continued where it stopped (an interrupted trial retried with
its values), shared by two processes, failed trials recorded without ending the study, and
refused when started with other settings."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import optuna
import pytest
from optuna.trial import TrialState

from diffqas_qlstm.config import TuneConfig
from diffqas_qlstm.tune import (
    ERROR_ATTR,
    StudySettingsChangedError,
    finished_trials,
    open_study,
    run_worker,
)

SEARCH = {"training.learning_rate": {"low": 0.001, "high": 0.1, "log": True}}


def _tune(storage: Path, **changes) -> TuneConfig:
    return TuneConfig.parse({"datasets": ["d"], "models": ["classical_lstm"], "storage": str(storage),
                             "search": SEARCH} | changes, "tune")


def _draw(trial: optuna.Trial) -> float:
    return trial.suggest_float("training.learning_rate", 0.001, 0.1, log=True)


def test_a_failed_trial_is_recorded_with_its_error_and_the_study_goes_on(tmp_path: Path) -> None:
    def objective(trial: optuna.Trial) -> float:
        value = _draw(trial)
        if trial.number == 1:
            trial.set_user_attr(ERROR_ATTR, "TrainingDivergedError: loss = nan")
            raise ValueError("diverged")
        return value

    study = open_study(_tune(tmp_path / "s.db"), "d.classical_lstm", {"a": 1})
    ran = run_worker(study, objective, 4)
    assert ran["states"] == {"COMPLETE": 3, "FAIL": 1} and finished_trials(study) == 4
    assert study.trials[1].user_attrs[ERROR_ATTR].startswith("TrainingDivergedError")


def test_a_study_started_with_other_settings_is_refused_naming_what_differs(tmp_path: Path) -> None:
    tune = _tune(tmp_path / "s.db")
    run_worker(open_study(tune, "d.classical_lstm", {"train": {"epochs": 3}}), _draw, 1)
    with pytest.raises(StudySettingsChangedError, match=r"train\.epochs: stored 3, now 4"):
        open_study(tune, "d.classical_lstm", {"train": {"epochs": 4}})
    # Another study in the same storage is independent.
    assert run_worker(open_study(tune, "d.baseline_1", {"train": {"epochs": 4}}), _draw, 2)["ran"] == 2


WORKER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from diffqas_qlstm.config import TuneConfig
    from diffqas_qlstm.tune import open_study, run_worker

    storage, n_trials, worker, sleep, barrier = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
    grace = int(sys.argv[6])
    tune = TuneConfig.parse({"datasets": ["d"], "models": ["classical_lstm"], "storage": storage,
        "search": {"training.learning_rate": {"low": 0.001, "high": 0.1, "log": True}}}, "tune")
    study = open_study(tune, "d.classical_lstm", {"a": 1}, worker, grace_period=grace)
    Path(barrier, f"ready_{worker}").touch()
    while len(list(Path(barrier).glob("ready_*"))) < 2 and worker < 2:
        time.sleep(0.05)

    def objective(trial):
        value = trial.suggest_float("training.learning_rate", 0.001, 0.1, log=True)
        time.sleep(sleep)
        return value

    print(json.dumps(run_worker(study, objective, n_trials, worker=worker)))
""")


def _worker(tmp_path: Path, n_trials: int, worker: int, sleep: float, grace: int = 30) -> subprocess.Popen[str]:
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    return subprocess.Popen([sys.executable, str(script), str(tmp_path / "s.db"), str(n_trials), str(worker),
                             str(sleep), str(tmp_path), str(grace)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=os.environ | {"TF_CPP_MIN_LOG_LEVEL": "3"})


def test_two_processes_share_one_study_and_stop_when_it_has_enough_trials(tmp_path: Path) -> None:
    workers = [_worker(tmp_path, 6, worker, 0.5) for worker in (0, 1)]
    try:
        ended = [p.communicate(timeout=300) for p in workers]
    finally:
        for p in workers:
            p.kill()  # none is left behind when the test fails
    assert all(p.returncode == 0 for p in workers), [err[-3000:] for _, err in ended]
    outputs = [json.loads(out.strip().splitlines()[-1]) for out, _ in ended]
    study = optuna.load_study(study_name="d.classical_lstm", storage=f"sqlite:///{tmp_path / 's.db'}")
    numbers = [t.number for t in study.trials]
    assert len(numbers) == len(set(numbers)) == sum(o["ran"] for o in outputs)
    assert all(o["ran"] >= 1 for o in outputs), outputs  # both worked on it
    assert 6 <= finished_trials(study) <= 7  # at most one trial too many (both finish one at once)


OPENER = textwrap.dedent("""
    import sys, time
    from diffqas_qlstm.config import TuneConfig
    from diffqas_qlstm.tune import open_study

    storage, start = sys.argv[1], float(sys.argv[2])
    tune = TuneConfig.parse({"datasets": ["d"], "models": ["classical_lstm"], "storage": storage,
        "search": {"training.learning_rate": {"low": 0.001, "high": 0.1, "log": True}}}, "tune")
    time.sleep(max(0.0, start - time.time()))
    print(open_study(tune, "d.classical_lstm", {"a": 1}).study_name)
""")


def test_processes_opening_a_fresh_storage_at_the_same_instant_all_get_the_one_study(tmp_path: Path) -> None:
    script = tmp_path / "opener.py"
    script.write_text(OPENER)
    start = time.time() + 15  # every process has imported what it needs by then
    openers = [subprocess.Popen([sys.executable, str(script), str(tmp_path / "s.db"), str(start)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(6)]
    try:
        ended = [p.communicate(timeout=120) for p in openers]
    finally:
        for p in openers:
            p.kill()
    assert all(p.returncode == 0 for p in openers), [err[-2000:] for _, err in ended]
    assert [out.strip() for out, _ in ended] == ["d.classical_lstm"] * 6
    assert [s.study_name for s in optuna.get_all_study_summaries(f"sqlite:///{tmp_path / 's.db'}")] == [
        "d.classical_lstm"]


def test_an_interrupted_study_continues_and_retries_the_trial_that_was_cut_off(tmp_path: Path) -> None:
    (tmp_path / "ready_x").touch()  # a lone worker does not wait for a second one
    killed = _worker(tmp_path, 3, 5, 60.0, grace=4)
    storage = f"sqlite:///{tmp_path / 's.db'}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            trials = optuna.load_study(study_name="d.classical_lstm", storage=storage).trials
        except KeyError:
            trials = []
        if any(t.state == TrialState.RUNNING and t.params for t in trials):  # running, its value drawn
            break
        time.sleep(0.2)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    cut_off = optuna.load_study(study_name="d.classical_lstm", storage=storage).trials[0]
    assert cut_off.state == TrialState.RUNNING
    time.sleep(5.5)  # the heartbeat is older than the grace period (4 s here)

    resumed = _worker(tmp_path, 3, 5, 0.0, grace=4)
    output = json.loads(resumed.communicate(timeout=300)[0].strip().splitlines()[-1])
    study = optuna.load_study(study_name="d.classical_lstm", storage=storage)
    states = [t.state for t in study.trials]
    assert states[0] == TrialState.FAIL and states[1:].count(TrialState.COMPLETE) == 3, states
    assert output["finished_in_study"] == 3  # the cut-off trial does not count
    retried = [t for t in study.trials[1:] if t.params == cut_off.params]
    assert retried, "the cut-off trial's values are tried again"
