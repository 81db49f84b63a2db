"""Compile Cirq circuits into aligned dense-simulation programs (NumPy only, no TensorFlow).

Each circuit's operations are read one by one from the Cirq objects and cut into alternating
steps: a *fixed* step (a run of parameter-free gates, folded into one dense unitary built from
``cirq.unitary`` of each gate) and a *rotation* step (a run of ``cirq.Rx/Ry/Rz`` gates whose angle
is one symbol, split into layers with at most one rotation per qubit). All circuits are padded
with identities to one common step pattern, so every row of a batch, whatever its circuit, runs
the same sequence of batched tensor operations with per-row gathered matrices.

A rotation is ``U(θ) = cos(θ/2)·A + sin(θ/2)·B``; ``A``, ``B`` come from :data:`ROTATION_FORMS`
and every (gate, symbol) pair is checked against
``cirq.unitary(cirq.resolve_parameters(op, {symbol: t}))`` for test angles ``t`` at compile time.

Example:
    >>> from diffqas_qlstm.circuits import BASELINES, build_circuit, circuit_symbols
    >>> program = compile_circuits([build_circuit(BASELINES["baseline_1"], 3, 2)], circuit_symbols(3, 2))
    >>> [type(step).__name__ for step in program.steps]
    ['FixedStep', 'RotationStep', 'FixedStep', 'RotationStep', 'FixedStep', 'RotationStep']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cirq
import numpy as np
import sympy

from diffqas_qlstm.config.blocks import STATEVECTOR_MAX_QUBITS

_I = np.eye(2, dtype=np.complex128)
_PAULI = {
    "x": np.array([[0, 1], [1, 0]], dtype=np.complex128),
    "y": np.array([[0, -1j], [1j, 0]], dtype=np.complex128),
    "z": np.array([[1, 0], [0, -1]], dtype=np.complex128),
}

ROTATION_FORMS: dict[type, tuple[np.ndarray, np.ndarray]] = {
    cirq.Rx: (_I, -1j * _PAULI["x"]),
    cirq.Ry: (_I, -1j * _PAULI["y"]),
    cirq.Rz: (_I, -1j * _PAULI["z"]),
}
"""Gate type → (A, B) with ``U(θ) = cos(θ/2)·A + sin(θ/2)·B`` (``cirq.rx(θ) = exp(−iθX/2)``)."""

IDENTITY_KIND = 0
"""Rotation kind 0 is the identity (A = I, B = 0), used for padding."""

MAX_QUBITS = STATEVECTOR_MAX_QUBITS
"""Fixed steps are dense ``[2ⁿ, 2ⁿ]`` matrices; beyond this they get too large."""

_TEST_ANGLES = (0.7316, -2.1132, 3.9)


@dataclass(frozen=True)
class FixedStep:
    """A parameter-free unitary per circuit: ``matrices[index[c]]`` is circuit c's ``[dim, dim]``."""

    matrices: np.ndarray
    index: np.ndarray


@dataclass(frozen=True)
class RotationStep:
    """One rotation layer: circuit c rotates qubit q by kind ``kinds[c, q]`` with angle column ``columns[c, q]``."""

    kinds: np.ndarray
    columns: np.ndarray


@dataclass(frozen=True)
class Program:
    """Aligned steps for all circuits; ``forms[k]`` is rotation kind k's (A, B) as ``[2, 2, 2]``.

    Angle column ``n_symbols`` is the padding column (its value is 0, the identity).
    """

    qubits: tuple[cirq.Qid, ...]
    n_circuits: int
    n_symbols: int
    forms: np.ndarray
    steps: tuple[FixedStep | RotationStep, ...]

    def rotation_tables(self) -> tuple[np.ndarray, np.ndarray]:
        """Kinds and angle columns of all rotation layers, ``[n_circuits, n_layers, n_qubits]`` each
        (one all-identity layer if there is none)."""
        layers = [s for s in self.steps if isinstance(s, RotationStep)]
        if not layers:
            shape = (self.n_circuits, 1, len(self.qubits))
            return np.full(shape, IDENTITY_KIND, np.int32), np.full(shape, self.n_symbols, np.int32)
        return np.stack([s.kinds for s in layers], axis=1), np.stack([s.columns for s in layers], axis=1)


def check_rotation(
    op: cirq.Operation, columns: dict[str, int], checked: set, backend: str = "statevector"
) -> tuple[type, int]:
    """(gate type, symbol column) of a parameterised rotation; ``ValueError`` for anything else.

    ``checked`` remembers the (gate, symbol) pairs already compared with ``cirq.unitary``;
    ``backend`` names the backend in the error messages.
    """
    gate = op.gate
    form = ROTATION_FORMS.get(type(gate))
    names = sorted(cirq.parameter_names(op))
    if form is None or len(op.qubits) != 1 or len(names) != 1:
        raise ValueError(
            f"The {backend} backend cannot simulate the parameterised gate {type(gate).__name__} "
            f"({gate!r}) in {op}: only "
            f"{', '.join(t.__name__ for t in ROTATION_FORMS)} whose angle is a single symbol are supported"
        )
    key = (gate, names[0])
    if key not in checked:
        symbol = sympy.Symbol(names[0])
        for t in _TEST_ANGLES:
            expected = cirq.unitary(cirq.resolve_parameters(op, {symbol: t}))
            if not np.allclose(np.cos(t / 2) * form[0] + np.sin(t / 2) * form[1], expected, atol=1e-10):
                raise ValueError(
                    f"The {backend} backend needs rotation angles equal to one symbol; {op} is not "
                    f"{type(gate).__name__}({names[0]})"
                )
        checked.add(key)
    return type(gate), columns[names[0]]


def _segments(circuit: cirq.Circuit, columns: dict[str, int], checked: set) -> list[tuple[list, list]]:
    """Cut the circuit into [(fixed ops, rotation layers)], starting with a (possibly empty) fixed run."""
    segments: list[tuple[list, list]] = [([], [])]
    for op in circuit.all_operations():
        if cirq.is_parameterized(op):
            kind, column = check_rotation(op, columns, checked)
            layers = segments[-1][1]
            (qubit,) = op.qubits
            depth = sum(qubit in layer for layer in layers)
            if depth == len(layers):
                layers.append({})
            layers[depth][qubit] = (kind, column)
        else:
            if not cirq.has_unitary(op) or cirq.is_measurement(op):
                raise ValueError(
                    f"The statevector backend cannot simulate the gate {type(op.gate).__name__} ({op.gate!r}) "
                    f"in {op}: it is not unitary"
                )
            if segments[-1][1]:
                segments.append(([], []))
            segments[-1][0].append(op)
    return segments


def _fixed_step(runs: list[list[cirq.Operation]], qubits: Sequence[cirq.Qid]) -> FixedStep | None:
    distinct: dict[bytes, int] = {}
    matrices, index = [], []
    for ops in runs:
        matrix = cirq.Circuit(ops).unitary(qubit_order=qubits, qubits_that_should_be_present=qubits)
        key = matrix.tobytes()
        if key not in distinct:
            distinct[key] = len(matrices)
            matrices.append(matrix)
        index.append(distinct[key])
    stacked = np.stack(matrices)
    if len(matrices) == 1 and np.array_equal(stacked[0], np.eye(stacked.shape[-1])):
        return None
    return FixedStep(stacked.astype(np.complex64), np.asarray(index, dtype=np.int32))


def compile_circuits(
    circuits: Sequence[cirq.Circuit],
    symbols: Sequence[sympy.Symbol],
    qubits: Sequence[cirq.Qid] | None = None,
) -> Program:
    """Compile ``circuits`` (parameters among ``symbols``) on ``qubits`` (default: all they touch, sorted)."""
    if qubits is None:
        qubits = sorted(set().union(*(c.all_qubits() for c in circuits)))
    qubits = tuple(qubits)
    if len(qubits) > MAX_QUBITS:
        raise ValueError(f"The statevector backend is dense: at most {MAX_QUBITS} qubits, got {len(qubits)}")
    position = {q: i for i, q in enumerate(qubits)}
    columns = {s.name: i for i, s in enumerate(symbols)}
    kinds = {kind: k for k, kind in enumerate(ROTATION_FORMS, start=IDENTITY_KIND + 1)}
    checked: set = set()
    per_circuit = [_segments(c, columns, checked) for c in circuits]
    n_segments = max(len(s) for s in per_circuit)
    for segments in per_circuit:
        segments.extend(([], []) for _ in range(n_segments - len(segments)))
    steps: list[FixedStep | RotationStep] = []
    for i in range(n_segments):
        fixed = _fixed_step([segments[i][0] for segments in per_circuit], qubits)
        if fixed is not None:
            steps.append(fixed)
        for depth in range(max(len(segments[i][1]) for segments in per_circuit)):
            kind = np.full((len(circuits), len(qubits)), IDENTITY_KIND, dtype=np.int32)
            column = np.full((len(circuits), len(qubits)), len(symbols), dtype=np.int32)
            for c, segments in enumerate(per_circuit):
                layers = segments[i][1]
                for qubit, (gate_type, col) in (layers[depth] if depth < len(layers) else {}).items():
                    kind[c, position[qubit]], column[c, position[qubit]] = kinds[gate_type], col
            steps.append(RotationStep(kind, column))
    identity = (_I, np.zeros((2, 2), dtype=np.complex128))
    forms = np.stack([np.stack(f) for f in [identity, *ROTATION_FORMS.values()]]).astype(np.complex64)
    return Program(qubits, len(circuits), len(symbols), forms, tuple(steps))
