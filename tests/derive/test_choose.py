"""Choosing the derived architecture: the methods, the shortlist on validation windows, the guard."""

from __future__ import annotations

from types import SimpleNamespace

import cirq
import numpy as np
import pandas as pd
import pytest

from diffqas_qlstm.circuits import Candidate, SearchSpace, build_circuit
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
    top_choice,
)
from diffqas_qlstm.derive.choose import gate_swaps, lift_untrainable, trainable_sibling
from diffqas_qlstm.derive.model import Choice
from diffqas_qlstm.derive.model import derived_model
from diffqas_qlstm.model import GATE_NAMES
from diffqas_qlstm.training import degeneracy, execute_run, validation_split
from diffqas_qlstm.training.manifest import machine

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
                                            DeriveConfig(method="validated", shortlist_epochs=1, trainable_siblings=True), audit)
    assert not kills_gate(audit, "update")[choice.names()["update"]]
    assert not any(kills_gate(audit, "update")[row["architecture"]["update"]] for row in selection["shortlist"])
    scores = [row["validation_mse"] for row in selection["shortlist"]]
    assert selection["chosen"] == selection["shortlist"][int(np.argmin(scores))]["label"] == choice.label
    assert 1 <= len(selection["shortlist"]) <= 8 and selection["trainable_siblings"]
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
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train, derive, audit)
    other = dict(windows, y_test=-10 * windows["y_test"], x_test=windows["x_test"][::-1].copy())
    choice_other, selection_other = choose_architecture(SPEC, trained, ranking, other, train, derive, audit)
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
    assert summary["machine"] == machine()  # a re-training's result depends on the CPU: the summary says which


def _untrainable_on_top(params: dict, audit) -> tuple[dict, str]:
    """The ensemble's parameters with a candidate flat at θ = 0 (one that has a trainable sibling)
    given the largest |a| in every gate."""
    flat = [n for n in audit["candidate"] if trainable_sibling(n, audit, "update")]
    assert flat, "the toy space should hold a candidate flat at θ = 0 with a sibling that trains"
    params = dict(params)
    weights = np.array(params["mixing_weights"])
    names = np.asarray(params["candidate_names"]).astype(str)
    for k in range(len(GATE_NAMES)):
        weights[k, list(names[k]).index(flat[0])] = 10.0 - k
    params["mixing_weights"] = weights
    params["arch"] = weights.astype(np.float32)
    return params, flat[0]


def test_a_trainable_sibling_at_zero_angles_is_the_same_circuit_as_the_candidate_it_stands_in_for(audit):
    ranked = next(n for n in audit["candidate"] if trainable_sibling(n, audit, "update"))
    sibling = trainable_sibling(ranked, audit, "update")
    row = audit.set_index("candidate").loc[sibling]
    assert not row["theta_independent"] and not row["flat_at_zero_theta"]
    assert Candidate.from_name(sibling).variational != Candidate.from_name(ranked).variational
    circuits = [build_circuit(Candidate.from_name(name), n_qubits=3, depth=2) for name in (ranked, sibling)]
    symbols = sorted(cirq.parameter_names(circuits[0]))
    assert symbols == sorted(cirq.parameter_names(circuits[1]))
    inputs = np.random.default_rng(0).uniform(-np.pi, np.pi, len(symbols))
    values = {s: (0.0 if s.startswith("w_") else float(v)) for s, v in zip(symbols, inputs, strict=True)}
    states = [cirq.Simulator().simulate(c, param_resolver=values).final_state_vector for c in circuits]
    np.testing.assert_allclose(states[0], states[1], atol=1e-6)
    assert trainable_sibling(sibling, audit, "update") is None


def test_the_validated_shortlist_lifts_untrainable_candidates_to_siblings_started_at_zero_angles(
        train, windows, trained, audit):
    params, flat = _untrainable_on_top(trained, audit)
    ranking = _ranking(params, train, windows, audit, "magnitude")
    plain = top_choice(ranking, "magnitude", gain=True)
    assert plain.names()["forget"] == flat
    lifted = lift_untrainable(plain, audit)
    assert lifted.names()["forget"] == trainable_sibling(flat, audit, "forget") and dict(lifted.lifted_from)["forget"] == flat
    derived, initial = derived_model(SPEC, lifted, params, train.model)
    np.testing.assert_array_equal(initial["theta"][0], 0.0)
    names = np.asarray(params["candidate_names"]).astype(str)
    assert initial["arch"][0, 0] == pytest.approx(params["mixing_weights"][0, list(names[0]).index(flat)])
    _, with_siblings = choose_architecture(SPEC, params, ranking, windows, train,
                                           DeriveConfig(method="validated", shortlist_epochs=1, trainable_siblings=True), audit)
    _, without = choose_architecture(SPEC, params, ranking, windows, train,
                                     DeriveConfig(method="validated", shortlist_epochs=1))  # the default: off
    assert any("lifted_from" in row for row in with_siblings["shortlist"])
    assert not any("lifted_from" in row for row in without["shortlist"]) and not without["trainable_siblings"]
    assert len(without["shortlist"]) < len(with_siblings["shortlist"]) <= 2 * len(without["shortlist"])
    with pytest.raises(ValueError, match="audit"):
        choose_architecture(SPEC, params, ranking, windows, train,
                            DeriveConfig(method="validated", shortlist_epochs=1, trainable_siblings=True))


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


def test_a_swap_round_re_trains_one_gate_swaps_of_the_shortlists_best_and_keeps_the_best_it_validated(
        train, windows, trained, audit):
    ranking = _ranking(trained, train, windows, audit, "contribution")
    _, plain = choose_architecture(SPEC, trained, ranking, windows, train,
                                   DeriveConfig(method="validated", shortlist_epochs=1))
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train,
                                            DeriveConfig(method="validated", shortlist_epochs=1, swap_rounds=2))
    assert plain["swap_rounds"] == 0 and selection["swap_rounds"] == 2
    rows = selection["shortlist"]
    assert rows[:len(plain["shortlist"])] == plain["shortlist"]  # the same shortlist first, validated alike
    swapped = rows[len(plain["shortlist"]):]
    assert swapped and all(row["label"].removesuffix(" + gain").endswith("swapped") for row in swapped)
    for number, row in enumerate(swapped, start=len(plain["shortlist"])):  # a neighbour of one validated before
        differ = [[g for g in GATE_NAMES if row["architecture"][g] != r["architecture"][g]] for r in rows[:number]
                  if r["gain"] == row["gain"]]
        gate = next(d[0] for d in differ if len(d) == 1)
        assert not kills_gate(audit, gate)[row["architecture"][gate]]
    keys = [(tuple(r["architecture"].values()), r["gain"]) for r in rows]
    assert len(set(keys)) == len(keys)  # nothing validated twice
    assert selection["chosen"] == min(rows, key=lambda row: row["validation_mse"])["label"] == choice.label
    best = min(plain["shortlist"], key=lambda row: row["validation_mse"])
    start = Choice(tuple(Candidate.from_name(best["architecture"][g]) for g in GATE_NAMES), best["gain"], best["label"])
    first = len(gate_swaps(start, ranking, [Choice(tuple(Candidate.from_name(r["architecture"][g]) for g in GATE_NAMES),
                                                   r["gain"], r["label"]) for r in plain["shortlist"]]))
    assert rows[len(plain["shortlist"]):][:first] == swapped[:first]
    if min(r["validation_mse"] for r in swapped[:first]) >= best["validation_mse"]:
        assert len(swapped) == first  # no swap validated better: no second round


def test_gate_swaps_take_the_next_ranked_candidate_not_yet_tried_in_each_gate(train, windows, trained, audit):
    from diffqas_qlstm.derive.ranking import rerank

    ranking = _ranking(trained, train, windows, audit, "magnitude")
    top = top_choice(ranking, "magnitude")
    swaps = gate_swaps(top, ranking, [top])
    ordered = rerank(ranking, "magnitude")
    for swap in swaps:
        gate = next(g for g in GATE_NAMES if swap.names()[g] != top.names()[g])
        allowed = ordered[(ordered["gate"] == gate) & ~ordered["kills_gate"].astype(bool)]["candidate"].tolist()
        assert swap.names()[gate] == [n for n in allowed if n != top.names()[gate]][0]
    again = gate_swaps(top, ranking, [top, *swaps])
    assert all(s.names() != t.names() for s in again for t in swaps)


def _spy_on_retraining(monkeypatch, validation) -> list[tuple[Choice, int, str | None]]:
    """Replace the validated method's re-trainings by a spy: each call is recorded as (choice, epochs,
    lr_schedule), and its validation MSE is ``validation(choice, epochs, calls so far)``."""
    import diffqas_qlstm.derive.choose as choose

    calls = []

    def spy(spec, choice, ensemble_params, split, train_config, epochs, *, lr_schedule=None, progress_name=None):
        calls.append((choice, epochs, lr_schedule))
        model = SimpleNamespace(export_parameters=lambda: {"theta": np.full(1, len(calls))})
        return model, pd.DataFrame({"test_mse": [validation(choice, epochs, len(calls))]}), {}, 1.0

    monkeypatch.setattr(choose, "retrain_choice", spy)
    return calls


def test_the_derivations_learning_rate_schedule_reaches_the_shortlist_and_the_final_re_training_and_is_recorded(
        train, windows, trained, audit, monkeypatch):
    ranking = _ranking(trained, train, windows, audit, "contribution")
    calls = _spy_on_retraining(monkeypatch, lambda choice, epochs, n: float(n))
    choose_architecture(SPEC, trained, ranking, windows, train, DeriveConfig(method="validated", retrain_lr_schedule="cosine"))
    shortlisted = len(calls)
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train, DeriveConfig(method="validated"))
    assert shortlisted >= 2 and [c[2] for c in calls] == ["cosine"] * shortlisted + [None] * shortlisted  # None: the training's own
    assert selection["chosen"] == selection["shortlist"][0]["label"]  # the spy's lowest validation MSE: the first
    monkeypatch.undo()
    _, inherited, summary = retrain_derived_model(SPEC, trained, choice, windows, train, 1, method="validated")
    _, annealed, annealed_summary = retrain_derived_model(SPEC, trained, choice, windows, train, 1, method="validated",
                                                          lr_schedule="cosine")
    assert (summary["retrain_lr_schedule"], annealed_summary["retrain_lr_schedule"]) == ("constant", "cosine")
    assert inherited["train_mse"].iloc[0] != annealed["train_mse"].iloc[0]
    assert DeriveConfig().retrain_lr_schedule is None  # None: train.training.lr_schedule, the paper's constant
    from diffqas_qlstm.validation import ParameterError

    with pytest.raises(ParameterError, match="derive.retrain_lr_schedule"):
        DeriveConfig.parse({"retrain_lr_schedule": "step"}, "derive")


def test_a_fresh_choice_starts_from_the_models_own_initialisation_not_the_ensemble(train, windows, trained, audit):
    from diffqas_qlstm.model import build_model

    ranking = _ranking(trained, train, windows, audit, "contribution")
    inherited = top_choice(ranking, "contribution", gain=True)
    fresh = inherited.started_fresh()
    assert (fresh.fresh, fresh.gain, fresh.architecture, fresh.start) == (True, False, inherited.architecture, "fresh")
    model, initial = derived_model(SPEC, fresh, trained, train.model)
    baseline = build_model(SPEC.model, train.model, seed=SPEC.seed, architecture=list(fresh.architecture))
    own = baseline.export_parameters()
    for key in ("theta", "head_kernel", "head_bias"):  # the run's seed decides them, as for a baseline
        np.testing.assert_array_equal(initial[key], own[key])
        np.testing.assert_array_equal(model.export_parameters()[key], own[key])
    np.testing.assert_array_equal(initial["arch"], np.ones((4, 1)))
    _, ensemble_start = derived_model(SPEC, Choice(inherited.architecture), trained, train.model)
    assert not np.array_equal(ensemble_start["head_kernel"], own["head_kernel"])  # the ensemble's head otherwise
    _, _, summary = retrain_derived_model(SPEC, trained, fresh, windows, train, 1, method="validated")
    assert summary["start"] == "fresh" and summary["choice"].endswith(", fresh") and not summary["gain"]


def test_with_fresh_start_the_shortlist_holds_each_architecture_started_fresh_once_and_validation_decides(
        train, windows, trained, audit, monkeypatch):
    ranking = _ranking(trained, train, windows, audit, "contribution")
    calls = _spy_on_retraining(monkeypatch, lambda choice, epochs, n: 0.5 if choice.fresh else 1.0)
    _, without = choose_architecture(SPEC, trained, ranking, windows, train, DeriveConfig(method="validated", fresh_start="never"))
    assert not any(c.fresh for c, _, _ in calls) and without["fresh_start"] == "never"
    ensemble_started = [c for c, _, _ in calls]
    calls.clear()
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train,
                                            DeriveConfig(method="validated", fresh_start="shortlist"))
    fresh = [c for c, _, _ in calls if c.fresh]
    assert [c for c, _, _ in calls if not c.fresh] == ensemble_started
    assert sorted(c.architecture for c in fresh) == sorted(set(c.architecture for c in ensemble_started))
    assert choice.fresh and selection["fresh_start"] and {r["start"] for r in selection["shortlist"]} == {"ensemble", "fresh"}

    sampled = RunSpec("toy", "diffqas_reinforce", 0)
    calls.clear()
    argmax, nothing = choose_architecture(sampled, trained, ranking, windows, train, DeriveConfig(fresh_start="never"))
    assert (argmax.label, nothing, calls) == ("argmax (filtered)", {}, [])
    choice, selection = choose_architecture(sampled, trained, ranking, windows, train, DeriveConfig(fresh_start="shortlist"))
    assert [c.label for c, _, _ in calls] == ["argmax (filtered)", "argmax (filtered), fresh"]
    assert choice.architecture == argmax.architecture and choice.fresh


def test_a_final_fresh_start_check_re_trains_the_shortlists_winner_from_both_starts_in_full_and_keeps_the_better(
        train, windows, trained, audit, monkeypatch):
    ranking = _ranking(trained, train, windows, audit, "contribution")
    calls = _spy_on_retraining(monkeypatch, lambda choice, epochs, n: 0.1 if choice.fresh and epochs == 7 else 1.0 / n)
    derive = DeriveConfig(method="validated", fresh_start="final", shortlist_epochs=2, retrain_epochs=7)
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train, derive)
    shortlisted = [c for c, epochs, _ in calls if epochs == 2]
    assert shortlisted and not any(c.fresh for c in shortlisted)  # the shortlist itself starts from the ensemble
    winner = shortlisted[-1]  # the spy's lowest shortlist validation MSE: the last one tried
    assert [(c, epochs) for c, epochs, _ in calls[len(shortlisted):]] == [(winner, 7), (winner.started_fresh(), 7)]
    assert choice == winner.started_fresh() and selection["final_epochs"] == 7
    assert choice.validated_fit["validation_mse"] == 0.1  # the kept start carries what its check reached
    assert [r["start"] for r in selection["shortlist"][-2:]] == ["ensemble", "fresh"]

    sampled = RunSpec("toy", "diffqas_reinforce", 0)
    calls.clear()
    choice, selection = choose_architecture(sampled, trained, ranking, windows, train, derive)
    assert [(c.label, epochs) for c, epochs, _ in calls] == [("argmax (filtered)", 7), ("argmax (filtered), fresh", 7)]
    assert choice.fresh and len(selection["shortlist"]) == 2
    calls.clear()  # with no re-training the derived model keeps the ensemble's θ: no start to check
    unretrained = derive.model_copy(update={"retrain_epochs": 0})
    assert choose_architecture(sampled, trained, ranking, windows, train, unretrained) == (
        Choice(choice.architecture, False, "argmax (filtered)"), {})
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train, unretrained)
    assert not choice.fresh and "final_epochs" not in selection and {c.fresh for c, _, _ in calls} == {False}
    assert DeriveConfig().fresh_start == "final"
    from diffqas_qlstm.validation import ParameterError

    with pytest.raises(ParameterError, match="derive.fresh_start"):
        DeriveConfig.parse({"fresh_start": "always"}, "derive")
    with pytest.raises(ParameterError, match="derive.fresh_start"):  # a flag would not say which start
        DeriveConfig.parse({"fresh_start": True}, "derive")


def _policy(ranking, audit):
    """``ranking`` with each gate's weights a probability (softmax of random logits), as a sampled search writes."""
    ranking = ranking.copy()
    logits = np.random.default_rng(5).normal(size=len(ranking))
    for gate in GATE_NAMES:
        rows = (ranking["gate"] == gate).to_numpy()
        ranking.loc[rows, "weight"] = np.exp(logits[rows]) / np.exp(logits[rows]).sum()
    return ranking


def test_policy_draws_follow_the_learned_probabilities_never_draw_a_killing_candidate_and_repeat_from_the_seed(
        trained, train, windows, audit):
    from diffqas_qlstm.derive.choose import policy_draws

    ranking = _policy(_ranking(trained, train, windows, audit, "magnitude"), audit)
    draws = policy_draws(ranking, 400, seed=3)
    assert [d.names() for d in draws[:5]] == [d.names() for d in policy_draws(ranking, 5, seed=3)]
    assert [d.names() for d in draws[:5]] != [d.names() for d in policy_draws(ranking, 5, seed=4)]
    killed = kills_gate(audit, "update")
    assert not any(killed.get(d.names()["update"], False) for d in draws)
    forget = ranking[(ranking["gate"] == "forget") & ~ranking["kills_gate"]]
    expected = forget.set_index("candidate")["weight"] / forget["weight"].sum()
    observed = pd.Series([d.names()["forget"] for d in draws]).value_counts(normalize=True)
    assert np.abs(observed.reindex(expected.index, fill_value=0.0) - expected).max() < 0.1
    ranking.loc[ranking["gate"] == "input", "weight"] = 0.0
    with pytest.raises(ValueError, match="input"):
        policy_draws(ranking, 1, seed=0)


def test_a_sampled_search_validates_its_argmax_beside_its_policy_draws_and_checks_the_winner_from_both_starts(
        train, windows, trained, audit, monkeypatch):
    ranking = _policy(_ranking(trained, train, windows, audit, "magnitude"), audit)
    sampled = RunSpec("toy", "diffqas_reinforce", 0)
    calls = _spy_on_retraining(monkeypatch, lambda choice, epochs, n: 1.0 / n if epochs == 2 else
                               (0.2 if choice.fresh else 0.3))
    derive = DeriveConfig(fresh_start="final", shortlist_epochs=2, retrain_epochs=7, policy_samples=4)
    choice, selection = choose_architecture(sampled, trained, ranking, windows, train, derive)
    shortlisted = [c for c, epochs, _ in calls if epochs == 2]
    assert shortlisted[0].label == "argmax (filtered)" and 2 <= len(shortlisted) <= 5
    assert len({c.architecture for c in shortlisted}) == len(shortlisted)  # repeats dropped
    assert all(c.label.startswith("policy draw") for c in shortlisted[1:])
    winner = shortlisted[-1]  # the spy's lowest shortlist validation MSE: the last one tried
    assert [(c, epochs) for c, epochs, _ in calls[len(shortlisted):]] == [(winner, 7), (winner.started_fresh(), 7)]
    assert choice == winner.started_fresh() and selection["policy_samples"] == 4
    assert selection["chosen"] == winner.started_fresh().label


def test_keep_validated_hands_back_the_final_checks_fit_only_when_it_validates_better_than_the_full_re_training(
        train, windows, trained, audit):
    from dataclasses import replace

    ranking = _ranking(trained, train, windows, audit, "contribution")
    derive = DeriveConfig(method="validated", fresh_start="final", shortlist_epochs=1, retrain_epochs=2,
                          keep_validated=True)
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train, derive, audit)
    fit = choice.validated_fit
    assert fit is not None and fit["validation_mse"] == selection["shortlist"][-2 + ("fresh" in choice.label)]["validation_mse"]
    assert selection["keep_validated"] is True

    def derive_with(validation_mse):
        forced = replace(choice, validated_fit={**fit, "validation_mse": validation_mse})
        return retrain_derived_model(SPEC, trained, forced, windows, train, 2, method="validated",
                                     selection=selection, keep_validated=True)

    kept, _, summary = derive_with(0.0)  # the fit validates better than any re-training can
    assert summary["final_fit"]["kept"] == "validated"
    assert np.array_equal(kept["theta"], fit["params"]["theta"])
    full, _, summary = derive_with(np.inf)
    assert summary["final_fit"]["kept"] == "all_windows" and not np.array_equal(full["theta"], fit["params"]["theta"])
    plain, _, summary = retrain_derived_model(SPEC, trained, choice, windows, train, 2, method="validated",
                                              selection=selection)
    assert "final_fit" not in summary and np.array_equal(plain["theta"], full["theta"])


def test_keep_validated_is_refused_by_name_where_no_final_check_re_trains_a_model_to_keep():
    from diffqas_qlstm.validation import ParameterError

    with pytest.raises(ParameterError, match="derive.keep_validated.*fresh_start is final"):
        DeriveConfig.parse({"keep_validated": True, "fresh_start": "never", "retrain_epochs": 5}, "derive")
    with pytest.raises(ParameterError, match="derive.keep_validated"):
        DeriveConfig.parse({"keep_validated": True, "fresh_start": "final", "retrain_epochs": 0}, "derive")
    assert DeriveConfig.parse({"keep_validated": True, "fresh_start": "final", "retrain_epochs": 5}, "derive").keep_validated


def test_fresh_restarts_re_train_the_winner_from_more_initialisations_and_keep_the_one_that_validates_best(
        train, windows, trained, audit, monkeypatch):
    ranking = _ranking(trained, train, windows, audit, "contribution")
    calls = _spy_on_retraining(monkeypatch, lambda choice, epochs, n: 0.05 if choice.restart == 2 else 1.0 / n)
    derive = DeriveConfig(method="validated", fresh_start="final", shortlist_epochs=2, retrain_epochs=7,
                          fresh_restarts=3, keep_validated=True)
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train, derive)
    shortlisted = [c for c, epochs, _ in calls if epochs == 2]
    winner = shortlisted[-1]
    final = [c for c, epochs, _ in calls if epochs == 7]
    assert final == [winner, winner.started_fresh(), *(winner.started_fresh(r) for r in (1, 2, 3))]
    assert choice == winner.started_fresh(2) and choice.validated_fit["validation_mse"] == 0.05
    assert selection["fresh_restarts"] == 3 and [r.get("restart", 0) for r in selection["shortlist"][-5:]] == [0, 0, 1, 2, 3]
    assert selection["chosen"].endswith("fresh restart 2")


def test_a_restart_starts_from_an_initialisation_of_its_own_that_its_seed_repeats(train, windows, trained, audit):
    ranking = _ranking(trained, train, windows, audit, "contribution")
    fresh = top_choice(ranking, "contribution").started_fresh()
    _, first = derived_model(SPEC, fresh, trained, train.model)
    _, restart = derived_model(SPEC, fresh.started_fresh(1), trained, train.model)
    _, again = derived_model(SPEC, fresh.started_fresh(1), trained, train.model)
    _, other = derived_model(SPEC, fresh.started_fresh(2), trained, train.model)
    assert not np.array_equal(first["theta"], restart["theta"]) and not np.array_equal(restart["theta"], other["theta"])
    np.testing.assert_array_equal(restart["theta"], again["theta"])
    np.testing.assert_array_equal(restart["head_kernel"], again["head_kernel"])
    assert fresh.started_fresh(1).started_fresh() == fresh  # back to the run's own seed
    with pytest.raises(ValueError, match="only a fresh choice restarts"):
        Choice(fresh.architecture, restart=1)
    _, _, summary = retrain_derived_model(SPEC, trained, fresh.started_fresh(1), windows, train, 1, method="validated")
    assert summary["restart"] == 1 and summary["start"] == "fresh"


def test_fresh_restarts_are_refused_by_name_where_no_final_check_re_trains_the_winner():
    from diffqas_qlstm.validation import ParameterError

    with pytest.raises(ParameterError, match="derive.fresh_restarts.*fresh_start is final"):
        DeriveConfig.parse({"fresh_restarts": 2, "fresh_start": "shortlist", "retrain_epochs": 5}, "derive")
    with pytest.raises(ParameterError, match="derive.fresh_restarts"):
        DeriveConfig.parse({"fresh_restarts": 2, "fresh_start": "final", "retrain_epochs": 0}, "derive")
    assert DeriveConfig.parse({"fresh_restarts": 2, "fresh_start": "final", "retrain_epochs": 5}, "derive").fresh_restarts == 2


def test_with_fresh_gain_a_fresh_start_keeps_the_winners_gains_started_at_1_so_both_starts_train_one_model(
        train, windows, trained, audit, monkeypatch):
    from diffqas_qlstm.model import build_model

    ranking = _ranking(trained, train, windows, audit, "contribution")
    inherited = top_choice(ranking, "contribution", gain=True)
    kept = inherited.started_fresh(keep_gain=True)
    assert (kept.fresh, kept.gain, kept.label) == (True, True, "contribution, fresh + gain")
    assert inherited.started_fresh(2, keep_gain=True).label == "contribution, fresh restart 2 + gain"
    assert top_choice(ranking, "contribution").started_fresh(keep_gain=True).gain is False  # no gain to keep
    model, initial = derived_model(SPEC, kept, trained, train.model)
    plain = build_model(SPEC.model, train.model, seed=SPEC.seed, architecture=list(kept.architecture)).export_parameters()
    for key in ("theta", "head_kernel", "head_bias"):  # the run's own initialisation, as without the gain
        np.testing.assert_array_equal(initial[key], plain[key])
    np.testing.assert_array_equal(initial["arch"], np.ones((4, 1)))  # where the paper's dropped weight starts
    assert any("arch" in v.name for v in model.trainable_variables)  # …and trains
    params, _, summary = retrain_derived_model(SPEC, trained, kept, windows, train, 1, method="validated")
    assert summary["gain"] and summary["start"] == "fresh" and bool(params["trainable_gain"])
    assert not np.array_equal(params["arch"], np.ones((4, 1), np.float32))

    calls = _spy_on_retraining(monkeypatch, lambda choice, epochs, n: 1.0 / n)
    derive = DeriveConfig(method="validated", fresh_start="final", shortlist_epochs=2, retrain_epochs=7,
                          fresh_restarts=1, fresh_gain=True)
    choice, selection = choose_architecture(SPEC, trained, ranking, windows, train, derive)
    winner = [c for c, epochs, _ in calls if epochs == 2][-1]
    final = [c for c, epochs, _ in calls if epochs == 7]
    assert winner.gain  # the spy validates the last shortlisted lowest: contribution + gain
    assert final == [winner, winner.started_fresh(keep_gain=True), winner.started_fresh(1, keep_gain=True)]
    assert all(c.gain for c in final) and selection["fresh_gain"] is True


def test_fresh_gain_is_refused_by_name_where_nothing_starts_fresh():
    from diffqas_qlstm.validation import ParameterError

    with pytest.raises(ParameterError, match="derive.fresh_gain.*fresh_start"):
        DeriveConfig.parse({"fresh_gain": True, "fresh_start": "never"}, "derive")
    assert DeriveConfig.parse({"fresh_gain": True, "fresh_start": "shortlist"}, "derive").fresh_gain
