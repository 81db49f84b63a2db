"""Checks shared by the backends: circuits, symbols and operators are validated once, up front."""

from __future__ import annotations

import typing
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

import cirq
import sympy

from diffqas_qlstm.config.blocks import TfqDifferentiator

if TYPE_CHECKING:
    import tensorflow as tf

Operator = cirq.PauliString | cirq.PauliSum

TFQ_DIFFERENTIATORS: tuple[str, ...] = typing.get_args(TfqDifferentiator)
"""TFQ gradient methods: ``Adjoint`` (fast, float32 finite-difference gate gradients) or
``ParameterShift`` (2 × n_symbols evaluations per row, exact up to float32 rounding)."""


class Backend(Protocol):
    """What ``make_backend`` returns: ``backend(circuit_ids, symbol_values) -> expectations``."""

    name: str
    circuits: list[cirq.Circuit]
    symbols: list[sympy.Symbol]
    operators: list[Operator]
    n_symbols: int
    n_operators: int

    def __call__(self, circuit_ids: Any, symbol_values: Any) -> tf.Tensor: ...


def normalize_symbols(symbols: Sequence[sympy.Symbol | str]) -> list[sympy.Symbol]:
    """Symbols as ``sympy.Symbol``s; names must be unique (they are the columns of symbol values)."""
    out = [sympy.Symbol(s) if isinstance(s, str) else s for s in symbols]
    for s in out:
        if not isinstance(s, sympy.Symbol):
            raise TypeError(f"Symbols must be sympy.Symbol or str, got {s!r}")
    names = [s.name for s in out]
    if len(set(names)) != len(names):
        raise ValueError(f"Symbol names must be unique, got {names}")
    return out


def check_backend_inputs(
    circuits: Sequence[cirq.Circuit],
    symbols: Sequence[sympy.Symbol | str],
    operators: Sequence[Operator],
) -> tuple[list[cirq.Circuit], list[sympy.Symbol], list[Operator]]:
    """Validate and normalise ``make_backend``'s arguments.

    Every circuit must be a ``cirq.Circuit`` whose parameters are all among ``symbols``; every
    operator a ``cirq.PauliString`` or ``cirq.PauliSum`` with real coefficients.
    """
    circuits = list(circuits)
    if not circuits:
        raise ValueError("A backend needs at least one circuit")
    symbols = normalize_symbols(symbols)
    known = {s.name for s in symbols}
    for i, circuit in enumerate(circuits):
        if not isinstance(circuit, cirq.Circuit):
            raise TypeError(f"circuits[{i}] is not a cirq.Circuit: {type(circuit).__name__}")
        missing = sorted(cirq.parameter_names(circuit) - known)
        if missing:
            raise ValueError(f"circuits[{i}] uses symbols {missing} that are not in the backend's symbols")
    operators = list(operators)
    if not operators:
        raise ValueError("A backend needs at least one readout operator")
    for i, op in enumerate(operators):
        if not isinstance(op, (cirq.PauliString, cirq.PauliSum)):
            raise TypeError(f"operators[{i}] must be a cirq.PauliString or cirq.PauliSum, got {op!r}")
        terms = [op] if isinstance(op, cirq.PauliString) else list(op)
        if any(abs(complex(term.coefficient).imag) > 1e-12 for term in terms):
            raise ValueError(f"operators[{i}] = {op} is not Hermitian (complex coefficient)")
    return circuits, symbols, operators
