"""The fused backend equals TFQ and the statevector backend (values and gradients) on every
candidate and baseline, handles every gate the search space can hold, and refuses the rest."""

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
from diffqas_qlstm.simulate.fused_backend import FusedBackend
from diffqas_qlstm.simulate.fused_compile import compile_fused
from diffqas_qlstm.simulate.fused_kernel import TILE

N_QUBITS, DEPTH, ROWS_PER_CIRCUIT = 6, 5, 3  # the paper's register and depth
SYMBOLS = circuit_symbols(N_QUBITS, DEPTH)
OPERATORS = readout_operators(N_QUBITS, 5)
CANDIDATES = SearchSpace.default().candidates() + list(BASELINES.values())


@pytest.fixture(scope="module")
def circuits():
    return build_circuits(CANDIDATES, N_QUBITS, DEPTH)


@pytest.fixture(scope="module")
def fused(circuits):
    return make_backend("fused", circuits, SYMBOLS, OPERATORS)


def test_equals_tfq_parameter_shift_and_statevector_on_all_36_candidates_and_6_baselines(
    circuits, fused, values_and_jacobian
):
    assert len(circuits) == 42 and isinstance(fused, FusedBackend) and fused.name == "fused"
    rng = np.random.default_rng(17)
    ids = np.repeat(np.arange(len(circuits), dtype=np.int32), ROWS_PER_CIRCUIT)
    rng.shuffle(ids)
    values = rng.uniform(-np.pi, np.pi, (len(ids), len(SYMBOLS))).astype(np.float32)
    fused_values, fused_jacobian = values_and_jacobian(fused, ids, values)
    tfq_values, tfq_jacobian = values_and_jacobian(
        make_backend("tfq", circuits, SYMBOLS, OPERATORS, tfq_differentiator="parameter_shift"), ids, values
    )
    sv_values, sv_jacobian = values_and_jacobian(make_backend("statevector", circuits, SYMBOLS, OPERATORS), ids, values)
    assert fused_values.dtype == np.float32 and fused_values.shape == (len(ids), 5)
    np.testing.assert_allclose(fused_values, tfq_values, atol=1e-5)
    np.testing.assert_allclose(fused_jacobian, tfq_jacobian, atol=1e-5)
    np.testing.assert_allclose(fused_values, sv_values, atol=1e-5)
    np.testing.assert_allclose(fused_jacobian, sv_jacobian, atol=1e-5)
    assert np.abs(fused_jacobian).max() > 0.1


def test_general_gates_equal_cirq_and_finite_differences(cirq_expectations, cirq_jacobian, values_and_jacobian):
    """Permutations (SWAP, Toffoli, X), diagonal gates (S, T, CZ, a global phase), dense one- and
    two-qubit gates (H, a random unitary, √iSWAP; iSWAP is a permutation with phases) and
    Z-string readouts with coefficients."""
    q = cirq.LineQubit.range(3)
    a, b = sympy.symbols("a b")
    dense_1q = cirq.MatrixGate(cirq.testing.random_unitary(2, random_state=3))
    custom = cirq.Circuit(
        cirq.H(q[0]), cirq.SWAP(q[0], q[2]), cirq.rx(a).on(q[1]), cirq.ry(b).on(q[1]), cirq.S(q[0]),
        cirq.rz(a).on(q[2]), cirq.CZ(q[1], q[2]), cirq.ry(b).on(q[0]), cirq.T(q[1]),
        cirq.CCX(q[0], q[1], q[2]), dense_1q.on(q[1]), cirq.ISWAP(q[2], q[0]), cirq.rx(b).on(q[2]),
        cirq.SQRT_ISWAP(q[0], q[1]), cirq.rz(b).on(q[1]),
        cirq.global_phase_operation(1j), cirq.X(q[0]), cirq.ry(a).on(q[0]),
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
        0.5 * cirq.Z(q[1]) * cirq.Z(q[2]) - 1.5 * cirq.Z(q[0]),
    ]
    rng = np.random.default_rng(11)
    ids = np.array([0, 1, 2, 3, 2, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2], dtype=np.int32)  # > one tile of circuit 2
    values = rng.uniform(-np.pi, np.pi, (len(ids), len(symbols))).astype(np.float32)
    backend = make_backend("fused", circuits, symbols, operators)
    expected = cirq_expectations(circuits, ids, values, symbols, operators)
    fused_values, fused_jacobian = values_and_jacobian(backend, ids, values)
    np.testing.assert_allclose(fused_values, expected, atol=1e-5)
    numeric = cirq_jacobian(circuits, ids, values, symbols, operators)
    np.testing.assert_allclose(fused_jacobian, numeric, atol=1e-5)
    kinds = set(compile_fused(circuits, [sympy.Symbol(s.name) for s in symbols], operators, q).kind.tolist())
    assert kinds == {0, 1, 2, 3, 4, 5}  # every instruction kind was exercised


def test_permutation_gates_cost_no_instruction():
    q = cirq.LineQubit.range(3)
    x = sympy.Symbol("x")
    circuit = cirq.Circuit(cirq.CNOT(q[0], q[1]), cirq.SWAP(q[1], q[2]), cirq.CCX(*q), cirq.rx(x).on(q[0]))
    program = compile_fused([circuit], [x], [cirq.PauliString(cirq.Z(q[0]))], q)
    assert program.kind.tolist() == [1]


@pytest.mark.parametrize("threads", [1, 2])
def test_results_do_not_depend_on_threads_or_row_order(circuits, threads):
    rng = np.random.default_rng(2)
    ids = rng.integers(0, len(circuits), 700).astype(np.int32)
    values = rng.uniform(-np.pi, np.pi, (len(ids), len(SYMBOLS))).astype(np.float32)
    one = FusedBackend(circuits, SYMBOLS, OPERATORS, threads=1)
    many = FusedBackend(circuits, SYMBOLS, OPERATORS, threads=threads)
    out, state_re, state_im = many.forward_numpy(ids, values)
    np.testing.assert_array_equal(out, one.forward_numpy(ids, values)[0])
    upstream = rng.normal(size=out.shape).astype(np.float32)
    grad = many.backward_numpy(ids, values, state_re, state_im, upstream)
    np.testing.assert_array_equal(grad, one.backward_numpy(ids, values, state_re, state_im, upstream))
    permutation = rng.permutation(len(ids))
    np.testing.assert_allclose(one.forward_numpy(ids[permutation], values[permutation])[0], out[permutation], atol=1e-6)


def test_a_backend_reused_over_many_row_layouts_equals_a_fresh_one_for_each(circuits):
    """Row layouts are kept per distinct set of circuit ids: more layouts than are kept, each
    seen twice and in between others, give what a backend seeing it first gives."""
    rng = np.random.default_rng(3)
    reused = FusedBackend(circuits, SYMBOLS, OPERATORS, threads=1)
    layouts = [rng.integers(0, len(circuits), int(rng.integers(1, 60))) for _ in range(40)]
    for ids in layouts + layouts[::-1]:
        values = rng.uniform(-np.pi, np.pi, (len(ids), len(SYMBOLS))).astype(np.float32)
        fresh = FusedBackend(circuits, SYMBOLS, OPERATORS, threads=1)
        out, state_re, state_im = reused.forward_numpy(ids, values)
        np.testing.assert_array_equal(out, fresh.forward_numpy(ids, values)[0])
        upstream = rng.normal(size=out.shape).astype(np.float32)
        np.testing.assert_array_equal(reused.backward_numpy(ids, values, state_re, state_im, upstream),
                                      fresh.backward_numpy(ids, values, state_re, state_im, upstream))


def test_a_tile_of_few_rows_packs_its_adjoint_pass_and_gives_the_full_tiles_gradients(circuits):
    """A tile of at most TILE // 2 rows runs ψ and λ side by side in one state (one pass of
    inverse gates for both); its gradients equal those of the same rows in full tiles."""
    rng = np.random.default_rng(4)
    backend = FusedBackend(circuits, SYMBOLS, OPERATORS, threads=1)
    ids = np.repeat(np.arange(len(circuits)), TILE)  # full tiles: the unpacked pass
    values = rng.uniform(-np.pi, np.pi, (len(ids), len(SYMBOLS))).astype(np.float32)
    out, state_re, state_im = backend.forward_numpy(ids, values)
    upstream = rng.normal(size=out.shape).astype(np.float32)
    full = backend.backward_numpy(ids, values, state_re, state_im, upstream)
    for rows in (1, 3, TILE // 2):
        keep = np.flatnonzero(np.arange(len(ids)) % TILE < rows)
        _, state_re, state_im = backend.forward_numpy(ids[keep], values[keep])
        packed = backend.backward_numpy(ids[keep], values[keep], state_re, state_im, upstream[keep])
        np.testing.assert_allclose(packed, full[keep], atol=1e-6, rtol=0)
    assert np.abs(full).max() > 0.1


def test_works_inside_tf_function_for_any_row_count(circuits, fused, compiled_loss_and_gradient):
    value_and_gradient = compiled_loss_and_gradient(fused)
    rng = np.random.default_rng(5)
    for rows in (0, 1, TILE, TILE + 1, 300):
        ids = rng.integers(0, len(circuits), rows).astype(np.int32)
        values = rng.uniform(-np.pi, np.pi, (rows, len(SYMBOLS))).astype(np.float32)
        loss, gradient = value_and_gradient(tf.constant(ids), tf.constant(values))
        np.testing.assert_allclose(loss.numpy(), tf.reduce_sum(fused(ids, values) ** 2).numpy(), rtol=1e-5)
        assert gradient.shape == (rows, len(SYMBOLS))


def test_a_nan_input_gives_nan_in_its_row_only(fused):
    values = np.zeros((3, len(SYMBOLS)), np.float32)
    values[1, 0] = np.nan
    out = fused(np.array([0, 0, 0], np.int32), values).numpy()
    assert np.isnan(out[1]).all() and np.isfinite(out[[0, 2]]).all()


@pytest.mark.parametrize(
    "operation, message",
    [
        (lambda q, x: cirq.XPowGate(exponent=x).on(q[0]), "XPowGate"),
        (lambda q, x: cirq.rx(2 * x).on(q[0]), "angles equal to one symbol"),
        (lambda q, x: cirq.measure(q[0], key="m"), "not unitary"),
        (lambda q, x: cirq.amplitude_damp(0.1).on(q[0]), "not unitary"),
        (lambda q, x: cirq.MatrixGate(cirq.testing.random_unitary(8, random_state=1)).on(*q), "decompose it first"),
    ],
)
def test_unsupported_gates_are_refused_with_a_clear_error(operation, message):
    q = cirq.LineQubit.range(3)
    x = sympy.Symbol("x")
    circuit = cirq.Circuit(cirq.H(q[0]), operation(q, x), cirq.CNOT(q[0], q[1]))
    with pytest.raises(ValueError, match=message) as info:
        make_backend("fused", [circuit], [x], [cirq.PauliString(cirq.Z(q[0]))])
    assert "fused backend" in str(info.value)


def test_non_diagonal_readout_is_refused():
    q = cirq.LineQubit.range(2)
    with pytest.raises(ValueError, match="diagonal operators"):
        make_backend("fused", [cirq.Circuit(cirq.H(q[0]))], [], [cirq.X(q[0]) * cirq.Z(q[1])])


def test_circuit_ids_out_of_range_are_refused(fused):
    for _ in range(2):  # also once the layout has been seen
        with pytest.raises(Exception, match="circuit ids"):
            fused(np.array([42], np.int32), np.zeros((1, len(SYMBOLS)), np.float32))
