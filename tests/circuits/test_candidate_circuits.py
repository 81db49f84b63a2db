"""Candidate circuits are built as SPEC §4.2 says: moments, gates, wiring, symbols, readout."""

import cirq
import numpy as np
import pytest
import sympy

from diffqas_qlstm.circuits import (
    BASELINES,
    ENTANGLERS,
    ROTATIONS,
    Candidate,
    SearchSpace,
    build_circuit,
    build_circuits,
    circuit_symbols,
    input_symbols,
    readout_operators,
    register_entangler,
    register_rotation,
    weight_symbols,
)

GATE_TYPES = {"rx": cirq.Rx, "ry": cirq.Ry, "rz": cirq.Rz}
BRICK_6 = [[(0, 1), (2, 3), (4, 5)], [(1, 2), (3, 4)]]
RING_6 = [[(i, (i + 1) % 6)] for i in range(6)]


def _pairs(moment):
    return sorted((op.qubits[0].x, op.qubits[1].x) for op in moment)


def test_symbols_are_zero_padded_and_row_major():
    assert [s.name for s in input_symbols(6)] == [f"x_0{q}" for q in range(6)]
    weights = weight_symbols(5, 6)
    assert len(weights) == 30 and weights[0].name == "w_00_00" and weights[7].name == "w_01_01"
    assert weights[-1].name == "w_04_05"
    assert circuit_symbols(6, 5) == input_symbols(6) + weights
    assert input_symbols(12)[11].name == "x_11" and input_symbols(101)[7].name == "x_007"
    assert weight_symbols(0, 3) == []


@pytest.mark.parametrize("candidate", SearchSpace.default().candidates(), ids=lambda c: c.name)
def test_every_candidate_has_the_spec_structure(candidate):
    n, depth = 6, 2
    circuit = build_circuit(candidate, n, depth)
    moments = list(circuit)
    assert sorted(circuit.all_qubits()) == cirq.LineQubit.range(n)
    if candidate.hadamard:
        assert all(op.gate == cirq.H for op in moments[0]) and len(moments[0]) == n
        moments = moments[1:]
    assert not any(op.gate == cirq.H for m in moments for op in m)
    encoding = moments.pop(0)
    assert [type(op.gate) for op in encoding] == [GATE_TYPES[candidate.encoding]] * n
    assert [cirq.parameter_names(op) for op in encoding] == [{f"x_0{q}"} for q in range(n)]
    wiring = BRICK_6 if candidate.entangler == "brick" else RING_6
    for layer in range(depth):
        block = moments[: len(wiring) + 1]
        moments = moments[len(wiring) + 1 :]
        assert [_pairs(m) for m in block[:-1]] == [sorted(p) for p in wiring]
        assert all(op.gate == cirq.CNOT for m in block[:-1] for op in m)
        rotations = block[-1]
        assert [type(op.gate) for op in rotations] == [GATE_TYPES[candidate.variational]] * n
        assert [op.qubits[0].x for op in rotations] == list(range(n))
        assert [cirq.parameter_names(op) for op in rotations] == [{f"w_0{layer}_0{q}"} for q in range(n)]
    assert moments == []
    assert cirq.parameter_names(circuit) == {s.name for s in circuit_symbols(n, depth)}


def test_ring_control_target_order_and_angle_convention():
    circuit = build_circuit(Candidate(False, "rx", "ring", "rz"), 6, 1)
    cnots = [op for op in circuit.all_operations() if op.gate == cirq.CNOT]
    assert [(op.qubits[0].x, op.qubits[1].x) for op in cnots] == [(i, (i + 1) % 6) for i in range(6)]
    rx = next(circuit.all_operations())
    resolved = cirq.resolve_parameters(rx, {"x_00": 0.7})
    expected = np.cos(0.35) * np.eye(2) - 1j * np.sin(0.35) * np.array([[0, 1], [1, 0]])
    np.testing.assert_allclose(cirq.unitary(resolved), expected, atol=1e-12)


def test_all_candidate_circuits_are_distinct():
    circuits = build_circuits(SearchSpace.default().candidates(), 6, 2)
    assert len({repr(c) for c in circuits}) == 36


@pytest.mark.parametrize("name", sorted(BASELINES))
def test_baseline_circuits_have_hadamard_brick_and_their_rotations(name):
    baseline = BASELINES[name]
    circuit = build_circuit(baseline, 4, 1)
    gates = [[type(op.gate) for op in moment] for moment in circuit]
    assert gates[0] == [cirq.HPowGate] * 4
    assert gates[1] == [GATE_TYPES[baseline.encoding]] * 4
    assert [_pairs(m) for m in circuit[2:4]] == [[(0, 1), (2, 3)], [(1, 2)]]
    assert gates[4] == [GATE_TYPES[baseline.variational]] * 4


def test_cz_entanglers_have_the_same_wiring_with_cz():
    qubits = cirq.LineQubit.range(6)
    for cz, cnot in (("cz_brick", "brick"), ("cz_ring", "ring")):
        cz_moments, cnot_moments = ENTANGLERS[cz](qubits), ENTANGLERS[cnot](qubits)
        assert [_pairs(m) for m in cz_moments] == [_pairs(m) for m in cnot_moments]
        assert all(op.gate == cirq.CZ for m in cz_moments for op in m)
    circuit = build_circuit(Candidate(True, "ry", "cz_ring", "rx"), 3, 1)
    assert sum(op.gate == cirq.CZ for op in circuit.all_operations()) == 3


def test_small_registers():
    assert ENTANGLERS["ring"](cirq.LineQubit.range(1)) == []
    assert ENTANGLERS["brick"](cirq.LineQubit.range(1)) == []
    two = [_pairs(m) for m in ENTANGLERS["ring"](cirq.LineQubit.range(2))]
    assert two == [[(0, 1)], [(1, 0)]]
    assert len(build_circuit(BASELINES["baseline_1"], 1, 2)) == 4


def test_readout_operators_are_z_pauli_strings_on_the_first_qubits():
    ops = readout_operators(6, 5)
    assert len(ops) == 5 and all(isinstance(op, cirq.PauliString) for op in ops)
    assert [dict(op) for op in ops] == [{cirq.LineQubit(q): cirq.Z} for q in range(5)]
    with pytest.raises(ValueError, match="n_measured"):
        readout_operators(6, 7)


def test_bad_sizes_are_rejected():
    with pytest.raises(ValueError, match="n_qubits"):
        build_circuit(BASELINES["baseline_1"], 0, 2)
    with pytest.raises(ValueError, match="depth"):
        build_circuit(BASELINES["baseline_1"], 3, -1)


def test_registries_can_be_extended():
    register_rotation("xpow", lambda angle: cirq.XPowGate(exponent=angle / sympy.pi))
    register_entangler("ladder", lambda qs: [[cirq.CNOT(a, b)] for a, b in zip(qs, qs[1:])])
    try:
        space = SearchSpace.from_parameters(
            {"hadamard": [False], "encoding": ["xpow"], "entangler": ["ladder"], "variational": ["rz"]}
        )
        (candidate,) = space.candidates()
        assert candidate.name == "noH-Xpow-ladder-Rz"
        circuit = build_circuit(candidate, 3, 1)
        assert isinstance(next(circuit.all_operations()).gate, cirq.XPowGate)
    finally:
        ROTATIONS.pop("xpow")
        ENTANGLERS.pop("ladder")
    with pytest.raises(ValueError, match="lower-case identifiers"):
        register_rotation("Bad-Name", cirq.rx)
