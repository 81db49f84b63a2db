"""Architecture derivation (SPEC §6): the search-space audit, ranking, choosing the derived
architecture, the derived model (re-training) and its circuits' export.

Usage (``trained_params`` is a DiffQAS run's ``export_parameters()``, ``train`` a TrainConfig,
``derive`` a DeriveConfig)::

    audit = audit_search_space(train.search_space.candidates(), train.model)
    ensemble = restore_ensemble(spec.model, trained_params, train, spec.seed)
    ranking = rank_candidates(trained_params, "linear", by="contribution",
                              contribution=contributions(ensemble, windows["x_train"]), audit=audit)
    choice, selection = choose_architecture(spec, trained_params, ranking, windows, train, derive)
    derived_params, history, summary = retrain_derived_model(
        spec, trained_params, choice, windows, train, derive.retrain_epochs,
        method=derive.method, selection=selection)
    circuits, diagrams, qasm = derived_artifacts(derived_params, windows, train.model, "first_test_last_step")
"""

from collections.abc import Mapping

import numpy as np

from diffqas_qlstm.config import TrainConfig
from diffqas_qlstm.derive.artifacts import derived_artifacts
from diffqas_qlstm.derive.choose import choose_architecture, shortlist, top_choice
from diffqas_qlstm.derive.circuits import (
    circuit_diagrams,
    derived_gate_circuits,
    gate_circuits,
    qasm_programs,
    resolve_weights,
)
from diffqas_qlstm.derive.model import (
    Choice,
    inherited_parameters,
    restore_derived_model,
    retrain_choice,
    retrain_derived_model,
)
from diffqas_qlstm.derive.qasm_input import QASM_INPUT_SOURCES, encode, qasm_input_vector
from diffqas_qlstm.derive.ranking import (
    RANKING_COLUMNS,
    contributions,
    derived_architecture,
    rank_candidates,
    rerank,
)
from diffqas_qlstm.model import QuantumLSTM, build_model
from diffqas_qlstm.model.audit import AUDIT_COLUMNS, audit_search_space, kills_gate


def restore_ensemble(model_name: str, params: Mapping[str, np.ndarray], train: TrainConfig, seed: int) -> QuantumLSTM:
    """The trained DiffQAS ensemble of a run's stored parameters, built as training built it."""
    ensemble = build_model(model_name, train.model, train.search_space, seed)
    ensemble.import_parameters(dict(params))
    return ensemble


__all__ = [
    "AUDIT_COLUMNS",
    "QASM_INPUT_SOURCES",
    "RANKING_COLUMNS",
    "Choice",
    "audit_search_space",
    "choose_architecture",
    "circuit_diagrams",
    "contributions",
    "derived_architecture",
    "derived_artifacts",
    "derived_gate_circuits",
    "encode",
    "gate_circuits",
    "inherited_parameters",
    "kills_gate",
    "qasm_input_vector",
    "qasm_programs",
    "rank_candidates",
    "rerank",
    "resolve_weights",
    "restore_derived_model",
    "restore_ensemble",
    "retrain_choice",
    "retrain_derived_model",
    "shortlist",
    "top_choice",
]
