"""The derived model: θ and head inherited from the ensemble; circuits that reproduce its gates."""

from __future__ import annotations

import cirq
import numpy as np
import pytest
import tensorflow as tf

from diffqas_qlstm.circuits import SearchSpace, build_circuit
from diffqas_qlstm.config import DeriveConfig, ModelConfig
from diffqas_qlstm.derive import (
    derived_architecture,
    derived_artifacts,
    inherited_parameters,
    qasm_input_vector,
    rank_candidates,
)
from diffqas_qlstm.model import GATE_NAMES, build_model
from diffqas_qlstm.validation import ParameterError


@pytest.fixture
def ensemble(tiny_space_params, tiny_model_params):
    space = SearchSpace.from_parameters(tiny_space_params)
    model = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), space, seed=0)
    rng = np.random.default_rng(3)
    model.theta.assign(rng.normal(size=model.theta.shape).astype(np.float32))
    model.arch.assign(rng.normal(size=model.arch.shape).astype(np.float32))
    return model


def test_derived_model_inherits_the_chosen_candidates(ensemble, tiny_model_params) -> None:
    params = ensemble.export_parameters()
    architecture = derived_architecture(rank_candidates(params, "linear"))
    derived = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), seed=0, architecture=architecture)
    derived.import_parameters(inherited_parameters(params, architecture))
    a = ensemble.architecture_weights()
    v = tf.constant(np.random.default_rng(4).uniform(-1, 1, size=(5, 3)), tf.float32)
    per_candidate = ensemble.candidate_outputs(v).numpy()  # [batch, 4, N, hidden]
    for k in range(4):
        j = int(np.abs(a[k]).argmax())
        assert architecture[k] == ensemble.gate_candidates[k][j]
        np.testing.assert_allclose(derived.theta.numpy()[k, 0], params["theta_full"][k, j])
        np.testing.assert_allclose(derived.gate_outputs(v).numpy()[:, k], per_candidate[:, k, j], atol=1e-6)
    np.testing.assert_allclose(derived.head.get_weights()[0], params["head_kernel"])


def test_resolved_circuits_reproduce_the_gate_outputs(ensemble, tiny_model_params) -> None:
    params = ensemble.export_parameters()
    architecture = derived_architecture(rank_candidates(params, "linear"))
    derived = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), seed=0, architecture=architecture)
    derived.import_parameters(inherited_parameters(params, architecture))
    windows = {"x_test": np.array([[0.1, -0.4, 0.3, 0.8]])}
    circuits, diagrams, qasm = derived_artifacts(derived.export_parameters(), windows, ModelConfig(**tiny_model_params),
                                                 "first_test_last_step")
    v = np.array([0.8, 0.0, 0.0])
    expected = derived.gate_outputs(tf.constant(v[None], tf.float32)).numpy()[0]
    qubits = cirq.LineQubit.range(3)
    for k, gate in enumerate(GATE_NAMES):
        assert circuits[f"{gate}.symbolic"] == build_circuit(architecture[k], 3, 1)
        values = cirq.Simulator().simulate_expectation_values(
            circuits[f"{gate}.resolved"], [cirq.Z(q) for q in qubits[:2]],
            param_resolver={f"x_{i:02d}": v[i] for i in range(3)},
        )
        np.testing.assert_allclose(np.real(values), expected[k], atol=1e-5)
        assert "OPENQASM 2.0" in qasm[gate] and "0.8" in qasm[gate].splitlines()[1]
        assert f"=== {gate} gate: {architecture[k].name} ===" in diagrams


def test_qasm_input_and_parameters() -> None:
    windows = {"x_test": np.array([[0.1, 0.2, 0.3, 0.4]])}
    assert qasm_input_vector("first_test_first_step", windows, 3)[0].tolist() == [0.1, 0.0, 0.0]
    assert qasm_input_vector([0.5, 0.1, 0.2], windows, 3)[0].tolist() == [0.5, 0.1, 0.2]
    with pytest.raises(ParameterError, match="derive.qasm_input"):
        qasm_input_vector([0.5], windows, 3)
    with pytest.raises(ParameterError, match="derive.retrain_epochs"):
        DeriveConfig.parse({"retrain_epochs": -1}, "derive")
    with pytest.raises(ParameterError, match="derive.qasm_input"):
        DeriveConfig.parse({"qasm_input": "somewhere"}, "derive")
    with pytest.raises(ParameterError, match="derive.epochs"):
        DeriveConfig.parse({"epochs": 3}, "derive")


def test_the_derived_model_simulates_with_the_configured_tfq_differentiator() -> None:
    """It used to be built without ``tfq_differentiator`` (always Adjoint) while its fingerprint
    recorded the configured value."""
    from diffqas_qlstm.circuits import BASELINES
    for name in ("parameter_shift", "adjoint"):
        model = build_model("diffqas_nonshared",
                            ModelConfig(**{"hidden_size": 2, "depth": 1, "backend": "tfq", "tfq_differentiator": name}),
                            architecture=[BASELINES["baseline_1"]] * 4)
        assert model.backend.differentiator == name
