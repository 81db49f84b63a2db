"""The report refuses to put runs of different protocols in one table (issue #7).

Manifests come from the real ``run_manifest``; the ``collect_results`` node is run through
Kedro's ``SequentialRunner`` as it sits in the ``report`` pipeline.
"""

from __future__ import annotations

import copy
from typing import Any

import pandas as pd
import pytest
from kedro.io import DataCatalog
from kedro.runner import SequentialRunner

from diffqas_qlstm.config import TrainConfig, WindowingConfig
from diffqas_qlstm.pipelines.report import report_pipeline
from diffqas_qlstm.pipelines.run_index import records_of, with_run_index
from diffqas_qlstm.training import RunSpec
from diffqas_qlstm.training.manifest import ProtocolMismatchError, run_manifest

RUNS = [RunSpec("damped_shm", "baseline_1", 0), RunSpec("damped_shm", "baseline_1", 1),
        RunSpec("damped_shm", "constant", 0)]
TRAIN = {
    "grid": {"datasets": ["damped_shm"], "models": ["baseline_1", "constant"], "seeds": [0, 1]},
    "model": {"hidden_size": 2, "depth": 1, "backend": "tfq"},
    "search_space": {"hadamard": [True], "encoding": ["ry"], "entangler": ["brick"], "variational": ["ry"]},
    "training": {"epochs": 3, "batch_size": 10, "progress_bar": False},
}
WINDOWING = {"window": 4, "train_fraction": 0.67, "scaler_fit": "series"}


def _manifest(spec: RunSpec, train: dict[str, Any] = TRAIN, windowing: dict[str, Any] = WINDOWING) -> dict:
    return run_manifest(spec.name, spec.seed, TrainConfig.parse(train, "train"),
                        WindowingConfig.parse(windowing, "windowing"), started="t0", ended="t1")


def _collect(manifests: dict[str, dict]) -> pd.DataFrame:
    """Run the ``collect_results`` node of the report pipeline on in-memory inputs."""
    catalog = DataCatalog()
    for i, spec in enumerate(RUNS):
        catalog[f"{spec.name}.summary"] = {"run": spec.name, "dataset": spec.dataset, "model": spec.model,
                                           "seed": spec.seed, "test_mse": 0.1 * (i + 1), "train_mse": 0.05}
        catalog[f"{spec.name}.metrics"] = {"run": spec.name, "test_mse": 0.1 * (i + 1)}
        catalog[f"{spec.name}.manifest"] = manifests[spec.name]
    collect = with_run_index(report_pipeline(RUNS).only_nodes("collect_results"), RUNS)
    for spec in RUNS:
        if spec.model.startswith("baseline_"):  # the index also keeps the robustness records
            for record in ("native_summary", "noise_runs"):
                catalog[f"{spec.name}.{record}"] = pd.DataFrame({"run": [spec.name]})
    assert sorted(collect.inputs()) == sorted(f"{s.name}.{n}" for s in RUNS for n in records_of(s))
    SequentialRunner().run(collect, catalog)
    return catalog.load("results_runs")


def test_runs_of_one_protocol_with_different_seeds_backends_and_differentiators_are_collected() -> None:
    statevector = copy.deepcopy(TRAIN)
    statevector["model"]["backend"] = "statevector"
    parameter_shift = copy.deepcopy(TRAIN)
    parameter_shift["model"]["tfq_differentiator"] = "parameter_shift"
    manifests = {spec.name: _manifest(spec) for spec in RUNS}
    manifests[RUNS[1].name] = _manifest(RUNS[1], statevector)
    manifests[RUNS[2].name] = _manifest(RUNS[2], parameter_shift)
    assert manifests[RUNS[2].name]["tfq_differentiator"] == "parameter_shift"
    runs = _collect(manifests)
    assert runs["run"].tolist() == [spec.name for spec in RUNS]
    assert runs["test_mse"].tolist() == pytest.approx([0.1, 0.2, 0.3])


@pytest.mark.parametrize(
    "block, key, value, setting",
    [
        ("training", "epochs", 5, "training.epochs: 3 ({a}) vs 5 ({b})"),
        ("model", "depth", 2, "model.depth: 1 ({a}) vs 2 ({b})"),
        ("search_space", "variational", ["rz"], "search_space.variational: ['ry'] ({a}) vs ['rz'] ({b})"),
        ("windowing", "window", 3, "windowing.window: 4 ({a}) vs 3 ({b})"),
    ],
)
def test_runs_of_different_protocols_are_refused_naming_runs_and_settings(
    block: str, key: str, value: Any, setting: str
) -> None:
    train, windowing = copy.deepcopy(TRAIN), dict(WINDOWING)
    (windowing if block == "windowing" else train[block])[key] = value
    manifests = {spec.name: _manifest(spec) for spec in RUNS}
    odd = RUNS[2]
    manifests[odd.name] = _manifest(odd, train, windowing)
    with pytest.raises(ProtocolMismatchError) as info:
        _collect(manifests)
    message = str(info.value)
    assert message.startswith(f"Runs {RUNS[0].name}, {odd.name} cannot share one results table")
    assert setting.format(a=RUNS[0].name, b=odd.name) in message
    assert RUNS[1].name not in message
