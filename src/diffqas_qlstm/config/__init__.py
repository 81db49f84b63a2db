"""One configuration layer: every parameter block parsed once, at the edge, into frozen typed objects.

The run hook parses all blocks (:class:`ProjectConfig`) before the first node; each node turns its
``params:<block>`` into the block's object once (``typed("train", raw)``, cached per process); library code
(``model/``, ``training/``, ``derive/``, ``evaluate/``, ``robustness/``, ``report/``) takes only
these objects. Ranges, defaults and allowed values are written once, in :mod:`.blocks`; errors
name the key, the value and what is allowed (:class:`~diffqas_qlstm.validation.ParameterError`).
Series kinds and search-space slots have their own registries (``series.kinds.KINDS``,
``circuits.space``), which these blocks delegate to.

Example:
    >>> ModelConfig.parse({"depth": 0}, "train.model")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    diffqas_qlstm.validation.ParameterError: Invalid parameter 'train.model.depth' = 0: allowed is an integer in [1, 100]
"""

from diffqas_qlstm.config.blocks import (
    BLOCKS,
    MAX_QUBITS,
    STATEVECTOR_MAX_QUBITS,
    Backend,
    DeriveConfig,
    DeriveMethod,
    EvaluateConfig,
    Gateset,
    GridConfig,
    ModelConfig,
    Precision,
    ReportConfig,
    RobustnessConfig,
    StatisticalTest,
    TfqDifferentiator,
    TrainConfig,
    TrainingConfig,
    WindowingConfig,
    check_backend_settings,
)
from diffqas_qlstm.config.names import (
    BASELINE_NAMES,
    DIFFQAS_VARIANTS,
    GATE_NAMES,
    MODEL_NAMES,
    MODEL_NAMES_ALLOWED,
    NAIVE_NAMES,
    QUANTUM_NAMES,
    SAMPLED_FORMS,
    UNIFORM_PREFIX,
    RunSpec,
    is_model_name,
    model_kind,
    uniform_candidate,
    uniform_name,
)
from diffqas_qlstm.config.project import ProjectConfig, parse_series, require_known_series, typed
from diffqas_qlstm.config.runtime import DaskConfig, RuntimeConfig, RuntimeSettings, ThreadsConfig
from diffqas_qlstm.config.tune import (
    PrunerConfig,
    SamplerConfig,
    SearchRange,
    TuneConfig,
    trial_train,
)
from diffqas_qlstm.schema import Block, allowed_text
from diffqas_qlstm.series.settings import SeriesSettings
from diffqas_qlstm.validation import InputDataError, ParameterError

__all__ = [
    "BASELINE_NAMES", "BLOCKS", "DIFFQAS_VARIANTS", "GATE_NAMES", "model_kind", "MAX_QUBITS", "MODEL_NAMES", "MODEL_NAMES_ALLOWED", "NAIVE_NAMES", "QUANTUM_NAMES", "SAMPLED_FORMS", "UNIFORM_PREFIX", "is_model_name", "uniform_candidate", "uniform_name",
    "STATEVECTOR_MAX_QUBITS", "Backend", "Block", "DaskConfig", "RuntimeConfig", "RuntimeSettings", "SeriesSettings", "ThreadsConfig", "DeriveConfig", "DeriveMethod", "EvaluateConfig", "Gateset", "GridConfig", "Precision",
    "InputDataError", "ModelConfig", "ParameterError", "ProjectConfig", "ReportConfig", "RobustnessConfig",
    "RunSpec", "StatisticalTest", "TfqDifferentiator", "TrainConfig", "TrainingConfig", "WindowingConfig",
    "PrunerConfig", "SamplerConfig", "SearchRange", "TuneConfig", "trial_train",
    "allowed_text", "check_backend_settings", "parse_series", "require_known_series", "typed",
]
