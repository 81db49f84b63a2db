"""Native compilation of the gate circuits to device gate sets, checked equivalent.

A gate circuit is compiled for one input: its trained angles and the encoding angles of the input
``derive.qasm_input`` picks are set (the gate sets' decompositions need numbers, not symbols),
exactly the circuits the OpenQASM export writes. Then ``cirq.optimize_for_target_gateset`` maps it
to ``cirq.CZTargetGateset()`` or ``cirq.SqrtIswapTargetGateset()``; the result must have the
original's unitary up to a global phase (else ``ValueError``).

Example:
    >>> import cirq
    >>> a, b = cirq.LineQubit.range(2)
    >>> compiled = compile_native(cirq.Circuit(cirq.H(a), cirq.CNOT(a, b), cirq.ry(0.3)(b)), "cz")
    >>> sorted({type(op.gate).__name__ for op in compiled.all_operations()})
    ['CZPowGate', 'PhasedXZGate']
"""

from __future__ import annotations

import typing
import warnings
from collections.abc import Mapping, Sequence

import cirq
import numpy as np
import pandas as pd

from diffqas_qlstm.circuits import input_symbols
from diffqas_qlstm.config import Gateset, ModelConfig
from diffqas_qlstm.derive.circuits import derived_gate_circuits
from diffqas_qlstm.derive.qasm_input import encode, qasm_input_vector
from diffqas_qlstm.model import GATE_NAMES

GATESETS: dict[str, type] = {"cz": cirq.CZTargetGateset, "sqrt_iswap": cirq.SqrtIswapTargetGateset}
"""Gate-set name (``robustness.gatesets``) → the Cirq target gate set compiled to."""
assert tuple(GATESETS) == typing.get_args(Gateset), "config.Gateset names the gate sets of GATESETS"
NATIVE_COLUMNS = ["gate", "gateset", "two_qubit_gates", "one_qubit_gates", "depth",
                  "source_two_qubit_gates", "source_depth"]


def concrete_gate_circuits(
    params: Mapping[str, np.ndarray], windows: Mapping[str, np.ndarray], model: ModelConfig,
    qasm_input: str | list[float],
) -> dict[str, cirq.Circuit]:
    """Each gate's circuit (forget, input, update, output) of a single-circuit model's parameters
    (a derived model's, or a hand-designed baseline's) with its angles and the input set."""
    v, _ = qasm_input_vector(qasm_input, windows, model.n_qubits, model.input_size)
    angles = encode(v, model.encoding_transform)
    values = {s.name: float(a) for s, a in zip(input_symbols(model.n_qubits), angles, strict=True)}
    circuits = derived_gate_circuits(params)
    return {gate: cirq.resolve_parameters(circuits[f"{gate}.resolved"], values) for gate in GATE_NAMES}


def compile_native(circuit: cirq.Circuit, gateset: str) -> cirq.Circuit:
    """``circuit`` compiled to gate set ``gateset`` (a :data:`GATESETS` name), checked equivalent."""
    with warnings.catch_warnings():  # cirq 1.5 warns of its own CircuitOperation default inside
        warnings.simplefilter("ignore", FutureWarning)
        compiled = cirq.optimize_for_target_gateset(circuit, gateset=GATESETS[gateset]())
    qubits = sorted(circuit.all_qubits() | compiled.all_qubits())
    source = circuit.unitary(qubit_order=qubits)
    target = compiled.unitary(qubit_order=qubits)
    if not cirq.allclose_up_to_global_phase(source, target, atol=1e-6):
        raise ValueError(f"Compiling to {gateset} changed the circuit's unitary (beyond a global phase)")
    return compiled


def _counts(circuit: cirq.Circuit) -> tuple[int, int, int]:
    ops = list(circuit.all_operations())
    return (sum(cirq.num_qubits(op) == 2 for op in ops), sum(cirq.num_qubits(op) == 1 for op in ops), len(circuit))


def native_circuits(
    params: Mapping[str, np.ndarray], windows: Mapping[str, np.ndarray], model: ModelConfig,
    qasm_input: str | list[float], gatesets: Sequence[str],
) -> tuple[dict[str, cirq.Circuit], pd.DataFrame]:
    """``{"<gate>.<gateset>": compiled circuit}`` and one row per (gate, gate set) with the columns
    of :data:`NATIVE_COLUMNS` (two-qubit and one-qubit gate counts and depth, and the source's)."""
    circuits, rows = {}, []
    for gate, circuit in concrete_gate_circuits(params, windows, model, qasm_input).items():
        source_2q, _, source_depth = _counts(circuit)
        for gateset in gatesets:
            compiled = compile_native(circuit, gateset)
            circuits[f"{gate}.{gateset}"] = compiled
            two, one, depth = _counts(compiled)
            rows.append({"gate": gate, "gateset": gateset, "two_qubit_gates": two, "one_qubit_gates": one,
                         "depth": depth, "source_two_qubit_gates": source_2q, "source_depth": source_depth})
    return circuits, pd.DataFrame(rows, columns=NATIVE_COLUMNS)
