"""train → derive → evaluate → report in process: SequentialRunner over an in-memory catalog.

The Kedro starter's style: the pipelines of a tiny grid (one DiffQAS ensemble, one hand-designed
baseline, the persistence predictor; one seed, one epoch, 2 hidden qubits, depth 1) run on a
catalog holding only the parameters and the windows; every other dataset is Kedro's default
in-memory one, so nothing touches the project's files.
"""

from __future__ import annotations

import cirq
import numpy as np
import pytest
from kedro.framework.hooks import hook_impl
from kedro.framework.hooks.manager import _create_hook_manager
from kedro.io import DataCatalog, MemoryDataset
from kedro.runner import SequentialRunner

from diffqas_qlstm.pipelines.derive import derive_pipeline
from diffqas_qlstm.pipelines.evaluate.pipeline import evaluate_pipeline
from diffqas_qlstm.pipelines.report import report_pipeline
from diffqas_qlstm.pipelines.robustness import robustness_pipeline
from diffqas_qlstm.pipelines.run_index import with_run_index
from diffqas_qlstm.pipelines.train.pipeline import training_pipeline
from diffqas_qlstm.config.environment import load_parameters
from diffqas_qlstm.series.windowing import make_windows
from diffqas_qlstm.training import RunSpec

RUNS = [RunSpec("wave", "diffqas_nonshared", 0), RunSpec("wave", "baseline_1", 0), RunSpec("wave", "persistence", 0)]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = load_parameters("base")
    train = base["train"] | {"checkpoint_dir": str(tmp_path_factory.mktemp("checkpoints"))}
    train["model"] = train["model"] | {"hidden_size": 2, "depth": 1, "backend": "fused"}
    train["search_space"] = {"hadamard": [True], "encoding": ["ry"], "entangler": ["brick", "ring"],
                             "variational": ["ry", "rz"]}
    train["training"] = train["training"] | {"epochs": 1, "progress_bar": False}
    catalog = DataCatalog({
        "windows_wave": MemoryDataset(make_windows(np.sin(np.linspace(0, 8 * np.pi, 40)), 4, 0.67)),
        "params:train": MemoryDataset(train),
        "params:windowing": MemoryDataset(base["windowing"]),
        "params:derive": MemoryDataset(base["derive"] | {"retrain_epochs": 1}),
        "params:evaluate": MemoryDataset(base["evaluate"]),
        "params:report": MemoryDataset(base["report"]),
        "params:robustness": MemoryDataset({"gatesets": ["cz"], "shots": [100, 10000], "depolarizing": [0.0, 0.01],
                                            "draws": 2}),
    })
    pipeline = with_run_index(training_pipeline(RUNS) + derive_pipeline(RUNS) + evaluate_pipeline(RUNS)
                              + report_pipeline(RUNS) + robustness_pipeline(RUNS), RUNS)
    collected: dict[str, object] = {}

    class Collect:
        """Keeps every node's outputs (the runner releases in-memory datasets once consumed)."""

        @hook_impl
        def after_node_run(self, outputs: dict[str, object]) -> None:
            collected.update(outputs)

    hooks = _create_hook_manager()
    hooks.register(Collect())
    SequentialRunner().run(pipeline, catalog, hook_manager=hooks)
    assert set(collected) == set(pipeline.all_outputs())
    return collected


def test_every_run_of_the_grid_writes_its_summary_metrics_and_manifest(outputs) -> None:
    index = outputs["wave.runs"]  # what the series hands to the cross-run nodes
    assert list(index) == [spec.name for spec in RUNS]
    assert set(index["wave.baseline_1.seed_0"]) == {"summary", "metrics", "manifest", "native_summary", "noise_runs"}
    assert set(index["wave.persistence.seed_0"]) == {"summary", "metrics", "manifest"}
    for spec in RUNS:
        assert outputs[f"{spec.name}.summary"]["run"] == spec.name
        assert outputs[f"{spec.name}.metrics"]["test_mse"] == pytest.approx(outputs[f"{spec.name}.summary"]["test_mse"],
                                                                            rel=1e-5)
        assert outputs[f"{spec.name}.manifest"]["protocol"]["training"]["epochs"] == 1


def test_only_the_diffqas_run_is_derived_and_its_circuits_are_cirq_circuits(outputs) -> None:
    ensemble = "wave.diffqas_nonshared.seed_0"
    ranking = outputs[f"{ensemble}.candidate_ranking"]
    assert len(ranking) == 4 * 4 and set(ranking["rank"]) == {1, 2, 3, 4}
    circuits = outputs[f"{ensemble}.derived_circuits"]
    assert all(isinstance(c, cirq.Circuit) for c in circuits.values()) and len(circuits) == 8
    assert not any(name.startswith("wave.baseline_1.seed_0.derived") for name in outputs)


def test_the_results_table_has_a_row_per_model_and_the_derived_model(outputs) -> None:
    table = outputs["results_table"]
    assert table["model"].tolist() == ["diffqas_nonshared", "diffqas_nonshared (derived)", "baseline_1", "persistence"]
    assert list(table.columns) == ["model", "wave", "seeds"]
    statistics = outputs["statistics"]
    assert set(statistics["diffqas"]) == {"diffqas_nonshared", "diffqas_nonshared (derived)"}
    assert set(statistics["baseline"]) == {"baseline_1"}


def test_persistence_predicts_the_windows_last_value(outputs) -> None:
    predictions = outputs["wave.persistence.seed_0.predictions"]
    windows = make_windows(np.sin(np.linspace(0, 8 * np.pi, 40)), 4, 0.67)
    test = predictions[predictions["split"] == "test"]
    np.testing.assert_allclose(test["prediction"], windows["x_test"][:, -1], rtol=1e-6)


def test_the_derived_model_and_the_baseline_are_compiled_to_the_gate_set(outputs) -> None:
    for run in ("wave.diffqas_nonshared.seed_0", "wave.baseline_1.seed_0"):
        circuits = outputs[f"{run}.native_circuits"]
        assert sorted(circuits) == ["forget.cz", "input.cz", "output.cz", "update.cz"]
        assert "OPENQASM 2.0" in outputs[f"{run}.native_qasm"]["forget.cz"]
    table = outputs["native_gates"]
    assert set(table["model"]) == {"diffqas_nonshared", "baseline_1"} and set(table["gateset"]) == {"cz"}
    assert "wave.persistence.seed_0.native_circuits" not in outputs


def test_noise_at_zero_reproduces_the_exact_test_mse_and_the_table_covers_every_setting(outputs) -> None:
    table = outputs["noise_table"]
    assert set(table["model"]) == {"diffqas_nonshared (derived)", "baseline_1"}
    for model, part in table.groupby("model"):
        cells = part.set_index("setting")["mean"]
        assert abs(cells["p=0"] - cells["exact"]) < 1e-6, model
        assert list(part["setting"]) == ["exact", "shots=100", "shots=10000", "p=0", "p=0.01", "persistence"]
        assert part.set_index("setting").loc["shots=100", "n"] == 2  # one seed x two draws
    runs = outputs["wave.baseline_1.seed_0.noise_runs"]
    exact = runs[runs["kind"] == "exact"]["test_mse"].iloc[0]
    assert exact == pytest.approx(outputs["wave.baseline_1.seed_0.metrics"]["test_mse"], rel=1e-4)
    assert "## wave" in outputs["noise_table_md"]
