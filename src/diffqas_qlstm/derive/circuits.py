"""The derived circuits as take-away artifacts: Cirq circuits, text diagrams, OpenQASM (SPEC §6).

A derived model has one candidate per gate and θ of shape [4, 1, depth, n_qubits]. For each gate
this module gives the symbolic circuit (input symbols ``x_QQ`` and angle symbols ``w_LL_QQ``), the
same circuit with the trained angles resolved (inputs left free), a text diagram of both, and an
OpenQASM 2.0 program for one concrete input v = concat(x_t, h_{t−1}).

Example:
    >>> import numpy as np
    >>> from diffqas_qlstm.circuits import BASELINES
    >>> theta = np.full((4, 1, 1), 0.5)  # [gate, depth, n_qubits]
    >>> circuits = gate_circuits([BASELINES["baseline_1"]] * 4, theta)
    >>> sorted(circuits)[:2]
    ['forget.resolved', 'forget.symbolic']
    >>> print(circuits["forget.resolved"])
    0: ───H───Ry(x_00)───Ry(0.159π)───
    >>> qasm = qasm_programs(circuits, np.array([0.25]), n_measured=1, note="v = [0.25]")
    >>> "ry(pi*0.0795774715" in qasm["forget"], "measure q[0]" in qasm["forget"]
    (True, True)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import cirq
import numpy as np

from diffqas_qlstm.circuits import Candidate, build_circuit, input_symbols, weight_symbols
from diffqas_qlstm.model import GATE_NAMES


def resolve_weights(circuit: cirq.Circuit, values: Mapping[str, float]) -> cirq.Circuit:
    """``cirq.resolve_parameters`` applied to the operations whose symbols are all in ``values``.

    Operations on other symbols (the inputs) are kept as they are, so their angles still read
    ``Ry(x_00)`` instead of a re-expanded ``Ry(0.3183…*pi*x_00)``.
    """
    resolver = cirq.ParamResolver({name: float(value) for name, value in values.items()})

    def resolve(op: cirq.Operation) -> cirq.Operation:
        names = cirq.parameter_names(op)
        return cirq.resolve_parameters(op, resolver) if names and names <= set(values) else op

    return cirq.Circuit(cirq.Moment(resolve(op) for op in moment) for moment in circuit)


def gate_circuits(architecture: Sequence[Candidate], theta: np.ndarray) -> dict[str, cirq.Circuit]:
    """``<gate>.symbolic`` and ``<gate>.resolved`` circuits for the four gates.

    Args:
        architecture: the chosen candidate of each gate (forget, input, update, output).
        theta: that candidate's angles per gate, shape [4, depth, n_qubits].
    """
    theta = np.asarray(theta, dtype=np.float64)
    if len(architecture) != len(GATE_NAMES) or theta.ndim != 3 or theta.shape[0] != len(GATE_NAMES):
        raise ValueError(f"Need four candidates and theta of shape [4, depth, n_qubits], got {theta.shape}")
    depth, n_qubits = theta.shape[1:]
    names = [s.name for s in weight_symbols(depth, n_qubits)]
    out: dict[str, cirq.Circuit] = {}
    for k, (gate, candidate) in enumerate(zip(GATE_NAMES, architecture, strict=True)):
        symbolic = build_circuit(candidate, n_qubits, depth)
        out[f"{gate}.symbolic"] = symbolic
        out[f"{gate}.resolved"] = resolve_weights(symbolic, dict(zip(names, theta[k].ravel(), strict=True)))
    return out


def derived_gate_circuits(derived_params: Mapping[str, np.ndarray]) -> dict[str, cirq.Circuit]:
    """:func:`gate_circuits` of a derived model's ``export_parameters()`` (θ [4, 1, depth, n_qubits])."""
    names = np.asarray(derived_params["candidate_names"]).astype(str)
    theta = np.asarray(derived_params["theta_full"])
    if names.shape != (len(GATE_NAMES), 1):
        raise ValueError(f"Not a derived model (one candidate per gate): candidate_names {names.shape}")
    return gate_circuits([Candidate.from_name(n) for n in names[:, 0]], theta[:, 0])


def circuit_diagrams(
    circuits: Mapping[str, cirq.Circuit], candidate_names: Sequence[str], precision: int = 3
) -> str:
    """One text file with the symbolic and the resolved diagram of every gate."""
    blocks = []
    for gate, name in zip(GATE_NAMES, candidate_names, strict=True):
        blocks.append(f"=== {gate} gate: {name} ===")
        blocks.append("symbolic (inputs x_QQ, trained angles w_LL_QQ):")
        blocks.append(circuits[f"{gate}.symbolic"].to_text_diagram(precision=precision))
        blocks.append("trained angles resolved:")
        blocks.append(circuits[f"{gate}.resolved"].to_text_diagram(precision=precision))
        blocks.append("")
    return "\n".join(blocks)


def qasm_programs(
    circuits: Mapping[str, cirq.Circuit],
    angles: np.ndarray,
    n_measured: int,
    note: str = "",
    precision: int = 12,
) -> dict[str, str]:
    """OpenQASM 2.0 of each gate's resolved circuit with the encoding angles set to ``angles``.

    The programs measure the first ``n_measured`` qubits into ``m_h``; the model's gate output
    is ⟨Z_i⟩ = P(bit i = 0) − P(bit i = 1) of those bits.

    Args:
        circuits: the mapping of :func:`gate_circuits`.
        angles: the encoding angles x_QQ (the feature values, after ``arctan`` if that transform
            is configured), one per qubit.
        n_measured: hidden size (the measured qubits).
        note: a line put into each program's header comment (e.g. where the input comes from).
    """
    out = {}
    for gate in GATE_NAMES:
        resolved = circuits[f"{gate}.resolved"]
        qubits = cirq.LineQubit.range(len(angles))
        if not resolved.all_qubits() <= set(qubits):
            raise ValueError(f"{gate}: the circuit acts on more qubits than the {len(angles)} input angles")
        symbols = [s.name for s in input_symbols(len(qubits))]
        concrete = cirq.resolve_parameters(resolved, dict(zip(symbols, map(float, angles), strict=True)))
        concrete = concrete + cirq.Circuit(cirq.measure(*qubits[:n_measured], key="h"))
        header = "\n".join(
            line for line in (f"DiffQAS-QLSTM derived circuit, {gate} gate", note,
                              f"readout: <Z> of qubits 0..{n_measured - 1} (measured into m_h)") if line
        )
        out[gate] = concrete.to_qasm(header=header, precision=precision, qubit_order=qubits)
    return out

