"""A whole model gives the same loss and gradients on either simulator backend."""

import numpy as np
import tensorflow as tf

from diffqas_qlstm.circuits import SearchSpace
from diffqas_qlstm.model import build_model


def _loss_and_grads(backend: str, space, x, y, differentiator: str = "adjoint"):
    params = {"hidden_size": 3, "depth": 2, "backend": backend, "tfq_differentiator": differentiator}
    model = build_model("diffqas_nonshared", params, space, seed=4)
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
