"""Shots and depolarizing noise: exact at the limits, equal to Cirq's density-matrix simulator."""

from __future__ import annotations

import cirq
import numpy as np
import pytest

from diffqas_qlstm.circuits import (
    BASELINES,
    SearchSpace,
    build_circuits,
    circuit_symbols,
    readout_operators,
)
from diffqas_qlstm.config import ModelConfig
from diffqas_qlstm.model import build_model
from diffqas_qlstm.robustness.noise import (
    DepolarizingBackend,
    ShotNoise,
    noisy_test_mse,
    with_depolarizing,
)
from diffqas_qlstm.series.windowing import make_windows
from diffqas_qlstm.simulate import make_backend


@pytest.mark.parametrize("p", [0.0, 1e-3, 0.05])
def test_the_depolarizing_backend_equals_cirqs_density_matrix_simulator(p: float) -> None:
    n, depth = 3, 2
    candidates = SearchSpace.default().candidates()[::7]
    circuits, symbols, operators = build_circuits(candidates, n, depth), circuit_symbols(n, depth), readout_operators(n, 2)
    rng = np.random.default_rng(1)
    ids = np.repeat(np.arange(len(circuits), dtype=np.int32), 2)
    values = rng.uniform(-np.pi, np.pi, (len(ids), len(symbols))).astype(np.float32)
    ours = DepolarizingBackend(circuits, symbols, operators, p)(ids, values).numpy()
    simulator = cirq.DensityMatrixSimulator(dtype=np.complex128)
    qubits = cirq.LineQubit.range(n)
    for row, (c, v) in enumerate(zip(ids, values, strict=True)):
        noisy = with_depolarizing(circuits[c], p)
        resolver = cirq.ParamResolver({s.name: float(x) for s, x in zip(symbols, v, strict=True)})
        rho = simulator.simulate(noisy, resolver, qubit_order=qubits).final_density_matrix
        expected = [np.real(op.expectation_from_density_matrix(rho, {q: i for i, q in enumerate(qubits)}))
                    for op in operators]
        np.testing.assert_allclose(ours[row], expected, atol=2e-6)


def test_zero_noise_and_many_shots_reproduce_the_exact_test_mse() -> None:
    windows = make_windows(np.sin(np.linspace(0, 12, 40)), 4, 0.67)
    model = build_model("baseline_1", ModelConfig(**{"hidden_size": 2, "depth": 2, "backend": "fused"}), seed=0)
    records = noisy_test_mse(model, windows, shots=[10**8], strengths=[0.0], draws=1, seed=0)
    exact = records[0]["test_mse"]
    assert [r["kind"] for r in records] == ["exact", "shots", "depolarizing"]
    assert abs(records[2]["test_mse"] - exact) < 1e-6 and abs(records[1]["test_mse"] - exact) < 1e-5
    assert model.backend.__class__.__name__ == "FusedBackend"  # the exact backend is put back


def test_shot_estimates_are_seeded_and_binomial() -> None:
    exact = make_backend("statevector", build_circuits([BASELINES["baseline_1"]], 2, 1), circuit_symbols(2, 1),
                         readout_operators(2, 2))
    ids, values = np.zeros(4000, np.int32), np.full((4000, 4), 0.4, np.float32)
    m = exact(ids, values).numpy()
    a, b = ShotNoise(exact, 50, seed=3)(ids, values).numpy(), ShotNoise(exact, 50, seed=3)(ids, values).numpy()
    np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(a.mean(axis=0), m[0], atol=0.01)
    np.testing.assert_allclose(a.var(axis=0), (1 - m[0] ** 2) / 50, rtol=0.1)


def test_the_noisy_mse_of_a_run_is_taken_over_at_most_test_windows_evenly_spaced_windows() -> None:
    from diffqas_qlstm.config import RunSpec
    from diffqas_qlstm.pipelines.robustness.nodes import evaluate_under_noise
    from diffqas_qlstm.robustness.noise import spaced_test_windows
    from diffqas_qlstm.training import mse, predict

    windows = make_windows(np.sin(np.linspace(0, 12, 60)), 4, 0.5)
    model_params = {"hidden_size": 2, "depth": 1, "backend": "fused"}
    model = build_model("baseline_1", ModelConfig(**model_params), seed=0)
    train = {"grid": {"datasets": ["wave"], "models": ["baseline_1"], "seeds": [0]}, "model": model_params}
    robustness = {"gatesets": ["cz"], "shots": [100], "depolarizing": [0.01], "draws": 1, "test_windows": 5}
    frame = evaluate_under_noise(model.export_parameters(), windows, train, robustness, {"batch_size": 8},
                                 spec=RunSpec("wave", "baseline_1", 0))
    subset = spaced_test_windows(windows, 5)
    assert len(windows["y_test"]) > 5 and len(subset["y_test"]) == 5
    exact = frame.set_index("kind").loc["exact", "test_mse"]
    assert exact == pytest.approx(mse(predict(model, subset["x_test"]), subset["y_test"]), rel=1e-6)
    persistence = frame.set_index("kind").loc["persistence", "test_mse"]
    assert persistence == pytest.approx(mse(subset["x_test"][:, -1], subset["y_test"]))
    assert exact != pytest.approx(mse(predict(model, windows["x_test"]), windows["y_test"]), rel=1e-6)
