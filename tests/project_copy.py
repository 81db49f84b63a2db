"""Shared by the tests that run the ``kedro`` command: a copy of the project and the CLI runner.

The copy holds conf/ (without local overrides; an empty conf/local), pyproject.toml, .telemetry,
an empty src/ (Kedro only checks it exists; the package comes from its editable install), data/
and, on request, notebooks/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def copy_project(target: Path, *, notebooks: bool = False) -> Path:
    """A runnable copy of the project at ``target`` (see the module docstring)."""
    shutil.copytree(ROOT / "conf", target / "conf",
                    ignore=lambda folder, names: names if Path(folder).name == "local" else [])
    (target / "conf" / "local").mkdir(exist_ok=True)
    if notebooks:
        shutil.copytree(ROOT / "notebooks", target / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for name in ("pyproject.toml", ".telemetry"):
        shutil.copy2(ROOT / name, target / name)
    (target / "src").mkdir()
    (target / "data").mkdir()
    return target


def project_env(extra: dict[str, str] | None = None, unset: tuple[str, ...] = ()) -> dict[str, str]:
    """The environment for Kedro subprocesses: telemetry off, no inherited KEDRO_ENV (nor ``unset``)."""
    env = {k: v for k, v in os.environ.items() if k not in ("KEDRO_ENV", *unset)}
    return env | {"KEDRO_DISABLE_TELEMETRY": "1"} | (extra or {})


def kedro(
    project: Path, *args: str, extra_env: dict[str, str] | None = None, unset: tuple[str, ...] = (),
    timeout: int = 600,
) -> subprocess.CompletedProcess[str]:
    """Run the ``kedro`` CLI of this interpreter's environment in ``project`` (no standard input)."""
    executable = Path(sys.executable).with_name("kedro")
    return subprocess.run([str(executable), *args], cwd=project, env=project_env(extra_env, unset),
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
