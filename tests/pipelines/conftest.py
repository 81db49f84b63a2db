"""Shared by the pipeline tests: the base parameters and data catalog of ``conf/base``, read from disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from kedro.io import DataCatalog

BASE = Path(__file__).resolve().parents[2] / "conf" / "base"


def _base_parameters() -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name in ("parameters_data_generation.yml", "parameters_windowing.yml"):
        params.update(yaml.safe_load((BASE / name).read_text()))
    return params


def _project_catalog(params: dict[str, Any]) -> DataCatalog:
    catalog = DataCatalog.from_config(yaml.safe_load((BASE / "catalog_data.yml").read_text()))
    catalog["params:data_generation"] = params["data_generation"]
    catalog["params:windowing"] = params["windowing"]
    return catalog


@pytest.fixture
def base_parameters() -> Callable[[], dict[str, Any]]:
    """``base_parameters()`` → a fresh dict of the data_generation and windowing parameters."""
    return _base_parameters


@pytest.fixture
def project_catalog() -> Callable[[dict[str, Any]], DataCatalog]:
    """``project_catalog(params)`` → the data catalog of conf/base with ``params`` bound."""
    return _project_catalog
