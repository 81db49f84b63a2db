"""A run is finished only when its outputs belong together (issue 23 item 2, SPEC §8): real kedro runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.project_copy import copy_project, kedro

RUN = "damped_shm.classical_lstm.seed_0"
PARAMS = ("train.grid.datasets=damped_shm,train.grid.models=classical_lstm,train.grid.seeds=0,"
          "train.training.epochs=2,train.training.progress_bar=false")


def _run(project: Path, *args: str):
    result = kedro(project, "run", *args, f"--params={PARAMS}", timeout=600)
    return result, " ".join((result.stdout + result.stderr).split())


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("records") / "project")
    result, output = _run(project, "--pipeline=train")
    assert result.returncode == 0, output[-3000:]
    return project


def _folder(project: Path) -> Path:
    return project / "data" / "07_model_output" / "damped_shm" / "classical_lstm" / "seed_0"


@pytest.mark.slow
def test_every_run_node_leaves_a_record_of_its_outputs_and_inputs(project):
    record = json.loads((project / "data" / "06_models" / "damped_shm" / "classical_lstm" / "seed_0"
                         / "record_train_model.json").read_text())  # beside its first output, params.npz
    assert record["run"] == RUN and set(record["outputs"]) == {
        f"{RUN}.{name}" for name in ("trained_params", "history", "summary", "manifest")}
    assert "windows_damped_shm" in record["inputs"]
    assert (project / "data" / "08_reporting" / "damped_shm" / "classical_lstm" / "seed_0"
            / "record_compute_metrics.json").exists()


@pytest.mark.slow
def test_a_truncated_history_stops_a_pipeline_that_reads_it_and_only_missing_outputs_redoes_the_run(project):
    history = _folder(project) / "history.csv"
    good = history.read_text()
    history.write_text(good[: len(good) // 2])
    result, output = _run(project, "--pipeline=report")
    assert result.returncode != 0 and "do not belong together" in output and RUN in output, output[-3000:]
    assert "history" in output and "--only-missing-outputs" in output
    result, output = _run(project, "--pipeline=train", "--only-missing-outputs")
    assert result.returncode == 0, output[-3000:]
    assert "set aside" in output
    assert history.read_text() == good  # redone (resumed from its checkpoint: the same numbers)
    assert list(history.parent.glob("history.csv.incomplete-*"))


@pytest.mark.slow
def test_a_mixed_folder_after_a_crash_between_saves_is_never_taken_as_finished(project):
    folder = _folder(project)
    summary = folder / "summary.json"
    record = json.loads(summary.read_text())
    summary.write_text(json.dumps(record | {"test_mse": 123.0}, indent=2))  # an older run's file
    result, output = _run(project, "--pipeline=train", "--only-missing-outputs")
    assert result.returncode == 0, output[-3000:]
    assert json.loads(summary.read_text())["test_mse"] != 123.0
    metrics = json.loads((project / "data" / "08_reporting" / "damped_shm" / "classical_lstm" / "seed_0"
                          / "metrics.json").read_text())
    assert metrics["test_mse"] == pytest.approx(json.loads(summary.read_text())["test_mse"])


@pytest.mark.slow
def test_windows_in_another_cpus_last_bits_are_the_same_input_and_windows_of_other_values_are_not(project):
    import numpy as np

    windows = project / "data" / "05_model_input" / "windows_damped_shm.npz"
    record = json.loads((project / "data" / "06_models" / "damped_shm" / "classical_lstm" / "seed_0"
                         / "record_train_model.json").read_text())
    assert set(record["input_fingerprints"]) == {"windows_damped_shm"}
    with np.load(windows) as archive:
        arrays = {key: archive[key] for key in archive.files}

    def rewrite(change) -> None:
        np.savez(windows, **{key: change(value) if value.dtype.kind == "f" else value for key, value in arrays.items()})

    params = _folder(project).parent.parent.parent.parent / "06_models" / "damped_shm" / "classical_lstm" / "seed_0" / "params.npz"
    trained = params.read_bytes()
    rewrite(lambda value: np.nextafter(value, np.inf))  # what another CPU's float64 math gives
    result, output = _run(project, "--pipeline=train", "--only-missing-outputs")
    assert result.returncode == 0, output[-3000:]
    assert "the same windows up to rounding" in output and "set aside" not in output
    assert params.read_bytes() == trained
    rewrite(lambda value: value * (1 + 1e-6))  # other values: another series
    result, output = _run(project, "--pipeline=train", "--only-missing-outputs")
    assert result.returncode == 0, output[-3000:]
    assert "windows_damped_shm" in output and "changed since it was written" in output and "set aside" in output
