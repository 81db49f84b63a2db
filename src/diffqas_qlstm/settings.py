"""Kedro project settings."""

from diffqas_qlstm.hooks import ActiveEnvironmentHook, ParameterValidationHook
from diffqas_qlstm.records import RunRecordHook
from diffqas_qlstm.runners import TensorFlowThreadsHook
from diffqas_qlstm.tracking import MlflowTrackingHook

# TensorFlowThreadsHook: TensorFlow threads per ParallelRunner worker (README, parallel runs).
# ParameterValidationHook: every parameter block is checked before the first node runs.
# MlflowTrackingHook: MLflow tracking through kedro-mlflow, only with runtime.mlflow=true (README,
# "Tracking in MLflow"); kedro-mlflow's own hook, which would track every run, stays unregistered.
HOOKS = (ActiveEnvironmentHook(), TensorFlowThreadsHook(), ParameterValidationHook(), RunRecordHook(),
         MlflowTrackingHook())
DISABLE_HOOKS_FOR_PLUGINS = ("kedro-mlflow", "kedro_mlflow")

# Parameters merge softly across environments: conf/local/ and conf/paper/ hold only the keys
# that differ from conf/base/ (a list, e.g. train.grid.seeds, is replaced whole).
CONFIG_LOADER_ARGS = {
    "base_env": "base",
    "default_run_env": "local",
    "merge_strategy": {"parameters": "soft"},
}
