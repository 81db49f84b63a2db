"""Thin nodes of the ``derive`` pipeline; the work is in :mod:`diffqas_qlstm.derive`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cirq
import numpy as np
import pandas as pd

from diffqas_qlstm.config import SAMPLED_FORMS, RunSpec, typed
from diffqas_qlstm.derive import (
    audit_search_space,
    choose_architecture,
    derived_artifacts,
    rank_candidates,
    restore_ensemble,
    retrain_derived_model,
)
from diffqas_qlstm.derive.ranking import contributions
from diffqas_qlstm.model import arch_weights_of


def audit_run_search_space(train_params: Mapping[str, Any]) -> pd.DataFrame:
    """``search_space_audit``: what each candidate of the configured space can do in the cell."""
    train = typed("train", train_params)
    return audit_search_space(train.search_space.candidates(), train.model)


def rank_run_candidates(
    trained_params: dict[str, np.ndarray],
    windows: dict[str, np.ndarray],
    audit: pd.DataFrame,
    train_params: Mapping[str, Any],
    derive_params: Mapping[str, Any],
    *,
    spec: RunSpec,
) -> pd.DataFrame:
    """``candidate_ranking``: every candidate of every gate with its weight, contribution and the
    audit's verdict, best first by the method's score (``magnitude`` for the paper's method)."""
    train = typed("train", train_params)
    method = typed("derive", derive_params).method
    form = arch_weights_of(spec.model, train.model)
    if form in SAMPLED_FORMS:  # a sampled search: its argmax decides (no ensemble whose terms to weigh)
        return rank_candidates(trained_params, form, audit=audit)
    ensemble = restore_ensemble(spec.model, trained_params, train, spec.seed)
    spread = contributions(ensemble, np.asarray(windows["x_train"]), train.training.eval_batch_size)
    by = "magnitude" if method == "magnitude" else "contribution"
    return rank_candidates(trained_params, form, by=by, contribution=spread, audit=audit)


def retrain_derived(
    trained_params: dict[str, np.ndarray],
    ranking: pd.DataFrame,
    windows: dict[str, np.ndarray],
    audit: pd.DataFrame,
    train_params: Mapping[str, Any],
    derive_params: Mapping[str, Any],
    *,
    spec: RunSpec,
) -> tuple[dict[str, np.ndarray], pd.DataFrame, dict[str, Any]]:
    """``derived_params``, ``derived_history``, ``derived_summary``: choose, then re-train."""
    train = typed("train", train_params)
    derive = typed("derive", derive_params)
    choice, selection = choose_architecture(spec, trained_params, ranking, windows, train, derive, audit)
    method = "argmax" if arch_weights_of(spec.model, train.model) in SAMPLED_FORMS else derive.method
    return retrain_derived_model(spec, trained_params, choice, windows, train, derive.retrain_epochs,
                                 method=method, selection=selection, lr_schedule=derive.retrain_lr_schedule,
                                 keep_validated=derive.keep_validated)


def export_derived_circuits(
    derived_params: dict[str, np.ndarray],
    windows: dict[str, np.ndarray],
    train_params: Mapping[str, Any],
    derive_params: Mapping[str, Any],
) -> tuple[dict[str, cirq.Circuit], str, dict[str, str]]:
    """``derived_circuits`` (Cirq JSON), ``derived_circuit_diagrams`` (text), ``derived_circuits_qasm``."""
    model = typed("train", train_params).model
    qasm_input = typed("derive", derive_params).qasm_input
    return derived_artifacts(derived_params, windows, model, qasm_input)
