"""Project-level checks: entry points, pipelines registered, telemetry off, Keras 2 for TFQ."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEDRO_")}
    env.pop("DO_NOT_TRACK", None)  # telemetry must be off by the project itself
    return env


def test_importing_the_package_selects_keras_2_before_tensorflow():
    code = (
        "import os; os.environ.pop('TF_USE_LEGACY_KERAS', None)\n"
        "import diffqas_qlstm, tensorflow as tf\n"
        "print(os.environ['TF_USE_LEGACY_KERAS'], tf.keras.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_env())
    assert out.stdout.split() == ["1", "tf_keras.api._v2.keras"]


def test_telemetry_consent_is_declined_in_the_project():
    assert yaml.safe_load((ROOT / ".telemetry").read_text()) == {"consent": False}


def test_registry_lists_the_pipelines_without_prompting():
    kedro = Path(sys.executable).with_name("kedro")
    out = subprocess.run(
        [str(kedro), "registry", "list"],
        cwd=ROOT, capture_output=True, text=True, env=_env(), stdin=subprocess.DEVNULL, timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    for name in ("data_generation", "windowing", "train", "runs", "__default__"):
        assert f"- {name}" in out.stdout
    assert "telemetry" not in out.stdout.lower()


def test_ci_calls_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme.split("## Using the environment")[0]
    assert "\nmake test\n" in ci


def test_pins_match_the_tfq_compatible_set():
    text = (ROOT / "pyproject.toml").read_text()
    for pin in ('"tensorflow==2.18.1"', '"tf-keras==2.18.0"', '"tensorflow-quantum==0.7.6"', '"cirq-core==1.5.0"'):
        assert pin in text


def test_the_runs_pipeline_is_train_without_its_robustness_nodes():
    from kedro.framework.project import pipelines
    from kedro.framework.startup import bootstrap_project

    bootstrap_project(ROOT)
    train, runs = pipelines["train"], pipelines["runs"]
    robust = {n.name for n in train.nodes if "robustness" in n.tags}
    assert robust and {n.name for n in runs.nodes} == {n.name for n in train.nodes} - robust
    assert not [name for name in runs.inputs() if name.endswith((".noise_runs", ".native_summary"))]
