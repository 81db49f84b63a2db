"""Dense state-vector backend in TensorFlow (complex64, or complex128 with ``precision="double"``),
gradients by autodiff.

The circuits are compiled once (:mod:`diffqas_qlstm.simulate.compile`) from the very Cirq objects
TFQ would run. A call gathers each row's per-step data by circuit id and applies the common step
pattern to all rows at once:

* fixed step — ``state @ [U_1ᵀ | … | U_Kᵀ]`` over the K distinct unitaries of that step (one GEMM),
  then each row keeps the block of its circuit; the first fixed step is just column 0 of ``U``;
* rotation layer — qubit by qubit, the state viewed as ``[rows, 2, dim/2]`` with that qubit leading
  is multiplied by the rows' 2×2 matrices and transposed so the next qubit leads (after all
  qubits the order is restored);
* readout — ``|ψ|² @ diag(O)`` for diagonal operators (Z strings), ``Re ψ* · Oψ`` otherwise.

Dense unitaries are ``[2ⁿ, 2ⁿ]``: meant for the small registers of QLSTM gates (n ≲ 10).

Example:
    >>> import numpy as np
    >>> from diffqas_qlstm.circuits import BASELINES, build_circuits, circuit_symbols, readout_operators
    >>> backend = StatevectorBackend(build_circuits([BASELINES["baseline_1"]], 2, 1),
    ...                              circuit_symbols(2, 1), readout_operators(2, 1))
    >>> np.round(backend(np.array([0], np.int32), np.zeros((1, 4), np.float32)).numpy(), 6)
    array([[0.]], dtype=float32)
"""

from __future__ import annotations

from collections.abc import Sequence

import cirq
import numpy as np
import sympy
import tensorflow as tf

from diffqas_qlstm.simulate.common import Operator, check_backend_inputs
from diffqas_qlstm.simulate.compile import FixedStep, compile_circuits


def _readout_matrices(operators: Sequence[Operator], qubits: Sequence[cirq.Qid]) -> np.ndarray:
    return np.stack([np.asarray(op.matrix(qubits), dtype=np.complex128) for op in operators])


def _monomial_tables(matrices: np.ndarray, dtype: tf.DType) -> tuple[tf.Tensor, tf.Tensor] | None:
    """For unitaries with one non-zero per row (permutations with phases, e.g. CNOT and CZ
    layers): ``(source [K, dim], phase [K, dim])`` with ``(Uψ)_j = phase_j · ψ_source_j``;
    None if any matrix is not of that form.
    """
    nonzero = np.abs(matrices) > 1e-12
    if not (nonzero.sum(axis=2) == 1).all():
        return None
    sources = np.argmax(nonzero, axis=2)
    phases = np.take_along_axis(matrices, sources[:, :, None], axis=2)[:, :, 0]
    return tf.constant(sources, tf.int32), tf.constant(phases, dtype)


class StatevectorBackend:
    """``backend(circuit_ids [rows] int32, symbol_values [rows, n_symbols] float32) -> [rows, n_operators]``.

    Same contract and results as :class:`~diffqas_qlstm.simulate.tfq_backend.TfqBackend`; raises
    ``ValueError`` at construction for a gate it cannot simulate (see ``compile_circuits``).
    ``precision="double"`` simulates in complex128 from float64 angles (the first author's QLSTM
    trains in float64); the results are cast back to float32, the dtype of the rest of the model.
    """

    name = "statevector"

    def __init__(
        self,
        circuits: Sequence[cirq.Circuit],
        symbols: Sequence[sympy.Symbol | str],
        operators: Sequence[Operator],
        *,
        precision: str = "single",
    ) -> None:
        if precision not in ("single", "double"):
            raise ValueError(f"precision must be 'single' or 'double', got {precision!r}")
        self.precision = precision
        complex_dtype = tf.complex128 if precision == "double" else tf.complex64
        self._real = tf.float64 if precision == "double" else tf.float32
        self._complex = complex_dtype
        self.circuits, self.symbols, self.operators = check_backend_inputs(circuits, symbols, operators)
        self.n_symbols, self.n_operators = len(self.symbols), len(self.operators)
        qubits = sorted(
            set().union(*(c.all_qubits() for c in self.circuits), *(op.qubits for op in self.operators))
        )
        self.program = compile_circuits(self.circuits, self.symbols, qubits)
        self.n_qubits, self.dim = len(qubits), 2 ** len(qubits)
        kinds, columns = self.program.rotation_tables()
        self._n_layers = kinds.shape[1]
        self._kinds, self._columns = tf.constant(kinds, tf.int32), tf.constant(columns, tf.int32)
        self._forms = tf.constant(self.program.forms, complex_dtype)
        self._fixed = [
            (
                tf.constant(np.concatenate([m.T for m in s.matrices], axis=1), complex_dtype),
                tf.constant(s.matrices[:, :, 0], complex_dtype),
                tf.constant(s.index, tf.int32),
                len(s.matrices),
                _monomial_tables(s.matrices, complex_dtype),
            )
            for s in self.program.steps
            if isinstance(s, FixedStep)
        ]
        observables = _readout_matrices(self.operators, qubits)
        self._diagonal = all(np.count_nonzero(o - np.diag(np.diag(o))) == 0 for o in observables)
        if self._diagonal:
            self._readout = tf.constant(np.real(np.einsum("kii->ik", observables)), self._real)
        else:
            self._readout = tf.constant(np.concatenate([o.T for o in observables], axis=1), complex_dtype)
        self._run = tf.function(
            self._simulate,
            input_signature=[
                tf.TensorSpec([None], tf.int32),
                tf.TensorSpec([None, self.n_symbols], tf.float32),
            ],
        )

    def __call__(self, circuit_ids: tf.Tensor, symbol_values: tf.Tensor) -> tf.Tensor:
        circuit_ids = tf.convert_to_tensor(circuit_ids, dtype=tf.int32)
        symbol_values = tf.convert_to_tensor(symbol_values, dtype=tf.float32)
        symbol_values.shape.assert_is_compatible_with([None, self.n_symbols])
        return self._run(circuit_ids, symbol_values)

    def _rotation_matrices(self, circuit_ids: tf.Tensor, symbol_values: tf.Tensor) -> list[tf.Tensor]:
        """Per-row 2×2 matrices ``cos(θ/2)·A + sin(θ/2)·B``, listed by (layer, qubit)."""
        rows = tf.shape(circuit_ids)[0]
        symbol_values = tf.cast(symbol_values, self._real)
        padded = tf.concat([symbol_values, tf.zeros([rows, 1], symbol_values.dtype)], axis=1)
        columns = tf.reshape(tf.gather(self._columns, circuit_ids), [rows, -1])
        half = tf.gather(padded, columns, batch_dims=1) / 2.0
        forms = tf.gather(self._forms, tf.reshape(tf.gather(self._kinds, circuit_ids), [rows, -1]))
        # tf.complex (not tf.cast) so the backward pass takes the real part without a warning.
        zero = tf.zeros_like(half)
        cos = tf.complex(tf.cos(half), zero)[:, :, None, None]
        sin = tf.complex(tf.sin(half), zero)[:, :, None, None]
        matrices = cos * forms[:, :, 0] + sin * forms[:, :, 1]
        return tf.unstack(tf.transpose(matrices, [1, 0, 2, 3]), num=self._n_layers * self.n_qubits)

    def _simulate(self, circuit_ids: tf.Tensor, symbol_values: tf.Tensor) -> tf.Tensor:
        rows, dim = tf.shape(circuit_ids)[0], self.dim
        matrices = self._rotation_matrices(circuit_ids, symbol_values)
        state = tf.tile(tf.one_hot([0], dim, dtype=self._complex), [rows, 1])
        fixed, layer = iter(self._fixed), 0
        for i, step in enumerate(self.program.steps):
            if isinstance(step, FixedStep):
                stacked, first_columns, index, count, monomial = next(fixed)
                which = tf.gather(index, circuit_ids)
                if i == 0:
                    state = tf.gather(first_columns, which)
                elif monomial is not None:
                    # CNOT/CZ layers: one non-zero per row, so U·ψ is a gather and a phase (O(2ⁿ)).
                    sources, phases = monomial
                    state = tf.gather(state, tf.gather(sources, which), batch_dims=1)
                    state = state * tf.gather(phases, which)
                elif count == 1:
                    state = tf.matmul(state, stacked)
                else:
                    blocks = tf.reshape(tf.matmul(state, stacked), [rows, count, dim])
                    state = tf.gather(blocks, which, batch_dims=1)
                continue
            for q in range(self.n_qubits):
                view = tf.reshape(state, [rows, 2, dim // 2])
                if np.any(step.kinds[:, q]):
                    view = tf.matmul(matrices[layer * self.n_qubits + q], view)
                state = tf.reshape(tf.transpose(view, [0, 2, 1]), [rows, dim])
            layer += 1
        if self._diagonal:
            probabilities = tf.math.real(state) ** 2 + tf.math.imag(state) ** 2
            return tf.cast(tf.matmul(probabilities, self._readout), tf.float32)
        applied = tf.reshape(tf.matmul(state, self._readout), [rows, self.n_operators, dim])
        return tf.cast(tf.math.real(tf.reduce_sum(tf.math.conj(state)[:, None, :] * applied, axis=-1)), tf.float32)
