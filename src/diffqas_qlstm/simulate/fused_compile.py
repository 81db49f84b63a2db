"""The fused backend's compiler: Cirq circuits → one flat instruction list per circuit.

* ``cirq.Rx/Ry/Rz`` whose angle is one symbol → a rotation instruction (checked against
  ``cirq.unitary`` at compile time, as for the statevector backend);
* a fixed gate that permutes basis states (CNOT, SWAP, X, Toffoli, …) → no instruction at all: the
  permutation is folded into the slot tables of the instructions after it; its phases, if any
  (CZ, S, Z, …) → one phase instruction;
* any other fixed gate on one or two qubits (H, …) → a dense 2×2 / 4×4 instruction; anything else
  is refused with a ``ValueError`` naming it. The readout operators must be diagonal.

:mod:`~diffqas_qlstm.simulate.fused_kernel` runs the instructions; :mod:`~diffqas_qlstm.simulate.fused_backend`
is the TensorFlow op around them.

Example:
    >>> from diffqas_qlstm.circuits import BASELINES, build_circuits, circuit_symbols, readout_operators
    >>> circuits = build_circuits([BASELINES["baseline_1"]], 2, 1)
    >>> program = compile_fused(circuits, circuit_symbols(2, 1), readout_operators(2, 1),
    ...                         sorted(circuits[0].all_qubits()))
    >>> program.n_qubits, len(program.start)
    (2, 1)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cirq
import numpy as np
import sympy

from diffqas_qlstm.config.blocks import MAX_QUBITS
from diffqas_qlstm.simulate import fused_kernel as kernel
from diffqas_qlstm.simulate.common import Operator
from diffqas_qlstm.simulate.compile import check_rotation

# A tile holds ``2ⁿ × TILE`` complex amplitudes; MAX_QUBITS (16) is the project's one dense limit.

_KINDS = {cirq.Rx: kernel.RX, cirq.Ry: kernel.RY, cirq.Rz: kernel.RZ}


@dataclass(frozen=True)
class FusedProgram:
    """Instruction arrays of all circuits; circuit c is instructions ``start[c] … end[c]−1``."""

    n_qubits: int
    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray
    col: np.ndarray
    table: np.ndarray
    mat: np.ndarray
    count: np.ndarray
    pairs: np.ndarray
    mat_re: np.ndarray
    mat_im: np.ndarray
    readout: np.ndarray

    @property
    def dim(self) -> int:
        return 2**self.n_qubits

    def kernel_arguments(self) -> tuple[np.ndarray, ...]:
        return (self.start, self.end, self.kind, self.col, self.table, self.mat, self.count,
                self.pairs, self.mat_re, self.mat_im, self.readout)


class _Builder:
    """Accumulates instructions, slot tables and matrices while circuits are compiled."""

    def __init__(self, n_qubits: int) -> None:
        self.n = n_qubits
        self.dim = 2**n_qubits
        self.kind: list[int] = []
        self.col: list[int] = []
        self.table: list[int] = []
        self.mat: list[int] = []
        self.count: list[int] = []
        self.pairs: list[np.ndarray] = []
        self.n_pairs = 0
        self.matrices: list[np.ndarray] = []
        self.n_matrix = 0

    def _add(self, kind: int, slots: np.ndarray, values: np.ndarray | None = None, col: int = -1) -> None:
        self.kind.append(kind)
        self.col.append(col)
        self.table.append(self.n_pairs)
        self.count.append(len(slots))
        self.pairs.append(slots.astype(np.int32))
        self.n_pairs += len(slots)
        self.mat.append(self.n_matrix)
        if values is not None:
            self.matrices.append(values.astype(np.complex128).ravel())
            self.n_matrix += values.size

    def bits(self, positions: Sequence[int]) -> np.ndarray:
        """Sub-index of every basis state on ``positions`` (big-endian, as Cirq)."""
        index = np.arange(self.dim)
        sub = np.zeros(self.dim, dtype=np.int64)
        for p in positions:
            sub = (sub << 1) | ((index >> (self.n - 1 - p)) & 1)
        return sub

    def groups(self, positions: Sequence[int], perm: np.ndarray) -> np.ndarray:
        """Physical slots of the basis states grouped by ``positions``: ``[dim / 2ᵏ, 2ᵏ]``."""
        index = np.arange(self.dim)
        mask = sum(1 << (self.n - 1 - p) for p in positions)
        bases = index[(index & mask) == 0]
        members = []
        for sub in range(2 ** len(positions)):
            offset = sum(((sub >> (len(positions) - 1 - m)) & 1) << (self.n - 1 - p)
                         for m, p in enumerate(positions))
            members.append(bases | offset)
        return perm[np.stack(members, axis=1)]

    def rotation(self, kind: int, position: int, column: int, perm: np.ndarray) -> None:
        self._add(kind, self.groups([position], perm).ravel(), col=column)

    def fixed(self, op: cirq.Operation, positions: list[int], perm: np.ndarray) -> np.ndarray:
        """Add fixed gate ``op``; returns the permutation after it."""
        unitary = cirq.unitary(op)
        nonzero = np.abs(unitary) > 1e-12
        if (nonzero.sum(axis=0) == 1).all():  # a permutation with phases (incl. diagonal gates)
            sub = self.bits(positions)
            rows = np.argmax(nonzero, axis=0)  # column s → row r
            phases = unitary[rows[sub], sub]
            mask = sum(1 << (self.n - 1 - p) for p in positions)
            spread = np.zeros(len(rows), dtype=np.int64)
            for m, p in enumerate(positions):
                spread |= ((rows >> (len(positions) - 1 - m)) & 1) << (self.n - 1 - p)
            target = (np.arange(self.dim) & ~mask) | spread[sub]
            moved = ~np.isclose(phases, 1.0, atol=1e-12)
            if moved.any():
                self._add(kernel.PHASE, perm[moved], phases[moved])
            new_perm = np.empty_like(perm)
            new_perm[target] = perm
            return new_perm
        if len(positions) == 1:
            self._add(kernel.FIXED1, self.groups(positions, perm).ravel(),
                      np.concatenate([unitary.ravel(), unitary.conj().T.ravel()]))
        elif len(positions) == 2:
            self._add(kernel.FIXED2, self.groups(positions, perm).ravel(),
                      np.concatenate([unitary.ravel(), unitary.conj().T.ravel()]))
        else:
            raise ValueError(
                f"The fused backend cannot simulate the gate {op.gate!r} in {op}: a fixed gate on "
                f"{len(positions)} qubits that is not a permutation or diagonal; decompose it first"
            )
        return perm

    def program(self, start: list[int], end: list[int], readout: np.ndarray) -> FusedProgram:
        matrices = np.concatenate(self.matrices) if self.matrices else np.zeros(1, np.complex128)
        pairs = np.concatenate(self.pairs) if self.pairs else np.zeros(1, np.int32)
        return FusedProgram(
            n_qubits=self.n,
            start=np.asarray(start, np.int64),
            end=np.asarray(end, np.int64),
            kind=np.asarray(self.kind, np.int64).reshape(-1),
            col=np.asarray(self.col, np.int64).reshape(-1),
            table=np.asarray(self.table, np.int64).reshape(-1),
            mat=np.asarray(self.mat, np.int64).reshape(-1),
            count=np.asarray(self.count, np.int64).reshape(-1),
            pairs=pairs.astype(np.int32),
            mat_re=np.ascontiguousarray(matrices.real, np.float32),
            mat_im=np.ascontiguousarray(matrices.imag, np.float32),
            readout=readout.astype(np.float32),
        )


def _diagonal(operator: Operator, qubits: Sequence[cirq.Qid]) -> np.ndarray:
    matrix = np.asarray(operator.matrix(qubits), dtype=np.complex128)
    if np.count_nonzero(np.abs(matrix - np.diag(np.diag(matrix))) > 1e-12):
        raise ValueError(f"The fused backend reads out diagonal operators (Z and I) only, got {operator}")
    return np.real(np.diag(matrix))


def compile_fused(
    circuits: Sequence[cirq.Circuit],
    symbols: Sequence[sympy.Symbol],
    operators: Sequence[Operator],
    qubits: Sequence[cirq.Qid],
) -> FusedProgram:
    """Compile ``circuits`` on ``qubits`` into the fused kernels' instruction arrays.

    Example:
        >>> from diffqas_qlstm.circuits import BASELINES, build_circuit, circuit_symbols, readout_operators
        >>> q = cirq.LineQubit.range(3)
        >>> program = compile_fused([build_circuit(BASELINES["baseline_1"], 3, 1)],
        ...                         circuit_symbols(3, 1), readout_operators(3, 2), q)
        >>> program.kind.tolist()  # H ×3 (fixed), Ry(x) ×3, CNOTs folded away, Ry(θ) ×3
        [0, 0, 0, 2, 2, 2, 2, 2, 2]
    """
    qubits = tuple(qubits)
    if len(qubits) > MAX_QUBITS:
        raise ValueError(f"The fused backend simulates at most {MAX_QUBITS} qubits, got {len(qubits)}")
    position = {q: i for i, q in enumerate(qubits)}
    columns = {s.name: i for i, s in enumerate(symbols)}
    diagonals = np.stack([_diagonal(op, qubits) for op in operators])
    builder = _Builder(len(qubits))
    checked: set = set()
    start, end, readouts = [], [], []
    for circuit in circuits:
        start.append(len(builder.kind))
        perm = np.arange(builder.dim)
        for op in circuit.all_operations():
            if cirq.is_parameterized(op):
                gate_type, column = check_rotation(op, columns, checked, "fused")
                builder.rotation(_KINDS[gate_type], position[op.qubits[0]], column, perm)
                continue
            if not cirq.has_unitary(op) or cirq.is_measurement(op):
                raise ValueError(
                    f"The fused backend cannot simulate the gate {type(op.gate).__name__} ({op.gate!r}) "
                    f"in {op}: it is not unitary"
                )
            perm = builder.fixed(op, [position[q] for q in op.qubits], perm)
        end.append(len(builder.kind))
        physical = np.empty_like(diagonals)
        physical[:, perm] = diagonals
        readouts.append(physical)
    return builder.program(start, end, np.stack(readouts))
