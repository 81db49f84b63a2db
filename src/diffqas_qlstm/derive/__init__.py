"""Architecture derivation (SPEC §6): ranking, derived circuits and their export, derived model.

Usage (``trained_params`` is a DiffQAS run's ``export_parameters()``)::

    ranking = rank_candidates(trained_params, "linear")
    derived_params, history, summary = retrain_derived_model(
        spec, trained_params, ranking, windows, train, retrain_epochs=5)   # train: a TrainConfig
    circuits, diagrams, qasm = derived_artifacts(
        derived_params, windows, train.model, "first_test_last_step")
"""

from diffqas_qlstm.derive.artifacts import derived_artifacts
from diffqas_qlstm.derive.circuits import (
    circuit_diagrams,
    derived_gate_circuits,
    gate_circuits,
    qasm_programs,
    resolve_weights,
)
from diffqas_qlstm.derive.model import (
    inherited_parameters,
    restore_derived_model,
    retrain_derived_model,
)
from diffqas_qlstm.derive.qasm_input import QASM_INPUT_SOURCES, encode, qasm_input_vector
from diffqas_qlstm.derive.ranking import RANKING_COLUMNS, derived_architecture, rank_candidates

__all__ = [
    "QASM_INPUT_SOURCES",
    "RANKING_COLUMNS",
    "circuit_diagrams",
    "derived_architecture",
    "derived_artifacts",
    "derived_gate_circuits",
    "encode",
    "gate_circuits",
    "inherited_parameters",
    "qasm_input_vector",
    "qasm_programs",
    "rank_candidates",
    "resolve_weights",
    "restore_derived_model",
    "retrain_derived_model",
]
