"""The ``tune`` block: bad values are refused before any node, naming the key, the value and what is
allowed; a search key must name a field of train.model or train.training, and its bounds must be
values that field allows."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from diffqas_qlstm.config import ParameterError, ProjectConfig, TrainConfig, TuneConfig, trial_train
from diffqas_qlstm.config.environment import load_parameters

BASE = load_parameters("base")
LR = {"low": 0.001, "high": 0.1, "log": True}


def _tune(**changes: Any) -> dict[str, Any]:
    return {"datasets": ["damped_shm"], "models": ["baseline_1"], "search": {"training.learning_rate": LR}} | changes


def _refused(tune: dict[str, Any]) -> ParameterError:
    params = copy.deepcopy(BASE) | {"tune": tune}
    with pytest.raises(ParameterError) as info:
        ProjectConfig.parse(params, check_sources=False)
    return info.value


def test_the_base_and_paper_tune_blocks_are_valid() -> None:
    for env in ("base", "paper"):
        config = ProjectConfig.parse(load_parameters(env), check_sources=False)
        assert config.tune is not None and config.tune.studies, env


@pytest.mark.parametrize(("tune", "key", "value"), [
    (_tune(n_trials=0), "tune.n_trials", 0),
    (_tune(workers=1.5), "tune.workers", 1.5),
    (_tune(models=["constant"]), "tune.models[0]", "constant"),
    (_tune(models=["baseline_9"]), "tune.models[0]", "baseline_9"),
    (_tune(datasets=["nowhere"]), "tune.datasets[0]", "nowhere"),
    (_tune(sampler={"name": "cmaes"}), "tune.sampler.name", "cmaes"),
    (_tune(pruner={"name": "median", "n_warmup_steps": -1}), "tune.pruner.n_warmup_steps", -1),
    (_tune(validation_fraction=0.9), "tune.validation_fraction", 0.9),
    (_tune(epochs=0), "tune.epochs", 0),
    (_tune(colour="red"), "tune.colour", "red"),
    (_tune(search={"training.lerning_rate": LR}), "tune.search.training.lerning_rate", LR),
    (_tune(search={"training.resume": {"choices": [True, False]}}), "tune.search.training.resume",
     {"choices": [True, False]}),
    (_tune(search={"training.learning_rate": {"low": 0.1, "high": 0.01}}), "tune.search.training.learning_rate.high", 0.01),
    (_tune(search={"training.learning_rate": {"low": 0.0, "high": 0.1, "log": True}}),
     "tune.search.training.learning_rate.low", 0.0),
    (_tune(search={"training.learning_rate": {"low": 0.001, "hi": 0.1}}), "tune.search.training.learning_rate.hi", 0.1),
    (_tune(search={"training.learning_rate": {"low": -0.5, "high": 0.1}}), "tune.search.training.learning_rate.low", -0.5),
    (_tune(search={"model.depth": {"low": 1.0, "high": 4.0}}), "tune.search.model.depth.low", 1.0),
    (_tune(search={"model.depth": {"low": 1, "high": 500}}), "tune.search.model.depth.high", 500),
    (_tune(search={"model.arch_weights": {"choices": ["linear", "cubic"]}}),
     "tune.search.model.arch_weights.choices[1]", "cubic"),
    (_tune(search={"model.arch_lr_scale": {"low": 0.1, "high": 10.0, "kinds": ["diffqas"]}}), "tune.models",
     ["baseline_1"]),
])
def test_a_bad_tune_value_is_refused_by_name(tune: dict[str, Any], key: str, value: Any) -> None:
    error = _refused(tune)
    assert error.key == key, str(error)
    assert repr(value) in str(error) and error.allowed


def test_a_search_entry_restricted_to_some_kinds_applies_to_those_models_only() -> None:
    tune = TuneConfig.parse(_tune(models=["baseline_1", "diffqas_nonshared"], search={
        "training.learning_rate": LR, "model.arch_lr_scale": {"low": 0.1, "high": 10.0, "kinds": ["diffqas"]}}), "tune")
    assert set(tune.search_for("baseline_1")) == {"training.learning_rate"}
    assert set(tune.search_for("diffqas_nonshared")) == {"training.learning_rate", "model.arch_lr_scale"}
    assert tune.studies == ["damped_shm.baseline_1", "damped_shm.diffqas_nonshared"]


def test_a_trial_puts_its_values_into_the_train_block_and_leaves_the_rest() -> None:
    train = TrainConfig.parse(BASE["train"], "train")
    tried = trial_train(train, {"training.learning_rate": 0.03, "model.arch_lr_scale": 2.0})
    assert (tried.training.learning_rate, tried.model.arch_lr_scale) == (0.03, 2.0)
    assert tried.model.depth == train.model.depth and tried.grid == train.grid


def test_a_search_entry_set_to_null_is_left_out() -> None:
    tune = TuneConfig.parse(_tune(search={"training.learning_rate": LR, "model.arch_lr_scale": None}), "tune")
    assert list(tune.search) == ["training.learning_rate"]
