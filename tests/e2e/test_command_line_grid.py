"""Configuration as a user writes it: only what differs in conf/local, the grid from --params.

Parameters merge softly across environments, so ``conf/local`` holds only the keys that differ
(the README's custom-series instructions as written), and ``--params`` on ``train.grid.*`` shapes
the pipelines that are built, not only the values the nodes see.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from tests.e2e.conftest import copy_project, kedro


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("cli") / "project")
    series = project / "my_series.csv"
    pd.DataFrame({"value": np.sin(np.linspace(0, 12, 60))}).to_csv(series, index=False)
    local = project / "conf" / "local"
    (local / "parameters_data_generation.yml").write_text(
        yaml.safe_dump({"data_generation": {"custom": {"path": str(series), "column": "value"}}})
    )
    (local / "parameters_train.yml").write_text(yaml.safe_dump(
        {"train": {"grid": {"datasets": ["custom", "narma5"], "models": ["constant"], "seeds": [0, 1]}}}
    ))
    return project


def test_params_on_the_grid_train_exactly_that_grid_over_a_local_conf_holding_only_what_differs(
    project: Path,
) -> None:
    run = kedro(project, "run", "--pipeline=train", "--params", "train.grid.seeds=1,train.grid.models=constant;persistence")
    assert run.returncode == 0, (run.stdout + run.stderr)[-4000:]
    summaries = sorted(p.relative_to(project / "data/07_model_output").parent.as_posix()
                       for p in (project / "data/07_model_output").glob("*/*/*/summary.json"))
    assert summaries == ["custom/constant/seed_1", "custom/persistence/seed_1",
                         "narma5/constant/seed_1", "narma5/persistence/seed_1"]
    table = pd.read_csv(project / "data/08_reporting/results_table.csv", keep_default_na=False)
    assert list(table.columns) == ["model", "custom", "narma5", "seeds"]
    manifest = json.loads((project / "data/07_model_output/narma5/constant/seed_1/manifest.json").read_text())
    assert manifest["protocol"]["model"]["depth"] == 2  # conf/base's value, kept by the soft merge


def test_a_grid_override_that_cannot_be_honoured_is_refused_naming_the_key(project: Path) -> None:
    run = kedro(project, "run", "--pipeline=train", "--params", "train.grid.datasets=narma5;nope")
    assert run.returncode != 0
    assert "train.grid.datasets" in run.stdout + run.stderr and "nope" in run.stdout + run.stderr
