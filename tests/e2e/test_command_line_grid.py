"""Configuration as a user writes it: only what differs in conf/local, the grid from --params.

Parameters merge softly across environments, so ``conf/local`` holds only the keys that differ
(the README's custom-series instructions as written), and ``--params`` on ``train.grid.*`` shapes
the pipelines that are built, not only the values the nodes see.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from tests.project_copy import copy_project, kedro

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("cli") / "project")
    pd.DataFrame({"day": range(60), "level": np.sin(np.linspace(0, 12, 60))}).to_csv(project / "river.csv", index=False)
    pd.DataFrame({"value": np.cos(np.linspace(0, 9, 40))}).to_csv(project / "sensor.csv", index=False)
    local = project / "conf" / "local"
    (local / "parameters_data_generation.yml").write_text(yaml.safe_dump({"data_generation": {"series": {
        "river": {"kind": "csv", "path": "river.csv", "column": "level", "time_column": "day"},
        "sensor": {"kind": "csv", "path": "sensor.csv", "column": "value"},
    }}}))
    (local / "parameters_train.yml").write_text(yaml.safe_dump(
        {"train": {"grid": {"datasets": ["river", "sensor", "nile"], "models": ["constant", "baseline_1"],
                            "seeds": [0, 1]}}}
    ))
    return project


def test_named_series_and_a_seed_from_the_command_line_train_exactly_that_grid(project: Path) -> None:
    """Issue 13's check: conf/local holds only two named CSV series and a train.grid (with a
    packaged real-world series); --params picks seed 1 alone."""
    run = kedro(project, "run", "--pipeline=train", "--params", "train.grid.seeds=[1]")
    assert run.returncode == 0, (run.stdout + run.stderr)[-4000:]
    summaries = sorted(p.relative_to(project / "data/07_model_output").parent.as_posix()
                       for p in (project / "data/07_model_output").glob("*/*/*/summary.json"))
    assert summaries == [f"{d}/{m}/seed_1" for d in ("nile", "river", "sensor") for m in ("baseline_1", "constant")]
    table = pd.read_csv(project / "data/08_reporting/results_table.csv", keep_default_na=False)
    assert list(table.columns) == ["model", "river", "sensor", "nile", "seeds"]
    assert pd.read_csv(project / "data/01_raw/river.csv")["t"].tolist() == list(range(60))


def test_several_values_joined_by_semicolons(project: Path) -> None:
    run = kedro(project, "run", "--pipeline=train", "--params",
                "train.grid.datasets=sensor;nile,train.grid.models=persistence,train.grid.seeds=0")
    assert run.returncode == 0, (run.stdout + run.stderr)[-4000:]
    assert (project / "data/07_model_output/sensor/persistence/seed_0/summary.json").exists()
    assert (project / "data/07_model_output/nile/persistence/seed_0/summary.json").exists()
    assert not list((project / "data/07_model_output").glob("river/persistence/*"))


def test_a_grid_override_that_cannot_be_honoured_is_refused_naming_the_key(project: Path) -> None:
    run = kedro(project, "run", "--pipeline=train", "--params", "train.grid.datasets=sensor;nope")
    assert run.returncode != 0
    assert "train.grid.datasets" in run.stdout + run.stderr and "nope" in run.stdout + run.stderr
