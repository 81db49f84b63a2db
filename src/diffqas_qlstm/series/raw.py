"""Raw series tables: a generator's values next to the time (or x) points they belong to.

Example:
    >>> from diffqas_qlstm.project_config import load_parameters
    >>> params = load_parameters("base")["data_generation"]
    >>> raw_series("narma5", params).columns.tolist()
    ['t', 'u', 'y']
    >>> raw_series("bessel", params).shape
    (256, 2)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.series import generators


def raw_series(name: str, params: Mapping[str, Any]) -> pd.DataFrame:
    """The raw table of benchmark ``name`` from the ``data_generation`` mapping ``params``.

    Columns ``t`` and ``value``, or ``t``, ``u``, ``y`` for ``narma5`` / ``narma10``.
    """
    if name == "bessel":
        p = params["bessel"]
        t = np.linspace(p["x_start"], p["x_stop"], p["n_points"])
        return pd.DataFrame({"t": t, "value": generators.bessel(**p)})
    if name == "damped_shm":
        p = params["damped_shm"]
        t = np.linspace(p["t_start"], p["t_stop"], p["n_points"])
        return pd.DataFrame({"t": t, "value": generators.damped_shm(**p)})
    if name == "delayed_quantum_control":
        p = params["delayed_quantum_control"]
        t = np.arange(p["x_start"], p["x_stop"], p["x_step"])
        return pd.DataFrame({"t": t, "value": generators.delayed_quantum_control(**p)})
    if name in ("narma5", "narma10"):
        p = dict(params["narma"])
        u, y = generators.narma(n0=params[name]["n0"], **p)
        return pd.DataFrame({"t": np.arange(p["T"]), "u": u, "y": y})
    raise KeyError(f"No generator for dataset {name!r}")


def custom_frame(values: np.ndarray) -> pd.DataFrame:
    """The raw table of a custom series: ``t`` = row number, ``value``.

    Example:
        >>> custom_frame(np.array([1.5, 2.5])).to_dict("list")
        {'t': [0, 1], 'value': [1.5, 2.5]}
    """
    return pd.DataFrame({"t": np.arange(values.size), "value": values})
