"""The search-space audit against cirq.Simulator on random inputs and angles."""

from __future__ import annotations

import cirq
import numpy as np
import pytest
import sympy

from diffqas_qlstm.circuits import SearchSpace, build_circuit, circuit_symbols, readout_operators
from diffqas_qlstm.config import ModelConfig
from diffqas_qlstm.derive import audit_search_space, kills_gate

HIDDEN, DEPTH = 2, 2
N_QUBITS = HIDDEN + 1


def _readouts(circuit: cirq.Circuit, symbols: list[sympy.Symbol], v: np.ndarray, theta: np.ndarray) -> np.ndarray:
    resolver = cirq.ParamResolver({s.name: float(x) for s, x in zip(symbols, np.concatenate([v, theta]), strict=True)})
    state = cirq.Simulator(dtype=np.complex128).simulate(cirq.resolve_parameters(circuit, resolver)).final_state_vector
    qubits = sorted(circuit.all_qubits())
    order = {q: i for i, q in enumerate(qubits)}
    return np.array([op.expectation_from_state_vector(state, order).real for op in readout_operators(N_QUBITS, HIDDEN)])


@pytest.fixture(scope="module")
def reference() -> dict[str, dict[str, bool]]:
    """Each default candidate classified by cirq alone (float64), at its own random draws."""
    rng = np.random.default_rng(123)
    symbols = circuit_symbols(N_QUBITS, DEPTH)
    v = rng.uniform(-np.pi, np.pi, size=(5, N_QUBITS))
    v_zero = v.copy()
    v_zero[:, 1:] = 0.0
    thetas = rng.uniform(0, 2 * np.pi, size=(4, DEPTH * N_QUBITS))
    result = {}
    for candidate in SearchSpace.default().candidates():
        circuit = build_circuit(candidate, N_QUBITS, DEPTH)
        general = np.array([[_readouts(circuit, symbols, x, t) for x in v] for t in thetas])
        zero = np.array([[_readouts(circuit, symbols, x, t) for x in v_zero] for t in thetas])
        eps = 1e-3
        flat = max(
            np.abs(_readouts(circuit, symbols, x, eps * d) - _readouts(circuit, symbols, x, -eps * d)).max() / (2 * eps)
            for x in v[:3] for d in np.eye(DEPTH * N_QUBITS)
        )
        result[candidate.name] = {
            "input_independent": np.ptp(general, axis=1).max() < 1e-6,
            "theta_independent": np.ptp(general, axis=0).max() < 1e-6,
            "dead_at_zero_state": np.abs(zero).max() < 1e-6,
            "flat_at_zero_theta": flat < 1e-5,
        }
    return result


@pytest.fixture(scope="module")
def audit():
    return audit_search_space(SearchSpace.default().candidates(),
                              ModelConfig(hidden_size=HIDDEN, depth=DEPTH, backend="statevector"))


@pytest.mark.parametrize("flag", ["input_independent", "theta_independent", "dead_at_zero_state", "flat_at_zero_theta"])
def test_every_flag_of_the_audit_matches_cirq_simulator_for_every_default_candidate(reference, audit, flag):
    table = audit.set_index("candidate")
    wrong = {name: (bool(table.loc[name, flag]), flags[flag]) for name, flags in reference.items()
             if bool(table.loc[name, flag]) != flags[flag]}
    assert not wrong, f"{flag}: audit vs cirq {wrong}"


def test_the_audit_finds_each_kind_of_candidate_in_the_default_space(audit):
    # Not a hard-coded list: only that the default space holds each kind the SPEC names.
    assert audit["input_independent"].sum() > 0 and (~audit["input_independent"]).sum() > 0
    assert audit["theta_independent"].sum() > 0 and audit["constant"].sum() > 0
    assert audit["dead_at_zero_state"].sum() > 0
    assert (audit["constant"] == (audit["input_independent"] & audit["theta_independent"])).all()


def test_a_candidate_kills_the_update_gate_exactly_when_dead_at_the_zero_state_or_input_independent(audit):
    killed = kills_gate(audit, "update")
    for _, row in audit.iterrows():
        assert killed[row["candidate"]] == bool(row["dead_at_zero_state"] or row["input_independent"])
    for gate in ("forget", "input", "output"):
        assert not any(kills_gate(audit, gate).values())


def test_the_audit_of_a_widened_space_covers_its_new_candidates():
    space = SearchSpace.from_parameters({"hadamard": [True], "encoding": ["ry"], "entangler": ["brick", "ring"],
                                         "variational": ["ry", "rz"]})
    table = audit_search_space(space.candidates(), ModelConfig(hidden_size=HIDDEN, depth=DEPTH, backend="statevector"))
    assert table["candidate"].tolist() == [c.name for c in space.candidates()]
    assert table.set_index("candidate").loc["H-Ry-brick-Rz", "theta_independent"]
