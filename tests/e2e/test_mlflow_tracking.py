"""Tracking in MLflow (issue 15): a tiny grid run with ``runtime.mlflow=true`` under Kedro's
``ParallelRunner`` (node hooks in worker processes), read back through MLflow's client API from
the real SQLite store the run wrote; and the default run, which leaves no trace of MLflow."""

from __future__ import annotations

import json
from pathlib import Path

import cirq
import pytest

from diffqas_qlstm.datasets import CirqCircuitsDataset
from tests.e2e.conftest import ENV, copy_project, kedro, write_tiny_env

pytestmark = pytest.mark.slow
mlflow = pytest.importorskip("mlflow", reason="the mlflow extra (pip install -e '.[mlflow]')")

MODELS = ["diffqas_nonshared", "baseline_1", "persistence"]
RUNS = {f"damped_shm.{model}.seed_0" for model in MODELS}
EPOCHS = 2


@pytest.fixture(scope="module")
def tracked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("mlflow") / "project")
    write_tiny_env(project)
    params = f"runtime.mlflow=true,train.grid.models={';'.join(MODELS)},train.grid.seeds=0,train.training.epochs={EPOCHS}"
    result = kedro(project, "run", "--pipeline=train", f"--env={ENV}", "--runner=ParallelRunner",
                   "--params", params, unset=("MLFLOW_TRACKING_URI",))
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    return project


@pytest.fixture(scope="module")
def client(tracked: Path):
    return mlflow.MlflowClient(tracking_uri=f"sqlite:///{tracked / 'mlflow.db'}")


def runs_of(client) -> tuple[object, dict[str, object]]:
    experiment = client.get_experiment_by_name("diffqas_qlstm")
    runs = client.search_runs([experiment.experiment_id])
    parents = [run for run in runs if "mlflow.parentRunId" not in run.data.tags]
    assert len(parents) == 1, [run.info.run_name for run in runs]
    return parents[0], {run.info.run_name: run for run in runs if run is not parents[0]}


def test_each_grid_run_is_one_finished_mlflow_run_nested_under_the_kedro_run(client) -> None:
    parent, children = runs_of(client)
    assert set(children) == RUNS
    assert parent.info.status == "FINISHED"
    for name, run in children.items():
        assert run.data.tags["mlflow.parentRunId"] == parent.info.run_id
        assert run.info.status == "FINISHED", name
        assert run.data.tags["dataset"] == "damped_shm" and run.data.tags["seed"] == "0"
    saved = [a.path for a in client.list_artifacts(parent.info.run_id)]
    assert saved == ["parameters.json"]


def test_a_grid_run_holds_its_protocol_histories_final_metrics_and_circuits(client, tracked: Path) -> None:
    _, children = runs_of(client)
    run = children["damped_shm.diffqas_nonshared.seed_0"]
    assert run.data.params["model"] == "diffqas_nonshared"
    assert run.data.params["protocol.training.epochs"] == str(EPOCHS)
    assert run.data.params["protocol.model.depth"] == "1"
    run_id = run.info.run_id
    for key in ("train_mse", "test_mse", "arch/forget_00"):
        assert [m.step for m in client.get_metric_history(run_id, key)] == list(range(1, EPOCHS + 1)), key
    assert [m.step for m in client.get_metric_history(run_id, "derived/train_mse")] == [1]  # retrain_epochs: 1
    metrics = json.loads((tracked / "data/08_reporting/damped_shm/diffqas_nonshared/seed_0/metrics.json").read_text())
    assert run.data.metrics["final/test_mse"] == pytest.approx(metrics["test_mse"])
    assert run.data.metrics["final/derived_test_mse"] == pytest.approx(metrics["derived_test_mse"])

    top = {a.path for a in client.list_artifacts(run_id)}
    assert {"derived_circuits.json", "derived_qasm", "loss.png"} <= top, top
    qasm = [a.path for a in client.list_artifacts(run_id, "derived_qasm")]
    assert qasm and all(path.endswith(".qasm") for path in qasm)
    local = client.download_artifacts(run_id, "derived_circuits.json")
    circuits = CirqCircuitsDataset(filepath=local).load()
    assert circuits and all(isinstance(c, cirq.Circuit) for c in circuits.values())


def test_the_store_and_the_artifacts_stay_inside_the_project(client, tracked: Path) -> None:
    _, children = runs_of(client)
    artifact_uri = children["damped_shm.baseline_1.seed_0"].info.artifact_uri
    assert Path(artifact_uri.removeprefix("file://")).is_relative_to(tracked / "mlartifacts")
    assert not (tracked / "mlruns").exists()


def test_a_default_run_leaves_no_trace_of_mlflow(tiny_project: Path) -> None:
    assert not [p.name for p in tiny_project.iterdir() if p.name in ("mlflow.db", "mlartifacts", "mlruns")]
