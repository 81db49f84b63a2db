"""The quantum LSTM of SPEC §4.1 with the DiffQAS ensemble of §4.3 as its gate circuits.

Every gate k ∈ (forget, input, update, output) is Q_k(v) = Σ_j a_{k,j} · f_j(v; θ_{k,j}): a weighted
sum over N candidate circuits. A single candidate with a fixed weight 1 is a hand-designed
baseline, so all quantum variants share this one class. Per time step the whole batch × 4 gates ×
N candidates goes to the simulator backend in ONE call (rows ordered batch-major, then gate, then
candidate).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import tensorflow as tf

from diffqas_qlstm.circuits import (
    Candidate,
    build_circuits,
    circuit_symbols,
    readout_operators,
)
from diffqas_qlstm.config.blocks import ModelConfig
from diffqas_qlstm.config.names import GATE_NAMES
from diffqas_qlstm.simulate import make_backend

ThetaMode = Literal["nonshared", "shared"]
ArchMode = Literal["linear", "softmax", "fixed"]


class QuantumLSTM(tf.keras.Model):
    """QLSTM whose four gates are (ensembles of) variational quantum circuits.

    Args:
        candidates: the N candidate circuits each gate mixes (one for a baseline), or four such
            lists of equal length, one per gate (e.g. a derived model: a different single
            circuit per gate).
        hidden_size: size of h and c; also the number of measured qubits.
        input_size: features per time step; ``n_qubits = input_size + hidden_size``.
        depth: variational layers per circuit.
        theta_mode: ``nonshared`` (θ of shape [4, N, depth, n_qubits]) or ``shared``
            ([4, depth, n_qubits], one θ per gate shared by its candidates).
        trainable_theta: False freezes θ at uniform [0, 2π) draws (reservoir variants).
        arch_mode: ``linear`` (a = w, w₀ = 1/N), ``softmax`` (a = softmax(α), α₀ = 0) or
            ``fixed`` (a = 1, untrained: a single hand-designed circuit).
        backend: simulator backend name (``tfq``, ``statevector`` or ``fused``).
        tfq_differentiator: TFQ's gradient method, ``adjoint`` or ``parameter_shift`` (tfq only).
        encoding_transform: ``identity`` (angle = feature) or ``arctan``.
        init_scale: θ ~ init_scale · N(0, 1) for trainable θ (the paper's code uses 0.01).
        arch_init: initial value of every architecture weight (``linear``: a₀; ``softmax``: α₀,
            which has no effect since softmax ignores a common shift); None: 1/N linear, 0 softmax.
        arch_lr_scale: the architecture weights' learning rate relative to θ's. The variable
            ``arch`` holds w with a = arch_lr_scale · w (α for softmax), so RMSprop, whose steps
            are ~lr in w whatever the gradient's size, moves a by ~arch_lr_scale · lr.
        seed: seeds every random initial value.

    Example:
        >>> from diffqas_qlstm.circuits import BASELINES
        >>> model = QuantumLSTM([BASELINES["baseline_1"]], hidden_size=2, depth=1,
        ...                     arch_mode="fixed", seed=0)
        >>> model(tf.zeros([3, 4])).shape
        TensorShape([3])
    """

    @classmethod
    def from_config(cls, candidates: Sequence[Candidate] | Sequence[Sequence[Candidate]], model: ModelConfig,
                    *, seed: int = 0, **settings) -> QuantumLSTM:
        """The cell of ``train.model`` (``ModelConfig``: size, depth, simulator, initialisation) over
        ``candidates``; ``settings`` are what the variant decides (``theta_mode``, ``arch_mode``, …).

        Example:
            >>> from diffqas_qlstm.circuits import BASELINES
            >>> cell = QuantumLSTM.from_config([BASELINES["baseline_1"]], ModelConfig(hidden_size=2, depth=1),
            ...                                arch_mode="fixed")
            >>> cell.n_qubits, cell.depth, cell.backend_name
            (3, 1, 'tfq')
        """
        return cls(candidates, hidden_size=model.hidden_size, input_size=model.input_size, depth=model.depth,
                   backend=model.backend, tfq_differentiator=model.tfq_differentiator,
                   encoding_transform=model.encoding_transform, init_scale=model.init_scale,
                   precision=model.precision, init_perturbation=model.init_perturbation, seed=seed, **settings)

    def __init__(
        self,
        candidates: Sequence[Candidate] | Sequence[Sequence[Candidate]],
        *,
        hidden_size: int,
        input_size: int = 1,
        depth: int,
        theta_mode: ThetaMode = "nonshared",
        trainable_theta: bool = True,
        arch_mode: ArchMode = "linear",
        backend: str = "tfq",
        tfq_differentiator: str = "adjoint",
        encoding_transform: str = "identity",
        init_scale: float = 0.01,
        arch_init: float | None = None,
        arch_lr_scale: float = 1.0,
        precision: str = "single",
        init_perturbation: float = 0.0,
        seed: int = 0,
    ) -> None:
        super().__init__()
        if candidates and isinstance(candidates[0], Candidate):
            gate_candidates = [list(candidates) for _ in GATE_NAMES]
        else:
            gate_candidates = [list(c) for c in candidates]
        if len(gate_candidates) != 4 or len({len(c) for c in gate_candidates}) != 1:
            raise ValueError("Give one candidate list, or four of equal length (one per gate)")
        self.gate_candidates = gate_candidates
        # Distinct circuits, in order of first use; ``candidates`` of an ensemble is its list.
        self.candidates = list(dict.fromkeys(c for per_gate in gate_candidates for c in per_gate))
        self.hidden_size = hidden_size
        self.input_size = input_size
        self.n_qubits = input_size + hidden_size
        self.depth = depth
        self.theta_mode = theta_mode
        self.arch_mode = arch_mode
        self.arch_lr_scale = float(arch_lr_scale)
        self.encoding_transform = encoding_transform
        self.backend_name = backend
        n_candidates = len(gate_candidates[0])
        self.n_candidates = n_candidates
        if arch_mode == "fixed" and n_candidates != 1:
            raise ValueError("arch_mode 'fixed' needs exactly one candidate circuit")

        self.circuits = build_circuits(self.candidates, self.n_qubits, depth)
        self.symbols = circuit_symbols(self.n_qubits, depth)
        self.operators = readout_operators(self.n_qubits, hidden_size)
        self.backend = make_backend(
            backend, self.circuits, self.symbols, self.operators, tfq_differentiator=tfq_differentiator,
            precision=precision,
        )

        rng = np.random.default_rng(seed)
        theta_shape = (
            (4, n_candidates, depth, self.n_qubits)
            if theta_mode == "nonshared"
            else (4, depth, self.n_qubits)
        )
        if trainable_theta:
            theta0 = init_scale * rng.standard_normal(theta_shape)
        else:
            theta0 = rng.uniform(0.0, 2.0 * np.pi, size=theta_shape)
        if init_perturbation:
            # Its own generator, so the start is the unperturbed run's plus this and nothing else.
            theta0 = theta0 + init_perturbation * np.random.default_rng([seed, 1]).standard_normal(theta_shape)
        self.theta = self.add_weight(
            name="theta",
            shape=theta_shape,
            dtype=tf.float32,
            initializer=tf.constant_initializer(theta0.astype(np.float32)),
            trainable=trainable_theta,
        )
        if arch_mode == "fixed":
            self.arch = None
        else:
            if arch_init is None:
                arch_init = 1.0 / n_candidates if arch_mode == "linear" else 0.0
            arch0 = np.full((4, n_candidates), arch_init / self.arch_lr_scale)
            self.arch = self.add_weight(
                name="arch",
                shape=(4, n_candidates),
                dtype=tf.float32,
                initializer=tf.constant_initializer(arch0.astype(np.float32)),
                trainable=True,
            )
        self.head = tf.keras.layers.Dense(
            1,
            name="head",
            kernel_initializer=tf.keras.initializers.GlorotUniform(seed=seed),
            bias_initializer="zeros",
        )
        self.head.build((None, hidden_size))
        # Row layout of one simulator call: batch-major, then gate, then candidate.
        index = {c: i for i, c in enumerate(self.candidates)}
        self._ids_per_sample = tf.constant(
            [index[c] for per_gate in gate_candidates for c in per_gate], dtype=tf.int32
        )

    # ---------------------------------------------------------------- weights
    def mixing_weights(self) -> tf.Tensor:
        """Effective a_{k,j}, shape [4, N] (softmax applied for the DARTS form)."""
        if self.arch is None:
            return tf.ones((4, 1), dtype=tf.float32)
        logits = self.arch if self.arch_lr_scale == 1.0 else self.arch_lr_scale * self.arch
        if self.arch_mode == "softmax":
            return tf.nn.softmax(logits, axis=-1)
        return tf.convert_to_tensor(logits)

    def architecture_weights(self) -> np.ndarray:
        """a_{k,j} as NumPy, shape [4, N]."""
        return self.mixing_weights().numpy()

    def full_theta(self) -> tf.Tensor:
        """θ for every (gate, candidate), shape [4, N, depth, n_qubits]."""
        if self.theta_mode == "nonshared":
            return tf.convert_to_tensor(self.theta)
        return tf.broadcast_to(
            self.theta[:, None], (4, self.n_candidates, self.depth, self.n_qubits)
        )

    # ---------------------------------------------------------------- forward
    def encode(self, v: tf.Tensor) -> tf.Tensor:
        """Rotation angles of the encoding layer for features ``v``."""
        return tf.atan(v) if self.encoding_transform == "arctan" else v

    def candidate_outputs(self, v: tf.Tensor) -> tf.Tensor:
        """⟨Z⟩ of every candidate of every gate: [batch, 4, N, hidden]. One backend call."""
        n_candidates = self.n_candidates
        batch = tf.shape(v)[0]
        angles = self.encode(v)
        weights = tf.reshape(self.full_theta(), (1, 4, n_candidates, self.depth * self.n_qubits))
        values = tf.concat(
            [
                tf.broadcast_to(angles[:, None, None, :], (batch, 4, n_candidates, self.n_qubits)),
                tf.broadcast_to(weights, (batch, 4, n_candidates, self.depth * self.n_qubits)),
            ],
            axis=-1,
        )
        values = tf.reshape(values, (-1, len(self.symbols)))
        ids = tf.tile(self._ids_per_sample, [batch])
        expectations = self.backend(ids, values)
        return tf.reshape(expectations, (batch, 4, n_candidates, self.hidden_size))

    def gate_outputs(self, v: tf.Tensor) -> tf.Tensor:
        """Q_k(v) = Σ_j a_{k,j} f_j(v; θ_{k,j}) for the four gates: [batch, 4, hidden]."""
        return tf.einsum("bknh,kn->bkh", self.candidate_outputs(v), self.mixing_weights())

    def _gates(self, training: bool | None = None, batch: tf.Tensor | None = None):
        """The function v → Q(v) [batch, 4, hidden] the cell uses for one batch of ``batch`` windows
        (the weighted ensemble here; a sampling search overrides it)."""
        return self.gate_outputs

    def _unroll(self, x: tf.Tensor, keep: list[tf.Tensor] | None = None, training: bool | None = None) -> tf.Tensor:
        """The cell over the window ``x`` [batch, L, input] → h_L; ``keep`` collects each step's
        candidate outputs ([batch, 4, N, hidden]) when given."""
        batch = tf.shape(x)[0]
        h = tf.zeros((batch, self.hidden_size), dtype=tf.float32)
        c = tf.zeros((batch, self.hidden_size), dtype=tf.float32)
        gates = self._gates(training, batch)
        for t in range(x.shape[1]):
            v = tf.concat([x[:, t, :], h], axis=-1)
            if keep is not None:
                keep.append(self.candidate_outputs(v))
                q = tf.einsum("bknh,kn->bkh", keep[-1], self.mixing_weights())
            else:
                q = gates(v)
            f = tf.sigmoid(q[:, 0])
            i = tf.sigmoid(q[:, 1])
            g = tf.tanh(q[:, 2])
            o = tf.sigmoid(q[:, 3])
            c = f * c + i * g
            h = o * tf.tanh(c)
        return h

    @staticmethod
    def _windows(x: tf.Tensor) -> tf.Tensor:
        x = tf.cast(x, tf.float32)
        return x[:, :, None] if x.shape.rank == 2 else x

    def call(self, x: tf.Tensor, training: bool | None = None) -> tf.Tensor:
        """Predict the next value for windows ``x`` of shape [batch, L] (or [batch, L, input])."""
        return tf.squeeze(self.head(self._unroll(self._windows(x), training=training)), axis=-1)

    def candidate_trace(self, x: tf.Tensor) -> tf.Tensor:
        """Every candidate's ⟨Z⟩ at every step of the model's own recurrence over windows ``x``:
        [batch, L, 4, N, hidden] (f_j(v_t) with v_t = (x_t, h_{t−1}) of this model)."""
        keep: list[tf.Tensor] = []
        self._unroll(self._windows(x), keep)
        return tf.stack(keep, axis=1)

    # ---------------------------------------------------------------- export
    def candidate_names(self) -> np.ndarray:
        """Names of the candidate circuits per gate, shape [4, N]."""
        return np.array([[c.name for c in per_gate] for per_gate in self.gate_candidates])

    def export_parameters(self) -> dict[str, np.ndarray]:
        """Trained parameters as plain arrays (stored as ``.npz``, never pickle)."""
        kernel, bias = self.head.get_weights()
        return {
            "theta": self.theta.numpy(),
            "theta_full": self.full_theta().numpy(),
            "arch": (self.arch.numpy() if self.arch is not None else np.ones((4, 1), np.float32)),
            "mixing_weights": self.architecture_weights(),
            "head_kernel": kernel,
            "head_bias": bias,
            "candidate_names": self.candidate_names(),
            "gate_names": np.array(GATE_NAMES),
        }

    def import_parameters(self, arrays: dict[str, np.ndarray]) -> None:
        """Load what :meth:`export_parameters` wrote (shapes must match)."""
        stored = np.asarray(arrays["candidate_names"]).astype(str)
        if stored.shape != self.candidate_names().shape or (stored != self.candidate_names()).any():
            raise ValueError(
                "Stored parameters belong to other candidate circuits: "
                f"{stored.ravel()[:3].tolist()}… vs {self.candidate_names().ravel()[:3].tolist()}…"
            )
        self.theta.assign(arrays["theta"])
        if self.arch is not None:
            self.arch.assign(arrays["arch"])
        self.head.set_weights([arrays["head_kernel"], arrays["head_bias"]])
