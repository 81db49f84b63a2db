"""Project hooks."""

from kedro.framework.hooks import hook_impl

from diffqas_qlstm import project_config


class ActiveEnvironmentHook:
    """Tells :mod:`diffqas_qlstm.project_config` which configuration environment is active.

    The experiment grid (datasets x models x seeds) shapes the pipelines themselves, so
    ``register_pipelines`` must read configuration of the environment given by ``--env``.
    """

    @hook_impl
    def after_context_created(self, context) -> None:
        project_config.set_active_env(context.env, context.project_path)
