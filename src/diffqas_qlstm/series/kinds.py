"""Named series: ``data_generation.series.<name>`` entries, each of a *kind* in one registry.

Every entry has a ``kind`` and that kind's settings::

    data_generation:
      series:
        bessel: {kind: bessel, order: 2, x_start: 2.0, x_stop: 100.0, n_points: 256}
        sunspots: {kind: statsmodels, dataset: sunspots, column: SUNACTIVITY}
        my_sensor: {kind: csv, path: data/01_raw/sensor.csv, column: level, time_column: time}

A kind declares its settings (a :class:`~diffqas_qlstm.series.settings.SeriesSettings` block: types,
ranges, defaults), how to make the raw table from them, whether its values are min-max scaled
before windowing and what to check of its source. A generated kind's ``values`` (a CSV) pins the values
its settings computed once (:mod:`diffqas_qlstm.series.recorded`). :data:`KINDS` is the only place a new kind is
added; :func:`diffqas_qlstm.config.parse_series` parses the entries once into :class:`SeriesSpec`
values; the pipelines and the grid use the names.

Example:
    >>> from diffqas_qlstm.config import parse_series
    >>> specs = parse_series({"series": {"s": {"kind": "statsmodels", "dataset": "nile", "column": "volume"}}})
    >>> specs["s"].kind, raw_table(specs["s"]).shape
    ('statsmodels', (100, 2))
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import numpy as np
import pandas as pd
from pydantic import Field

from diffqas_qlstm.series import generators
from diffqas_qlstm.series.custom import check_custom_file, load_custom_series, read_csv_text
from diffqas_qlstm.series.recorded import recorded_table
from diffqas_qlstm.series.settings import SeriesSettings
from diffqas_qlstm.validation import InputDataError, ParameterError

KEY = "data_generation.series"
ODE_METHODS = ("RK45", "RK23", "DOP853", "Radau", "BDF", "LSODA")
STATSMODELS_DATASETS = ("sunspots", "nile", "co2", "elnino", "macrodata", "stackloss", "longley", "copper")
Text = Annotated[str, Field(pattern=r"\S", json_schema_extra={"allowed": "a non-empty text"})]


BENCHMARK_DATASETS: tuple[str, ...] = ("bessel", "damped_shm", "delayed_quantum_control", "narma5", "narma10")
"""The five benchmark series of SPEC §2 (their entries in conf/base), in the order the pipelines list them."""


class GeneratedSettings(SeriesSettings):
    """A generated kind's settings: its own, and ``values``, a CSV of the values those settings
    computed once (e.g. on another CPU), read in their place where they agree with them
    (:mod:`diffqas_qlstm.series.recorded`)."""

    values: Text | None = Field(None, json_schema_extra={"allowed": "the path of a CSV file or null"})


class BesselSettings(GeneratedSettings):
    """``kind: bessel``: s = J_order(x), x = linspace(x_start, x_stop, n_points)."""

    order: float
    x_start: float
    x_stop: float
    n_points: int = Field(ge=2)
    INTERVALS = (("x_start", "x_stop"),)


class DampedShmSettings(GeneratedSettings):
    """``kind: damped_shm``: θ'' = −(b/m)·θ' − (g/l)·sin θ, solved by scipy; the series is θ'(t)."""

    b: float = Field(ge=0)
    g: float
    l: float = Field(gt=0)  # noqa: E741 (the pendulum's length, as in the paper)
    m: float = Field(gt=0)
    theta0: float
    omega0: float
    t_start: float
    t_stop: float
    n_points: int = Field(ge=2)
    rtol: float = Field(gt=0)
    atol: float = Field(gt=0)
    method: Literal[ODE_METHODS]  # type: ignore[valid-type]
    INTERVALS = (("t_start", "t_stop"),)


class DelayedQuantumControlSettings(GeneratedSettings):
    """``kind: delayed_quantum_control``: Σ_{n<n_pulses} exp(−sharpness·(x − spacing·n)²)·exp(−x/decay)."""

    x_start: float
    x_stop: float
    x_step: float = Field(gt=0)
    n_pulses: int = Field(ge=1)
    spacing: float
    sharpness: float = Field(ge=0)
    decay: float = Field(gt=0)
    INTERVALS = (("x_start", "x_stop"),)


class NarmaSettings(GeneratedSettings):
    """``kind: narma``: NARMA-n0 driven by u_t = amplitude·(Π sin(2π·f·t/T) + offset)."""

    n0: int = Field(ge=1)
    T: int = Field(ge=2)
    y0: float
    frequencies: list[float] = Field(min_length=1)
    amplitude: float
    offset: float
    alpha: float
    beta: float
    gamma: float
    delta: float


class CsvSettings(SeriesSettings):
    """``kind: csv``: a column of a user's CSV file, with an optional time column."""

    path: Text
    column: Text
    time_column: Text | None = Field(None, json_schema_extra={"allowed": "a non-empty text or null"})


class StatsmodelsSettings(SeriesSettings):
    """``kind: statsmodels``: a column of a dataset bundled with statsmodels (read offline)."""

    dataset: Literal[STATSMODELS_DATASETS]  # type: ignore[valid-type]
    column: Text


@dataclass(frozen=True)
class SeriesKind:
    """A kind of series: its settings (a :class:`~diffqas_qlstm.config.SeriesSettings` block), how
    to make its raw table, whether it is scaled, and what to check of its source before any node."""

    name: str
    settings: type[SeriesSettings]
    make: Callable[[Mapping[str, Any]], pd.DataFrame]
    scaled: bool = True
    check: Callable[[Mapping[str, Any], str], None] | None = None


@dataclass(frozen=True)
class SeriesSpec:
    """One named series, parsed: its name, kind and settings (every setting present)."""

    name: str
    kind: str
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def scaled(self) -> bool:
        """Min-max scaled to [−1, 1] before windowing (every kind but NARMA)."""
        return KINDS[self.kind].scaled


def _bessel(p: Mapping[str, Any]) -> pd.DataFrame:
    t = np.linspace(p["x_start"], p["x_stop"], p["n_points"])
    return pd.DataFrame({"t": t, "value": generators.bessel(**p)})


def _damped_shm(p: Mapping[str, Any]) -> pd.DataFrame:
    t = np.linspace(p["t_start"], p["t_stop"], p["n_points"])
    return pd.DataFrame({"t": t, "value": generators.damped_shm(**p)})


def _delayed_quantum_control(p: Mapping[str, Any]) -> pd.DataFrame:
    t = np.arange(p["x_start"], p["x_stop"], p["x_step"])
    return pd.DataFrame({"t": t, "value": generators.delayed_quantum_control(**p)})


def _narma(p: Mapping[str, Any]) -> pd.DataFrame:
    u, y = generators.narma(**p)
    return pd.DataFrame({"t": np.arange(p["T"]), "u": u, "y": y})


def _csv(p: Mapping[str, Any], min_length: int = 1, key: str = f"{KEY}.<name>") -> pd.DataFrame:
    values = load_custom_series(p["path"], p["column"], min_length=min_length, key=key)
    if p.get("time_column") is None:
        return pd.DataFrame({"t": np.arange(values.size), "value": values})
    text = read_csv_text(Path(p["path"]), key)
    times = pd.read_csv(io.StringIO(text), usecols=[p["time_column"]], float_precision="round_trip")[p["time_column"]]
    return pd.DataFrame({"t": times.to_numpy()[: values.size], "value": values})


def _check_values(p: Mapping[str, Any], key: str) -> None:
    if p.get("values") is not None:
        check_custom_file(p["values"])


def _check_csv(p: Mapping[str, Any], key: str) -> None:
    file = check_custom_file(p["path"])
    if p.get("time_column") is not None:
        columns = pd.read_csv(io.StringIO(read_csv_text(file, key)), nrows=0).columns
        if p["time_column"] not in columns:
            raise InputDataError(
                f"Custom series file '{file}': no column {p['time_column']!r} (columns found: "
                f"{', '.join(repr(str(c)) for c in columns)}); allowed is one of the columns found, "
                f"set as {key}.time_column"
            )


def statsmodels_frame(dataset: str) -> pd.DataFrame:
    """A dataset bundled with statsmodels (offline), as its own pandas table."""
    try:
        module = importlib.import_module(f"statsmodels.datasets.{dataset}")
    except ImportError as error:  # statsmodels missing
        raise InputDataError(
            f"The statsmodels dataset {dataset!r} needs the statsmodels package: pip install statsmodels"
        ) from error
    return module.load_pandas().data


def _statsmodels(p: Mapping[str, Any]) -> pd.DataFrame:
    values = statsmodels_frame(p["dataset"])[p["column"]].to_numpy(dtype=np.float64)
    return pd.DataFrame({"t": np.arange(values.size), "value": values})


def _check_statsmodels(p: Mapping[str, Any], key: str) -> None:
    frame = statsmodels_frame(p["dataset"])
    if p["column"] not in frame.columns:
        raise ParameterError(f"{key}.column", p["column"], f"a column of statsmodels' {p['dataset']}: "
                             + ", ".join(map(str, frame.columns)))
    values = pd.to_numeric(frame[p["column"]], errors="coerce").to_numpy(dtype=np.float64)
    if not np.isfinite(values).all():
        raise ParameterError(f"{key}.column", p["column"], "a column without missing values")


KINDS: dict[str, SeriesKind] = {
    "bessel": SeriesKind("bessel", BesselSettings, _bessel, check=_check_values),
    "damped_shm": SeriesKind("damped_shm", DampedShmSettings, _damped_shm, check=_check_values),
    "delayed_quantum_control": SeriesKind("delayed_quantum_control", DelayedQuantumControlSettings,
                                          _delayed_quantum_control, check=_check_values),
    # NARMA: windows of the driving input u predict the output y, both used unscaled.
    "narma": SeriesKind("narma", NarmaSettings, _narma, scaled=False, check=_check_values),
    "csv": SeriesKind("csv", CsvSettings, _csv, check=_check_csv),
    "statsmodels": SeriesKind("statsmodels", StatsmodelsSettings, _statsmodels, check=_check_statsmodels),
}
"""kind name → :class:`SeriesKind`; the only place a new kind of series is added."""


def raw_table(spec: SeriesSpec, min_length: int = 1) -> pd.DataFrame:
    """The raw table of a series: ``t`` and ``value``, or ``t``, ``u``, ``y`` for NARMA.

    ``min_length`` (``window + 2``) is enforced for a user's CSV with a message naming the file.
    """
    kind = KINDS[spec.kind]
    if kind.name == "csv":
        return _csv(spec.settings, min_length, key=f"{KEY}.{spec.name}")
    settings = dict(spec.settings)
    values = settings.pop("values", None)
    frame = kind.make(settings)
    if values is not None:
        frame = recorded_table(frame, values, f"{KEY}.{spec.name}.values")
    if len(frame) < min_length:
        raise InputDataError(
            f"Series {spec.name!r} has {len(frame)} values, too short for one window; allowed is at least "
            f"{min_length} values (window + 2)"
        )
    return frame

