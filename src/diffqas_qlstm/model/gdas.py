"""A search with no derivation gap (SPEC §6): Gumbel-softmax sampling of one candidate per gate.

GDAS (Dong & Yang, CVPR 2019) in the QLSTM: each gate k has logits α_k over its N candidates. Per
training batch one candidate j_k per gate is drawn from the Gumbel-softmax
``soft = softmax((α_k + G) / τ)`` (G Gumbel noise), ``j_k = argmax soft``; the gate is
``Q_k(v) = h_{j_k} · f_{j_k}(v; θ_{k,j_k})`` with the straight-through weight
``h = one_hot(j_k) − stop_gradient(soft) + soft`` (value exactly 1, gradient that of the soft
sample, so every logit learns). Only the sampled circuits are simulated: a step costs four circuits
per window instead of 4·N. The temperature τ falls linearly from ``tau_max`` to ``tau_min`` over the
epochs (:meth:`GumbelQuantumLSTM.on_epoch_begin`, called by the training loop). Candidates marked
``excluded`` for a gate (:func:`~diffqas_qlstm.model.variants.build_model` passes those the search-space
audit says kill it, as the derivation excludes them) are never drawn nor the argmax: their logit is
masked. A search that samples a dead update gate trains a cell whose state stays 0 for that batch,
and spends its steps on θ no derived circuit can use. Outside training
the model is its current argmax architecture, so the per-epoch test MSE is that single circuit's;
the derived model is the argmax of the final logits, re-trained like every derived model.

The straight-through weight carries ``d loss / d h``: whether scaling the sampled circuit's output up
would help, not whether that circuit beats the others, so its logits can stay near uniform (on the
paper grid the top softmax weight ends at 0.03–0.2 of 36 candidates). ``estimator="reinforce"``
learns the logits from the loss itself instead (the score function, as ENAS): each window of a batch
draws its own architecture from ``softmax(α)`` (the same four circuits per window, so the same cost),
and ``d/dα`` of :meth:`GumbelQuantumLSTM.search_objective` is
``mean_i A_i ∇ log p(arch_i)`` with the leave-one-out advantage
``A_i = e_i − mean_{i'≠i} e_{i'}`` (``e_i`` the window's squared error): an unbiased estimate of
``∇ E[loss]`` that raises the logits of circuits whose windows came out better than the batch's
others. ``baseline="greedy"`` takes the self-critical advantage instead (Rennie et al., CVPR 2017):
``A_i = e_i − g_i`` with ``g_i`` the same window's squared error under the current argmax
architecture (:meth:`GumbelQuantumLSTM.reference_errors`, which the training loop computes in its
own compiled call before each step): one more forward pass of a single circuit per gate, no
gradient through it. It removes
each window's own difficulty from the advantage, and a window that drew the argmax itself has
``A_i = 0``; ``g_i`` does not depend on the draw, so the estimate stays unbiased.
τ plays no part there. θ and the head learn from the sampled circuits either way.

The draws are stateless, seeded by (seed, step) with the step counter a model weight, so a run
resumed from its checkpoint draws the same candidates as an uninterrupted one.

Example:
    >>> from diffqas_qlstm.circuits import SearchSpace
    >>> space = SearchSpace.from_parameters({"hadamard": [True], "encoding": ["ry"],
    ...     "entangler": ["brick"], "variational": ["ry", "rz"]})
    >>> m = GumbelQuantumLSTM(space.candidates(), hidden_size=2, depth=1, backend="statevector", seed=0)
    >>> m(tf.zeros([3, 4]), training=True).shape, int(m.step.numpy())
    (TensorShape([3]), 1)
    >>> m.on_epoch_begin(1, 10); float(m.tau.numpy())
    10.0
    >>> r = GumbelQuantumLSTM(space.candidates(), hidden_size=2, depth=1, backend="statevector", seed=0,
    ...                       estimator="reinforce")
    >>> x, y = tf.zeros([3, 4]), tf.ones([3])
    >>> errors = tf.square(r(x, training=True) - y)
    >>> r.last_draw.shape.as_list(), r.search_objective(errors).shape.as_list()
    ([3, 4], [])
    >>> g = GumbelQuantumLSTM(space.candidates(), hidden_size=2, depth=1, backend="statevector", seed=0,
    ...                       estimator="reinforce", baseline="greedy")
    >>> reference = g.reference_errors(x, y)  # the argmax architecture's errors, before the step
    >>> g.search_objective(tf.square(g(x, training=True) - y), reference).shape.as_list()
    []
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import numpy as np
import tensorflow as tf

from diffqas_qlstm.circuits import Candidate
from diffqas_qlstm.model.qlstm import QuantumLSTM


ESTIMATORS = ("straight_through", "reinforce")
BASELINES = ("leave_one_out", "greedy")


class GumbelQuantumLSTM(QuantumLSTM):
    """The QLSTM searched by Gumbel-softmax sampling (see the module's text).

    Args:
        candidates: the N candidates every gate chooses among.
        tau_max, tau_min: the temperature at the first and the last epoch.
        seed: seeds θ, the head and the draws.
        excluded: [4][N] booleans, True where gate k may not use candidate j (None: every one may);
            each gate keeps at least one candidate.
        estimator: how the logits learn: ``straight_through`` (GDAS: one draw per batch, the
            straight-through weight) or ``reinforce`` (one draw per window, the score function with a
            leave-one-out advantage; see the module's text).
        baseline: the score function's baseline (``reinforce`` only): ``leave_one_out`` (the batch's
            other windows) or ``greedy`` (the same window under the argmax architecture).
        **kwargs: as :class:`QuantumLSTM` (``arch_mode`` is ``softmax``: a = softmax(α), α₀ = 0).
    """

    def __init__(self, candidates: Sequence[Candidate], *, tau_max: float = 10.0, tau_min: float = 0.1,
                 seed: int = 0, excluded: Sequence[Sequence[bool]] | None = None,
                 estimator: Literal["straight_through", "reinforce"] = "straight_through",
                 baseline: Literal["leave_one_out", "greedy"] = "leave_one_out", **kwargs) -> None:
        if estimator not in ESTIMATORS:
            raise ValueError(f"estimator must be one of {ESTIMATORS}, got {estimator!r}")
        if baseline not in BASELINES:
            raise ValueError(f"baseline must be one of {BASELINES}, got {baseline!r}")
        super().__init__(candidates, arch_mode="softmax", seed=seed, **kwargs)
        self.estimator = estimator
        self.baseline = baseline
        self.last_draw: tf.Tensor | None = None  # [batch, 4]: each window's candidates (reinforce)
        mask = np.zeros((4, self.n_candidates), bool) if excluded is None else np.asarray(excluded, bool)
        if mask.shape != (4, self.n_candidates):
            raise ValueError(f"excluded has one row per gate and one column per candidate, (4, {self.n_candidates}); "
                             f"got shape {mask.shape}")
        if mask.all(axis=1).any():
            raise ValueError(f"excluded leaves gate {int(np.argmax(mask.all(axis=1)))} no candidate to draw")
        self.excluded = mask
        self._logit_mask = tf.constant(np.where(mask, -1e9, 0.0).astype(np.float32))
        self.tau_max, self.tau_min = float(tau_max), float(tau_min)
        self.draw_seed = int(seed)
        self.step = self.add_weight(name="gdas_step", shape=(), dtype=tf.int64,
                                    initializer="zeros", trainable=False)
        self.tau = self.add_weight(name="gdas_tau", shape=(), dtype=tf.float32,
                                   initializer=tf.constant_initializer(self.tau_max), trainable=False)

    def on_epoch_begin(self, epoch: int, epochs: int) -> None:
        """τ for epoch ``epoch`` (1-based) of ``epochs``: linear from ``tau_max`` to ``tau_min``."""
        fraction = (epoch - 1) / max(epochs - 1, 1)
        self.tau.assign(self.tau_max - (self.tau_max - self.tau_min) * min(max(fraction, 0.0), 1.0))

    def _logits(self) -> tf.Tensor:
        logits = self.arch if self.arch_lr_scale == 1.0 else self.arch_lr_scale * self.arch
        return logits + self._logit_mask

    def _gumbel(self, shape: Sequence[int | tf.Tensor]) -> tf.Tensor:
        """Gumbel noise of ``shape`` for the next draw: stateless, seeded by (seed, step), the step advanced."""
        step = self.step.assign_add(1)
        seed = tf.stack([tf.constant(self.draw_seed, tf.int64), step])
        uniform = tf.random.stateless_uniform(shape, seed=seed, minval=1e-10, maxval=1.0)
        return -tf.math.log(-tf.math.log(uniform))

    def sample(self) -> tuple[tf.Tensor, tf.Tensor]:
        """One draw: each gate's candidate index [4] and its straight-through weight [4] (value 1)."""
        gumbel = self._gumbel((4, self.n_candidates))
        soft = tf.nn.softmax((self._logits() + gumbel) / self.tau, axis=-1)
        index = tf.argmax(soft, axis=-1, output_type=tf.int32)
        hard = tf.one_hot(index, self.n_candidates)
        weight = hard - tf.stop_gradient(soft) + soft
        return index, tf.gather(weight, index, batch_dims=1)

    def sample_per_window(self, batch: tf.Tensor) -> tf.Tensor:
        """One architecture per window, drawn from ``softmax(α)`` (Gumbel-max): indices [batch, 4]."""
        gumbel = self._gumbel((batch, 4, self.n_candidates))
        return tf.argmax(self._logits()[None] + gumbel, axis=-1, output_type=tf.int32)

    @property
    def needs_reference_errors(self) -> bool:
        """Whether :meth:`search_objective` needs :meth:`reference_errors` (the ``greedy`` baseline)."""
        return self.estimator == "reinforce" and self.baseline == "greedy"

    def reference_errors(self, x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        """The windows' squared errors [batch] under the current argmax architecture: the ``greedy``
        baseline, computed before the training step (``[0]``, nothing, for the other estimators)."""
        if not self.needs_reference_errors:
            return tf.zeros([0], tf.float32)
        return tf.square(self(x, training=False) - y)

    def search_objective(self, errors: tf.Tensor, reference: tf.Tensor | None = None) -> tf.Tensor:
        """What the training step differentiates, given the batch's squared errors [batch] of the last
        training call (and, for the ``greedy`` baseline, :meth:`reference_errors` of the same windows,
        taken before that call): their mean, plus (``reinforce``) the score-function term, whose value
        is 0 and whose gradient in α is ``mean_i A_i ∇ log p(arch_i)``. With the ``leave_one_out``
        baseline a batch of one window has no baseline: its α gradient is 0."""
        loss = tf.reduce_mean(errors)
        if self.estimator != "reinforce" or self.last_draw is None:
            return loss
        if self.needs_reference_errors:
            if reference is None or reference.shape.rank != 1 or reference.shape[0] == 0:
                raise ValueError("the greedy baseline compares each window with its error under the argmax "
                                 "architecture: give search_objective reference_errors(x, y) of the same batch")
            advantage = tf.stop_gradient(errors - reference)
        else:
            count = tf.cast(tf.shape(errors)[0], errors.dtype)
            others = (tf.reduce_sum(errors) - errors) / tf.maximum(count - 1.0, 1.0)
            advantage = tf.stop_gradient(tf.where(count > 1.0, errors - others, tf.zeros_like(errors)))
        log_p = tf.nn.log_softmax(self._logits(), axis=-1)                      # [4, N]
        # log p(arch_i) = Σ_k log_p[k, draw[i, k]]: [batch]
        chosen = tf.reduce_sum(tf.gather(log_p, tf.transpose(self.last_draw), axis=1, batch_dims=1), axis=0)
        score = tf.reduce_mean(advantage * chosen)
        return loss + score - tf.stop_gradient(score)

    def argmax(self) -> tf.Tensor:
        """Each gate's most likely candidate, [4]."""
        return tf.argmax(self._logits(), axis=-1, output_type=tf.int32)

    def single_gates(self, index: tf.Tensor, weight: tf.Tensor) -> Callable[[tf.Tensor], tf.Tensor]:
        """v → Q(v) [batch, 4, hidden] with candidate ``index[k]`` on gate k, scaled by ``weight[k]``:
        one backend call of 4 rows per window."""
        ids = tf.gather(tf.reshape(self._ids_per_sample, (4, self.n_candidates)), index, batch_dims=1)
        theta = tf.reshape(tf.gather(self.full_theta(), index, batch_dims=1), (1, 4, self.depth * self.n_qubits))

        def gates(v: tf.Tensor) -> tf.Tensor:
            batch = tf.shape(v)[0]
            angles = tf.broadcast_to(self.encode(v)[:, None, :], (batch, 4, self.n_qubits))
            values = tf.concat([angles, tf.broadcast_to(theta, (batch, 4, self.depth * self.n_qubits))], axis=-1)
            expectations = self.backend(tf.tile(ids, [batch]), tf.reshape(values, (-1, len(self.symbols))))
            return tf.reshape(expectations, (batch, 4, self.hidden_size)) * weight[None, :, None]

        return gates

    def per_window_gates(self, index: tf.Tensor) -> Callable[[tf.Tensor], tf.Tensor]:
        """v → Q(v) [batch, 4, hidden] with candidate ``index[b, k]`` on gate k of window b (weight 1)."""
        n = self.n_candidates
        ids_table = tf.reshape(self._ids_per_sample, (4, n))
        ids = tf.gather(ids_table, tf.transpose(index), axis=1, batch_dims=1)          # [4, batch]
        theta = tf.transpose(tf.gather(tf.reshape(self.full_theta(), (4, n, self.depth * self.n_qubits)),
                                       tf.transpose(index), axis=1, batch_dims=1), (1, 0, 2))  # [batch, 4, P]
        rows = tf.reshape(tf.transpose(ids), [-1])                                     # batch-major, then gate

        def gates(v: tf.Tensor) -> tf.Tensor:
            batch = tf.shape(v)[0]
            angles = tf.broadcast_to(self.encode(v)[:, None, :], (batch, 4, self.n_qubits))
            values = tf.concat([angles, theta], axis=-1)
            expectations = self.backend(rows, tf.reshape(values, (-1, len(self.symbols))))
            return tf.reshape(expectations, (batch, 4, self.hidden_size))

        return gates

    def _gates(self, training: bool | None = None, batch: tf.Tensor | None = None) -> Callable[[tf.Tensor], tf.Tensor]:
        if training and self.estimator == "reinforce":
            self.last_draw = self.sample_per_window(batch)
            return self.per_window_gates(self.last_draw)
        if training:
            return self.single_gates(*self.sample())
        return self.single_gates(self.argmax(), tf.ones(4))
