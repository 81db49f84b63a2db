"""``ParameterValidationHook``: every parameter is checked before any node runs (SPEC §8)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from kedro.io import DataCatalog

from diffqas_qlstm.config.environment import catalog_parameters
from diffqas_qlstm.hooks import ParameterValidationHook
from diffqas_qlstm.config.environment import load_parameters
from diffqas_qlstm.validation import InputDataError, ParameterError
from tests.project_copy import copy_project, kedro

BASE = load_parameters("base")


def _catalog_with(parameters: dict) -> DataCatalog:
    """A catalog holding parameters the way Kedro's context adds them."""
    catalog = DataCatalog()
    catalog["parameters"] = parameters
    for name, value in parameters.items():
        catalog[f"params:{name}"] = value
    return catalog


def _run_hook(catalog: DataCatalog) -> None:
    ParameterValidationHook().before_pipeline_run(run_params={}, pipeline=None, catalog=catalog)


def test_the_base_parameters_pass() -> None:
    _run_hook(_catalog_with(copy.deepcopy(BASE)))


def test_a_bad_value_stops_the_run_naming_key_value_and_allowed() -> None:
    parameters = copy.deepcopy(BASE)
    parameters["train"]["training"]["learning_rate"] = -0.5
    with pytest.raises(ParameterError) as info:
        _run_hook(_catalog_with(parameters))
    assert str(info.value) == (
        "Invalid parameter 'train.training.learning_rate' = -0.5: allowed is a finite number > 0"
    )


def test_the_params_entries_are_used_when_there_is_no_parameters_entry() -> None:
    catalog = DataCatalog()
    catalog["params:report"] = {"digits": 0}
    assert catalog_parameters(catalog) == {"report": {"digits": 0}}
    with pytest.raises(ParameterError, match=r"'report.digits' = 0: allowed is an integer in \[1, 10\]"):
        _run_hook(catalog)


def test_a_csv_series_and_the_grids_series_names_are_checked_up_front(tmp_path: Path) -> None:
    parameters = copy.deepcopy(BASE)
    parameters["train"]["grid"]["datasets"] = ["mine"]
    with pytest.raises(ParameterError, match=r"'train.grid.datasets\[0\]' = 'mine': allowed is one of 'bessel'"):
        _run_hook(_catalog_with(parameters))
    path = tmp_path / "mine.csv"
    path.write_text("value\n" + "\n".join(["1.0", "2.0", "oops", "4.0", "5.0", "6.0", "7.0"]) + "\n")
    parameters["data_generation"]["series"]["mine"] = {"kind": "csv", "path": str(path), "column": "value"}
    with pytest.raises(InputDataError, match=r"non-numeric value 'oops' at line 4"):
        _run_hook(_catalog_with(parameters))


def _hook_registered() -> bool:
    from diffqas_qlstm import settings

    return any(isinstance(hook, ParameterValidationHook) for hook in settings.HOOKS)


@pytest.mark.slow
@pytest.mark.skipif(not _hook_registered(), reason="ParameterValidationHook is not in settings.HOOKS yet")
def test_kedro_run_with_a_bad_parameter_fails_before_any_file_is_written(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "conf" / "local" / "parameters_windowing.yml").write_text(
        "windowing:\n  window: 4\n  train_fraction: 1.5\n  scaler_fit: series\n"
    )
    result = kedro(project, "run", "--pipeline=train", timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output[-3000:]
    flat = " ".join(output.split())  # Rich wraps the traceback's last line
    assert "Invalid parameter 'windowing.train_fraction' = 1.5: allowed is a finite number in (0, 1)" in flat
    written = [p for p in (project / "data").rglob("*") if p.is_file()]
    assert written == [], written
