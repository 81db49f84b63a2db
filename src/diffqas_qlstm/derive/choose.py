"""Choosing the derived architecture (SPEC §6, ``derive.method``).

- ``magnitude``: per gate the candidate with the largest |a| (a for softmax), the weight dropped —
  the paper's rule exactly, kept for comparison (it can return an update gate dead at the cell's
  zero state; the guard then flags the derived model);
- ``contribution``: per gate the candidate whose a·f spreads most over the training windows,
  candidates that kill their gate excluded, the weight dropped;
- ``diffqas_gdas`` and ``diffqas_reinforce`` runs (sampled searches), whatever the method: the argmax of the logits, killing candidates excluded
  (with ``derive.policy_samples``, validated beside that many architectures drawn from the learned
  policy (:func:`policy_draws`), like a shortlist; with ``derive.fresh_start``, the winner validated
  against itself started fresh, as below, and kept so);
- ``validated`` (default): a shortlist — the filtered magnitude and contribution choices, each with
  the chosen weights dropped and kept as trainable gains, (``derive.trainable_siblings``) each
  of those again with its untrainable candidates lifted (:func:`lift_untrainable`), and
  (``derive.fresh_start: shortlist``) each architecture again started from the model's own
  initialisation instead of the ensemble (:meth:`Choice.started_fresh`) — each
  re-trained for ``shortlist_epochs`` on the first part of the training windows; the one with the
  lowest MSE on the last ``validation_fraction`` of them (chronological) wins; with
  ``derive.swap_rounds``, up to that many greedy rounds of its one-gate swaps (:func:`gate_swaps`)
  follow, validated alike, while one of them validates better; with ``derive.fresh_start: final``
  (the default) the winner is then re-trained from both starts (the ensemble's and its own
  initialisation) for ``retrain_epochs`` on the same first part, and the start that validates
  better is kept (:func:`~diffqas_qlstm.config.recorded.checks_both_starts`: not with
  ``retrain_epochs: 0``), beside ``derive.fresh_restarts`` more initialisations of its own
  (:meth:`Choice.started_fresh` with a restart). The test windows never inform the choice.

Why lift: the ensemble's θ stay near their initial 0.01·N(0, 1), and many candidates it weighs
most are θ-independent (an Rz variational layer) or flat at θ = 0 (zero gradient there, e.g. Rx
after H and Ry encoding): inside the ensemble they serve as fixed features, but as the derived
model's only circuit they leave re-training nothing to move. At θ = 0 every variational rotation
is the identity, so a sibling — the same Hadamard, encoding and entangler with a variational
rotation that does train at θ = 0 — started from θ = 0 computes exactly what the ranked candidate
computes at θ = 0 (a θ-independent one: at every θ; a flat one stays near θ = 0 in the ensemble),
and can then train.

Example:
    >>> from diffqas_qlstm.circuits import BASELINES
    >>> shortlist([Choice((BASELINES["baseline_1"],) * 4, False, "a"),
    ...            Choice((BASELINES["baseline_1"],) * 4, False, "b")])[0].label
    'a'
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.circuits import Candidate
from diffqas_qlstm.config import DIFFQAS_VARIANTS, SAMPLED_FORMS, DeriveConfig, RunSpec, TrainConfig
from diffqas_qlstm.config.recorded import checks_both_starts, selection_settings
from diffqas_qlstm.derive.model import Choice, retrain_choice
from diffqas_qlstm.derive.ranking import derived_architecture, rerank
from diffqas_qlstm.model import GATE_NAMES
from diffqas_qlstm.model.audit import kills_gate
from diffqas_qlstm.training import TrainingDivergedError, validation_split


def top_choice(ranking: pd.DataFrame, by: str, *, gain: bool = False, exclude_killers: bool = True) -> Choice:
    """The rank-1 candidates of ``ranking`` re-ranked ``by`` a score; killing candidates excluded
    (ranked last) unless ``exclude_killers`` is False."""
    architecture = tuple(derived_architecture(rerank(ranking, by, demote_killers=exclude_killers)))
    label = by if not exclude_killers or by == "contribution" else f"{by} (filtered)"
    return Choice(architecture, gain, label + (" + gain" if gain else ""), ranked_by=by)


def trainable_sibling(name: str, audit: pd.DataFrame, gate: str) -> str | None:
    """The candidate that stands in for ``name`` when re-training cannot move it (the audit marks it
    θ-independent or flat at θ = 0): of its siblings in the audited space (the same Hadamard,
    encoding and entangler, another variational rotation) that are neither, nor kill ``gate``, the
    one with the largest gradient at θ = 0 (search-space order on ties); None when ``name`` trains
    or has no such sibling.

    Example:
        >>> audit = pd.DataFrame({"candidate": ["H-Ry-brick-Rx", "H-Ry-brick-Ry", "H-Ry-brick-Rz"],
        ...     "theta_independent": [False, False, True], "flat_at_zero_theta": [True, False, True],
        ...     "kills_update": [False] * 3, "zero_theta_gradient": [0.0, 1.4, 0.0]})
        >>> trainable_sibling("H-Ry-brick-Rz", audit, "update"), trainable_sibling("H-Ry-brick-Ry", audit, "update")
        ('H-Ry-brick-Ry', None)
    """
    table = audit.set_index(audit["candidate"].astype(str))
    if name not in table.index:
        raise ValueError(f"{name} is not in the search-space audit")
    if not (bool(table.loc[name, "theta_independent"]) or bool(table.loc[name, "flat_at_zero_theta"])):
        return None
    ranked = Candidate.from_name(name)
    killed = kills_gate(audit, gate)
    best, best_gradient = None, -math.inf
    for other in table.index:
        candidate = Candidate.from_name(other)
        same_frame = (candidate.hadamard, candidate.encoding, candidate.entangler) == (
            ranked.hadamard, ranked.encoding, ranked.entangler)
        trains = not (bool(table.loc[other, "theta_independent"]) or bool(table.loc[other, "flat_at_zero_theta"]))
        gradient = float(table.loc[other, "zero_theta_gradient"])
        if same_frame and other != name and trains and not killed.get(other, False) and gradient > best_gradient:
            best, best_gradient = other, gradient
    return best


def lift_untrainable(choice: Choice, audit: pd.DataFrame) -> Choice:
    """``choice`` with every candidate re-training cannot move replaced by its
    :func:`trainable_sibling` (θ started at 0, so the derived model starts as the ranked
    circuits at θ = 0); ``choice`` itself when none is.

    Example:
        >>> audit = pd.DataFrame({"candidate": ["H-Ry-brick-Ry", "H-Ry-brick-Rz"], "theta_independent": [False, True],
        ...     "flat_at_zero_theta": [False, True], "kills_update": [False, False], "zero_theta_gradient": [1.4, 0.0]})
        >>> lifted = lift_untrainable(Choice((Candidate.from_name("H-Ry-brick-Rz"),) * 4, False, "a"), audit)
        >>> lifted.names()["forget"], lifted.label, dict(lifted.lifted_from)["output"]
        ('H-Ry-brick-Ry', 'a, trainable', 'H-Ry-brick-Rz')
    """
    architecture, lifted = [], []
    for gate, candidate in zip(GATE_NAMES, choice.architecture, strict=True):
        sibling = trainable_sibling(candidate.name, audit, gate)
        architecture.append(Candidate.from_name(sibling) if sibling else candidate)
        if sibling:
            lifted.append((gate, candidate.name))
    if not lifted:
        return choice
    return Choice(tuple(architecture), choice.gain, choice.noted("trainable"), tuple(lifted), choice.ranked_by)


def policy_draws(ranking: pd.DataFrame, count: int, seed: int) -> list[Choice]:
    """``count`` architectures drawn from a sampled search's learned policy: per gate one candidate
    with probability its ``weight`` (softmax(α)), candidates that kill their gate never drawn;
    reproducible from ``seed`` (the run's). Repeats are kept (:func:`shortlist` drops them).

    Example:
        >>> ranking = pd.DataFrame({"gate": [g for g in GATE_NAMES for _ in range(2)],
        ...     "candidate": ["H-Ry-brick-Ry", "H-Ry-ring-Ry"] * 4, "weight": [0.0, 1.0] * 4,
        ...     "kills_gate": [False] * 8})
        >>> [d.names()["update"] for d in policy_draws(ranking, 2, seed=0)], policy_draws(ranking, 1, 0)[0].label
        (['H-Ry-ring-Ry', 'H-Ry-ring-Ry'], 'policy draw 1')
    """
    rng = np.random.default_rng([seed, 21])
    gates = []
    for gate in GATE_NAMES:
        part = ranking[(ranking["gate"] == gate) & ~ranking["kills_gate"].astype(bool)]
        weights = np.clip(part["weight"].to_numpy(dtype=float), 0.0, None)
        if part.empty or weights.sum() <= 0:
            raise ValueError(f"the policy of gate {gate} has no candidate to draw (every weight 0 or killing)")
        gates.append((part["candidate"].astype(str).to_numpy(), weights / weights.sum()))
    draws = []
    for number in range(1, count + 1):
        picked = [names[rng.choice(len(names), p=p)] for names, p in gates]
        draws.append(Choice(tuple(Candidate.from_name(n) for n in picked), False, f"policy draw {number}"))
    return draws


def shortlist(choices: list[Choice]) -> list[Choice]:
    """``choices`` without repeats (the same architecture, gain and θ start), first occurrence kept."""
    seen, unique = set(), []
    for choice in choices:
        key = (choice.architecture, choice.gain, tuple(choice.zero_theta_gates()), choice.fresh)
        if key not in seen:
            seen.add(key)
            unique.append(choice)
    return unique


def gate_swaps(choice: Choice, ranking: pd.DataFrame, tried: list[Choice]) -> list[Choice]:
    """One gate at a time, ``choice`` with that gate's candidate replaced by the best-ranked one
    (under the score ``choice`` was ranked by, killing candidates excluded) that no choice of
    ``tried`` has in that gate: the neighbours a swap round of the validated method re-trains.
    A swapped gate starts from the ensemble's θ (and its weight, with a gain) of its new candidate.

    Example:
        >>> ranking = pd.DataFrame({"gate": [g for g in GATE_NAMES for _ in range(2)],
        ...     "candidate": ["H-Ry-brick-Ry", "H-Ry-ring-Ry"] * 4, "magnitude": [2.0, 1.0] * 4,
        ...     "contribution": [1.0, 2.0] * 4, "kills_gate": [False] * 8, "index": [0, 1] * 4})
        >>> top = top_choice(ranking, "magnitude", gain=True)
        >>> [(s.names()["update"], s.label) for s in gate_swaps(top, ranking, [top])][2]
        ('H-Ry-ring-Ry', 'magnitude (filtered), update swapped + gain')
    """
    ordered = rerank(ranking, choice.ranked_by)
    allowed = ordered[~ordered["kills_gate"].astype(bool)]
    lifted = dict(choice.lifted_from)
    swaps = []
    for k, gate in enumerate(GATE_NAMES):
        used = {c.architecture[k].name for c in tried} | {lifted.get(gate, "")}
        names = [n for n in allowed.loc[allowed["gate"] == gate, "candidate"].astype(str) if n not in used]
        if not names:
            continue
        architecture = list(choice.architecture)
        architecture[k] = Candidate.from_name(names[0])
        swaps.append(Choice(tuple(architecture), choice.gain, choice.noted(f"{gate} swapped"),
                            tuple((g, n) for g, n in choice.lifted_from if g != gate), choice.ranked_by))
    return swaps


def choose_architecture(
    spec: RunSpec,
    ensemble_params: Mapping[str, np.ndarray],
    ranking: pd.DataFrame,
    windows: Mapping[str, np.ndarray],
    train: TrainConfig,
    derive: DeriveConfig,
    audit: pd.DataFrame | None = None,
) -> tuple[Choice, dict[str, Any]]:
    """The derived architecture of ``derive.method`` and what the method weighed (for the summary).

    ``audit`` (the search-space audit) is needed by the validated method's trainable siblings
    (``derive.trainable_siblings``).

    A sampled search (``diffqas_gdas``, ``diffqas_reinforce``) has no derivation gap to bridge: its architecture
    is the argmax of its logits, candidates that kill their gate excluded, whatever the method."""
    sampled = DIFFQAS_VARIANTS.get(spec.model, (None, None, None))[2] in SAMPLED_FORMS
    if sampled:
        argmax = Choice(top_choice(ranking, "magnitude").architecture, False, "argmax (filtered)")
        if not selection_settings(derive, sampled=True):  # nothing to validate: the argmax as it is
            return argmax, {}
        ranked = [argmax, *policy_draws(ranking, derive.policy_samples, spec.seed)]
    elif derive.method == "magnitude":
        return top_choice(ranking, "magnitude", exclude_killers=False), {}
    elif derive.method == "contribution":
        return top_choice(ranking, "contribution"), {}
    else:
        ranked = [top_choice(ranking, by, gain=gain) for by in ("magnitude", "contribution") for gain in (False, True)]
    started = time.time()
    if derive.trainable_siblings and not sampled:
        if audit is None:
            raise ValueError("derive.trainable_siblings needs the search-space audit (derive.audit_search_space)")
        ranked += [lift_untrainable(choice, audit) for choice in ranked]
    if derive.fresh_start == "shortlist":
        ranked += [choice.started_fresh(keep_gain=derive.fresh_gain) for choice in ranked]
    candidates = shortlist(ranked)
    split = validation_split(windows, derive.validation_fraction)

    fits: dict[int, dict[str, Any]] = {}  # row number → what the final check's re-training reached

    def validate(choice: Choice, number: int, epochs: int = derive.shortlist_epochs, keep: bool = False) -> dict[str, Any]:
        try:
            model, history, _, before = retrain_choice(
                spec, choice, ensemble_params, split, train, epochs,
                lr_schedule=derive.retrain_lr_schedule, progress_name=f"{spec.name}.shortlist {number}")
            validation = float(history["test_mse"].iloc[-1])
            if keep and math.isfinite(validation):
                fits[number] = {"params": model.export_parameters(), "validation_mse": validation}
        except TrainingDivergedError:
            before, validation = float("nan"), float("inf")
        return {"label": choice.label, "architecture": choice.names(), "gain": choice.gain, "start": choice.start,
                **({"restart": choice.restart} if choice.restart else {}),
                **({"lifted_from": dict(choice.lifted_from)} if choice.lifted_from else {}),
                "validation_mse_before": before,
                "validation_mse": validation if math.isfinite(validation) else None}

    # a sampled search's argmax alone: before a final check of its starts there is nothing to shortlist
    if sampled and len(candidates) == 1 and checks_both_starts(derive):
        candidates = []
    rows = [validate(choice, number) for number, choice in enumerate(candidates, start=1)]

    def score(row: Mapping[str, Any]) -> float:
        return row["validation_mse"] if row["validation_mse"] is not None else math.inf

    for _ in range(0 if sampled else derive.swap_rounds):
        best = int(np.argmin([score(r) for r in rows]))
        swaps = gate_swaps(candidates[best], ranking, candidates)  # each new in its swapped gate: never tried
        if not swaps:
            break
        candidates += swaps
        rows += [validate(choice, len(rows) + number) for number, choice in enumerate(swaps, start=1)]
        if min(score(r) for r in rows[-len(swaps):]) >= score(rows[best]):
            break
    best = int(np.argmin([score(r) for r in rows])) if rows else 0
    final = []
    if checks_both_starts(derive):  # the winner from both starts, each re-trained as long as the final one
        winner = candidates[best] if rows else ranked[0]
        starts = [winner, winner.started_fresh(keep_gain=derive.fresh_gain),
                  *(winner.started_fresh(restart, keep_gain=derive.fresh_gain)
                    for restart in range(1, derive.fresh_restarts + 1))]
        numbers = [len(rows) + number for number in range(1, len(starts) + 1)]
        final = [validate(choice, number, derive.retrain_epochs, keep=True)
                 for number, choice in zip(numbers, starts, strict=True)]
        candidates += [replace(choice, validated_fit=fits.get(number)) for number, choice in zip(numbers, starts, strict=True)]
        rows += final
        best = len(rows) - len(final) + int(np.argmin([score(r) for r in final]))
    selection = {
        **selection_settings(derive, sampled=sampled),
        "fit_windows": int(len(split["x_train"])),
        "validation_windows": int(len(split["x_test"])),
        "shortlist": rows,
        **({"final_epochs": derive.retrain_epochs} if final else {}),
        "chosen": candidates[best].label,
        "seconds": time.time() - started,
    }
    return candidates[best], selection
