"""Kedro-Viz's collapsed view of the paper grid stays readable (issue 15).

Kedro-Viz draws a dataset outside a collapsed namespace when a node outside reads it or nobody
does. The tree is built here in process by Kedro-Viz's own data-access layer from the registered
main job of ``conf/paper``'s grid product (5 series × 15 models × 3 seeds; its ten-seed ``extra`` part
left out with ``--params``, as a user would to look at one part), as ``kedro viz build`` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kedro.io import DataCatalog

from diffqas_qlstm.config import environment

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_paper_grid_collapses_to_its_series_and_the_cross_run_reports(monkeypatch) -> None:
    from kedro_viz.data_access.managers import DataAccessManager

    from diffqas_qlstm.pipelines.train import pipeline as train

    for name in ("_active_env", "_project_path", "_runtime_params"):  # restored after the test
        monkeypatch.setattr(environment, name, getattr(environment, name))
    environment.set_active_env("paper", ROOT, {"train": {"grid": {"extra": []}}})
    job = train.create_pipeline()
    runs = environment.configured_runs("paper")
    manager = DataAccessManager()
    manager.add_catalog(DataCatalog(), {"__default__": job})
    manager.add_pipelines({"__default__": job})
    tree = manager.create_modular_pipelines_tree_for_registered_pipeline("__default__")
    from kedro_viz.utils import _hash

    names = {node.id: node.name for node in manager.nodes.as_list()}
    names |= {_hash(str(node)): node.name for node in job.nodes}  # task nodes by their full name
    root = sorted(names.get(child.id, child.id) for child in tree["__root__"].children)
    datasets = sorted({spec.dataset for spec in runs})
    assert len(runs) == 225 and len(root) <= 40, root
    assert set(datasets) <= set(root) and {f"{d}.runs" for d in datasets} <= set(root)
    assert not [name for name in root if name.count(".") >= 2], "a run's dataset or node at the top level"
    expanded = {names.get(child.id, child.id) for child in tree["bessel"].children}  # series → model → seed
    assert {f"bessel.{model}" for model in ("baseline_1", "diffqas_nonshared")} <= expanded
    assert {"bessel.generate", "bessel.window", "bessel.index_runs"} <= expanded
    assert len(expanded) <= 40, sorted(expanded)  # models, their indexes, the series' own nodes
    model = {names.get(child.id, child.id) for child in tree["bessel.baseline_1"].children}
    assert {f"bessel.baseline_1.seed_{seed}" for seed in range(3)} | {"bessel.baseline_1.index_runs"} <= model
    assert len(model) <= 40, sorted(model)  # seeds, what they hand out, the model's index
