"""Native compilation: equivalent to the source up to a global phase, only the gate set's gates."""

from __future__ import annotations

import cirq
import numpy as np
import pytest

from diffqas_qlstm.circuits import SearchSpace, build_circuit
from diffqas_qlstm.config import ModelConfig, RobustnessConfig
from diffqas_qlstm.robustness import compile_native, native_circuits
from diffqas_qlstm.robustness import native as native_module
from diffqas_qlstm.validation import ParameterError

ALLOWED = {"cz": {"CZPowGate", "PhasedXZGate"}, "sqrt_iswap": {"ISwapPowGate", "PhasedXZGate"}}


def _resolved(circuit: cirq.Circuit, seed: int) -> cirq.Circuit:
    rng = np.random.default_rng(seed)
    return cirq.resolve_parameters(circuit, {s: float(rng.uniform(-np.pi, np.pi))
                                             for s in sorted(cirq.parameter_names(circuit))})


@pytest.mark.parametrize("gateset", ["cz", "sqrt_iswap"])
def test_every_candidate_compiles_to_an_equivalent_circuit_of_the_gate_sets_gates(gateset: str) -> None:
    for index, candidate in enumerate(SearchSpace.default().candidates()):
        source = _resolved(build_circuit(candidate, 3, 2), index)
        compiled = compile_native(source, gateset)
        kinds = {type(op.gate).__name__ for op in compiled.all_operations()}
        assert kinds <= ALLOWED[gateset], (candidate.name, kinds)
        qubits = sorted(source.all_qubits())
        assert cirq.allclose_up_to_global_phase(source.unitary(qubit_order=qubits),
                                                compiled.unitary(qubit_order=qubits), atol=1e-6)


def test_a_compilation_that_changes_the_unitary_is_refused(monkeypatch) -> None:
    a, b = cirq.LineQubit.range(2)
    monkeypatch.setattr(native_module.cirq, "optimize_for_target_gateset",
                        lambda circuit, gateset: circuit + cirq.Circuit(cirq.X(a)))
    with pytest.raises(ValueError, match="changed the circuit's unitary"):
        compile_native(cirq.Circuit(cirq.H(a), cirq.CNOT(a, b)), "cz")


def test_a_baselines_parameters_give_four_gates_per_gate_set_with_counts(tiny_windows) -> None:
    from diffqas_qlstm.circuits import BASELINES
    from diffqas_qlstm.model import build_model

    model = build_model("baseline_1", ModelConfig(**{"hidden_size": 2, "depth": 2, "backend": "statevector"}))
    windows = {"x_test": np.full((1, 4), 0.3)}
    circuits, summary = native_circuits(model.export_parameters(), windows, ModelConfig(**{"hidden_size": 2, "depth": 2}),
                                        "first_test_last_step", ["cz", "sqrt_iswap"])
    assert sorted(circuits) == sorted(f"{g}.{s}" for g in ("forget", "input", "update", "output")
                                      for s in ("cz", "sqrt_iswap"))
    cz = summary[summary["gateset"] == "cz"]
    assert (cz["source_two_qubit_gates"] == 2 * 2).all()  # brick CNOTs on 3 qubits: 2 per layer
    assert (cz["two_qubit_gates"] <= cz["source_two_qubit_gates"]).all()
    assert BASELINES["baseline_1"].entangler == "brick"


GOOD = {"gatesets": ["cz"], "shots": [100], "depolarizing": [0.01], "draws": 2}


@pytest.mark.parametrize(("setting", "value", "key"), [
    ("gatesets", ["cz", "cnot"], "robustness.gatesets[1]"), ("gatesets", [], "robustness.gatesets"),
    ("gatesets", ["cz", "cz"], "robustness.gatesets"), ("gatesets", "cz", "robustness.gatesets"),
    ("shots", [100, 0], "robustness.shots[1]"), ("shots", [1.5], "robustness.shots[0]"),
    ("depolarizing", [1.0], "robustness.depolarizing[0]"), ("depolarizing", [-0.1], "robustness.depolarizing[0]"),
    ("draws", 0, "robustness.draws"), ("shot", [10], "robustness.shot"),
])
def test_bad_robustness_settings_are_refused_naming_the_key(setting, value, key) -> None:
    with pytest.raises(ParameterError, match=key.replace("[", r"\[").replace("]", r"\]")):
        RobustnessConfig.parse(GOOD | {setting: value}, "robustness")
