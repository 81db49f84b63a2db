"""``kedro run --pipeline=tune`` end to end (issue 25): a tiny study of three trials in a real
SQLite storage, one of them pruned; its outputs; a second command that extends it; trials as
nested MLflow runs read back through ``MlflowClient``; a changed setting refused; and two worker
nodes sharing one study on the Dask runner."""

from __future__ import annotations

from pathlib import Path

import optuna
import pandas as pd
import pytest
import yaml

from tests.e2e.conftest import ENV, copy_project, kedro, write_tiny_env

pytestmark = pytest.mark.slow
mlflow = pytest.importorskip("mlflow", reason="the mlflow extra (pip install -e '.[mlflow]')")

STUDY = "damped_shm.classical_lstm"
# With the random sampler seeded 0 the three trials draw 1e-6, 0.05, 1e-6: the third repeats the
# first (same seed, same values) and is worse than the median of the two before it at epoch 1.
TUNE = {
    "datasets": ["damped_shm"], "models": ["classical_lstm"], "n_trials": 3, "epochs": 3,
    "search": {"training.learning_rate": {"choices": [0.05, 1.0e-6]}},
    "storage": "data/06_models/tune/study.db",
    "sampler": {"name": "random", "seed": 0},
    "pruner": {"name": "median", "n_startup_trials": 1, "n_warmup_steps": 0},
}


@pytest.fixture(scope="module")
def tuned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("tune") / "project")
    write_tiny_env(project)
    (project / "conf" / "base" / "parameters_tune.yml").unlink()  # its search entries would merge in
    (project / "conf" / ENV / "parameters_tune.yml").write_text(yaml.safe_dump({"tune": TUNE}))
    result = kedro(project, "run", "--pipeline=tune", f"--env={ENV}", "--params", "runtime.mlflow=true",
                   unset=("MLFLOW_TRACKING_URI",))
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    return project


def _study(project: Path) -> optuna.Study:
    return optuna.load_study(study_name=STUDY, storage=f"sqlite:///{project / TUNE['storage']}")


def test_a_tiny_study_runs_three_trials_one_pruned_and_hands_back_its_best_values(tuned: Path) -> None:
    states = [t.state.name for t in _study(tuned).trials]
    assert states == ["COMPLETE", "COMPLETE", "PRUNED"]
    out = tuned / "data/08_reporting/tune/damped_shm/classical_lstm"
    trials = pd.read_csv(out / "trials.csv")
    assert trials["state"].tolist() == states and trials["epochs"].tolist() == [3, 3, 1]
    assert trials["param.training.learning_rate"].tolist() == [1e-6, 0.05, 1e-6]
    best = yaml.safe_load((out / "best_parameters.yml").read_text())
    assert best == {"train": {"training": {"learning_rate": 0.05}}}
    assert all((out / f"{name}.png").stat().st_size > 5000 for name in ("optimization_history", "param_importances", "slice"))
    summary = (tuned / "data/08_reporting/tune/summary.md").read_text()
    assert f"| {STUDY} | 3 | 2 | 1 | 0 |" in summary


def test_the_trials_are_nested_mlflow_runs_with_their_values_and_per_epoch_validation_mse(tuned: Path) -> None:
    client = mlflow.MlflowClient(tracking_uri=f"sqlite:///{tuned / 'mlflow.db'}")
    runs = client.search_runs([client.get_experiment_by_name("diffqas_qlstm").experiment_id])
    parents = [r for r in runs if "mlflow.parentRunId" not in r.data.tags]
    trials = sorted((r for r in runs if r.data.tags.get("tune_study") == STUDY), key=lambda r: int(r.data.tags["tune_trial"]))
    assert len(parents) == 1 and len(trials) == 3
    assert all(r.data.tags["mlflow.parentRunId"] == parents[0].info.run_id for r in trials)
    assert [r.data.tags["tune_state"] for r in trials] == ["COMPLETE", "COMPLETE", "PRUNED"]
    assert [float(r.data.params["training.learning_rate"]) for r in trials] == [1e-6, 0.05, 1e-6]
    history = client.get_metric_history(trials[1].info.run_id, "validation_mse")
    assert [m.step for m in history] == [1, 2, 3]
    assert trials[1].data.metrics["value"] == pytest.approx(_study(tuned).trials[1].value)
    assert "value" not in trials[2].data.metrics  # pruned: no final value


def test_a_second_command_with_more_trials_extends_the_study(tuned: Path) -> None:
    result = kedro(tuned, "run", "--pipeline=tune", f"--env={ENV}", "--params", "tune.n_trials=4")
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    study = _study(tuned)
    assert len(study.trials) == 4 and [t.number for t in study.trials] == [0, 1, 2, 3]
    worker = yaml.safe_load((tuned / "data/07_model_output/tune/damped_shm/classical_lstm/worker_0.json").read_text())
    assert worker["ran"] == 1 and worker["finished_in_study"] == 4


def test_a_changed_setting_stops_the_run_naming_it_and_leaves_the_study_as_it_was(tuned: Path) -> None:
    before = len(_study(tuned).trials)
    changed = kedro(tuned, "run", "--pipeline=tune", f"--env={ENV}", "--params", "tune.epochs=2")
    assert changed.returncode != 0
    text = " ".join((changed.stdout + changed.stderr).split())
    assert "StudySettingsChangedError" in text and "epochs: stored 3, now 2" in text
    assert len(_study(tuned).trials) == before
    # Bad tune values are refused by name before any node: tests/tune/test_tune_config.py (in process).


def test_two_worker_nodes_share_one_study_on_the_dask_runner(tmp_path: Path) -> None:
    from diffqas_qlstm.config.runtime import ADDRESS_VAR, WORKERS_VAR

    project = copy_project(tmp_path / "project")
    write_tiny_env(project)
    (project / "conf" / "base" / "parameters_tune.yml").unlink()
    tune = TUNE | {"workers": 2, "n_trials": 4, "pruner": {"name": "none"},
                   "search": {"training.learning_rate": {"low": 0.001, "high": 0.1}}}
    (project / "conf" / ENV / "parameters_tune.yml").write_text(yaml.safe_dump({"tune": tune}))
    result = kedro(project, "run", "--pipeline=tune", f"--env={ENV}", "--runner=diffqas_qlstm.runners.DaskRunner",
                   extra_env={WORKERS_VAR: "2"}, unset=(ADDRESS_VAR,))
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    trials = _study(project).trials
    folder = project / "data/07_model_output/tune/damped_shm/classical_lstm"
    ran = [yaml.safe_load((folder / f"worker_{w}.json").read_text())["ran"] for w in (0, 1)]
    assert sum(ran) == len(trials) and 4 <= len(trials) <= 5  # each trial run once, by one of the two
    assert len({t.number for t in trials}) == len(trials)
    assert all(t.state.name == "COMPLETE" for t in trials)
