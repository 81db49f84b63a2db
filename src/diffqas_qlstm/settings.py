"""Kedro project settings."""

from diffqas_qlstm.hooks import ActiveEnvironmentHook, ParameterValidationHook
from diffqas_qlstm.runners import TensorFlowThreadsHook

# TensorFlowThreadsHook: TensorFlow threads per ParallelRunner worker (README, parallel runs).
# ParameterValidationHook: every parameter block is checked before the first node runs.
HOOKS = (ActiveEnvironmentHook(), TensorFlowThreadsHook(), ParameterValidationHook())

# Parameters merge softly across environments: conf/local/ and conf/paper/ hold only the keys
# that differ from conf/base/ (a list, e.g. train.grid.seeds, is replaced whole).
CONFIG_LOADER_ARGS = {
    "base_env": "base",
    "default_run_env": "local",
    "merge_strategy": {"parameters": "soft"},
}
