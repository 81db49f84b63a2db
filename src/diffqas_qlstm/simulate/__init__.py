"""Simulator backends: (circuits, symbol values) → expectation values, differentiable.

``make_backend(name, circuits, symbols, operators)`` returns a callable
``backend(circuit_ids: int32 [rows], symbol_values: float32 [rows, n_symbols]) -> float32 [rows, n_operators]``;
row r evaluates ``circuits[circuit_ids[r]]`` with ``symbols`` bound to ``symbol_values[r]``.
``tfq`` is TensorFlow Quantum (Adjoint gradients by default, ``tfq_differentiator='parameter_shift'``
for gradients exact to float32); ``statevector`` is an exact dense simulator in
TensorFlow compiled from the same Cirq circuits (autodiff gradients, much faster for small registers);
``fused`` runs each circuit whole on cache-resident tiles of rows in a numba kernel, with adjoint
gradients (the fastest on CPU).

Example:
    >>> import numpy as np
    >>> from diffqas_qlstm.circuits import SearchSpace, build_circuits, circuit_symbols, readout_operators
    >>> space = SearchSpace.default()
    >>> backend = make_backend("statevector", build_circuits(space.candidates(), 3, 1),
    ...                        circuit_symbols(3, 1), readout_operators(3, 2))
    >>> backend(np.arange(36, dtype=np.int32), np.zeros((36, 6), np.float32)).shape
    TensorShape([36, 2])
"""

from __future__ import annotations

import typing
from collections.abc import Sequence

import cirq
import sympy

from diffqas_qlstm import config
from diffqas_qlstm.simulate.common import TFQ_DIFFERENTIATORS, Backend, Operator
from diffqas_qlstm.validation import ParameterError

BACKEND_KEY = "train.model.backend"
BACKENDS: tuple[str, ...] = typing.get_args(config.Backend)
DIFFERENTIATOR_KEY = "train.model.tfq_differentiator"
PRECISION_KEY = "train.model.precision"
PRECISIONS: tuple[str, ...] = typing.get_args(config.Precision)


def make_backend(
    name: str,
    circuits: Sequence[cirq.Circuit],
    symbols: Sequence[sympy.Symbol | str],
    operators: Sequence[Operator],
    *,
    tfq_differentiator: str = "adjoint",
    precision: str = "single",
) -> Backend:
    """Build backend ``name`` (one of :data:`BACKENDS`); circuits are converted here, once.

    ``tfq_differentiator`` (``'adjoint'`` or ``'parameter_shift'``) picks TFQ's gradient method;
    the statevector and fused backends differentiate exactly and accept only the default.
    ``precision`` ``'double'`` (statevector only) simulates in complex128 (results still float32).
    """
    if name not in BACKENDS:
        raise ParameterError(BACKEND_KEY, name, "one of " + ", ".join(f"'{b}'" for b in BACKENDS))
    if tfq_differentiator not in TFQ_DIFFERENTIATORS:
        raise ParameterError(DIFFERENTIATOR_KEY, tfq_differentiator, "one of 'adjoint', 'parameter_shift'")
    if precision not in PRECISIONS:
        raise ParameterError(PRECISION_KEY, precision, "one of " + ", ".join(f"'{p}'" for p in PRECISIONS))
    config.check_backend_settings(name, tfq_differentiator, precision)
    if name == "tfq":
        from diffqas_qlstm.simulate.tfq_backend import TfqBackend

        return TfqBackend(circuits, symbols, operators, differentiator=tfq_differentiator)
    if name == "fused":
        from diffqas_qlstm.simulate.fused_backend import FusedBackend

        return FusedBackend(circuits, symbols, operators)
    from diffqas_qlstm.simulate.statevector_backend import StatevectorBackend

    return StatevectorBackend(circuits, symbols, operators, precision=precision)

__all__ = ["BACKENDS", "BACKEND_KEY", "DIFFERENTIATOR_KEY", "PRECISIONS", "PRECISION_KEY", "TFQ_DIFFERENTIATORS", "Backend", "make_backend"]
