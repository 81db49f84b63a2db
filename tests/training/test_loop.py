import numpy as np
import pandas as pd
import pytest

from diffqas_qlstm.circuits import SearchSpace
from diffqas_qlstm.config import ModelConfig, TrainConfig
from diffqas_qlstm.model import build_model
from diffqas_qlstm.training import (
    learning_rate,
    RunSpec,
    TrainingConfig,
    TrainingDivergedError,
    execute_run,
    fit,
    seed_everything,
)
from diffqas_qlstm.training.checkpoint import Checkpoint
from diffqas_qlstm.validation import ParameterError


def _train_params(tmp_path, tiny_space_params, tiny_model_params, epochs=3, **training) -> TrainConfig:
    return TrainConfig.parse({
        "grid": {"datasets": ["damped_shm"], "models": ["diffqas_nonshared"], "seeds": [0]},
        "model": tiny_model_params,
        "search_space": tiny_space_params,
        "training": {"epochs": epochs, "batch_size": 10, "progress_bar": False, **training},
        "checkpoint_dir": str(tmp_path / "checkpoints"),
    }, "train")


def test_tiny_training_lowers_the_loss(tiny_windows, tiny_space_params, tiny_model_params):
    seed_everything(0)
    space = SearchSpace.from_parameters(tiny_space_params)
    model = build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), space, seed=0)
    history = fit(model, tiny_windows, TrainingConfig(epochs=6, progress_bar=False))
    assert history["train_mse"].iloc[-1] < 0.7 * history["train_mse"].iloc[0]
    assert history["test_mse"].iloc[-1] < history["test_mse"].iloc[0]
    arch_columns = [c for c in history.columns if c.startswith("a_")]
    assert len(arch_columns) == 4 * len(space)


def test_reservoir_angles_stay_frozen_while_architecture_weights_train(
    tiny_windows, tiny_space_params, tiny_model_params
):
    seed_everything(0)
    space = SearchSpace.from_parameters(tiny_space_params)
    for name in ("diffqas_reservoir_nonshared", "diffqas_reservoir_shared"):
        model = build_model(name, ModelConfig(**tiny_model_params), space, seed=0)
        theta0, arch0 = model.theta.numpy().copy(), model.arch.numpy().copy()
        fit(model, tiny_windows, TrainingConfig(epochs=1, progress_bar=False))
        np.testing.assert_array_equal(model.theta.numpy(), theta0)
        assert np.abs(model.arch.numpy() - arch0).max() > 1e-4


def test_same_seed_gives_identical_history(tmp_path, tiny_windows, tiny_space_params, tiny_model_params):
    spec = RunSpec("damped_shm", "diffqas_shared", 7)
    runs = []
    for attempt in range(2):
        params = _train_params(tmp_path / str(attempt), tiny_space_params, tiny_model_params, epochs=2)
        runs.append(execute_run(spec, tiny_windows, params))
    (p1, h1, s1), (p2, h2, s2) = runs
    pd.testing.assert_frame_equal(h1.drop(columns="seconds"), h2.drop(columns="seconds"))
    for key in p1:
        np.testing.assert_array_equal(p1[key], p2[key])
    assert s1["test_mse"] == s2["test_mse"]
    other = execute_run(
        RunSpec("damped_shm", "diffqas_shared", 8),
        tiny_windows,
        _train_params(tmp_path / "other", tiny_space_params, tiny_model_params, epochs=2),
    )
    assert other[2]["test_mse"] != s1["test_mse"]


@pytest.mark.parametrize("model", ["diffqas_nonshared", "classical_lstm"])
def test_resume_from_mid_run_checkpoint_matches_uninterrupted(
    tmp_path, tiny_windows, tiny_space_params, tiny_model_params, model
):
    spec = RunSpec("damped_shm", model, 0)
    straight = execute_run(spec, tiny_windows, _train_params(tmp_path / "a", tiny_space_params, tiny_model_params))
    interrupted = _train_params(tmp_path / "b", tiny_space_params, tiny_model_params)
    execute_run(spec, tiny_windows, interrupted, stop_after_epoch=1)
    checkpoint = tmp_path / "b" / "checkpoints" / spec.folder / "checkpoint.npz"
    assert checkpoint.is_file()
    resumed = execute_run(spec, tiny_windows, interrupted)
    pd.testing.assert_frame_equal(straight[1].drop(columns="seconds"), resumed[1].drop(columns="seconds"))
    for key in straight[0]:
        np.testing.assert_array_equal(straight[0][key], resumed[0][key])


def test_a_cosine_schedule_resumed_from_a_checkpoint_matches_an_uninterrupted_run_and_differs_from_constant(
    tmp_path, tiny_windows, tiny_space_params, tiny_model_params
):
    spec = RunSpec("damped_shm", "classical_lstm", 0)
    cosine = {"lr_schedule": "cosine", "learning_rate": 0.05}
    straight = execute_run(spec, tiny_windows, _train_params(tmp_path / "a", tiny_space_params, tiny_model_params, **cosine))
    interrupted = _train_params(tmp_path / "b", tiny_space_params, tiny_model_params, **cosine)
    execute_run(spec, tiny_windows, interrupted, stop_after_epoch=2)
    resumed = execute_run(spec, tiny_windows, interrupted)
    pd.testing.assert_frame_equal(straight[1].drop(columns="seconds"), resumed[1].drop(columns="seconds"))
    constant = execute_run(spec, tiny_windows, _train_params(tmp_path / "c", tiny_space_params, tiny_model_params,
                                                             learning_rate=0.05))
    assert straight[1]["test_mse"].iloc[-1] != constant[1]["test_mse"].iloc[-1]


def test_the_cosine_schedule_reaches_zero_exactly_at_the_runs_last_step(tmp_path, tiny_windows, tiny_model_params):
    """The schedule's horizon is the run's own number of optimizer steps (epochs × batches of the
    training windows, the shorter last batch included)."""
    seed_everything(0)
    model = build_model("classical_lstm", ModelConfig(**tiny_model_params), seed=0)
    config = TrainingConfig(epochs=2, batch_size=7, lr_schedule="cosine", progress_bar=False)
    fit(model, tiny_windows, config, checkpoint_path=tmp_path / "checkpoint.npz")
    steps = int(Checkpoint.load(tmp_path / "checkpoint.npz").optimizer_variables[0])
    batches = -(-len(tiny_windows["x_train"]) // 7)
    assert steps == 2 * batches
    schedule = learning_rate(config, steps_per_epoch=batches)
    assert float(schedule(0)) == pytest.approx(0.01)
    assert float(schedule(steps - 1)) < 0.01 * 0.1
    assert float(schedule(steps)) == pytest.approx(0.0, abs=1e-9)


def test_checkpoint_from_other_settings_is_not_used(tmp_path, tiny_windows, tiny_space_params, tiny_model_params):
    spec = RunSpec("damped_shm", "classical_lstm", 0)
    params = _train_params(tmp_path, tiny_space_params, tiny_model_params)
    execute_run(spec, tiny_windows, params, stop_after_epoch=1)
    changed = _train_params(tmp_path, tiny_space_params, tiny_model_params, learning_rate=0.02)
    _, history, _ = execute_run(spec, tiny_windows, changed)
    reference = execute_run(spec, tiny_windows, _train_params(tmp_path / "fresh", tiny_space_params, tiny_model_params, learning_rate=0.02))
    pd.testing.assert_frame_equal(history.drop(columns="seconds"), reference[1].drop(columns="seconds"))


def test_a_checkpoint_holding_another_models_variables_is_not_loaded_even_under_the_same_settings(
        tmp_path, tiny_windows, tiny_model_params, caplog):
    from diffqas_qlstm.circuits import BASELINES

    config = TrainingConfig(epochs=2, batch_size=10, progress_bar=False)
    path = tmp_path / "derived.npz"

    def derived(gain: bool):
        return build_model("diffqas_nonshared", ModelConfig(**tiny_model_params), seed=0,
                           architecture=[BASELINES["baseline_1"]] * 4, gain=gain)

    fit(derived(False), tiny_windows, config, checkpoint_path=path, run_settings={"run": "x"}, stop_after_epoch=1)
    with caplog.at_level("WARNING"):
        history = fit(derived(True), tiny_windows, config, checkpoint_path=path, run_settings={"run": "x"})
    assert "another model's variables; starting afresh" in caplog.text
    reference = fit(derived(True), tiny_windows, config)
    pd.testing.assert_frame_equal(history.drop(columns="seconds"), reference.drop(columns="seconds"))


def test_divergence_stops_the_run_naming_run_and_epoch(tmp_path, tiny_windows, tiny_space_params, tiny_model_params):
    bad = dict(tiny_windows)
    bad["y_train"] = tiny_windows["y_train"].copy()
    bad["y_train"][15] = np.inf
    spec = RunSpec("damped_shm", "classical_lstm", 0)
    with pytest.raises(TrainingDivergedError, match=r"damped_shm\.classical_lstm\.seed_0 diverged at epoch 1"):
        execute_run(spec, bad, _train_params(tmp_path, tiny_space_params, tiny_model_params))


def test_naive_predictors(tiny_windows, tiny_space_params, tiny_model_params, tmp_path):
    params = _train_params(tmp_path, tiny_space_params, tiny_model_params)
    _, _, persistence = execute_run(RunSpec("damped_shm", "persistence", 0), tiny_windows, params)
    expected = np.mean((tiny_windows["x_test"][:, -1] - tiny_windows["y_test"]) ** 2)
    assert persistence["test_mse"] == pytest.approx(expected)
    _, _, constant = execute_run(RunSpec("damped_shm", "constant", 0), tiny_windows, params)
    expected = np.mean((np.mean(tiny_windows["y_train"]) - tiny_windows["y_test"]) ** 2)
    assert constant["test_mse"] == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize(
    ("training", "key"),
    [
        ({"epochs": -1}, "train.training.epochs"),
        ({"learning_rate": 0}, "train.training.learning_rate"),
        ({"rho": 1.5}, "train.training.rho"),
        ({"batch_size": 2.5}, "train.training.batch_size"),
        ({"resume": "yes"}, "train.training.resume"),
        ({"lr_schedule": "linear"}, "train.training.lr_schedule"),
    ],
)
def test_bad_training_parameters_are_named(training, key):
    with pytest.raises(ParameterError, match=key.replace(".", r"\.")):
        TrainingConfig.parse(training, "train.training")
