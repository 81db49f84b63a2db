"""Kedro project settings."""

from diffqas_qlstm.config.environment import CONFIG_LOADER_ARGS
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

# CONFIG_LOADER_ARGS (imported above): parameters merge softly across environments
# (config/environment.py says how).
__all__ = ["CONFIG_LOADER_ARGS", "DISABLE_HOOKS_FOR_PLUGINS", "HOOKS"]
