"""Runner settings: parameters, environment overrides, runner arguments, validation."""

from __future__ import annotations

import pytest
from kedro.io import DataCatalog, MemoryDataset

from diffqas_qlstm.config.runtime import ADDRESS_VAR, WORKERS_VAR, RuntimeSettings
from diffqas_qlstm.validation import ParameterError

PARAMS = {
    "tf_threads": {"intra_op": 2, "inter_op": None},
    "dask": {"address": "tcp://conf:8786", "n_workers": 3, "dashboard_address": None},
}


def test_defaults_without_parameters() -> None:
    assert RuntimeSettings.from_parameters(None, environ={}) == RuntimeSettings()


def test_parameters_then_environment_then_runner_arguments() -> None:
    from_params = RuntimeSettings.from_parameters(PARAMS, environ={})
    assert (from_params.dask_address, from_params.dask_workers, from_params.intra_op_threads) == (
        "tcp://conf:8786", 3, 2,
    )
    env = {ADDRESS_VAR: "tcp://env:8786", WORKERS_VAR: "5"}
    from_env = RuntimeSettings.from_parameters(PARAMS, environ=env)
    assert (from_env.dask_address, from_env.dask_workers) == ("tcp://env:8786", 5)
    from_args = from_env.overridden(dask_address="tcp://arg:8786", dask_workers=None)
    assert (from_args.dask_address, from_args.dask_workers) == ("tcp://arg:8786", 5)


def test_read_from_the_catalog() -> None:
    catalog = DataCatalog({"params:runtime": MemoryDataset(PARAMS)})
    assert RuntimeSettings.from_catalog(catalog, environ={}).dask_workers == 3
    assert RuntimeSettings.from_catalog(DataCatalog(), environ={}) == RuntimeSettings()


@pytest.mark.parametrize(
    ("params", "environ", "key"),
    [
        ({"tf_threads": {"intra_op": 0}}, {}, "runtime.tf_threads.intra_op"),
        ({"dask": {"n_workers": "two"}}, {}, "runtime.dask.n_workers"),
        ({"dask": {"address": 8786}}, {}, "runtime.dask.address"),
        ({"dask": []}, {}, "runtime.dask"),
        ({}, {WORKERS_VAR: "many"}, WORKERS_VAR),
    ],
)
def test_invalid_settings_name_their_key(params: dict, environ: dict, key: str) -> None:
    with pytest.raises(ParameterError) as error:
        RuntimeSettings.from_parameters(params, environ=environ)
    assert error.value.key == key
