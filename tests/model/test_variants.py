import numpy as np
import pytest
import tensorflow as tf

from diffqas_qlstm.circuits import BASELINES, SearchSpace
from diffqas_qlstm.config import ModelConfig
from diffqas_qlstm.model import ClassicalLSTM, QuantumLSTM, build_model
from diffqas_qlstm.validation import ParameterError


@pytest.fixture
def space(tiny_space_params):
    return SearchSpace.from_parameters(tiny_space_params)


def _count(model) -> int:
    return sum(int(np.prod(v.shape)) for v in model.trainable_variables)


def test_parameter_counts_per_variant(space, tiny_model_params):
    n, depth, hidden = len(space), 1, 2
    nq = hidden + 1
    head = hidden + 1
    expected = {
        "diffqas_nonshared": 4 * n * depth * nq + 4 * n + head,
        "diffqas_shared": 4 * depth * nq + 4 * n + head,
        "diffqas_reservoir_nonshared": 4 * n + head,
        "diffqas_reservoir_shared": 4 * n + head,
        "baseline_1": 4 * depth * nq + head,
        "classical_lstm": 4 * (hidden * (1 + hidden) + hidden) + head,
        "persistence": 0,
        "constant": 0,
    }
    for name, count in expected.items():
        model = build_model(name, ModelConfig(**tiny_model_params), space, seed=0)
        assert _count(model) == count, name
    nonshared = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), space, seed=0)
    assert nonshared.theta.shape == (4, n, depth, nq)
    shared = build_model("diffqas_shared", ModelConfig(**tiny_model_params), space, seed=0)
    assert shared.theta.shape == (4, depth, nq)


def test_initial_values_follow_the_spec(space, tiny_model_params):
    linear = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), space, seed=1)
    np.testing.assert_allclose(linear.arch.numpy(), 1.0 / len(space))
    assert np.abs(linear.theta.numpy()).max() < 0.1  # 0.01 * N(0, 1)
    softmax = build_model("diffqas_nonshared", ModelConfig(**{**tiny_model_params, "arch_weights": "softmax"}), space, seed=1)
    np.testing.assert_allclose(softmax.arch.numpy(), 0.0)
    np.testing.assert_allclose(softmax.architecture_weights(), 1.0 / len(space), rtol=1e-6)
    reservoir = build_model("diffqas_reservoir_nonshared", ModelConfig(**tiny_model_params), space, seed=1)
    theta = reservoir.theta.numpy()
    assert theta.min() >= 0.0 and theta.max() < 2 * np.pi and theta.std() > 1.0
    assert not reservoir.theta.trainable


def test_ensemble_output_is_the_weighted_sum_of_candidate_outputs(space, tiny_model_params):
    model = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), space, seed=2)
    model.arch.assign(np.random.default_rng(0).normal(size=model.arch.shape).astype(np.float32))
    v = tf.constant(np.random.default_rng(1).uniform(-1, 1, size=(3, 3)), tf.float32)
    mixed = model.gate_outputs(v).numpy()
    a = model.architecture_weights()
    # Evaluate each candidate alone, as its own single-circuit model with the same angles.
    for j, candidate in enumerate(space.candidates()):
        single = QuantumLSTM([candidate], hidden_size=2, depth=1, arch_mode="fixed", seed=0)
        single.theta.assign(model.theta.numpy()[:, j : j + 1])
        out = single.gate_outputs(v).numpy()  # [batch, 4, hidden]
        if j == 0:
            expected = a[None, :, j, None] * out
        else:
            expected += a[None, :, j, None] * out
    np.testing.assert_allclose(mixed, expected, atol=1e-5)


def test_one_backend_call_per_time_step(space, tiny_model_params):
    model = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), space, seed=0)
    calls = []
    original = model.backend

    def counting(ids, values):
        calls.append(int(ids.shape[0]))
        return original(ids, values)

    model.backend = counting
    model(tf.zeros([5, 3]))
    assert calls == [5 * 4 * len(space)] * 3


def test_baselines_use_their_hand_designed_circuit(tiny_model_params, space):
    model = build_model("baseline_4", ModelConfig(**tiny_model_params), space, seed=0)
    assert model.candidates == [BASELINES["baseline_4"]]
    assert model.arch is None


def test_export_import_round_trip(space, tiny_model_params):
    a = build_model("diffqas_shared", ModelConfig(**tiny_model_params), space, seed=0)
    b = build_model("diffqas_shared", ModelConfig(**tiny_model_params), space, seed=5)
    x = tf.constant(np.random.default_rng(0).uniform(-1, 1, (4, 3)), tf.float32)
    assert not np.allclose(a(x).numpy(), b(x).numpy())
    b.import_parameters(a.export_parameters())
    np.testing.assert_allclose(a(x).numpy(), b(x).numpy(), atol=1e-6)
    c = ClassicalLSTM(2, seed=0)
    d = ClassicalLSTM(2, seed=1)
    d.import_parameters(c.export_parameters())
    np.testing.assert_allclose(c(x).numpy(), d(x).numpy(), atol=1e-6)


@pytest.mark.parametrize(
    ("params", "key"),
    [
        ({"hidden_size": 0}, "train.model.hidden_size"),
        ({"depth": "five"}, "train.model.depth"),
        ({"arch_weights": "sigmoid"}, "train.model.arch_weights"),
        ({"backend": "qiskit"}, "train.model.backend"),
        ({"tfq_differentiator": "finite_difference"}, "train.model.tfq_differentiator"),
        ({"hidden_size": 12, "backend": "statevector"}, "train.model.hidden_size"),
        ({"tfq_differentiator": "parameter_shift", "backend": "statevector"}, "train.model.tfq_differentiator"),
        ({"encoding_transform": "tanh"}, "train.model.encoding_transform"),
        ({"hidden": 5}, "train.model.hidden"),
    ],
)
def test_bad_model_parameters_are_named(params, key):
    with pytest.raises(ParameterError) as info:
        ModelConfig.parse(params, "train.model")
    assert key in str(info.value)
    assert repr(next(iter(params.values()))) in str(info.value)


def test_unknown_model_name_lists_the_allowed_ones(space, tiny_model_params):
    with pytest.raises(ParameterError, match="diffqas_nonshared"):
        build_model("diffqas_magic", ModelConfig(**tiny_model_params), space, seed=0)


def test_the_softmax_ablation_trains_softmax_weights_whatever_train_model_says() -> None:
    from diffqas_qlstm.model import arch_weights_of

    space = SearchSpace.from_parameters(
        {"hadamard": [True], "encoding": ["ry"], "entangler": ["brick"], "variational": ["ry", "rz"]}
    )
    params = {"hidden_size": 2, "depth": 1, "arch_weights": "linear", "backend": "statevector"}
    softmax = build_model("diffqas_nonshared_softmax", ModelConfig(**params), space, seed=0)
    linear = build_model("diffqas_nonshared", ModelConfig(**params), space, seed=0)
    assert softmax.arch_mode == "softmax" and linear.arch_mode == "linear"
    assert arch_weights_of("diffqas_nonshared_softmax", ModelConfig(**params)) == "softmax"
    assert arch_weights_of("baseline_1", ModelConfig(**params)) == "linear"


def test_arch_init_sets_every_initial_mixing_weight_and_arch_lr_scale_leaves_them_unchanged(space) -> None:
    params = {"hidden_size": 2, "depth": 1, "backend": "statevector"}
    default = build_model("diffqas_nonshared", ModelConfig(**params), space, seed=0)
    assert np.allclose(default.architecture_weights(), 1.0 / len(space))
    one = build_model("diffqas_nonshared", ModelConfig(**params | {"arch_init": 1.0, "arch_lr_scale": 10.0}), space, seed=0)
    assert np.allclose(one.architecture_weights(), 1.0)
    assert np.allclose(one.arch.numpy(), 0.1)  # the variable holds a / arch_lr_scale


def test_arch_lr_scale_multiplies_the_architecture_weights_step_under_rmsprop(space) -> None:
    params = {"hidden_size": 2, "depth": 1, "backend": "statevector"}
    x, y = tf.random.stateless_normal([6, 4], seed=[1, 2]), tf.random.stateless_normal([6], seed=[3, 4])
    steps = {}
    for scale in (1.0, 10.0):
        model = build_model("diffqas_nonshared", ModelConfig(**params | {"arch_lr_scale": scale}), space, seed=0)
        optimizer = tf.keras.optimizers.RMSprop(0.01, rho=0.99, epsilon=1e-8)
        before = model.architecture_weights()
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((model(x) - y) ** 2)
        optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
        steps[scale] = model.architecture_weights() - before
    # RMSprop's first step is ~lr·sign(g) in the variable; epsilon (1e-8 next to 0.01·g²) moves it by ~2 %.
    np.testing.assert_allclose(steps[10.0], 10.0 * steps[1.0], rtol=0.03)


@pytest.mark.parametrize(("key", "value"), [("arch_lr_scale", 0.0), ("arch_lr_scale", -1.0), ("arch_init", "one")])
def test_bad_architecture_settings_are_refused_naming_the_key(key, value) -> None:
    with pytest.raises(ParameterError, match=f"train.model.{key}"):
        ModelConfig.parse({key: value}, "train.model")


def test_a_uniform_model_is_its_candidate_on_all_four_gates_and_equals_the_baseline_of_that_circuit(
        tiny_model_params, space):
    config = ModelConfig(**tiny_model_params)
    uniform = build_model("uniform_H-Ry-brick-Rz", config, space, seed=3)
    baseline = build_model("baseline_4", config, space, seed=3)
    assert uniform.candidates == [BASELINES["baseline_4"]] and uniform.arch is None
    x = tf.random.stateless_uniform([5, 4], seed=[1, 2])
    np.testing.assert_array_equal(uniform(x).numpy(), baseline(x).numpy())
    with pytest.raises(ParameterError, match="uniform_<candidate>"):
        build_model("uniform_H-Ry-twist-Rz", config, space, seed=0)


def test_init_perturbation_moves_only_theta_and_by_that_size(tiny_model_params, space):
    plain = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), space, seed=2)
    moved = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params, init_perturbation=1e-7), space, seed=2)
    difference = moved.theta.numpy().astype(np.float64) - plain.theta.numpy()
    assert 0 < np.abs(difference).max() < 1e-6 and np.abs(difference).mean() > 1e-8
    np.testing.assert_array_equal(moved.arch.numpy(), plain.arch.numpy())
