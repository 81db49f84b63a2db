"""Choosing the derived architecture: the methods, the shortlist on validation windows, the guard."""

from __future__ import annotations

import numpy as np
import pytest

from diffqas_qlstm.circuits import SearchSpace
from diffqas_qlstm.config import DeriveConfig, RunSpec, TrainConfig
from diffqas_qlstm.derive import (
    audit_search_space,
    choose_architecture,
    contributions,
    kills_gate,
    rank_candidates,
    restore_derived_model,
    restore_ensemble,
    retrain_derived_model,
)
from diffqas_qlstm.model import GATE_NAMES
from diffqas_qlstm.training import degeneracy, execute_run, validation_split

SPACE = {"hadamard": [True], "encoding": ["rz", "ry"], "entangler": ["ring"], "variational": ["rx", "ry"]}
SPEC = RunSpec("toy", "diffqas_nonshared", 0)


@pytest.fixture(scope="module")
def train(tmp_path_factory) -> TrainConfig:
    return TrainConfig.parse({
        "grid": {"datasets": ["bessel"], "models": ["diffqas_nonshared"], "seeds": [0]},
        "model": {"hidden_size": 2, "depth": 2, "backend": "statevector"},
        "search_space": SPACE,
        "training": {"epochs": 3, "progress_bar": False},
        "checkpoint_dir": str(tmp_path_factory.mktemp("checkpoints")),
    }, "train")


@pytest.fixture(scope="module")
def windows() -> dict[str, np.ndarray]:
    series = np.sin(np.linspace(0, 12, 64))
    x = np.stack([series[i:i + 4] for i in range(59)])
    y = series[4:63]
    return {"x_train": x[:40], "y_train": y[:40], "x_test": x[40:], "y_test": y[40:]}


@pytest.fixture(scope="module")
def trained(train, windows):
    params, _, _ = execute_run(SPEC, windows, train)
    return params


@pytest.fixture(scope="module")
def audit(train):
    return audit_search_space(train.search_space.candidates(), train.model)


def _killer_on_top(params: dict, audit) -> dict:
    """The ensemble's parameters with a candidate that kills the update gate given the largest |a| there."""
    killers = [n for n, k in kills_gate(audit, "update").items() if k]
    assert killers, "the toy space should hold a candidate that kills the update gate"
    params = dict(params)
    weights = np.array(params["mixing_weights"])
    names = np.asarray(params["candidate_names"]).astype(str)
    update = GATE_NAMES.index("update")
    weights[update, list(names[update]).index(killers[0])] = 10.0
    params["mixing_weights"] = weights
    params["arch"] = weights.astype(np.float32)
    return params


def _ranking(params, train, windows, audit, by):
    ensemble = restore_ensemble(SPEC.model, params, train, SPEC.seed)
    spread = contributions(ensemble, windows["x_train"])
    return rank_candidates(params, "linear", by=by, contribution=spread, audit=audit)


def test_the_validated_derivation_never_returns_a_candidate_that_kills_the_update_gate(train, windows, trained, audit):
    params = _killer_on_top(trained, audit)
    ranking = _ranking(params, train, windows, audit, "contribution")
    choice, selection = choose_architecture(SPEC, params, ranking, windows, train,
                                            DeriveConfig(method="validated", shortlist_epochs=1))
    assert not kills_gate(audit, "update")[choice.names()["update"]]
    scores = [row["validation_mse"] for row in selection["shortlist"]]
    assert selection["chosen"] == selection["shortlist"][int(np.argmin(scores))]["label"] == choice.label
    assert 1 <= len(selection["shortlist"]) <= 4
    assert selection["fit_windows"] + selection["validation_windows"] == len(windows["x_train"])


def test_the_paper_magnitude_rule_keeps_a_killing_update_gate_and_the_guard_flags_the_result(
        train, windows, trained, audit):
    params = _killer_on_top(trained, audit)
    ranking = _ranking(params, train, windows, audit, "magnitude")
    choice, selection = choose_architecture(SPEC, params, ranking, windows, train, DeriveConfig(method="magnitude"))
    assert kills_gate(audit, "update")[choice.names()["update"]] and selection == {}
    _, _, summary = retrain_derived_model(SPEC, params, choice, windows, train, 2, method="magnitude")
    assert summary["method"] == "magnitude" and summary["degenerate"]
    assert summary["prediction_std_ratio"] < 0.05


def test_the_contribution_method_demotes_killing_candidates(train, windows, trained, audit):
    params = _killer_on_top(trained, audit)
    ranking = _ranking(params, train, windows, audit, "contribution")
    update = ranking[ranking["gate"] == "update"].sort_values("rank")
    killed = update["kills_gate"].to_numpy()
    assert not killed[0] and (np.diff(killed.astype(int)) >= 0).all()  # killers only at the end
    choice, _ = choose_architecture(SPEC, params, ranking, windows, train, DeriveConfig(method="contribution"))
    assert not kills_gate(audit, "update")[choice.names()["update"]]


def test_the_test_windows_never_inform_the_choice(train, windows, trained, audit):
    ranking = _ranking(trained, train, windows, audit, "contribution")
    derive = DeriveConfig(method="validated", shortlist_epochs=1)
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train, derive)
    other = dict(windows, y_test=-10 * windows["y_test"], x_test=windows["x_test"][::-1].copy())
    choice_other, selection_other = choose_architecture(SPEC, trained, ranking, other, train, derive)
    assert choice == choice_other
    assert [r["validation_mse"] for r in selection["shortlist"]] == [r["validation_mse"] for r in selection_other["shortlist"]]


def test_a_derived_model_with_a_kept_gain_starts_from_the_ensembles_weights_and_restores(train, windows, trained, audit):
    ranking = _ranking(trained, train, windows, audit, "contribution")
    from diffqas_qlstm.derive import top_choice

    choice = top_choice(ranking, "contribution", gain=True)
    params, history, summary = retrain_derived_model(SPEC, trained, choice, windows, train, 0, method="contribution")
    names = np.asarray(trained["candidate_names"]).astype(str)
    for k, gate in enumerate(GATE_NAMES):
        j = list(names[k]).index(choice.names()[gate])
        assert summary["initial_gain"][gate] == pytest.approx(float(trained["mixing_weights"][k, j]))
    restored = restore_derived_model(params, SPEC.model, train.model, SPEC.seed)
    assert restored.arch is not None and bool(params["trainable_gain"])
    np.testing.assert_allclose(restored.architecture_weights()[:, 0], list(summary["initial_gain"].values()), rtol=1e-6)


def test_the_validation_split_is_the_last_part_of_the_training_windows_in_order(windows):
    part = validation_split(windows, 0.2)
    assert len(part["x_test"]) == 8 and len(part["x_train"]) == 32
    np.testing.assert_array_equal(np.concatenate([part["y_train"], part["y_test"]]), windows["y_train"])
    with pytest.raises(ValueError, match="at least 2"):
        validation_split({"x_train": windows["x_train"][:1], "y_train": windows["y_train"][:1]}, 0.2)


def test_the_guard_flags_constant_predictions_and_training_that_did_not_move():
    target = np.linspace(-1, 1, 30)
    assert degeneracy(np.full(30, 0.3), target)["degenerate"]
    assert not degeneracy(target + 0.01, target)["degenerate"]
    flat = degeneracy(target, target, train_mse=[0.1, 0.1, 0.1])
    assert flat["flat_training"] and flat["degenerate"]
    assert not degeneracy(target, target, train_mse=[0.1, 0.09])["degenerate"]


def test_the_derive_block_refuses_an_unknown_method_by_name():
    from diffqas_qlstm.validation import ParameterError

    with pytest.raises(ParameterError, match="derive.method"):
        DeriveConfig.parse({"method": "largest"}, "derive")
    with pytest.raises(ParameterError, match="derive.validation_fraction"):
        DeriveConfig.parse({"validation_fraction": 0.9}, "derive")


def test_ranking_by_contribution_needs_the_contributions(trained):
    with pytest.raises(ValueError, match="contributions"):
        rank_candidates(trained, "linear", by="contribution")
    assert SearchSpace.from_parameters(SPACE)  # the toy space parses
