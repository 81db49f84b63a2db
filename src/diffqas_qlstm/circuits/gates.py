"""Gate registries of the search space: single-angle rotations and entangling layers.

The search space names its choices by registry key, so a user widens the space from parameters
(e.g. ``entangler: [brick, ring, cz_ring]``) without touching the model. New gates are added with
:func:`register_rotation` / :func:`register_entangler`.

Example:
    >>> import cirq
    >>> qubits = cirq.LineQubit.range(4)
    >>> [[str(op) for op in moment] for moment in ENTANGLERS["brick"](qubits)]
    [['CNOT(q(0), q(1))', 'CNOT(q(2), q(3))'], ['CNOT(q(1), q(2))']]
    >>> ROTATIONS["ry"](0.5)
    cirq.Ry(rads=0.5)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import cirq
import sympy

RotationFactory = Callable[[sympy.Expr | float], cirq.Gate]
"""Maps an angle (a sympy symbol or a number) to a single-qubit gate."""

EntanglerFactory = Callable[[Sequence[cirq.Qid]], list[list[cirq.Operation]]]
"""Maps the register to the entangling layer as a list of moments (lists of operations)."""

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _brick_pairs(n_qubits: int) -> list[list[tuple[int, int]]]:
    """Open-chain brick wall: (0,1), (2,3), … then (1,2), (3,4), …; empty moments dropped."""
    even = [(i, i + 1) for i in range(0, n_qubits - 1, 2)]
    odd = [(i, i + 1) for i in range(1, n_qubits - 1, 2)]
    return [pairs for pairs in (even, odd) if pairs]


def _ring_pairs(n_qubits: int) -> list[list[tuple[int, int]]]:
    """Closed chain (i, i+1 mod n) for i = 0 … n−1, one moment each (consecutive pairs overlap)."""
    if n_qubits < 2:
        return []
    if n_qubits == 2:
        return [[(0, 1)], [(1, 0)]]
    return [[(i, (i + 1) % n_qubits)] for i in range(n_qubits)]


def _two_qubit_layer(
    gate: cirq.Gate, pairs_of: Callable[[int], list[list[tuple[int, int]]]]
) -> EntanglerFactory:
    def layer(qubits: Sequence[cirq.Qid]) -> list[list[cirq.Operation]]:
        return [[gate(qubits[a], qubits[b]) for a, b in moment] for moment in pairs_of(len(qubits))]

    return layer


ROTATIONS: dict[str, RotationFactory] = {"rx": cirq.rx, "ry": cirq.ry, "rz": cirq.rz}
"""Single-angle rotations usable as encoding or variational gates (``cirq.rx(θ) = exp(−iθX/2)``)."""

ENTANGLERS: dict[str, EntanglerFactory] = {
    "brick": _two_qubit_layer(cirq.CNOT, _brick_pairs),
    "ring": _two_qubit_layer(cirq.CNOT, _ring_pairs),
    "cz_brick": _two_qubit_layer(cirq.CZ, _brick_pairs),
    "cz_ring": _two_qubit_layer(cirq.CZ, _ring_pairs),
}
"""Entangling layers, repeated in every variational layer."""


def _check_name(name: str) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        raise ValueError(f"Gate names must be lower-case identifiers like 'rx' or 'cz_ring', got {name!r}")
    return name


def register_rotation(name: str, factory: RotationFactory) -> None:
    """Add (or replace) a single-angle rotation, e.g. ``register_rotation("rxx", my_gate)``."""
    ROTATIONS[_check_name(name)] = factory


def register_entangler(name: str, factory: EntanglerFactory) -> None:
    """Add (or replace) an entangling layer given as ``qubits -> list of moments``."""
    ENTANGLERS[_check_name(name)] = factory


def rotation_label(name: str) -> str:
    """Display form of a rotation key in candidate names: ``"ry"`` → ``"Ry"``."""
    return name[:1].upper() + name[1:]
