"""Finite shots and gate noise: a trained single-circuit model's test MSE when its ⟨Z⟩ are
estimated from ``shots`` measurements, or when a depolarizing channel follows every gate.

- **Shots** (:class:`ShotNoise`): the exact ⟨Z⟩ = m of each measured qubit becomes the mean of
  ``shots`` ±1 outcomes, i.e. ``2·Binomial(shots, (1 + m)/2)/shots − 1`` — the distribution a
  sampled expectation of one Pauli Z has — drawn from a seeded NumPy generator, so each draw is
  reproducible.
- **Depolarizing noise** (:class:`DepolarizingBackend`): ``cirq.depolarize(p, n_qubits=k)`` on the
  qubits of every k-qubit gate, right after it; expectations exact, from Cirq's density-matrix
  simulator (complex128) — no trajectories, so p = 0 gives the noiseless values.

Example:
    >>> import numpy as np, tensorflow as tf
    >>> exact = lambda ids, values: tf.constant([[0.5, -1.0]] * len(ids), tf.float32)
    >>> shots = ShotNoise(exact, shots=100, seed=0)
    >>> sample = shots(np.zeros(3, np.int32), np.zeros((3, 2), np.float32)).numpy()
    >>> sample.shape, bool(np.all(sample[:, 1] == -1.0)), bool(np.all(np.abs(sample[:, 0] - 0.5) < 0.5))
    ((3, 2), True, True)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import cirq
import numpy as np
import sympy
import tensorflow as tf

from diffqas_qlstm.simulate.common import Operator, check_backend_inputs


class ShotNoise:
    """``backend(ids, values)`` of an exact backend, each ⟨Z⟩ estimated from ``shots`` measurements."""

    def __init__(self, exact: Callable[..., tf.Tensor], shots: int, seed: int) -> None:
        self.exact, self.shots = exact, int(shots)
        self.rng = np.random.default_rng(seed)

    def __call__(self, circuit_ids: tf.Tensor, symbol_values: tf.Tensor) -> tf.Tensor:
        m = np.clip(np.asarray(self.exact(circuit_ids, symbol_values), np.float64), -1.0, 1.0)
        ones = self.rng.binomial(self.shots, (1.0 + m) / 2.0)
        return tf.constant(2.0 * ones / self.shots - 1.0, tf.float32)


def with_depolarizing(circuit: cirq.Circuit, p: float) -> cirq.Circuit:
    """``circuit`` with ``cirq.depolarize(p, n_qubits=k)`` after every k-qubit gate (none for p = 0)."""
    if p == 0:
        return circuit
    moments = []
    for moment in circuit:
        moments.append(moment)
        moments.append(cirq.Moment(cirq.depolarize(p, n_qubits=len(op.qubits)).on(*op.qubits) for op in moment))
    return cirq.Circuit(moments)


class DepolarizingBackend:
    """``backend(ids, values)`` with ``cirq.depolarize(p, n_qubits=k)`` after every k-qubit gate,
    exact: a batched density-matrix simulation in NumPy (complex128) of the same Cirq operations.

    Each circuit is read op by op (rotations through the statevector backend's
    :func:`~diffqas_qlstm.simulate.compile.check_rotation` rule, fixed gates by ``cirq.unitary``);
    the rows of one circuit are simulated together. The channel is applied as
    ρ → (1 − λ)·ρ + λ·(I/d ⊗ Tr_q ρ) with d = 2^k and λ = p·d²/(d² − 1), which is Cirq's
    depolarizing channel. Readouts must be products of Pauli Z (the model's ⟨Z_i⟩).
    """

    def __init__(
        self, circuits: Sequence[cirq.Circuit], symbols: Sequence[sympy.Symbol | str], operators: Sequence[Operator],
        p: float,
    ) -> None:
        from diffqas_qlstm.simulate.compile import ROTATION_FORMS, check_rotation

        circuits, symbols, operators = check_backend_inputs(circuits, symbols, operators)
        qubits = sorted(set().union(*(c.all_qubits() for c in circuits), *(op.qubits for op in operators)))
        self.n = len(qubits)
        axis = {q: i for i, q in enumerate(qubits)}
        columns = {s.name: j for j, s in enumerate(symbols)}
        self.p = float(p)
        self.programs: list[list[tuple]] = []
        checked: set = set()
        for circuit in circuits:
            program = []
            for op in circuit.all_operations():
                axes = tuple(axis[q] for q in op.qubits)
                if cirq.is_parameterized(op):
                    kind, column = check_rotation(op, columns, checked, backend="depolarizing")
                    program.append(("rotation", ROTATION_FORMS[kind], column, axes))
                else:
                    k = len(axes)
                    program.append(("fixed", cirq.unitary(op).reshape((2,) * (2 * k)), None, axes))
            self.programs.append(program)
        self.readout = []
        for op in operators:
            terms = list(op) if isinstance(op, cirq.PauliSum) else [op]
            parts = []
            for term in terms:
                if any(pauli != cirq.Z for pauli in term.values()):
                    raise ValueError(f"The depolarizing backend reads out products of Pauli Z only, not {term}")
                parts.append((float(np.real(term.coefficient)), tuple(axis[q] for q in term.qubits)))
            self.readout.append(parts)

    def _apply(self, rho: np.ndarray, matrices: np.ndarray, axes: tuple[int, ...], batched: bool) -> np.ndarray:
        """U ρ U† with U on ``axes`` (k qubits); ``matrices`` [2]*2k, or [rows, 2, 2] when ``batched``."""
        n = self.n
        for side, conj in ((1, False), (1 + n, True)):
            targets = [side + a for a in axes]
            u = np.conj(matrices) if conj else matrices
            if batched:  # one qubit, a matrix per row
                moved = np.moveaxis(rho, targets[0], 1)
                moved = np.einsum("rab,rb...->ra...", u, moved)
                rho = np.moveaxis(moved, 1, targets[0])
            else:
                k = len(axes)
                out = np.tensordot(u, rho, axes=(list(range(k, 2 * k)), targets))
                rho = np.moveaxis(out, list(range(k)), targets)
        return rho

    def _depolarize(self, rho: np.ndarray, axes: tuple[int, ...]) -> np.ndarray:
        """ρ → (1 − λ)·ρ + λ·(I/d ⊗ Tr_axes ρ) on the gate's qubits."""
        n, k = self.n, len(axes)
        d = 2**k
        lam = self.p * d * d / (d * d - 1)
        pairs = [1 + a for a in axes] + [1 + n + a for a in axes]
        last = list(range(rho.ndim - 2 * k, rho.ndim))
        moved = np.moveaxis(rho, pairs, last)
        shape = moved.shape
        block = moved.reshape(shape[: -2 * k] + (d, d))
        traced = np.trace(block, axis1=-2, axis2=-1)
        block = (1 - lam) * block + lam * traced[..., None, None] * (np.eye(d) / d)
        return np.moveaxis(block.reshape(shape), last, pairs)

    def __call__(self, circuit_ids: tf.Tensor, symbol_values: tf.Tensor) -> tf.Tensor:
        ids = np.asarray(circuit_ids)
        values = np.asarray(symbol_values, np.float64)
        n, dim = self.n, 2 ** self.n
        out = np.zeros((len(ids), len(self.readout)))
        signs = 1.0 - 2.0 * np.array(list(np.ndindex(*([2] * n))), dtype=np.float64)  # [dim, n]
        for circuit_id in np.unique(ids):
            rows = np.flatnonzero(ids == circuit_id)
            rho = np.zeros((len(rows), dim, dim), np.complex128)
            rho[:, 0, 0] = 1.0
            rho = rho.reshape((len(rows),) + (2,) * (2 * n))
            for kind, matrices, column, axes in self.programs[circuit_id]:
                if kind == "rotation":
                    half = values[rows, column] / 2.0
                    u = np.cos(half)[:, None, None] * matrices[0] + np.sin(half)[:, None, None] * matrices[1]
                    rho = self._apply(rho, u, axes, batched=True)
                else:
                    rho = self._apply(rho, matrices, axes, batched=False)
                if self.p > 0:
                    rho = self._depolarize(rho, axes)
            probabilities = np.real(np.diagonal(rho.reshape(len(rows), dim, dim), axis1=1, axis2=2))
            for o, parts in enumerate(self.readout):
                out[rows, o] = sum(c * probabilities @ np.prod(signs[:, list(a)], axis=1) for c, a in parts)
        return tf.constant(out, tf.float32)


def spaced_test_windows(windows: Mapping[str, np.ndarray], limit: int | None) -> dict[str, np.ndarray]:
    """``windows`` with at most ``limit`` test windows, evenly spaced over the test part, first and
    last included (``None``, or no more windows than ``limit``: all of them).

    Example:
        >>> w = {"x_test": np.arange(10.0)[:, None], "y_test": np.arange(10.0)}
        >>> spaced_test_windows(w, 4)["y_test"].tolist()
        [0.0, 3.0, 6.0, 9.0]
    """
    n = len(windows["y_test"])
    if limit is None or n <= limit:
        return dict(windows)
    keep = np.unique(np.round(np.linspace(0, n - 1, limit)).astype(int))
    return {**windows, "x_test": np.asarray(windows["x_test"])[keep], "y_test": np.asarray(windows["y_test"])[keep]}


def noisy_test_mse(
    model, windows, *, shots: Sequence[int], strengths: Sequence[float], draws: int, seed: int,
    batch_size: int = 512,
) -> list[dict[str, float | int | str]]:
    """The test MSE of a single-circuit ``model`` exactly, with each shot count (``draws`` seeded
    draws) and with each depolarizing strength; one record per evaluation
    (``kind`` exact | shots | depolarizing, ``level``, ``draw``, ``test_mse``)."""
    from diffqas_qlstm.training import mse, predict

    x, y = np.asarray(windows["x_test"]), np.asarray(windows["y_test"])
    exact = model.backend
    records: list[dict[str, float | int | str]] = [
        {"kind": "exact", "level": 0, "draw": 0, "test_mse": mse(predict(model, x, batch_size), y)}
    ]
    try:
        for count in shots:
            for draw in range(draws):
                model.backend = ShotNoise(exact, count, seed=np.random.SeedSequence([seed, count, draw]).entropy)
                records.append({"kind": "shots", "level": count, "draw": draw,
                                "test_mse": mse(predict(model, x, batch_size), y)})
        for p in strengths:
            model.backend = DepolarizingBackend(model.circuits, model.symbols, model.operators, p)
            records.append({"kind": "depolarizing", "level": p, "draw": 0,
                            "test_mse": mse(predict(model, x, batch_size), y)})
    finally:
        model.backend = exact
    return records
