"""Models: the QLSTM with DiffQAS ensembles, hand-designed baselines, classical references."""

from diffqas_qlstm.model.classical import ClassicalLSTM, NaivePredictor
from diffqas_qlstm.model.qlstm import GATE_NAMES, QuantumLSTM
from diffqas_qlstm.model.variants import (
    BASELINE_NAMES,
    DIFFQAS_VARIANTS,
    MODEL_NAMES,
    NAIVE_NAMES,
    QUANTUM_NAMES,
    arch_weights_of,
    build_model,
)

__all__ = [
    "BASELINE_NAMES",
    "DIFFQAS_VARIANTS",
    "GATE_NAMES",
    "MODEL_NAMES",
    "NAIVE_NAMES",
    "QUANTUM_NAMES",
    "ClassicalLSTM",
    "arch_weights_of",
    "NaivePredictor",
    "QuantumLSTM",
    "build_model",
]
