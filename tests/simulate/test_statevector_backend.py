"""The statevector backend equals TFQ (values and gradients) on every candidate and baseline."""

import cirq
import numpy as np
import pytest
import sympy
import tensorflow as tf

from diffqas_qlstm.circuits import (
    BASELINES,
    Candidate,
    SearchSpace,
    build_circuit,
    build_circuits,
    circuit_symbols,
    readout_operators,
)
from diffqas_qlstm.simulate import make_backend
from diffqas_qlstm.simulate.statevector_backend import StatevectorBackend

N_QUBITS, DEPTH, ROWS_PER_CIRCUIT = 6, 2, 3
SYMBOLS = circuit_symbols(N_QUBITS, DEPTH)
OPERATORS = readout_operators(N_QUBITS, 5)
CANDIDATES = SearchSpace.default().candidates() + list(BASELINES.values())


@pytest.fixture(scope="module")
def circuits():
    return build_circuits(CANDIDATES, N_QUBITS, DEPTH)


def test_equals_tfq_on_all_36_candidates_and_6_baselines(circuits, values_and_jacobian):
    """Values and gradients equal TFQ's within 1e-5, TFQ differentiating by parameter shift.

    TFQ's default Adjoint differentiator takes each gate's derivative as a float32 central
    difference of the gate matrix (step 5e-3, TFQ ``adj_util.cc``), so its gradients are off by up
    to ~5e-5 here: they are checked at 1e-4, the exact-to-float32 parameter-shift ones at 1e-5.
    """
    assert len(circuits) == 42
    rng = np.random.default_rng(7)
    ids = np.repeat(np.arange(len(circuits), dtype=np.int32), ROWS_PER_CIRCUIT)
    rng.shuffle(ids)
    values = rng.uniform(-np.pi, np.pi, (len(ids), len(SYMBOLS))).astype(np.float32)
    statevector = make_backend("statevector", circuits, SYMBOLS, OPERATORS)
    tfq_shift = make_backend("tfq", circuits, SYMBOLS, OPERATORS, tfq_differentiator="parameter_shift")
    tfq_adjoint = make_backend("tfq", circuits, SYMBOLS, OPERATORS)
    assert isinstance(statevector, StatevectorBackend) and statevector.name == "statevector"
    assert (tfq_shift.differentiator, tfq_adjoint.differentiator) == ("parameter_shift", "adjoint")
    sv_values, sv_jacobian = values_and_jacobian(statevector, ids, values)
    tfq_values, tfq_jacobian = values_and_jacobian(tfq_shift, ids, values)
    adjoint_values, adjoint_jacobian = values_and_jacobian(tfq_adjoint, ids, values)
    assert sv_values.dtype == np.float32 and sv_values.shape == (len(ids), 5)
    np.testing.assert_allclose(sv_values, tfq_values, atol=1e-5)
    np.testing.assert_allclose(sv_jacobian, tfq_jacobian, atol=1e-5)
    np.testing.assert_allclose(sv_values, adjoint_values, atol=1e-5)
    np.testing.assert_allclose(sv_jacobian, adjoint_jacobian, atol=1e-4)
    assert np.abs(sv_jacobian).max() > 0.1


def test_widened_space_and_general_gates_equal_cirq(cirq_expectations, cirq_jacobian, values_and_jacobian):
    q = cirq.LineQubit.range(3)
    a, b = sympy.symbols("a b")
    custom = cirq.Circuit(
        cirq.SWAP(q[0], q[2]), cirq.rx(a).on(q[1]), cirq.ry(b).on(q[1]), cirq.S(q[0]),
        cirq.rz(a).on(q[2]), cirq.CZ(q[1], q[2]), cirq.ry(b).on(q[0]), cirq.T(q[1]),
    )
    circuits = [
        build_circuit(Candidate(True, "ry", "cz_ring", "rx"), 3, 2),
        build_circuit(Candidate(False, "rz", "cz_brick", "ry"), 3, 2),
        custom,
        cirq.Circuit(cirq.rx(a).on(q[0])),
    ]
    symbols = circuit_symbols(3, 2) + [a, b]
    operators = [
        cirq.PauliString(cirq.Z(q[0])),
        cirq.X(q[0]) * cirq.Y(q[2]),
        0.5 * cirq.Z(q[1]) * cirq.Z(q[2]) - 1.5 * cirq.X(q[1]),
    ]
    rng = np.random.default_rng(11)
    ids = np.array([0, 1, 2, 3, 2, 0, 1], dtype=np.int32)
    values = rng.uniform(-np.pi, np.pi, (len(ids), len(symbols))).astype(np.float32)
    backend = make_backend("statevector", circuits, symbols, operators)
    expected = cirq_expectations(circuits, ids, values, symbols, operators)
    np.testing.assert_allclose(backend(ids, values).numpy(), expected, atol=1e-5)
    _, sv_jacobian = values_and_jacobian(backend, ids, values)
    tfq_shift = make_backend("tfq", circuits, symbols, operators, tfq_differentiator="parameter_shift")
    _, tfq_jacobian = values_and_jacobian(tfq_shift, ids, values)
    numeric = cirq_jacobian(circuits, ids, values, symbols, operators)
    np.testing.assert_allclose(sv_jacobian, numeric, atol=1e-5)
    np.testing.assert_allclose(sv_jacobian, tfq_jacobian, atol=1e-5)


def test_works_inside_tf_function_for_any_row_count(circuits, compiled_loss_and_gradient):
    backend = make_backend("statevector", circuits, SYMBOLS, OPERATORS)
    value_and_gradient = compiled_loss_and_gradient(backend)
    rng = np.random.default_rng(5)
    for rows in (1, 4, 9):
        ids = rng.integers(0, len(circuits), rows).astype(np.int32)
        values = rng.uniform(-np.pi, np.pi, (rows, len(SYMBOLS))).astype(np.float32)
        loss, gradient = value_and_gradient(tf.constant(ids), tf.constant(values))
        np.testing.assert_allclose(loss.numpy(), tf.reduce_sum(backend(ids, values) ** 2).numpy(), rtol=1e-5)
        assert gradient.shape == (rows, len(SYMBOLS))


def test_zero_angles_without_hadamard_give_all_ones():
    circuits = build_circuits([Candidate(False, "rx", "ring", "ry")], N_QUBITS, DEPTH)
    backend = make_backend("statevector", circuits, SYMBOLS, OPERATORS)
    out = backend(np.zeros(2, np.int32), np.zeros((2, len(SYMBOLS)), np.float32))
    np.testing.assert_allclose(out.numpy(), np.ones((2, 5)), atol=1e-6)


@pytest.mark.parametrize(
    "operation, message",
    [
        (lambda q, x: cirq.XPowGate(exponent=x).on(q[0]), "XPowGate"),
        (lambda q, x: cirq.CZPowGate(exponent=x).on(q[0], q[1]), "CZPowGate"),
        (lambda q, x: cirq.rx(2 * x).on(q[0]), "angles equal to one symbol"),
        (lambda q, x: cirq.measure(q[0], key="m"), "not unitary"),
        (lambda q, x: cirq.amplitude_damp(0.1).on(q[0]), "not unitary"),
    ],
)
def test_unsupported_gates_are_refused_with_a_clear_error(operation, message):
    q = cirq.LineQubit.range(2)
    x = sympy.Symbol("x")
    circuit = cirq.Circuit(cirq.H(q[0]), operation(q, x), cirq.CNOT(q[0], q[1]))
    with pytest.raises(ValueError, match=message):
        make_backend("statevector", [circuit], [x], [cirq.PauliString(cirq.Z(q[0]))])


def test_wrong_number_of_symbol_columns_is_refused(circuits):
    backend = make_backend("statevector", circuits, SYMBOLS, OPERATORS)
    with pytest.raises(ValueError):
        backend(np.zeros(2, np.int32), np.zeros((2, len(SYMBOLS) - 1), np.float32))


def test_circuits_without_rotations_or_gates(cirq_expectations):
    q = cirq.LineQubit.range(2)
    circuits = [cirq.Circuit(cirq.H(q[0]), cirq.CNOT(q[0], q[1])), cirq.Circuit(), cirq.Circuit(cirq.X(q[1]))]
    operators = [cirq.Z(q[0]) * cirq.Z(q[1]), cirq.PauliString(cirq.Z(q[1]))]
    ids = np.array([0, 1, 2], np.int32)
    values = np.zeros((3, 0), np.float32)
    backend = make_backend("statevector", circuits, [], operators)
    expected = cirq_expectations(circuits, ids, values, [], operators)
    np.testing.assert_allclose(backend(ids, values).numpy(), expected, atol=1e-6)


def test_double_precision_equals_cirq_in_complex128_to_the_last_float32_digit(circuits, cirq_expectations,
                                                                               values_and_jacobian):
    """complex128 inside: each value is cirq's double-precision one rounded to float32 (half an ulp,
    ≤ 6e-8 for values in [-1, 1]), and the error of the complex64 path is larger somewhere."""
    rng = np.random.default_rng(3)
    ids = np.arange(len(circuits), dtype=np.int32)
    values = rng.uniform(-np.pi, np.pi, (len(ids), len(SYMBOLS))).astype(np.float32)
    double = make_backend("statevector", circuits, SYMBOLS, OPERATORS, precision="double")
    single = make_backend("statevector", circuits, SYMBOLS, OPERATORS)
    expected = cirq_expectations(circuits, ids, values, SYMBOLS, OPERATORS)
    got = double(ids, values).numpy()
    assert got.dtype == np.float32 and double.precision == "double"
    np.testing.assert_allclose(got, expected.astype(np.float32), atol=6e-8, rtol=0)
    assert np.abs(single(ids, values).numpy() - expected).max() > np.abs(got - expected).max()
    _, jacobian = values_and_jacobian(double, ids, values)
    _, single_jacobian = values_and_jacobian(single, ids, values)
    np.testing.assert_allclose(jacobian, single_jacobian, atol=1e-5)


def test_double_precision_is_refused_on_other_backends(circuits):
    from diffqas_qlstm.validation import ParameterError

    with pytest.raises(ParameterError, match=r"train.model.precision.*'single' unless train.model.backend is 'statevector'"):
        make_backend("fused", circuits, SYMBOLS, OPERATORS, precision="double")
