"""Kedro project settings."""

from diffqas_qlstm.hooks import ActiveEnvironmentHook
from diffqas_qlstm.runners import TensorFlowThreadsHook

# TensorFlowThreadsHook: TensorFlow threads per ParallelRunner worker (README, parallel runs).
HOOKS = (ActiveEnvironmentHook(), TensorFlowThreadsHook())

CONFIG_LOADER_ARGS = {
    "base_env": "base",
    "default_run_env": "local",
}
