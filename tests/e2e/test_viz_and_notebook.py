"""``kedro viz build`` lists every pipeline's nodes; the results notebook runs top to bottom."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from diffqas_qlstm.config import GridConfig
from diffqas_qlstm.pipelines.derive import derive_pipeline
from diffqas_qlstm.pipelines.evaluate import evaluate_pipeline
from diffqas_qlstm.pipelines.report import report_pipeline

from .conftest import ENV, GRID, kedro

pytestmark = pytest.mark.slow


def _tasks(listing: dict) -> set[str]:
    return {n["full_name"] for n in listing["nodes"] if n["type"] == "task"}


def test_kedro_viz_build_lists_every_pipeline_and_node(tiny_project: Path, tmp_path: Path) -> None:
    project = tmp_path / "viz_project"
    shutil.copytree(tiny_project, project, ignore=shutil.ignore_patterns("build"))
    # `kedro viz build` runs without project hooks, so the grid's environment comes from KEDRO_ENV.
    result = kedro(project, "viz", "build", "--include-previews", extra_env={"KEDRO_ENV": ENV})
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    api = project / "build" / "api"
    main = json.loads((api / "main").read_text())
    assert {"data_generation", "windowing", "train", "derive", "evaluate", "report"} <= {
        p["id"] for p in main["pipelines"]
    }
    runs = GridConfig.parse(GRID, "train.grid").runs
    expected = {
        "data_generation": {"damped_shm.generate"},
        "windowing": {"damped_shm.window"},
        "derive": {n.name for n in derive_pipeline(runs).nodes},
        "evaluate": {n.name for n in evaluate_pipeline(runs).nodes},
        "report": {n.name for n in report_pipeline(runs).nodes},
    }
    expected["train"] = {f"{spec.name}.train_model" for spec in runs}.union(*expected.values())
    assert len(expected["derive"]) == 4 * 2 and len(expected["evaluate"]) == 2 * 8
    for name, nodes in expected.items():
        listed = _tasks(json.loads((api / "pipelines" / name).read_text()))
        assert nodes <= listed, (name, sorted(nodes - listed)[:5])
        assert nodes <= _tasks(main), name
    plot = next(n for n in main["nodes"] if n["name"] == "damped_shm.diffqas_nonshared.seed_0.prediction_plot")
    detail = json.loads((api / "nodes" / plot["id"]).read_text())
    assert detail["preview_type"] == "ImagePreview" and detail["preview"]
    table = next(n for n in main["nodes"] if n["name"] == "results_table_md")
    detail = json.loads((api / "nodes" / table["id"]).read_text())
    assert detail["preview_type"] == "HTMLPreview" and "<table>" in detail["preview"]


def test_results_notebook_runs_top_to_bottom(tiny_project: Path, monkeypatch) -> None:
    notebook = nbformat.read(tiny_project / "notebooks" / "results.ipynb", as_version=4)
    monkeypatch.setenv("KEDRO_ENV", ENV)
    monkeypatch.setenv("KEDRO_DISABLE_TELEMETRY", "1")
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tiny_project / "notebooks")}})
    client.execute()
    text = "\n".join(
        output.get("text", "") + json.dumps(output.get("data", {}))
        for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", [])
    )
    assert "error" not in {o.get("output_type") for c in notebook.cells for o in c.get("outputs", [])}
    assert "diffqas_nonshared (derived)" in text          # the results table
    assert "=== forget gate:" in text                      # a derived circuit diagram
    assert "OPENQASM 2.0" in text
    assert "image/png" in text                             # the plots
