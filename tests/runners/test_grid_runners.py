"""A tiny grid (2 datasets x 2 models x 1 seed) under the sequential, parallel and Dask runners.

Each runner trains the grid with ``kedro run --pipeline=train`` in its own copy of the project;
the metrics must be identical, and ``--only-missing-outputs`` must retrain only a deleted run.
The runs are restricted to the data, windowing and training nodes (``--tags``), so stages that
are appended to ``train`` later (derive, evaluate, report) do not change what is tested here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import yaml

from diffqas_qlstm.config.runtime import ADDRESS_VAR, WORKERS_VAR
from tests.project_copy import copy_project, kedro

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TAGS = "data_generation,windowing,training"
RUNNERS = {
    "sequential": "SequentialRunner",
    "parallel": "ParallelRunner",
    "run_by_run": "diffqas_qlstm.runners.RunByRunParallelRunner",
    "dask": "diffqas_qlstm.runners.DaskRunner",
}
RUNS = [(d, m) for d in ("damped_shm", "narma5") for m in ("baseline_1", "classical_lstm")]
DATA = ["01_raw", "02_intermediate", "03_primary", "04_feature", "05_model_input",
        "06_models", "07_model_output", "08_reporting"]


def make_project(target: Path) -> Path:
    """A project copy plus a tiny ``test_grid`` env (merged softly over conf/base)."""
    copy_project(target)
    tiny = {"grid": {"datasets": ["damped_shm", "narma5"], "models": ["baseline_1", "classical_lstm"], "seeds": [0]},
            "model": {"hidden_size": 2, "depth": 1}, "training": {"epochs": 1, "progress_bar": False}}
    (target / "conf" / "test_grid").mkdir()
    (target / "conf/test_grid/parameters_train.yml").write_text(yaml.safe_dump({"train": tiny}))
    return target


def kedro_run(project: Path, runner: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return kedro(project, "run", "--pipeline=train", "--env=test_grid", f"--tags={TAGS}", f"--runner={runner}",
                 *extra, extra_env={WORKERS_VAR: "2", "COLUMNS": "400"}, unset=(ADDRESS_VAR,), timeout=300)


def outputs(project: Path, dataset: str, model: str) -> list[Path]:
    return [
        project / f"data/06_models/{dataset}/{model}/seed_0/params.npz",
        project / f"data/07_model_output/{dataset}/{model}/seed_0/history.csv",
        project / f"data/07_model_output/{dataset}/{model}/seed_0/summary.json",
    ]


def metrics(project: Path) -> dict[str, tuple[dict, pd.DataFrame]]:
    """Per run: the summary without its wall time, the history without its timings."""
    result = {}
    for dataset, model in RUNS:
        _, history, summary = outputs(project, dataset, model)
        values = json.loads(summary.read_text())
        values.pop("wall_seconds")
        frame = pd.read_csv(history)
        result[f"{dataset}.{model}"] = (values, frame.drop(columns=["seconds"]))
    return result


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """Each runner's project after training the grid, with the run's log."""
    template = make_project(tmp_path_factory.mktemp("grid") / "template")
    result = {}
    for name, runner in RUNNERS.items():
        project = template.with_name(name)
        shutil.copytree(template, project)
        started = time.perf_counter()
        run = kedro_run(project, runner)
        log = run.stdout + run.stderr
        assert run.returncode == 0, log[-6000:]
        print(f"tiny grid with {runner}: {time.perf_counter() - started:.1f} s wall")
        result[name] = (project, log)
    return result


def test_every_runner_trains_every_run(trained: dict[str, tuple[Path, str]]) -> None:
    for name, (project, _) in trained.items():
        for dataset, model in RUNS:
            for path in outputs(project, dataset, model):
                assert path.is_file(), f"{name}: {path}"


def test_runners_give_identical_metrics(trained: dict[str, tuple[Path, str]]) -> None:
    reference = metrics(trained["sequential"][0])
    for name in ("parallel", "dask"):
        for run, (summary, history) in metrics(trained[name][0]).items():
            assert summary == reference[run][0], f"{name}: {run}"
            pd.testing.assert_frame_equal(history, reference[run][1], check_exact=True)


def test_worker_processes_limit_tensorflow_threads(trained: dict[str, tuple[Path, str]]) -> None:
    from diffqas_qlstm.runners.threads import available_cores

    threads = max(1, available_cores() // 2)
    parallel_log, dask_log = trained["parallel"][1], trained["dask"][1]
    assert re.search(r"ParallelRunner: up to 2 worker processes, TensorFlow intra-op "
                     rf"{threads} / inter-op {threads}", parallel_log)
    assert f"LocalCluster of 2 worker processes, TensorFlow intra-op {threads}" in dask_log
    for log in (parallel_log, dask_log):  # applied inside the worker processes
        pids = set(re.findall(rf"TensorFlow threads in process (\d+): intra-op {threads}", log))
        assert pids, log[-3000:]


@pytest.mark.parametrize("name", list(RUNNERS))
def test_only_missing_outputs_retrains_only_the_deleted_run(
    trained: dict[str, tuple[Path, str]], name: str, tmp_path: Path
) -> None:
    project = shutil.copytree(trained[name][0], tmp_path / name)
    before = metrics(project)
    deleted = outputs(project, "narma5", "baseline_1")
    kept = [p for d, m in RUNS if (d, m) != ("narma5", "baseline_1") for p in outputs(project, d, m)]
    mtimes = {path: path.stat().st_mtime_ns for path in kept}
    for path in deleted:
        path.unlink()
    run = kedro_run(project, RUNNERS[name], "--only-missing-outputs")
    log = run.stdout + run.stderr
    assert run.returncode == 0, log[-6000:]
    assert re.search(r"Running 1 out of \d+ nodes", log), log[-3000:]
    assert re.findall(r"Completed node: (\S+)", log) == ["narma5.baseline_1.seed_0.train_model"]
    assert all(path.is_file() for path in deleted)
    assert {path: path.stat().st_mtime_ns for path in kept} == mtimes
    # The run resumed from its checkpoint and reproduces its metrics.
    assert metrics(project)["narma5.baseline_1"][0] == before["narma5.baseline_1"][0]


def test_train_pipeline_keeps_every_dataset_in_files_and_none_in_pickle(
    trained: dict[str, tuple[Path, str]],
) -> None:
    """ParallelRunner / DaskRunner / --only-missing-outputs need every dataset persisted."""
    code = (
        "import diffqas_qlstm, json\n"
        "from pathlib import Path\n"
        "from kedro.framework.project import pipelines\n"
        "from kedro.framework.session import KedroSession\n"
        "from kedro.framework.startup import bootstrap_project\n"
        "bootstrap_project(Path.cwd())\n"
        "with KedroSession.create(env='test_grid') as session:\n"
        "    catalog = session.load_context().catalog\n"
        "    names = [n for n in pipelines['train'].datasets()\n"
        "             if not n.startswith('params:') and n != 'parameters']\n"
        "    rows = {n: [n in catalog, type(catalog.get(n, fallback_to_runtime_pattern=True))"
        ".__name__] for n in names}\n"
        "print('DATASETS=' + json.dumps(rows))\n"
    )
    env = {**os.environ, "KEDRO_DISABLE_TELEMETRY": "1"}
    run = subprocess.run([sys.executable, "-c", code], cwd=trained["sequential"][0], env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, (run.stdout + run.stderr)[-4000:]
    rows = json.loads(run.stdout.split("DATASETS=")[-1])
    assert rows
    undeclared = sorted(n for n, (declared, _) in rows.items() if not declared)
    assert not undeclared, f"datasets not in the catalog (would be memory datasets): {undeclared}"
    pickled = sorted(n for n, (_, kind) in rows.items() if "pickle" in kind.lower())
    assert not pickled, f"datasets stored with pickle: {pickled}"
