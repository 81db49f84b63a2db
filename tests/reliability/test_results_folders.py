"""A run written to another results folder (a rerun band's label, an explore label, a derivation
into ``derived_dir``) never resolves a file to one of the grid's: before, the Cirq JSON, the native
circuits and the figures of such a run replaced the grid's under data/."""

from __future__ import annotations

from pathlib import Path

import pytest
from kedro.config import OmegaConfigLoader
from kedro.io import DataCatalog

from diffqas_qlstm.config.environment import CONFIG_LOADER_ARGS, scoped_data
from diffqas_qlstm.records import output_file

ROOT = Path(__file__).resolve().parents[2]
RUN = "bessel.diffqas_nonshared.seed_0"


def _files(runtime_params: dict) -> dict[str, Path]:
    loader = OmegaConfigLoader(conf_source=str(ROOT / "conf"), env="paper", runtime_params=runtime_params, **CONFIG_LOADER_ARGS)
    catalog = DataCatalog.from_config(loader["catalog"])  # as kedro run --env=paper --params ... builds it
    names = {pattern.replace("{dataset}.{model}.{seed}", RUN).replace("{dataset}", "bessel")
             for pattern in catalog.config_resolver.list_patterns()
             if pattern.startswith("{dataset}.") and pattern.count("{") <= 3 and "{worker}" not in pattern}
    return {name: path for name in sorted(names) if (path := output_file(catalog, name)) is not None}


@pytest.fixture(scope="module")
def grid() -> dict[str, Path]:
    return _files({})


@pytest.mark.parametrize("runtime_params", [{"results_dir": "results/paper/rerun/threads_2"},
                                            {"derived_dir": "results/paper/rederive/restarts8"}])
def test_a_run_written_elsewhere_shares_no_file_with_the_grid_but_its_inputs(grid, runtime_params):
    elsewhere = _files(runtime_params)
    shared = {name for name in grid if name in elsewhere and grid[name] == elsewhere[name]}
    assert len(grid) > 20
    if "results_dir" in runtime_params:
        assert shared == set(), shared  # every per-run file moves, the ensemble's included
    else:  # a derivation reads the grid's ensemble and writes only its own outputs elsewhere
        derived = {name for name in shared if ".derived" in name or name.endswith((".candidate_ranking", ".search_space_audit"))}
        assert derived == set(), derived
        assert f"{RUN}.trained_params" in shared


def test_the_grids_uncommitted_files_stay_where_they_were_and_another_folders_go_beneath_their_layer():
    assert scoped_data("data/06_models", "results/paper") == "data/06_models"
    assert scoped_data("data/08_reporting", "results/paper/explore/lr/") == "data/08_reporting/results/paper/explore/lr"
