"""A whole model gives the same loss, gradients and training history on every simulator backend."""

import numpy as np
import tensorflow as tf

from diffqas_qlstm.circuits import SearchSpace
from diffqas_qlstm.config import ModelConfig
from diffqas_qlstm.model import build_model


def _loss_and_grads(backend: str, space, x, y, differentiator: str = "adjoint"):
    params = {"hidden_size": 3, "depth": 2, "backend": backend, "tfq_differentiator": differentiator}
    model = build_model("diffqas_nonshared", ModelConfig(**params), space, seed=4)
    model.arch.assign(np.random.default_rng(2).normal(size=model.arch.shape).astype(np.float32))
    model.theta.assign(np.random.default_rng(3).uniform(0, 2 * np.pi, model.theta.shape).astype(np.float32))
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(model(x) - y))
    grads = tape.gradient(loss, model.trainable_variables)
    return float(loss), [g.numpy() for g in grads]


def test_loss_and_gradients_agree_between_tfq_and_statevector():
    space = SearchSpace.from_parameters(
        {"hadamard": [True, False], "encoding": ["rx", "ry"], "entangler": ["brick", "ring"], "variational": ["ry", "rz"]}
    )
    rng = np.random.default_rng(0)
    x = tf.constant(rng.uniform(-1, 1, (5, 4)), tf.float32)
    y = tf.constant(rng.uniform(-1, 1, 5), tf.float32)
    loss_sv, grads_sv = _loss_and_grads("statevector", space, x, y)
    loss_shift, grads_shift = _loss_and_grads("tfq", space, x, y, "parameter_shift")
    loss_adjoint, grads_adjoint = _loss_and_grads("tfq", space, x, y, "adjoint")
    assert abs(loss_shift - loss_sv) < 1e-5 and abs(loss_adjoint - loss_sv) < 1e-5
    for g_sv, g_shift, g_adjoint in zip(grads_sv, grads_shift, grads_adjoint, strict=True):
        np.testing.assert_allclose(g_sv, g_shift, atol=1e-5)
        # TFQ's Adjoint gate derivatives are float32 finite differences (tests/simulate): ~1e-4.
        np.testing.assert_allclose(g_sv, g_adjoint, atol=2e-4)
    assert max(float(np.abs(g).max()) for g in grads_sv) > 1e-3  # gradients are not trivially zero


def test_loss_and_gradients_agree_between_fused_and_statevector_and_tfq():
    space = SearchSpace.default()
    rng = np.random.default_rng(1)
    x = tf.constant(rng.uniform(-1, 1, (11, 4)), tf.float32)  # 11 rows: tiles of 8 and of 3
    y = tf.constant(rng.uniform(-1, 1, 11), tf.float32)
    loss_fused, grads_fused = _loss_and_grads("fused", space, x, y)
    loss_sv, grads_sv = _loss_and_grads("statevector", space, x, y)
    loss_shift, grads_shift = _loss_and_grads("tfq", space, x, y, "parameter_shift")
    assert abs(loss_fused - loss_sv) < 1e-5 and abs(loss_fused - loss_shift) < 1e-5
    for g_fused, g_sv, g_shift in zip(grads_fused, grads_sv, grads_shift, strict=True):
        np.testing.assert_allclose(g_fused, g_sv, atol=1e-5)
        np.testing.assert_allclose(g_fused, g_shift, atol=1e-5)
    assert max(float(np.abs(g).max()) for g in grads_fused) > 1e-3


def test_a_short_training_run_gives_the_same_history_on_fused_and_statevector():
    from diffqas_qlstm.training import TrainingConfig, fit, seed_everything

    series = np.sin(np.linspace(0, 6, 40)).astype(np.float32)
    x = np.stack([series[i : i + 4] for i in range(34)])
    windows = {"x_train": x[:24], "y_train": series[4:28], "x_test": x[24:], "y_test": series[28:38]}
    histories = {}
    for backend in ("fused", "statevector"):
        seed_everything(0)
        model = build_model("diffqas_nonshared", ModelConfig(**{"hidden_size": 3, "depth": 2, "backend": backend}),
                            SearchSpace.default(), seed=0)
        histories[backend] = fit(model, windows, TrainingConfig(epochs=3, progress_bar=False))
    assert len(histories["fused"]) == 3
    fused, statevector = histories["fused"], histories["statevector"]
    for column in ["train_mse", "test_mse"]:
        np.testing.assert_allclose(fused[column], statevector[column], rtol=1e-4, err_msg=column)
    # Architecture weights whose gradient is ~1e-7 (as small as RMSprop's epsilon) take steps
    # that depend on float32 rounding of that gradient: compared in absolute terms.
    arch = [c for c in fused.columns if c.startswith("a_")]
    np.testing.assert_allclose(fused[arch].to_numpy(), statevector[arch].to_numpy(), atol=1e-5)
    assert fused["train_mse"].iloc[-1] < fused["train_mse"].iloc[0]
