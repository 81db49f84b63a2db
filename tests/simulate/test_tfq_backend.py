"""The TFQ backend against Cirq's simulator: values, both differentiators' gradients, tf.function, the factory."""

import numpy as np
import pytest
import tensorflow as tf

from diffqas_qlstm.circuits import (
    BASELINES,
    Candidate,
    build_circuits,
    circuit_symbols,
    readout_operators,
)
from diffqas_qlstm.simulate import make_backend
from diffqas_qlstm.simulate.tfq_backend import TfqBackend
from diffqas_qlstm.validation import ParameterError

N_QUBITS, DEPTH = 5, 2
CANDIDATES = [
    BASELINES["baseline_1"],
    Candidate(False, "rx", "ring", "rz"),
    Candidate(True, "rz", "ring", "rx"),
    Candidate(False, "ry", "brick", "ry"),
    Candidate(True, "rx", "cz_ring", "ry"),
]
SYMBOLS = circuit_symbols(N_QUBITS, DEPTH)
OPERATORS = readout_operators(N_QUBITS, 4)


@pytest.fixture(scope="module")
def circuits():
    return build_circuits(CANDIDATES, N_QUBITS, DEPTH)


@pytest.fixture(scope="module")
def backend(circuits):
    return make_backend("tfq", circuits, SYMBOLS, OPERATORS)


def _inputs(seed, rows=10):
    rng = np.random.default_rng(seed)
    ids = rng.integers(0, len(CANDIDATES), rows).astype(np.int32)
    return ids, rng.uniform(-np.pi, np.pi, (rows, len(SYMBOLS))).astype(np.float32)


def test_factory_and_shapes(backend):
    assert isinstance(backend, TfqBackend) and backend.name == "tfq"
    assert backend.n_symbols == len(SYMBOLS) and backend.n_operators == 4
    ids, values = _inputs(0, rows=3)
    out = backend(ids, values)
    assert out.dtype == tf.float32 and out.shape == (3, 4)


def test_values_equal_cirq_simulator(backend, circuits, cirq_expectations):
    ids, values = _inputs(1)
    expected = cirq_expectations(circuits, ids, values, SYMBOLS, OPERATORS)
    np.testing.assert_allclose(backend(ids, values).numpy(), expected, atol=1e-5)
    assert set(ids) == set(range(len(CANDIDATES)))


# Adjoint's gate derivatives are float32 central differences of the gate matrices (TFQ adj_util.cc,
# step 5e-3): ~1e-5 per gate, so ~1e-4 over a circuit. Parameter shift is exact up to float32 rounding.
@pytest.mark.parametrize(("differentiator", "atol"), [("adjoint", 1e-4), ("parameter_shift", 1e-5)])
def test_gradients_match_double_precision_central_differences(differentiator, atol, circuits, cirq_expectations):
    backend = make_backend("tfq", circuits, SYMBOLS, OPERATORS, tfq_differentiator=differentiator)
    assert backend.differentiator == differentiator
    _, values = _inputs(2, rows=len(CANDIDATES))
    ids = np.arange(len(CANDIDATES), dtype=np.int32)
    weights = np.random.default_rng(3).normal(size=4)
    tensor = tf.constant(values)
    with tf.GradientTape() as tape:
        tape.watch(tensor)
        loss = tf.reduce_sum(backend(ids, tensor) * weights.astype(np.float32))
    gradient = tape.gradient(loss, tensor).numpy()
    eps = 1e-4
    numeric = np.zeros_like(values, dtype=np.float64)
    for j in range(values.shape[1]):
        shift = np.zeros_like(values, dtype=np.float64)
        shift[:, j] = eps
        up = cirq_expectations(circuits, ids, values + shift, SYMBOLS, OPERATORS) @ weights
        down = cirq_expectations(circuits, ids, values - shift, SYMBOLS, OPERATORS) @ weights
        numeric[:, j] = (up - down) / (2 * eps)
    np.testing.assert_allclose(gradient, numeric, atol=atol)
    assert np.abs(numeric).max() > 0.1


def test_works_inside_tf_function_with_gradient_tape(backend, compiled_loss_and_gradient):
    ids, values = _inputs(4)
    value_and_gradient = compiled_loss_and_gradient(backend)
    loss, gradient = value_and_gradient(tf.constant(ids), tf.constant(values))
    assert gradient.shape == values.shape and np.all(np.isfinite(gradient.numpy()))
    eager = tf.reduce_sum(backend(ids, values) ** 2)
    np.testing.assert_allclose(loss.numpy(), eager.numpy(), atol=1e-5)
    loss_6, _ = value_and_gradient(tf.constant(ids[:6]), tf.constant(values[:6]))
    assert np.isfinite(loss_6.numpy())


def test_wrong_number_of_symbol_columns_is_refused(backend):
    with pytest.raises(ValueError):
        backend(np.zeros(2, np.int32), np.zeros((2, len(SYMBOLS) + 1), np.float32))


def test_unknown_backend_name_is_refused(circuits):
    with pytest.raises(ParameterError) as info:
        make_backend("qiskit", circuits, SYMBOLS, OPERATORS)
    assert info.value.key == "train.model.backend" and info.value.value == "qiskit"
    assert "'tfq', 'statevector'" in str(info.value)


def test_construction_checks_symbols_and_operators(circuits):
    with pytest.raises(ValueError, match="not in the backend's symbols"):
        make_backend("tfq", circuits, SYMBOLS[:-1], OPERATORS)
    with pytest.raises(ValueError, match="at least one readout operator"):
        make_backend("tfq", circuits, SYMBOLS, [])
    with pytest.raises(ValueError, match="unique"):
        make_backend("tfq", circuits, SYMBOLS + SYMBOLS[:1], OPERATORS)


def test_unknown_differentiator_is_refused(circuits):
    with pytest.raises(ParameterError) as info:
        make_backend("tfq", circuits, SYMBOLS, OPERATORS, tfq_differentiator="finite_difference")
    assert info.value.key == "train.model.tfq_differentiator"
    assert "'adjoint', 'parameter_shift'" in str(info.value)
    with pytest.raises(ValueError, match="Unknown TFQ differentiator 'sgd'"):
        TfqBackend(circuits, SYMBOLS, OPERATORS, differentiator="sgd")


def test_differentiator_choice_is_refused_for_the_statevector_backend(circuits):
    with pytest.raises(ParameterError, match="unless train.model.backend is 'tfq'"):
        make_backend("statevector", circuits, SYMBOLS, OPERATORS, tfq_differentiator="parameter_shift")
