"""Reference models: a classical LSTM of the same hidden size and the two naive predictors."""

from __future__ import annotations

import numpy as np
import tensorflow as tf


class ClassicalLSTM(tf.keras.Model):
    """``tf.keras.layers.LSTM(hidden)`` followed by ``Dense(1)``: windows [batch, L] → [batch].

    Example:
        >>> ClassicalLSTM(hidden_size=3, seed=0)(tf.zeros([2, 4])).shape
        TensorShape([2])
    """

    def __init__(self, hidden_size: int, input_size: int = 1, seed: int = 0) -> None:
        super().__init__()
        self.hidden_size = hidden_size
        self.input_size = input_size
        self.lstm = tf.keras.layers.LSTM(
            hidden_size,
            name="lstm",
            kernel_initializer=tf.keras.initializers.GlorotUniform(seed=seed),
            recurrent_initializer=tf.keras.initializers.Orthogonal(seed=seed + 1),
        )
        self.head = tf.keras.layers.Dense(
            1, name="head", kernel_initializer=tf.keras.initializers.GlorotUniform(seed=seed + 2)
        )
        self.lstm.build((None, None, input_size))
        self.head.build((None, hidden_size))

    def call(self, x: tf.Tensor, training: bool | None = None) -> tf.Tensor:
        x = tf.cast(x, tf.float32)
        if x.shape.rank == 2:
            x = x[:, :, None]
        return tf.squeeze(self.head(self.lstm(x)), axis=-1)

    def export_parameters(self) -> dict[str, np.ndarray]:
        kernel, recurrent, bias = self.lstm.get_weights()
        head_kernel, head_bias = self.head.get_weights()
        return {
            "lstm_kernel": kernel,
            "lstm_recurrent_kernel": recurrent,
            "lstm_bias": bias,
            "head_kernel": head_kernel,
            "head_bias": head_bias,
        }

    def import_parameters(self, arrays: dict[str, np.ndarray]) -> None:
        self.lstm.set_weights(
            [arrays["lstm_kernel"], arrays["lstm_recurrent_kernel"], arrays["lstm_bias"]]
        )
        self.head.set_weights([arrays["head_kernel"], arrays["head_bias"]])


class NaivePredictor:
    """A predictor with no trainable parameters (``persistence`` or ``constant``).

    ``persistence`` predicts the last value of the window; ``constant`` predicts the mean of the
    training targets (set by :meth:`fit`).

    Example:
        >>> p = NaivePredictor("persistence")
        >>> p(np.array([[0.1, 0.2, 0.3]])).tolist()
        [0.3]
    """

    trainable_variables: tuple = ()

    def __init__(self, kind: str) -> None:
        if kind not in ("persistence", "constant"):
            raise ValueError(f"Unknown naive predictor {kind!r}")
        self.kind = kind
        self.constant = 0.0

    def fit(self, x_train: np.ndarray, y_train: np.ndarray) -> None:
        if self.kind == "constant":
            self.constant = float(np.mean(y_train))

    def __call__(self, x: np.ndarray, training: bool | None = None) -> np.ndarray:
        x = np.asarray(x, dtype=np.float64)
        if x.ndim == 3:
            x = x[:, :, 0]
        if self.kind == "persistence":
            return x[:, -1].copy()
        return np.full(x.shape[0], self.constant)

    def export_parameters(self) -> dict[str, np.ndarray]:
        return {"constant": np.array(self.constant), "kind": np.array(self.kind)}

    def import_parameters(self, arrays: dict[str, np.ndarray]) -> None:
        self.constant = float(arrays["constant"])
