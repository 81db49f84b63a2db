"""The MLflow switch (``runtime.mlflow``): off by default and then invisible; on without the extra,
refused naming the key and the install command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from diffqas_qlstm.tracking import MlflowTrackingHook
from diffqas_qlstm.validation import ParameterError

ROOT = Path(__file__).resolve().parents[2]


def context(runtime: dict) -> SimpleNamespace:
    return SimpleNamespace(config_loader={"parameters": {"runtime": runtime}}, project_path=".")


def test_tracking_is_off_by_default_and_then_never_imports_mlflow() -> None:
    code = (
        "import sys; from types import SimpleNamespace\n"
        "from diffqas_qlstm import settings\n"
        "hook = next(h for h in settings.HOOKS if type(h).__name__ == 'MlflowTrackingHook')\n"
        "hook.after_context_created(SimpleNamespace(config_loader={'parameters': {'runtime': {}}}))\n"
        "hook.before_pipeline_run({}, None, None); hook.after_pipeline_run({}, None, None)\n"
        "assert not hook.tracking\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mlflow', 'kedro_mlflow')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "[]"


def test_kedro_mlflows_own_hook_is_never_registered() -> None:
    from diffqas_qlstm import settings

    assert {"kedro-mlflow", "kedro_mlflow"} <= set(settings.DISABLE_HOOKS_FOR_PLUGINS)


def test_tracking_on_without_the_extra_is_refused_naming_the_key_and_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "kedro_mlflow.framework.hooks", None)  # import fails as if absent
    with pytest.raises(ParameterError, match=r"runtime\.mlflow.*pip install -e \"\.\[mlflow\]\""):
        MlflowTrackingHook().after_context_created(context({"mlflow": True}))


def test_the_switch_takes_only_a_boolean() -> None:
    with pytest.raises(ParameterError, match=r"runtime\.mlflow"):
        MlflowTrackingHook().after_context_created(context({"mlflow": "yes"}))


def test_with_tracking_off_kedro_mlflows_commands_still_find_the_projects_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``kedro mlflow ui`` reads ``context.mlflow``: the project's store, read only when asked."""
    pytest.importorskip("kedro_mlflow")
    from kedro.config import OmegaConfigLoader

    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    shutil.copytree(ROOT / "conf" / "base", tmp_path / "conf" / "base")
    (tmp_path / "conf" / "local").mkdir()
    loader = OmegaConfigLoader(str(tmp_path / "conf"), base_env="base", default_run_env="local")
    project = SimpleNamespace(config_loader=loader, project_path=tmp_path)
    MlflowTrackingHook().after_context_created(project)
    assert project.mlflow.server.mlflow_tracking_uri == f"sqlite:///{tmp_path.resolve()}/mlflow.db"
    assert project.mlflow.ui.port == "5000"
    assert not (tmp_path / "mlflow.db").exists()
