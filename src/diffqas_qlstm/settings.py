"""Kedro project settings."""

from diffqas_qlstm.hooks import ActiveEnvironmentHook

HOOKS = (ActiveEnvironmentHook(),)

CONFIG_LOADER_ARGS = {
    "base_env": "base",
    "default_run_env": "local",
}
