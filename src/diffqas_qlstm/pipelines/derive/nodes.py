"""Thin nodes of the ``derive`` pipeline; the work is in :mod:`diffqas_qlstm.derive`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cirq
import numpy as np
import pandas as pd

from diffqas_qlstm.config import DeriveConfig, RunSpec, TrainConfig
from diffqas_qlstm.derive import derived_artifacts, rank_candidates, retrain_derived_model
from diffqas_qlstm.model import arch_weights_of


def rank_run_candidates(
    trained_params: dict[str, np.ndarray], train_params: Mapping[str, Any], *, spec: RunSpec
) -> pd.DataFrame:
    """``candidate_ranking``: every candidate of every gate, best first (|a| linear, a softmax)."""
    model = TrainConfig.parse(train_params, "train").model
    return rank_candidates(trained_params, arch_weights_of(spec.model, model))


def retrain_derived(
    trained_params: dict[str, np.ndarray],
    ranking: pd.DataFrame,
    windows: dict[str, np.ndarray],
    train_params: Mapping[str, Any],
    derive_params: Mapping[str, Any],
    *,
    spec: RunSpec,
) -> tuple[dict[str, np.ndarray], pd.DataFrame, dict[str, Any]]:
    """``derived_params``, ``derived_history``, ``derived_summary``: derive and re-train."""
    train = TrainConfig.parse(train_params, "train")
    epochs = DeriveConfig.parse(derive_params, "derive").retrain_epochs
    return retrain_derived_model(spec, trained_params, ranking, windows, train, epochs)


def export_derived_circuits(
    derived_params: dict[str, np.ndarray],
    windows: dict[str, np.ndarray],
    train_params: Mapping[str, Any],
    derive_params: Mapping[str, Any],
) -> tuple[dict[str, cirq.Circuit], str, dict[str, str]]:
    """``derived_circuits`` (Cirq JSON), ``derived_circuit_diagrams`` (text), ``derived_circuits_qasm``."""
    model = TrainConfig.parse(train_params, "train").model
    qasm_input = DeriveConfig.parse(derive_params, "derive").qasm_input
    return derived_artifacts(derived_params, windows, model, qasm_input)
