"""Fused CPU backend: each circuit runs whole on cache-resident tiles of rows (numba), with
adjoint gradients, exposed to TensorFlow as one op with a custom gradient.

The circuits are compiled once by :mod:`~diffqas_qlstm.simulate.fused_compile`, from the very
Cirq objects TFQ would run, into a flat instruction list per circuit
(:mod:`~diffqas_qlstm.simulate.fused_kernel` describes the kinds):

* ``cirq.Rx/Ry/Rz`` whose angle is one symbol → a rotation instruction (checked against
  ``cirq.unitary`` at compile time, as for the statevector backend);
* a fixed gate that permutes basis states (CNOT, SWAP, X, Toffoli, …) → no instruction at all: the
  permutation is folded into the slot tables of the instructions after it; its phases, if any
  (CZ, S, Z, …: a diagonal gate is a permutation with phases) → one phase instruction;
* any other fixed gate on one or two qubits (H, …) → a dense 2×2 / 4×4 instruction from
  ``cirq.unitary``; anything else (a non-unitary gate, a dense gate on three or more qubits, a
  parameterised gate other than those rotations) is refused with a ``ValueError`` naming it.

The readout operators must be diagonal (products of Z, with real coefficients).

A call sorts the rows by circuit, cuts them into tiles of ``TILE`` rows (the layout is kept per
distinct set of circuit ids, so repeated batch shapes pay for it once), and splits the tiles
over ``threads`` threads (the kernels release the GIL). The forward pass keeps each tile's
final state; the gradient runs the adjoint pass from it.

Example:
    >>> import numpy as np
    >>> from diffqas_qlstm.circuits import BASELINES, build_circuits, circuit_symbols, readout_operators
    >>> backend = FusedBackend(build_circuits([BASELINES["baseline_1"]], 2, 1),
    ...                        circuit_symbols(2, 1), readout_operators(2, 1))
    >>> np.round(backend(np.array([0], np.int32), np.zeros((1, 4), np.float32)).numpy(), 6)
    array([[0.]], dtype=float32)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import cirq
import numpy as np
import sympy
import tensorflow as tf

from diffqas_qlstm.simulate import fused_kernel as kernel
from diffqas_qlstm.simulate.common import Operator, check_backend_inputs
from diffqas_qlstm.simulate.fused_compile import compile_fused

INTRA_OP_VAR = "TF_NUM_INTRAOP_THREADS"
"""TensorFlow's own intra-op thread variable (the runners export it for their workers)."""


def default_threads() -> int:
    """Threads per call: TensorFlow's intra-op limit where one is set (``TF_NUM_INTRAOP_THREADS``,
    else ``tf.config.threading``), else the cores this process may use. A backend built with
    ``threads=`` uses that instead."""
    try:
        return max(1, int(os.environ[INTRA_OP_VAR]))
    except (KeyError, ValueError):
        pass
    configured = tf.config.threading.get_intra_op_parallelism_threads()
    if configured > 0:
        return configured
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


_TILES_PER_THREAD = 8
"""A call uses one more thread for every this many tiles (measured: 5 tiles are faster on one)."""

_LAYOUTS_KEPT = 16
"""Row layouts a backend remembers (a run uses a few: full batches, the last batch, the test set)."""


@dataclass(frozen=True)
class _Layout:
    """Rows sorted by circuit (``order``; ``rank`` undoes it) and cut into tiles of ``TILE`` rows
    of one circuit: tile t holds sorted rows ``tile_row[t] … + tile_len[t]`` of ``tile_circuit[t]``."""

    order: np.ndarray
    rank: np.ndarray
    tile_row: np.ndarray
    tile_len: np.ndarray
    tile_circuit: np.ndarray

    @property
    def tiles(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return self.tile_row, self.tile_len, self.tile_circuit

    @classmethod
    def of(cls, circuit_ids: np.ndarray, n_circuits: int) -> _Layout:
        rows = len(circuit_ids)
        if rows and (circuit_ids.min() < 0 or circuit_ids.max() >= n_circuits):
            raise ValueError(
                f"circuit ids must lie in [0, {n_circuits}), got {circuit_ids.min()}…{circuit_ids.max()}"
            )
        order = np.argsort(circuit_ids, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(rows)
        ids = circuit_ids[order]
        starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]]) if rows else np.zeros(0, np.int64)
        ends = np.r_[starts[1:], rows].astype(np.int64) if rows else np.zeros(0, np.int64)
        tiles_per_run = -(-(ends - starts) // kernel.TILE)
        first_tile = np.repeat(np.cumsum(tiles_per_run) - tiles_per_run, tiles_per_run)
        tile_row = (np.repeat(starts, tiles_per_run)
                    + kernel.TILE * (np.arange(int(tiles_per_run.sum())) - first_tile)).astype(np.int64)
        tile_len = np.minimum(np.repeat(ends, tiles_per_run) - tile_row, kernel.TILE).astype(np.int64)
        return cls(order, rank, tile_row, tile_len, ids[tile_row].astype(np.int64))


class FusedBackend:
    """``backend(circuit_ids [rows] int32, symbol_values [rows, n_symbols] float32) -> [rows, n_operators]``.

    Same contract and results as the TFQ and statevector backends; exact gradients by the adjoint
    method. ``threads`` (default :func:`default_threads`) splits each call's tiles.
    """

    name = "fused"

    def __init__(
        self,
        circuits: Sequence[cirq.Circuit],
        symbols: Sequence[sympy.Symbol | str],
        operators: Sequence[Operator],
        threads: int | None = None,
    ) -> None:
        self.circuits, self.symbols, self.operators = check_backend_inputs(circuits, symbols, operators)
        self.n_symbols, self.n_operators = len(self.symbols), len(self.operators)
        qubits = sorted(
            set().union(*(c.all_qubits() for c in self.circuits), *(op.qubits for op in self.operators))
        )
        self.program = compile_fused(self.circuits, self.symbols, self.operators, qubits)
        self.n_qubits, self.dim = len(qubits), self.program.dim
        self.threads = max(1, int(threads if threads is not None else default_threads()))
        self._pool: ThreadPoolExecutor | None = None
        self._pool_pid = -1
        self._args = self.program.kernel_arguments()
        self._layouts: dict[bytes, _Layout] = {}
        self._op = self._make_op()

    # ------------------------------------------------------------------ NumPy side
    def _layout(self, circuit_ids: np.ndarray) -> _Layout:
        """The tiles of this row layout, computed once per distinct ``circuit_ids`` (a training
        run repeats a handful of layouts: every full batch has the same one)."""
        key = circuit_ids.tobytes()
        layout = self._layouts.get(key)
        if layout is None:
            layout = _Layout.of(circuit_ids, len(self.circuits))
            if len(self._layouts) >= _LAYOUTS_KEPT:
                self._layouts.pop(next(iter(self._layouts)))
            self._layouts[key] = layout
        return layout

    def _angles(self, layout: _Layout, symbol_values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """cos(θ/2) and sin(θ/2) of the sorted rows as ``[n_symbols, rows + TILE]`` (padded so a
        tile may read ``TILE`` rows)."""
        rows = len(layout.order)
        half = np.zeros((self.n_symbols, rows + kernel.TILE), np.float32)
        half[:, :rows] = 0.5 * symbol_values[layout.order].T
        return np.cos(half), np.sin(half)

    def _parallel(self, function, n_tiles: int, *args) -> None:
        """Split the tiles evenly over the threads; the calling thread takes the last share. A
        hand-off to a pool thread costs ~0.1 ms here, the work of one to two tiles, so a thread
        is used only for every ``_TILES_PER_THREAD`` tiles."""
        threads = min(self.threads, max(1, n_tiles // _TILES_PER_THREAD))
        if threads <= 1:
            function(0, n_tiles, *args)
            return
        if self._pool is None or self._pool_pid != os.getpid():  # a new pool after fork
            self._pool = ThreadPoolExecutor(self.threads - 1, thread_name_prefix="fused")
            self._pool_pid = os.getpid()
        bounds = np.linspace(0, n_tiles, threads + 1).astype(np.int64)
        futures = [self._pool.submit(function, bounds[i], bounds[i + 1], *args) for i in range(threads - 1)]
        function(bounds[-2], bounds[-1], *args)
        for future in futures:
            future.result()

    def forward_numpy(self, circuit_ids: np.ndarray, symbol_values: np.ndarray):
        """Expectations ``[rows, n_operators]`` and the tiles' final states (for the gradient)."""
        circuit_ids = np.asarray(circuit_ids, np.int64)
        symbol_values = np.asarray(symbol_values, np.float32)
        layout = self._layout(circuit_ids)
        cos, sin = self._angles(layout, symbol_values)
        n_tiles = len(layout.tile_row)
        out = np.zeros((len(circuit_ids), self.n_operators), np.float32)
        state_re = np.empty((n_tiles, self.dim, kernel.TILE), np.float32)
        state_im = np.empty((n_tiles, self.dim, kernel.TILE), np.float32)
        self._parallel(kernel.forward_tiles, n_tiles, *layout.tiles, cos, sin,
                       *self._args, out, state_re, state_im)
        return out[layout.rank], state_re, state_im

    def backward_numpy(self, circuit_ids, symbol_values, state_re, state_im, upstream) -> np.ndarray:
        """``∂(Σ upstream · expectations)/∂symbol_values``, ``[rows, n_symbols]``."""
        circuit_ids = np.asarray(circuit_ids, np.int64)
        symbol_values = np.asarray(symbol_values, np.float32)
        layout = self._layout(circuit_ids)
        cos, sin = self._angles(layout, symbol_values)
        rows = len(circuit_ids)
        padded = np.zeros((rows + kernel.TILE, self.n_operators), np.float32)
        padded[:rows] = np.asarray(upstream, np.float32)[layout.order]
        grad = np.zeros((rows + kernel.TILE, self.n_symbols), np.float32)
        self._parallel(kernel.backward_tiles, len(layout.tile_row), *layout.tiles, cos, sin,
                       *self._args, padded, state_re, state_im, grad)
        return grad[layout.rank]

    # ------------------------------------------------------------------ TensorFlow side
    def __call__(self, circuit_ids: tf.Tensor, symbol_values: tf.Tensor) -> tf.Tensor:
        circuit_ids = tf.convert_to_tensor(circuit_ids, dtype=tf.int32)
        symbol_values = tf.convert_to_tensor(symbol_values, dtype=tf.float32)
        symbol_values.shape.assert_is_compatible_with([None, self.n_symbols])
        return self._op(circuit_ids, symbol_values)

    def _make_op(self):
        n_operators, n_symbols = self.n_operators, self.n_symbols

        @tf.custom_gradient
        def fused_expectation(circuit_ids: tf.Tensor, symbol_values: tf.Tensor):
            out, state_re, state_im = tf.numpy_function(
                self.forward_numpy, [circuit_ids, symbol_values], [tf.float32, tf.float32, tf.float32],
                stateful=False, name="fused_expectation",
            )
            out = tf.ensure_shape(out, [None, n_operators])

            def gradient(upstream: tf.Tensor):
                grad = tf.numpy_function(
                    self.backward_numpy, [circuit_ids, symbol_values, state_re, state_im, upstream],
                    tf.float32, stateful=False, name="fused_expectation_adjoint",
                )
                return None, tf.ensure_shape(grad, [None, n_symbols])

            return out, gradient

        return fused_expectation
