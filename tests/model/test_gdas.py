"""The Gumbel-softmax search (diffqas_gdas): its draws, its straight-through and score-function
gradients, its cost."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import tensorflow as tf

from diffqas_qlstm.circuits import SearchSpace
from diffqas_qlstm.config import ModelConfig, RunSpec, TrainConfig
from diffqas_qlstm.model import build_model
from diffqas_qlstm.model.gdas import GumbelQuantumLSTM
from diffqas_qlstm.training import execute_run

SPACE = {"hadamard": [True], "encoding": ["ry"], "entangler": ["brick", "ring"], "variational": ["ry", "rx"]}


@pytest.fixture
def model() -> GumbelQuantumLSTM:
    space = SearchSpace.from_parameters(SPACE)
    return build_model("diffqas_gdas", ModelConfig(hidden_size=2, depth=1, backend="statevector"), space, seed=3)


def _reinforce(baseline: str = "leave_one_out") -> GumbelQuantumLSTM:
    space = SearchSpace.from_parameters(SPACE)
    config = ModelConfig(hidden_size=2, depth=1, backend="statevector", init_scale=1.0, reinforce_baseline=baseline)
    return build_model("diffqas_reinforce", config, space, seed=3)


@pytest.fixture
def reinforce() -> GumbelQuantumLSTM:
    return _reinforce()


def test_the_draws_follow_the_softmax_of_the_logits_at_temperature_one_over_the_allowed_candidates(model):
    # H-Ry-ring-Rx kills the update gate (the audit): never drawn there, the others renormalised.
    assert model.excluded.tolist() == [[False] * 4, [False] * 4, [False, False, False, True], [False] * 4]
    probabilities = np.array([[0.1, 0.2, 0.3, 0.4]] * 4)
    model.arch.assign(np.log(probabilities).astype(np.float32))
    model.tau.assign(1.0)
    counts = np.zeros((4, 4))
    for _ in range(4000):
        index, weight = model.sample()
        counts[np.arange(4), index.numpy()] += 1
        np.testing.assert_allclose(weight.numpy(), 1.0, atol=1e-6)  # straight-through: value exactly 1
    expected = probabilities.copy()
    expected[2] = [1 / 6, 2 / 6, 3 / 6, 0.0]
    assert counts[2, 3] == 0
    np.testing.assert_allclose(counts / 4000, expected, atol=0.03)


def test_the_architecture_is_never_a_candidate_that_kills_its_gate_even_with_the_highest_logit(model):
    logits = np.zeros((4, 4), np.float32)
    logits[:, 3] = 5.0  # H-Ry-ring-Rx first on every gate, H-Ry-ring-Ry second
    logits[:, 2] = 1.0
    model.arch.assign(logits)
    assert model.argmax().numpy().tolist() == [3, 3, 2, 3]  # the update gate takes its best live one


def test_an_exclusion_of_the_wrong_shape_or_of_every_candidate_of_a_gate_is_refused():
    candidates = SearchSpace.from_parameters(SPACE).candidates()
    with pytest.raises(ValueError, match=r"\(4, 4\)"):
        GumbelQuantumLSTM(candidates, hidden_size=2, depth=1, backend="statevector", excluded=[[False] * 4] * 3)
    with pytest.raises(ValueError, match="gate 1 no candidate"):
        GumbelQuantumLSTM(candidates, hidden_size=2, depth=1, backend="statevector",
                          excluded=[[False] * 4, [True] * 4, [False] * 4, [False] * 4])


def test_the_straight_through_gradient_is_the_soft_samples_gradient(model):
    """d loss / d α equals (d loss / d weight) · d soft_j / d α for the sampled j (GDAS's estimator)."""
    model.tau.assign(2.0)
    model.arch.assign(np.random.default_rng(0).normal(size=(4, 4)).astype(np.float32))
    x = tf.constant(np.random.default_rng(1).uniform(-1, 1, size=(3, 4)), tf.float32)
    step = int(model.step.numpy())
    with tf.GradientTape() as tape:
        prediction = model(x, training=True)
        loss = tf.reduce_sum(prediction ** 2)
    gradient = tape.gradient(loss, model.arch).numpy()
    assert np.abs(gradient).max() > 0  # every logit of a sampled gate learns
    # Redo the same draw by hand: same step, same noise.
    model.step.assign(step)
    with tf.GradientTape(persistent=True) as tape:
        index, weight = model.sample()
        gates = model.single_gates(index, weight)
        h = tf.zeros((3, 2))
        c = tf.zeros((3, 2))
        for t in range(4):
            q = gates(tf.concat([x[:, t:t + 1], h], axis=-1))
            c = tf.sigmoid(q[:, 0]) * c + tf.sigmoid(q[:, 1]) * tf.tanh(q[:, 2])
            h = tf.sigmoid(q[:, 3]) * tf.tanh(c)
        again = tf.reduce_sum(tf.squeeze(model.head(h), -1) ** 2)
    np.testing.assert_allclose(again.numpy(), loss.numpy(), rtol=1e-5)
    d_weight = tape.gradient(again, weight).numpy()
    by_hand = np.zeros((4, 4))
    for k in range(4):
        logits = tf.Variable(model.arch[k])
        with tf.GradientTape() as inner:
            u = tf.random.stateless_uniform((4, 4), seed=tf.constant([3, step + 1], tf.int64), minval=1e-10, maxval=1.0)
            masked = logits + np.where(model.excluded[k], -1e9, 0.0).astype(np.float32)
            soft = tf.nn.softmax((masked + -tf.math.log(-tf.math.log(u[k]))) / model.tau)
            chosen = soft[int(index[k])]
        by_hand[k] = d_weight[k] * inner.gradient(chosen, logits).numpy()
    np.testing.assert_allclose(gradient, by_hand, rtol=1e-4, atol=1e-7)


def test_a_training_step_simulates_four_circuits_per_window_and_evaluation_the_argmax(model):
    rows = []
    backend = model.backend

    def counting(ids, values):
        rows.append(int(tf.shape(ids)[0]))
        return backend(ids, values)

    model.backend = counting
    x = tf.zeros((5, 4))
    model(x, training=True)
    assert rows == [5 * 4] * 4  # batch × 4 gates, at each of the 4 steps
    rows.clear()
    model.arch.assign(np.eye(4, dtype=np.float32) * 5)
    np.testing.assert_array_equal(model.argmax().numpy(), [0, 1, 2, 3])
    model(x)
    assert rows == [5 * 4] * 4


def test_the_temperature_falls_linearly_from_tau_max_to_tau_min(model):
    values = []
    for epoch in range(1, 6):
        model.on_epoch_begin(epoch, 5)
        values.append(float(model.tau.numpy()))
    np.testing.assert_allclose(values, np.linspace(10.0, 0.1, 5), rtol=1e-6)


@pytest.mark.parametrize(("name", "baseline"), [("diffqas_gdas", "leave_one_out"), ("diffqas_reinforce", "leave_one_out"),
                                              ("diffqas_reinforce", "greedy")])
def test_a_sampled_search_resumed_from_its_checkpoint_ends_with_the_numbers_of_an_uninterrupted_one(tmp_path, name,
                                                                                                  baseline):
    def train(folder: str) -> TrainConfig:
        return TrainConfig.parse({
            "grid": {"datasets": ["bessel"], "models": [name], "seeds": [0]},
            "model": {"hidden_size": 2, "depth": 1, "backend": "statevector", "reinforce_baseline": baseline},
            "search_space": SPACE,
            "training": {"epochs": 3, "progress_bar": False}, "checkpoint_dir": str(tmp_path / folder)}, "train")

    series = np.sin(np.linspace(0, 8, 40))
    x = np.stack([series[i:i + 4] for i in range(35)])
    windows = {"x_train": x[:25], "y_train": series[4:29], "x_test": x[25:], "y_test": series[29:39]}
    spec = RunSpec("toy", name, 0)
    whole, history, _ = execute_run(spec, windows, train("a"))
    execute_run(spec, windows, train("b"), stop_after_epoch=1)
    resumed, history_resumed, _ = execute_run(spec, windows, train("b"))
    np.testing.assert_array_equal(whole["arch"], resumed["arch"])
    np.testing.assert_array_equal(history["test_mse"], history_resumed["test_mse"])
    assert history["train_mse"].iloc[-1] != history["train_mse"].iloc[0]
    assert np.abs(whole["arch"]).max() > 0  # the logits learnt


def test_the_gdas_temperatures_are_checked_in_order():
    from diffqas_qlstm.validation import ParameterError

    with pytest.raises(ParameterError, match="gdas_tau_min"):
        ModelConfig.parse({"gdas_tau_max": 1.0, "gdas_tau_min": 2.0}, "train.model")


def test_the_reinforce_draws_give_each_window_its_own_architecture_from_the_softmax_never_a_killing_one(reinforce):
    probabilities = np.array([[0.1, 0.2, 0.3, 0.4]] * 4)
    reinforce.arch.assign(np.log(probabilities).astype(np.float32))
    draws = np.concatenate([reinforce.sample_per_window(tf.constant(500)).numpy() for _ in range(8)])
    assert draws.shape == (4000, 4)
    counts = np.stack([np.bincount(draws[:, k], minlength=4) for k in range(4)]) / 4000
    expected = probabilities.copy()
    expected[2] = [1 / 6, 2 / 6, 3 / 6, 0.0]  # H-Ry-ring-Rx kills the update gate
    np.testing.assert_allclose(counts, expected, atol=0.03)
    assert len({tuple(row) for row in draws[:50]}) > 10  # windows of one batch differ


def test_a_reinforce_window_is_predicted_by_the_architecture_it_drew(reinforce):
    x = tf.constant(np.random.default_rng(2).uniform(-1, 1, size=(6, 4)), tf.float32)
    sampled = reinforce(x, training=True).numpy()
    draw = reinforce.last_draw
    assert draw.shape == (6, 4)
    np.testing.assert_allclose(_predict(reinforce, x, draw).numpy(), sampled, rtol=1e-5, atol=1e-7)
    varied = _predict(reinforce, x, tf.roll(draw, 1, axis=0)).numpy()  # another window's draw: another output
    assert np.abs(varied - sampled).max() > 1e-4


@pytest.mark.parametrize("baseline", ["leave_one_out", "greedy"])
def test_the_reinforce_objective_is_the_mse_in_value_and_its_logit_gradient_averages_to_the_expected_losss(baseline):
    """E[d objective / d α] = d/dα Σ_arch p(arch) · loss(arch), enumerated over the 4⁴ architectures,
    with either baseline."""
    reinforce = _reinforce(baseline)
    reinforce.arch.assign(np.random.default_rng(0).normal(size=(4, 4)).astype(np.float32))
    x = tf.constant(np.random.default_rng(1).uniform(-1, 1, size=(1, 4)), tf.float32)
    y = tf.constant([0.8])
    # Exact: every architecture's loss on the window, weighted by its probability.
    architectures = tf.constant(list(itertools.product(range(4), repeat=4)), tf.int32)
    loss_of = tf.square(_predict(reinforce, tf.repeat(x, 256, axis=0), architectures) - y)
    with tf.GradientTape() as tape:
        log_p = tf.nn.log_softmax(reinforce._logits(), axis=-1)
        arch_log_p = tf.reduce_sum(tf.gather(log_p, tf.transpose(architectures), axis=1, batch_dims=1), axis=0)
        expected = tf.reduce_sum(tf.exp(arch_log_p) * loss_of)
    exact = tape.gradient(expected, reinforce.arch).numpy()
    assert np.abs(exact).max() > 1e-3
    # Monte Carlo: the training objective's gradient over batches of the same window.
    estimates = []
    for _ in range(8):
        with tf.GradientTape() as tape:
            batch = tf.repeat(x, 1024, axis=0)
            reference = reinforce.reference_errors(batch, tf.repeat(y, 1024))
            errors = tf.square(reinforce(batch, training=True) - y)
            objective = reinforce.search_objective(errors, reference)
        np.testing.assert_allclose(objective.numpy(), tf.reduce_mean(errors).numpy(), rtol=1e-6)
        estimates.append(tape.gradient(objective, reinforce.arch).numpy())
    estimate = np.mean(estimates, axis=0)
    error = np.linalg.norm(estimate - exact) / np.linalg.norm(exact)
    assert error < 0.15
    assert np.all(estimate[2, 3] == 0)  # the excluded candidate's logit never moves


def test_the_greedy_baseline_leaves_the_logits_of_windows_that_drew_the_argmax_alone():
    greedy = _reinforce("greedy")
    greedy.arch.assign(np.random.default_rng(4).normal(size=(4, 4)).astype(np.float32))
    x = tf.constant(np.random.default_rng(5).uniform(-1, 1, size=(6, 4)), tf.float32)
    y = tf.constant(np.linspace(-0.5, 0.5, 6), tf.float32)
    argmax = greedy.argmax()
    greedy.last_draw = tf.tile(argmax[None], [6, 1])  # every window drew the argmax: no advantage anywhere
    reference = greedy.reference_errors(x, y)
    with tf.GradientTape() as tape:
        errors = tf.square(greedy(x) - y)
        objective = greedy.search_objective(errors, reference)
    np.testing.assert_array_equal(tape.gradient(objective, greedy.arch).numpy(), 0.0)
    other = next(j for j in range(4) if j != int(argmax[2]) and not greedy.excluded[2, j])
    greedy.last_draw = tf.tensor_scatter_nd_update(greedy.last_draw, [[0, 2]], [other])
    with tf.GradientTape() as tape:
        errors = tf.square(_predict(greedy, x, greedy.last_draw) - y)
        objective = greedy.search_objective(errors, reference)
    gradient = tape.gradient(objective, greedy.arch).numpy()
    assert np.abs(gradient).max() > 0  # window 0 drew another update circuit: its own difference counts


def test_the_greedy_baseline_needs_the_reference_errors_and_an_unknown_baseline_is_refused():
    greedy = _reinforce("greedy")
    x = tf.zeros((3, 4))
    errors = tf.square(greedy(x, training=True) - 1.0)
    with pytest.raises(ValueError, match="give search_objective reference_errors"):
        greedy.search_objective(errors)
    assert _reinforce("leave_one_out").reference_errors(x, tf.ones(3)).shape == (0,)  # nothing to compute
    with pytest.raises(ValueError, match="leave_one_out"):
        GumbelQuantumLSTM(SearchSpace.from_parameters(SPACE).candidates(), hidden_size=2, depth=1,
                          backend="statevector", estimator="reinforce", baseline="mean")
    from pydantic import ValidationError
    with pytest.raises((ValidationError, ValueError), match="greedy"):
        ModelConfig.parse({"reinforce_baseline": "mean"}, "train.model")


def test_the_straight_through_objective_is_the_plain_mse(model):
    x = tf.zeros((3, 4))
    errors = tf.square(model(x, training=True) - 1.0)
    assert model.search_objective(errors).numpy() == pytest.approx(float(tf.reduce_mean(errors)))


def test_an_unknown_estimator_is_refused():
    candidates = SearchSpace.from_parameters(SPACE).candidates()
    with pytest.raises(ValueError, match="straight_through"):
        GumbelQuantumLSTM(candidates, hidden_size=2, depth=1, backend="statevector", estimator="gumbel")


def _predict(model: GumbelQuantumLSTM, x: tf.Tensor, architectures: tf.Tensor) -> tf.Tensor:
    """The model's prediction for window b with architecture ``architectures[b]`` (no draw)."""
    gates = model.per_window_gates(architectures)
    h = c = tf.zeros((tf.shape(x)[0], model.hidden_size))
    for t in range(x.shape[1]):
        q = gates(tf.concat([x[:, t:t + 1], h], axis=-1))
        c = tf.sigmoid(q[:, 0]) * c + tf.sigmoid(q[:, 1]) * tf.tanh(q[:, 2])
        h = tf.sigmoid(q[:, 3]) * tf.tanh(c)
    return tf.squeeze(model.head(h), -1)
