"""The derived model: one chosen circuit per gate, started from the ensemble's θ, re-trained.

This is DARTS' "derive and retrain" (SPEC §6): the derived QLSTM has one candidate per gate,
their θ copied from the trained ensemble, the ensemble's Dense head, and then trains for
``retrain_epochs`` with the same loop and settings as the ensemble. A :class:`Choice` says which
candidates and whether each gate keeps the ensemble's weight a_{k,j} of its candidate (sign
included) as a trainable gain, or drops it (the paper's form: a = 1), and which gates start from
θ = 0 instead of the ensemble's θ (a trainable sibling standing in for a candidate that
re-training could not move; at θ = 0 it computes exactly what that candidate computed). A
``fresh`` choice inherits nothing: its θ and head start as the model's own initialisation from
the run's seed, as a hand-designed baseline's do (DARTS' own re-training starts from scratch).
How the choice is made is :mod:`diffqas_qlstm.derive.choose`'s business.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.circuits import Candidate
from diffqas_qlstm.config import ModelConfig, RunSpec, TrainConfig
from diffqas_qlstm.model import GATE_NAMES, QuantumLSTM, build_model
from diffqas_qlstm.training import degeneracy, fit, mse, predict, seed_everything, validation_split
from diffqas_qlstm.training.manifest import machine


@dataclass(frozen=True)
class Choice:
    """A derived architecture: one candidate per gate (forget, input, update, output), whether the
    ensemble's weights of the chosen candidates are kept as trainable gains, where it came from,
    ``lifted_from``: (gate, candidate) pairs of the gates whose ranked candidate was replaced by
    a trainable sibling, whose θ start at 0, ``ranked_by``: the score its candidates were
    ranked by (``magnitude`` or ``contribution``), and ``fresh``: whether the derived model starts
    from the model's own initialisation (the run's seed) instead of the ensemble (a gain then starts
    at 1, not at the ensemble's weight).

    Example:
        >>> from diffqas_qlstm.circuits import BASELINES
        >>> choice = Choice((BASELINES["baseline_1"],) * 4, gain=True, label="magnitude+gain",
        ...                 lifted_from=(("update", "H-Ry-brick-Rz"),))
        >>> choice.names()["update"], choice.zero_theta_gates(), choice.noted("update swapped")
        ('H-Ry-brick-Ry', [2], 'magnitude+gain, update swapped + gain')
        >>> fresh = choice.started_fresh()
        >>> fresh.label, fresh.gain, fresh.start
        ('magnitude+gain, fresh', False, 'fresh')
        >>> again = choice.started_fresh(restart=2)
        >>> again.label, again.start, again.seed(0) == fresh.seed(0), fresh.seed(0)
        ('magnitude+gain, fresh restart 2', 'fresh', False, 0)
        >>> kept = choice.started_fresh(keep_gain=True)
        >>> kept.label, kept.gain, kept.start
        ('magnitude+gain, fresh + gain', True, 'fresh')
    """

    architecture: tuple[Candidate, ...]
    gain: bool = False
    label: str = "magnitude"
    lifted_from: tuple[tuple[str, str], ...] = ()
    ranked_by: str = "magnitude"
    fresh: bool = False
    restart: int = 0
    """A fresh choice's restart: 0 starts from the run's seed, r > 0 from a seed of its own
    (:meth:`seed`), as another initialisation of the same model (``derive.fresh_restarts``)."""
    validated_fit: Mapping[str, Any] | None = field(default=None, compare=False, hash=False, repr=False)
    """The parameters this choice reached in the derivation's final check (re-trained for
    ``retrain_epochs`` on the first part of the training windows), and its MSE on the last part, as
    ``{"params": ..., "validation_mse": ...}``; None where no final check ran."""

    def __post_init__(self) -> None:
        if self.restart and not self.fresh:
            raise ValueError("only a fresh choice restarts: an ensemble start has one initialisation")

    @property
    def start(self) -> str:
        """Where the derived model's parameters start: ``ensemble`` or ``fresh``."""
        return "fresh" if self.fresh else "ensemble"

    def started_fresh(self, restart: int = 0, *, keep_gain: bool = False) -> Choice:
        """The same architecture started from the model's own initialisation, from the run's seed or
        (``restart`` > 0) that restart's seed; its gains kept as gains started at 1 with
        ``keep_gain`` (``derive.fresh_gain``), else dropped; itself if it starts so already."""
        gain = self.gain and keep_gain
        if self.fresh and self.restart == restart and self.gain == gain:
            return self
        base = replace(self, gain=gain, validated_fit=None, fresh=False, restart=0,
                       label=self.label.removesuffix(" + gain").removesuffix(
                           f", fresh restart {self.restart}" if self.restart else ", fresh" if self.fresh else ""))
        note = f"fresh restart {restart}" if restart else "fresh"
        return replace(base, label=base.noted(note), fresh=True, restart=restart)

    def seed(self, run_seed: int) -> int:
        """The seed the derived model of this choice is built and trained with: the run's, or for a
        restart one drawn from (run seed, restart)."""
        if not self.restart:
            return run_seed
        return int(np.random.SeedSequence([run_seed, self.restart]).generate_state(1)[0] % 2**31)

    def noted(self, note: str) -> str:
        """The label with ``note`` added before the gain's mark: 'magnitude, <note> + gain'."""
        return f"{self.label.removesuffix(' + gain')}, {note}{' + gain' if self.gain else ''}"

    def names(self) -> dict[str, str]:
        return {gate: c.name for gate, c in zip(GATE_NAMES, self.architecture, strict=True)}

    def ranked_architecture(self) -> tuple[Candidate, ...]:
        """The candidates as ranked, before any was lifted (their ensemble weights are the gains)."""
        lifted = dict(self.lifted_from)
        return tuple(Candidate.from_name(lifted[gate]) if gate in lifted else c
                     for gate, c in zip(GATE_NAMES, self.architecture, strict=True))

    def zero_theta_gates(self) -> list[int]:
        """Indices of the gates whose θ start at 0 (the lifted ones; none for a fresh choice, whose
        θ all start at the model's initialisation)."""
        return [] if self.fresh else [GATE_NAMES.index(gate) for gate, _ in self.lifted_from]


def inherited_parameters(
    ensemble_params: Mapping[str, np.ndarray],
    architecture: Sequence[Candidate],
    gain: np.ndarray | None = None,
    zero_theta: Sequence[int] = (),
) -> dict[str, np.ndarray]:
    """Parameters of the derived model taken from the ensemble: θ of the chosen candidates (0 for
    the gates ``zero_theta``) and the head; the gains ``gain`` [4, 1] (the chosen weights) or 1 without."""
    names = np.asarray(ensemble_params["candidate_names"]).astype(str)
    theta_full = np.asarray(ensemble_params["theta_full"])
    theta = []
    for k, candidate in enumerate(architecture):
        matches = np.flatnonzero(names[k] == candidate.name)
        if not len(matches):
            raise ValueError(f"{candidate.name} is not a candidate of the {GATE_NAMES[k]} gate of this ensemble")
        theta.append(np.zeros_like(theta_full[k, matches[0]]) if k in zero_theta else theta_full[k, matches[0]])
    return {
        "theta": np.stack(theta)[:, None].astype(np.float32),
        "arch": (np.ones((len(GATE_NAMES), 1)) if gain is None else np.asarray(gain).reshape(4, 1)).astype(np.float32),
        "head_kernel": np.asarray(ensemble_params["head_kernel"]),
        "head_bias": np.asarray(ensemble_params["head_bias"]),
        "candidate_names": np.array([[c.name] for c in architecture]),
    }


def _chosen_weights(ensemble_params: Mapping[str, np.ndarray], architecture: Sequence[Candidate]) -> np.ndarray:
    names = np.asarray(ensemble_params["candidate_names"]).astype(str)
    weights = np.asarray(ensemble_params["mixing_weights"], np.float64)
    return np.array([[weights[k, np.flatnonzero(names[k] == c.name)[0]]] for k, c in enumerate(architecture)])


def restore_derived_model(
    derived_params: Mapping[str, np.ndarray], model_name: str, model: ModelConfig, seed: int = 0
) -> QuantumLSTM:
    """The derived model of a stored ``derived_params`` archive, ready to predict."""
    names = np.asarray(derived_params["candidate_names"]).astype(str)
    gain = bool(np.asarray(derived_params.get("trainable_gain", False)))
    derived = build_model(model_name, model, seed=seed, architecture=[Candidate.from_name(n) for n in names[:, 0]],
                          gain=gain)
    derived.import_parameters(dict(derived_params))
    return derived


def _digest(arrays: Mapping[str, np.ndarray]) -> str:
    digest = hashlib.sha256()
    for key in sorted(arrays):
        digest.update(key.encode() + np.ascontiguousarray(arrays[key]).tobytes())
    return digest.hexdigest()


def derived_model(
    spec: RunSpec, choice: Choice, ensemble_params: Mapping[str, np.ndarray], model: ModelConfig
) -> tuple[QuantumLSTM, dict[str, np.ndarray]]:
    """The derived model of ``choice``, seeded with the run's seed (a restart: its own,
    :meth:`Choice.seed`) and started from the ensemble (a fresh choice: from the model's own
    initialisation); also returns its initial parameters."""
    seed = choice.seed(spec.seed)
    seed_everything(seed)
    derived = build_model(spec.model, model, seed=seed, architecture=list(choice.architecture), gain=choice.gain)
    if choice.fresh:
        return derived, derived.export_parameters()
    gain = _chosen_weights(ensemble_params, choice.ranked_architecture()) if choice.gain else None
    initial = inherited_parameters(ensemble_params, choice.architecture, gain, choice.zero_theta_gates())
    derived.import_parameters(initial)
    return derived, initial


def retrain_choice(
    spec: RunSpec,
    choice: Choice,
    ensemble_params: Mapping[str, np.ndarray],
    windows: Mapping[str, np.ndarray],
    train: TrainConfig,
    epochs: int,
    *,
    lr_schedule: str | None = None,
    checkpoint_path: Path | None = None,
    progress_name: str | None = None,
) -> tuple[QuantumLSTM, pd.DataFrame, dict[str, np.ndarray], float]:
    """Re-train ``choice`` for ``epochs`` on ``windows`` (``x_test`` is what each epoch is scored
    on: the test windows, or a validation part) with the learning-rate schedule ``lr_schedule``
    (None: ``train.training``'s); returns (model, history, initial parameters, the MSE on
    ``x_test`` before re-training)."""
    derived, initial = derived_model(spec, choice, ensemble_params, train.model)
    before = mse(predict(derived, np.asarray(windows["x_test"]), train.training.eval_batch_size), windows["y_test"])
    history = fit(
        derived,
        windows,
        train.training.model_copy(update={"epochs": epochs, "lr_schedule": lr_schedule or train.training.lr_schedule}),
        run_name=progress_name or f"{spec.name}.derived",
        checkpoint_path=checkpoint_path,
        run_settings={
            "run": f"{spec.name}.derived",
            "model": train.model.model_dump(),
            "architecture": [c.name for c in choice.architecture],
            "gain": choice.gain,
            "initial_parameters": _digest({k: v for k, v in initial.items() if k != "candidate_names"}),
        },
    )
    return derived, history, initial, before


def _keep_the_better_fit(derived: QuantumLSTM, choice: Choice, windows: Mapping[str, np.ndarray],
                         selection: Mapping[str, Any] | None, batch: int) -> dict[str, Any] | None:
    """``derived`` (re-trained on every training window) given its choice's validated fit's
    parameters when that fit validates better; what was compared and kept (None: no fit to compare)."""
    fitted = choice.validated_fit
    if not fitted or not selection or "validation_fraction" not in selection:
        return None
    split = validation_split(windows, float(selection["validation_fraction"]))
    all_windows = mse(predict(derived, np.asarray(split["x_test"]), batch), split["y_test"])
    kept = "validated" if float(fitted["validation_mse"]) < all_windows else "all_windows"
    if kept == "validated":
        derived.import_parameters(dict(fitted["params"]))
    return {"kept": kept, "validation_mse_all_windows": all_windows,
            "validation_mse_validated": float(fitted["validation_mse"])}


def retrain_derived_model(
    spec: RunSpec,
    ensemble_params: Mapping[str, np.ndarray],
    choice: Choice,
    windows: Mapping[str, np.ndarray],
    train: TrainConfig,
    retrain_epochs: int,
    *,
    method: str = "magnitude",
    selection: Mapping[str, Any] | None = None,
    lr_schedule: str | None = None,
    keep_validated: bool = False,
) -> tuple[dict[str, np.ndarray], pd.DataFrame, dict[str, Any]]:
    """Initialise ``choice`` from the ensemble and re-train on every training window; return
    (parameters, history, summary).

    Uses the run's seed and ``train.training`` with ``epochs = retrain_epochs`` (and the learning-rate
    schedule ``lr_schedule``, None: ``train.training``'s); checkpoints go to
    ``<checkpoint_dir>/<dataset>/<model>/seed_<seed>/derived_<method>_checkpoint.npz`` (resumable,
    and discarded automatically when the ensemble or the choice it started from changes). The
    summary records the method, the choice and ``selection`` (what the method weighed), the
    machine (a re-training's result depends on the CPU, docs/RESULTS.md "Re-derivations"), and the
    guard's verdict (:func:`~diffqas_qlstm.training.degeneracy`).

    ``keep_validated`` (``derive.keep_validated``): where the choice carries its final check's fit
    (:attr:`Choice.validated_fit`) and that fit's MSE on the validation part of the training windows
    (``selection["validation_fraction"]``) is lower than this re-training's — which trained on those
    windows too — the derived model is that fit; ``summary["final_fit"]`` says which was kept and
    both MSEs. The history stays this re-training's.
    """
    batch = train.training.eval_batch_size
    x_test, y_test = np.asarray(windows["x_test"]), np.asarray(windows["y_test"])
    started = time.time()
    derived, history, initial, test_before = retrain_choice(
        spec, choice, ensemble_params, windows, train, retrain_epochs, lr_schedule=lr_schedule,
        checkpoint_path=Path(train.checkpoint_dir) / spec.folder / f"derived_{method}_checkpoint.npz")
    final_fit = _keep_the_better_fit(derived, choice, windows, selection, batch) if keep_validated else None
    x_train, y_train = np.asarray(windows["x_train"]), np.asarray(windows["y_train"])
    train_prediction, test_prediction = predict(derived, x_train, batch), predict(derived, x_test, batch)
    guard = degeneracy(np.concatenate([train_prediction, test_prediction]), np.concatenate([y_train, y_test]),
                       train_mse=history["train_mse"].tolist() if len(history) else None)
    summary = {
        "run": spec.name,
        "dataset": spec.dataset,
        "model": spec.model,
        "seed": spec.seed,
        "method": method,
        "architecture": choice.names(),
        "gain": choice.gain,
        "choice": choice.label,
        "start": choice.start,
        **({"restart": choice.restart} if choice.restart else {}),
        **({"lifted_from": dict(choice.lifted_from)} if choice.lifted_from else {}),
        "initial_gain": {g: float(v) for g, v in zip(GATE_NAMES, initial["arch"][:, 0], strict=True)},
        "retrain_epochs": retrain_epochs,
        "retrain_lr_schedule": lr_schedule or train.training.lr_schedule,
        "test_mse_before_retrain": test_before,
        "train_mse": mse(train_prediction, y_train),
        "test_mse": mse(test_prediction, y_test),
        "n_parameters": int(sum(int(np.prod(v.shape)) for v in derived.trainable_variables)),
        "degenerate": guard["degenerate"],
        "degenerate_reasons": guard["reasons"],
        "prediction_std_ratio": guard["prediction_std_ratio"],
        **({"selection": dict(selection)} if selection else {}),
        **({"final_fit": final_fit} if final_fit else {}),
        "machine": machine(),
        "wall_seconds": time.time() - started,
    }
    params = derived.export_parameters()
    params["trainable_gain"] = np.array(choice.gain)
    return params, history, summary
