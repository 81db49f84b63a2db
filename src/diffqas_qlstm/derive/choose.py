"""Choosing the derived architecture (SPEC §6, ``derive.method``).

- ``magnitude``: per gate the candidate with the largest |a| (a for softmax), the weight dropped —
  the paper's rule exactly, kept for comparison (it can return an update gate dead at the cell's
  zero state; the guard then flags the derived model);
- ``contribution``: per gate the candidate whose a·f spreads most over the training windows,
  candidates that kill their gate excluded, the weight dropped;
- ``diffqas_gdas`` runs, whatever the method: the argmax of the logits, killing candidates excluded;
- ``validated`` (default): a shortlist — the filtered magnitude and contribution choices, each with
  the chosen weights dropped and kept as trainable gains — each re-trained for
  ``shortlist_epochs`` on the first part of the training windows; the one with the lowest MSE on
  the last ``validation_fraction`` of them (chronological) wins. The test windows never inform the
  choice.

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
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.config import DIFFQAS_VARIANTS, DeriveConfig, RunSpec, TrainConfig
from diffqas_qlstm.derive.model import Choice, retrain_choice
from diffqas_qlstm.derive.ranking import derived_architecture, rerank
from diffqas_qlstm.training import TrainingDivergedError, validation_split


def top_choice(ranking: pd.DataFrame, by: str, *, gain: bool = False, exclude_killers: bool = True) -> Choice:
    """The rank-1 candidates of ``ranking`` re-ranked ``by`` a score; killing candidates excluded
    (ranked last) unless ``exclude_killers`` is False."""
    architecture = tuple(derived_architecture(rerank(ranking, by, demote_killers=exclude_killers)))
    label = by if not exclude_killers or by == "contribution" else f"{by} (filtered)"
    return Choice(architecture, gain, label + (" + gain" if gain else ""))


def shortlist(choices: list[Choice]) -> list[Choice]:
    """``choices`` without repeats (the same architecture and gain), first occurrence kept."""
    seen, unique = set(), []
    for choice in choices:
        key = (choice.architecture, choice.gain)
        if key not in seen:
            seen.add(key)
            unique.append(choice)
    return unique


def choose_architecture(
    spec: RunSpec,
    ensemble_params: Mapping[str, np.ndarray],
    ranking: pd.DataFrame,
    windows: Mapping[str, np.ndarray],
    train: TrainConfig,
    derive: DeriveConfig,
) -> tuple[Choice, dict[str, Any]]:
    """The derived architecture of ``derive.method`` and what the method weighed (for the summary).

    The Gumbel-softmax search (``diffqas_gdas``) has no derivation gap to bridge: its architecture
    is the argmax of its logits, candidates that kill their gate excluded, whatever the method."""
    if DIFFQAS_VARIANTS.get(spec.model, (None, None, None))[2] == "gdas":
        choice = top_choice(ranking, "magnitude")
        return Choice(choice.architecture, False, "argmax (filtered)"), {}
    if derive.method == "magnitude":
        return top_choice(ranking, "magnitude", exclude_killers=False), {}
    if derive.method == "contribution":
        return top_choice(ranking, "contribution"), {}
    started = time.time()
    candidates = shortlist([top_choice(ranking, by, gain=gain) for by in ("magnitude", "contribution")
                            for gain in (False, True)])
    split = validation_split(windows, derive.validation_fraction)
    rows = []
    for number, choice in enumerate(candidates, start=1):
        try:
            _, history, _, before = retrain_choice(
                spec, choice, ensemble_params, split, train, derive.shortlist_epochs,
                progress_name=f"{spec.name}.shortlist {number}/{len(candidates)}")
            validation = float(history["test_mse"].iloc[-1])
        except TrainingDivergedError:
            before, validation = float("nan"), float("inf")
        rows.append({"label": choice.label, "architecture": choice.names(), "gain": choice.gain,
                     "validation_mse_before": before,
                     "validation_mse": validation if math.isfinite(validation) else None})
    scores = [r["validation_mse"] if r["validation_mse"] is not None else math.inf for r in rows]
    best = int(np.argmin(scores))
    selection = {
        "validation_fraction": derive.validation_fraction,
        "shortlist_epochs": derive.shortlist_epochs,
        "fit_windows": int(len(split["x_train"])),
        "validation_windows": int(len(split["x_test"])),
        "shortlist": rows,
        "chosen": candidates[best].label,
        "seconds": time.time() - started,
    }
    return candidates[best], selection
