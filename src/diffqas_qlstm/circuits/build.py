"""Candidate Cirq circuits with sympy symbols: the single source of truth for every backend.

Layout (SPEC §4.2), one ``cirq.Moment`` per layer so the structure is predictable:
``[H on every qubit]`` → encoding rotation per qubit (angle ``x_QQ``) →
``depth`` × (entangler moments → variational rotation per qubit (angle ``w_LL_QQ``)).

Example:
    >>> from diffqas_qlstm.circuits.space import BASELINES
    >>> circuit = build_circuit(BASELINES["baseline_1"], n_qubits=3, depth=1)
    >>> print(circuit)
    0: ───H───Ry(x_00)───@───────Ry(w_00_00)───
                         │
    1: ───H───Ry(x_01)───X───@───Ry(w_00_01)───
                             │
    2: ───H───Ry(x_02)───────X───Ry(w_00_02)───
    >>> [s.name for s in circuit_symbols(n_qubits=2, depth=1)]
    ['x_00', 'x_01', 'w_00_00', 'w_00_01']
"""

from __future__ import annotations

from collections.abc import Iterable

import cirq
import sympy

from diffqas_qlstm.circuits.gates import ENTANGLERS, ROTATIONS
from diffqas_qlstm.circuits.space import Candidate


def _width(count: int) -> int:
    return max(2, len(str(max(count - 1, 0))))


def _check_sizes(n_qubits: int, depth: int | None = None) -> None:
    if isinstance(n_qubits, bool) or not isinstance(n_qubits, int) or n_qubits < 1:
        raise ValueError(f"n_qubits must be an integer >= 1, got {n_qubits!r}")
    if depth is not None and (isinstance(depth, bool) or not isinstance(depth, int) or depth < 0):
        raise ValueError(f"depth must be an integer >= 0, got {depth!r}")


def input_symbols(n_qubits: int) -> list[sympy.Symbol]:
    """Encoding angles ``x_00 … x_{n−1}``, one per qubit."""
    _check_sizes(n_qubits)
    width = _width(n_qubits)
    return [sympy.Symbol(f"x_{q:0{width}d}") for q in range(n_qubits)]


def weight_symbols(depth: int, n_qubits: int) -> list[sympy.Symbol]:
    """Variational angles ``w_LL_QQ`` (layer, qubit), flattened row-major from ``[depth, n_qubits]``."""
    _check_sizes(n_qubits, depth)
    lw, qw = _width(depth), _width(n_qubits)
    return [sympy.Symbol(f"w_{layer:0{lw}d}_{q:0{qw}d}") for layer in range(depth) for q in range(n_qubits)]


def circuit_symbols(n_qubits: int, depth: int) -> list[sympy.Symbol]:
    """Inputs then weights: the column order of the symbol values every backend takes."""
    return input_symbols(n_qubits) + weight_symbols(depth, n_qubits)


def build_circuit(candidate: Candidate, n_qubits: int, depth: int) -> cirq.Circuit:
    """The candidate's circuit on ``cirq.LineQubit.range(n_qubits)`` (no measurements)."""
    _check_sizes(n_qubits, depth)
    qubits = cirq.LineQubit.range(n_qubits)
    encode, vary = ROTATIONS[candidate.encoding], ROTATIONS[candidate.variational]
    entangle = ENTANGLERS[candidate.entangler]
    weights = weight_symbols(depth, n_qubits)
    moments: list[cirq.Moment] = []
    if candidate.hadamard:
        moments.append(cirq.Moment(cirq.H(q) for q in qubits))
    moments.append(cirq.Moment(encode(x).on(q) for q, x in zip(qubits, input_symbols(n_qubits))))
    for layer in range(depth):
        moments.extend(cirq.Moment(ops) for ops in entangle(qubits))
        row = weights[layer * n_qubits : (layer + 1) * n_qubits]
        moments.append(cirq.Moment(vary(w).on(q) for q, w in zip(qubits, row)))
    return cirq.Circuit(moments)


def build_circuits(candidates: Iterable[Candidate], n_qubits: int, depth: int) -> list[cirq.Circuit]:
    """:func:`build_circuit` for each candidate, in order."""
    return [build_circuit(candidate, n_qubits, depth) for candidate in candidates]


def readout_operators(n_qubits: int, n_measured: int) -> list[cirq.PauliString]:
    """``Z`` on each of the first ``n_measured`` qubits, as ``cirq.PauliString``s."""
    _check_sizes(n_qubits)
    if isinstance(n_measured, bool) or not isinstance(n_measured, int) or not 1 <= n_measured <= n_qubits:
        raise ValueError(f"n_measured must be an integer in [1, {n_qubits}], got {n_measured!r}")
    return [cirq.PauliString(cirq.Z(q)) for q in cirq.LineQubit.range(n_measured)]
