"""Reference expectations from Cirq's own simulator (double precision), row by row.

Importing ``diffqas_qlstm`` here, before any test module imports TensorFlow, sets
``TF_USE_LEGACY_KERAS`` as TensorFlow Quantum needs.
"""

import cirq
import numpy as np
import pytest
import tensorflow as tf

import diffqas_qlstm  # noqa: F401


def _cirq_expectations(circuits, circuit_ids, symbol_values, symbols, operators):
    simulator = cirq.Simulator(dtype=np.complex128)
    qubits = sorted(set().union(*(c.all_qubits() for c in circuits), *(op.qubits for op in operators)))
    out = []
    for cid, values in zip(np.asarray(circuit_ids), np.asarray(symbol_values, dtype=np.float64)):
        resolver = cirq.ParamResolver({s: float(v) for s, v in zip(symbols, values)})
        circuit = circuits[cid] + cirq.Moment(cirq.I(q) for q in qubits)
        out.append(np.real(simulator.simulate_expectation_values(circuit, operators, resolver)))
    return np.asarray(out)


def _cirq_jacobian(circuits, circuit_ids, symbol_values, symbols, operators, eps=1e-5):
    """Central differences of :func:`_cirq_expectations`: ``[rows, n_operators, n_symbols]``."""
    values = np.asarray(symbol_values, dtype=np.float64)
    return np.stack(
        [
            _cirq_expectations(circuits, circuit_ids, values + eps * e, symbols, operators)
            - _cirq_expectations(circuits, circuit_ids, values - eps * e, symbols, operators)
            for e in np.eye(len(symbols))
        ],
        axis=2,
    ) / (2 * eps)


@pytest.fixture(scope="session")
def cirq_jacobian():
    """``f(circuits, circuit_ids, symbol_values, symbols, operators) -> [rows, n_operators, n_symbols]``."""
    return _cirq_jacobian


@pytest.fixture(scope="session")
def cirq_expectations():
    """``f(circuits, circuit_ids, symbol_values, symbols, operators) -> [rows, n_operators]``."""
    return _cirq_expectations


@pytest.fixture(scope="session")
def compiled_loss_and_gradient():
    """``f(backend)`` → a ``tf.function`` ``(ids, values) -> (Σ backend(ids, values)², its gradient)``."""

    def build(backend):
        @tf.function
        def loss_and_gradient(ids, values):
            with tf.GradientTape() as tape:
                tape.watch(values)
                loss = tf.reduce_sum(backend(ids, values) ** 2)
            return loss, tape.gradient(loss, values)

        return loss_and_gradient

    return build


def _values_and_jacobian(backend, ids, values):
    tensor = tf.constant(values)
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(tensor)
        out = backend(ids, tensor)
        columns = [out[:, k] for k in range(out.shape[1])]
    jacobian = np.stack([tape.gradient(c, tensor).numpy() for c in columns], axis=1)
    return out.numpy(), jacobian


@pytest.fixture(scope="session")
def values_and_jacobian():
    """``f(backend, ids, values) -> (values [rows, n_ops], jacobian [rows, n_ops, n_symbols])``."""
    return _values_and_jacobian
