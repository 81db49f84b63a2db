"""The main command end to end (tiny grid): derived artifacts, the model/simulator agreement, the report."""

from __future__ import annotations

import json
from pathlib import Path

import cirq
import numpy as np
import pandas as pd
import pytest
import tensorflow as tf

from diffqas_qlstm.circuits import ENTANGLERS, ROTATIONS, Candidate, SearchSpace, build_circuit
from diffqas_qlstm.config import ModelConfig
from diffqas_qlstm.derive import encode, qasm_input_vector, restore_derived_model
from diffqas_qlstm.model import GATE_NAMES

from .conftest import GRID, TRAIN

pytestmark = pytest.mark.slow

DIFFQAS_RUNS = [f"damped_shm.diffqas_nonshared.seed_{seed}" for seed in GRID["seeds"]]


def _run_folder(project: Path, run: str, stage: str) -> Path:
    dataset, model, seed = run.split(".")
    return project / "data" / stage / dataset / model / seed


def _allowed_gate_types() -> set[type]:
    """Gate classes the search space can produce (rotations, entanglers, Hadamard)."""
    q = cirq.LineQubit.range(3)
    gates = {type(ROTATIONS[name](0.1)) for name in ROTATIONS}
    gates |= {type(op.gate) for name in ENTANGLERS for moment in ENTANGLERS[name](q) for op in moment}
    return gates | {type(cirq.H)}


def test_every_derived_circuit_artifact_loads_with_cirq_read_json(tiny_project: Path) -> None:
    space = SearchSpace.from_parameters(TRAIN["search_space"])
    allowed = _allowed_gate_types()
    n_qubits, depth = 1 + TRAIN["model"]["hidden_size"], TRAIN["model"]["depth"]
    for run in DIFFQAS_RUNS:
        path = _run_folder(tiny_project, run, "06_models") / "derived_circuits.json"
        circuits = cirq.read_json(path)
        assert sorted(circuits) == sorted(f"{g}.{kind}" for g in GATE_NAMES for kind in ("symbolic", "resolved"))
        summary = json.loads((_run_folder(tiny_project, run, "07_model_output") / "derived_summary.json").read_text())
        for gate in GATE_NAMES:
            candidate = Candidate.from_name(summary["architecture"][gate])
            assert candidate in space
            symbolic, resolved = circuits[f"{gate}.symbolic"], circuits[f"{gate}.resolved"]
            assert symbolic == build_circuit(candidate, n_qubits, depth)
            assert {type(op.gate) for op in resolved.all_operations()} <= allowed
            assert cirq.parameter_names(resolved) == {f"x_{q:02d}" for q in range(n_qubits)}
        qasm_dir = _run_folder(tiny_project, run, "06_models") / "derived_qasm"
        assert sorted(p.name for p in qasm_dir.iterdir()) == sorted(f"{g}.qasm" for g in GATE_NAMES)
        assert "OPENQASM 2.0;" in (qasm_dir / "forget.qasm").read_text()


def test_simulator_on_the_resolved_circuit_reproduces_the_derived_gate_outputs(tiny_catalog) -> None:
    model_params = TRAIN["model"]
    hidden = model_params["hidden_size"]
    windows = tiny_catalog.load("windows_damped_shm")
    v, _ = qasm_input_vector("first_test_last_step", windows, n_qubits=1 + hidden)
    angles = encode(v, model_params["encoding_transform"])
    simulator = cirq.Simulator()
    qubits = cirq.LineQubit.range(1 + hidden)
    for run in DIFFQAS_RUNS:
        model = restore_derived_model(tiny_catalog.load(f"{run}.derived_params"), "diffqas_nonshared",
                                      ModelConfig(**model_params))
        expected = model.gate_outputs(tf.constant(v[None], tf.float32)).numpy()[0]  # [4, hidden]
        circuits = tiny_catalog.load(f"{run}.derived_circuits")
        for k, gate in enumerate(GATE_NAMES):
            values = simulator.simulate_expectation_values(
                circuits[f"{gate}.resolved"], [cirq.Z(q) for q in qubits[:hidden]],
                param_resolver={f"x_{i:02d}": float(a) for i, a in enumerate(angles)},
            )
            np.testing.assert_allclose(np.real(values), expected[k], atol=1e-5, err_msg=f"{run} {gate}")


def test_ranking_predictions_and_metrics_per_run(tiny_catalog) -> None:
    for run in DIFFQAS_RUNS:
        ranking = tiny_catalog.load(f"{run}.candidate_ranking")
        assert len(ranking) == 4 * 4 and set(ranking["rank"]) == {1, 2, 3, 4}
        trained = tiny_catalog.load(f"{run}.trained_params")
        summary = tiny_catalog.load(f"{run}.derived_summary")
        assert summary["method"] == "validated"  # the default derive.method
        for k, gate in enumerate(GATE_NAMES):
            part = ranking[ranking["gate"] == gate].sort_values("rank")
            np.testing.assert_allclose(part.sort_values("index")["magnitude"],
                                       np.abs(trained["mixing_weights"][k]), rtol=1e-6)
            # ranked by contribution, candidates that kill the gate last
            keys = list(zip(part["kills_gate"].astype(int), -part["contribution"], strict=True))
            assert keys == sorted(keys)
            chosen = part[part["candidate"] == summary["architecture"][gate]]
            assert not bool(chosen["kills_gate"].item())
    windows = tiny_catalog.load("windows_damped_shm")
    for model in GRID["models"]:
        run = f"damped_shm.{model}.seed_0"
        predictions = tiny_catalog.load(f"{run}.predictions")
        assert len(predictions) == len(windows["y_train"]) + len(windows["y_test"])
        assert predictions["split"].value_counts().to_dict() == {"train": len(windows["y_train"]),
                                                                 "test": len(windows["y_test"])}
        metrics = tiny_catalog.load(f"{run}.metrics")
        summary = tiny_catalog.load(f"{run}.summary")
        assert metrics["test_mse"] == pytest.approx(summary["test_mse"], rel=1e-5)
        assert ("derived_test_mse" in metrics) == model.startswith("diffqas")


def test_results_table_has_every_model_and_dataset_with_the_best_marked(tiny_project: Path) -> None:
    reporting = tiny_project / "data" / "08_reporting"
    table = pd.read_csv(reporting / "results_table.csv", keep_default_na=False)
    expected_rows = ["diffqas_nonshared", "diffqas_nonshared (derived)", "baseline_1", "persistence", "constant"]
    assert table["model"].tolist() == expected_rows
    assert list(table.columns) == ["model", *GRID["datasets"], "seeds"]
    for dataset in GRID["datasets"]:
        assert table[dataset].str.endswith(" *").sum() == 1
    assert table["seeds"].astype(str).tolist() == ["2"] * len(expected_rows)
    markdown = (reporting / "results_table.md").read_text()
    assert markdown.count("**") == 2 * len(GRID["datasets"])
    stats = pd.read_csv(reporting / "statistics.csv")
    assert set(stats["diffqas"]) == {"diffqas_nonshared", "diffqas_nonshared (derived)"}
    assert (stats["baseline"] == "baseline_1").all() and (stats["n_pairs"] == 2).all()
    for name in ("results_table.png", "statistics.md", "results_runs.csv"):
        assert (reporting / name).is_file(), name
    figures = reporting / "damped_shm" / "diffqas_nonshared" / "seed_0"
    for name in ("predictions.png", "loss.png", "architecture_heatmap.png", "architecture_history.png"):
        assert (figures / name).read_bytes()[:4] == b"\x89PNG", name
