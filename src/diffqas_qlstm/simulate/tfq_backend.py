"""TensorFlow Quantum backend: one ``tfq.layers.Expectation`` call per batch.

Gradients come from TFQ's ``Adjoint`` differentiator (the default, and the paper's) or its
``ParameterShift`` one. Adjoint differentiates each parametrised gate by a float32 central
difference of its matrix (TFQ's ``adj_util.cc``, step 5e-3), so its gradients are only accurate to
about 1e-5 per gate and ~1e-4 over a circuit; parameter shift evaluates every symbol at ±π/2 and is
exact up to float32 rounding (~1e-6), at 2 × n_symbols evaluations per row.

Example:
    >>> import numpy as np
    >>> from diffqas_qlstm.circuits import BASELINES, build_circuits, circuit_symbols, readout_operators
    >>> backend = TfqBackend(build_circuits([BASELINES["baseline_1"]], 2, 1),
    ...                      circuit_symbols(2, 1), readout_operators(2, 1))
    >>> backend(np.array([0, 0], np.int32), np.zeros((2, 4), np.float32)).shape
    TensorShape([2, 1])
"""

from __future__ import annotations

from collections.abc import Sequence

import cirq
import sympy
import tensorflow as tf
import tensorflow_quantum as tfq

from diffqas_qlstm.simulate.common import TFQ_DIFFERENTIATORS, Operator, check_backend_inputs


def _on_all(circuit: cirq.Circuit, qubits: set[cirq.Qid]) -> cirq.Circuit:
    """TFQ needs every readout qubit in every circuit: add identities on the missing ones."""
    missing = sorted(qubits - circuit.all_qubits())
    return circuit + cirq.Moment(cirq.I(q) for q in missing) if missing else circuit


def _differentiator(name: str) -> tfq.differentiators.Differentiator:
    if name == "adjoint":
        return tfq.differentiators.Adjoint()
    if name == "parameter_shift":
        return tfq.differentiators.ParameterShift()
    raise ValueError(f"Unknown TFQ differentiator {name!r}: expected one of {', '.join(TFQ_DIFFERENTIATORS)}")


class TfqBackend:
    """``backend(circuit_ids [rows] int32, symbol_values [rows, n_symbols] float32) -> [rows, n_operators]``.

    Circuits and operators are serialised to tensors once, here; each call gathers the rows'
    circuits by id and runs a single ``Expectation`` over all rows. Works eagerly, inside
    ``tf.function`` and under ``tf.GradientTape`` (gradients w.r.t. ``symbol_values``).
    ``differentiator`` is ``'adjoint'`` (fast) or ``'parameter_shift'`` (exact to float32).
    """

    name = "tfq"

    def __init__(
        self,
        circuits: Sequence[cirq.Circuit],
        symbols: Sequence[sympy.Symbol | str],
        operators: Sequence[Operator],
        differentiator: str = "adjoint",
    ) -> None:
        differentiator_op = _differentiator(differentiator)
        self.differentiator = differentiator
        self.circuits, self.symbols, self.operators = check_backend_inputs(circuits, symbols, operators)
        self.n_symbols, self.n_operators = len(self.symbols), len(self.operators)
        qubits = set().union(*(c.all_qubits() for c in self.circuits), *(op.qubits for op in self.operators))
        self._circuit_tensor = tfq.convert_to_tensor([_on_all(c, qubits) for c in self.circuits])
        self._operator_tensor = tfq.convert_to_tensor([self.operators])
        self._symbol_names = tf.constant([s.name for s in self.symbols], dtype=tf.string)
        self._expectation = tfq.layers.Expectation(differentiator=differentiator_op)

    def __call__(self, circuit_ids: tf.Tensor, symbol_values: tf.Tensor) -> tf.Tensor:
        circuit_ids = tf.convert_to_tensor(circuit_ids, dtype=tf.int32)
        symbol_values = tf.convert_to_tensor(symbol_values, dtype=tf.float32)
        symbol_values.shape.assert_is_compatible_with([None, self.n_symbols])
        rows = tf.shape(circuit_ids)[0]
        result = self._expectation(
            tf.gather(self._circuit_tensor, circuit_ids),
            symbol_names=self._symbol_names,
            symbol_values=symbol_values,
            operators=tf.tile(self._operator_tensor, [rows, 1]),
        )
        return tf.ensure_shape(result, [None, self.n_operators])
