"""A tiny end-to-end run of the main command, shared by the end-to-end tests of this folder.

``tiny_project`` copies the project (conf/, notebooks/, pyproject.toml, .telemetry and an empty
src/; the package comes from its editable install) to a temporary folder, adds the config
environment ``test_tiny`` and runs ``kedro run --pipeline=train --env=test_tiny`` once per session.
Grid: damped_shm (shortened to 80 points) × [diffqas_nonshared, baseline_1, persistence,
constant] × seeds [0, 1]; hidden 2, depth 1, a 4-candidate space, 1 epoch, 1 re-training epoch.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.project_copy import ROOT, kedro, project_env
from tests.project_copy import copy_project as _copy_project

__all__ = ["ENV", "ROOT", "copy_project", "kedro", "project_env"]

ENV = "test_tiny"
GRID = {
    "datasets": ["damped_shm"],
    "models": ["diffqas_nonshared", "baseline_1", "persistence", "constant"],
    "seeds": [0, 1],
}
TRAIN = {
    "grid": GRID,
    "model": {"hidden_size": 2, "input_size": 1, "depth": 1, "arch_weights": "linear",
              "encoding_transform": "identity", "backend": "tfq", "init_scale": 0.01},
    "search_space": {"hadamard": [True, False], "encoding": ["ry"], "entangler": ["brick"],
                     "variational": ["ry", "rz"]},
    "training": {"epochs": 1, "batch_size": 10, "learning_rate": 0.01, "rho": 0.99, "epsilon": 1.0e-8,
                 "eval_batch_size": 512, "resume": True, "progress_bar": False},
    "checkpoint_dir": "data/06_models/checkpoints",
}


def copy_project(target: Path) -> Path:
    """The project copy of :mod:`tests.project_copy`, with notebooks/."""
    return _copy_project(target, notebooks=True)


def write_tiny_env(project: Path) -> None:
    """conf/test_tiny: the tiny grid, a shorter damped_shm series, one re-training epoch."""
    conf = project / "conf" / ENV
    conf.mkdir()
    shorter = {"n_points": 80, "t_stop": 20.0 * 80 / 240}  # merged softly over conf/base
    (conf / "parameters_data_generation.yml").write_text(
        yaml.safe_dump({"data_generation": {"series": {"damped_shm": shorter}}})
    )
    (conf / "parameters_train.yml").write_text(yaml.safe_dump({"train": TRAIN}))
    (conf / "parameters_derive.yml").write_text(
        yaml.safe_dump({"derive": {"retrain_epochs": 1, "qasm_input": "first_test_last_step"}})
    )


@pytest.fixture(scope="session")
def tiny_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project copy after ``kedro run --pipeline=train --env=test_tiny`` (the main command)."""
    project = copy_project(tmp_path_factory.mktemp("e2e") / "project")
    write_tiny_env(project)
    result = kedro(project, "run", "--pipeline=train", f"--env={ENV}")
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    return project


@pytest.fixture(scope="session")
def tiny_catalog(tiny_project: Path):
    """The Kedro catalog of the tiny project (environment ``test_tiny``)."""
    from kedro.framework.session import KedroSession
    from kedro.framework.startup import bootstrap_project

    from diffqas_qlstm.config import environment

    # The project's hook records the session's environment and path; restore them at once so
    # that other tests keep reading the real project's configuration.
    saved = environment._active_env, environment._project_path
    bootstrap_project(tiny_project)
    try:
        with KedroSession.create(project_path=tiny_project, env=ENV) as session:
            return session.load_context().catalog
    finally:
        environment._active_env, environment._project_path = saved
