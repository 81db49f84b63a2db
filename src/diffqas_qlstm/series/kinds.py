"""Named series: ``data_generation.series.<name>`` entries, each of a *kind* in one registry.

Every entry has a ``kind`` and that kind's settings::

    data_generation:
      series:
        bessel: {kind: bessel, order: 2, x_start: 2.0, x_stop: 100.0, n_points: 256}
        sunspots: {kind: statsmodels, dataset: sunspots, column: SUNACTIVITY}
        my_sensor: {kind: csv, path: data/01_raw/sensor.csv, column: level, time_column: time}

A kind says which settings it takes (each with its check), how to make the raw table from them,
and whether its values are min-max scaled before windowing. :data:`KINDS` is the only place a new
kind is added. The entries are parsed once into :class:`SeriesSpec` values; the pipelines and the
grid use the names.

Example:
    >>> specs = parse_series({"s": {"kind": "statsmodels", "dataset": "nile", "column": "volume"}})
    >>> specs["s"].kind, raw_table(specs["s"]).shape
    ('statsmodels', (100, 2))
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.series import generators
from diffqas_qlstm.series.custom import check_custom_file, load_custom_series
from diffqas_qlstm.validation import (
    InputDataError,
    ParameterError,
    require_choice,
    require_int,
    require_mapping,
    require_number,
)

Check = Callable[[Any, str], Any]
KEY = "data_generation.series"
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
ODE_METHODS = ("RK45", "RK23", "DOP853", "Radau", "BDF", "LSODA")
STATSMODELS_DATASETS = ("sunspots", "nile", "co2", "elnino", "macrodata", "stackloss", "longley", "copper")


BENCHMARK_DATASETS: tuple[str, ...] = ("bessel", "damped_shm", "delayed_quantum_control", "narma5", "narma10")
"""The five benchmark series of SPEC §2 (their entries in conf/base), in the order the pipelines list them."""

def _number(value: Any, key: str) -> Any:
    return require_number(value, key)


def _positive(value: Any, key: str) -> Any:
    return require_number(value, key, 0, exclusive=True)


def _non_negative(value: Any, key: str) -> Any:
    return require_number(value, key, 0)


def _count(minimum: int) -> Check:
    return lambda value, key: require_int(value, key, minimum)


def _frequencies(value: Any, key: str) -> Any:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence) or not value:
        raise ParameterError(key, value, "a non-empty list of finite numbers")
    for index, item in enumerate(value):
        require_number(item, f"{key}[{index}]")
    return list(value)


def _text(value: Any, key: str) -> Any:
    if not isinstance(value, str) or not value.strip():
        raise ParameterError(key, value, "a non-empty text")
    return value


def _optional_text(value: Any, key: str) -> Any:
    return None if value is None else _text(value, key)


def _ode_method(value: Any, key: str) -> Any:
    return require_choice(value, key, ODE_METHODS)


def _statsmodels_dataset(value: Any, key: str) -> Any:
    return require_choice(value, key, STATSMODELS_DATASETS)


@dataclass(frozen=True)
class SeriesKind:
    """A kind of series: its settings (name → check; ``optional`` ones may be left out, as None),
    ordered intervals (``start`` < ``stop``), how to make its raw table, whether it is scaled."""

    name: str
    settings: Mapping[str, Check]
    make: Callable[[Mapping[str, Any]], pd.DataFrame]
    scaled: bool = True
    optional: tuple[str, ...] = ()
    intervals: tuple[tuple[str, str], ...] = ()
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
    times = pd.read_csv(p["path"], usecols=[p["time_column"]], encoding="utf-8-sig")[p["time_column"]]
    return pd.DataFrame({"t": times.to_numpy()[: values.size], "value": values})


def _check_csv(p: Mapping[str, Any], key: str) -> None:
    file = check_custom_file(p["path"])
    if p.get("time_column") is not None:
        columns = pd.read_csv(file, nrows=0, encoding="utf-8-sig").columns
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
    "bessel": SeriesKind(
        "bessel", {"order": _number, "x_start": _number, "x_stop": _number, "n_points": _count(2)},
        _bessel, intervals=(("x_start", "x_stop"),),
    ),
    "damped_shm": SeriesKind(
        "damped_shm",
        {"b": _non_negative, "g": _number, "l": _positive, "m": _positive, "theta0": _number, "omega0": _number,
         "t_start": _number, "t_stop": _number, "n_points": _count(2), "rtol": _positive, "atol": _positive,
         "method": _ode_method},
        _damped_shm, intervals=(("t_start", "t_stop"),),
    ),
    "delayed_quantum_control": SeriesKind(
        "delayed_quantum_control",
        {"x_start": _number, "x_stop": _number, "x_step": _positive, "n_pulses": _count(1), "spacing": _number,
         "sharpness": _non_negative, "decay": _positive},
        _delayed_quantum_control, intervals=(("x_start", "x_stop"),),
    ),
    # NARMA: windows of the driving input u predict the output y, both used unscaled.
    "narma": SeriesKind(
        "narma",
        {"n0": _count(1), "T": _count(2), "y0": _number, "frequencies": _frequencies, "amplitude": _number,
         "offset": _number, "alpha": _number, "beta": _number, "gamma": _number, "delta": _number},
        _narma, scaled=False,
    ),
    "csv": SeriesKind(
        "csv", {"path": _text, "column": _text, "time_column": _optional_text}, _csv,
        optional=("time_column",), check=_check_csv,
    ),
    "statsmodels": SeriesKind(
        "statsmodels", {"dataset": _statsmodels_dataset, "column": _text}, _statsmodels, check=_check_statsmodels,
    ),
}
"""kind name → :class:`SeriesKind`; the only place a new kind of series is added."""


def parse_series(entries: Any, key: str = KEY, *, check_sources: bool = True) -> dict[str, SeriesSpec]:
    """``data_generation.series`` → ``{name: SeriesSpec}``, every entry validated.

    A name is lower-case letters, digits and ``_`` (it becomes a Kedro namespace and a file name).
    With ``check_sources``, a ``csv`` entry's file must exist (and its ``time_column``) and a
    ``statsmodels`` entry's column must exist, so a bad source stops the run before any node.
    """
    entries = require_mapping(entries, key)
    if not entries:
        raise ParameterError(key, entries, "at least one named series")
    specs = {}
    for name, entry in entries.items():
        if not isinstance(name, str) or not NAME_PATTERN.match(name):
            raise ParameterError(f"{key}.{name}", entry, "a name of lower-case letters, digits and _ (e.g. my_series)")
        specs[name] = parse_entry(name, entry, f"{key}.{name}", check_sources=check_sources)
    return specs


def parse_entry(name: str, entry: Any, key: str, *, check_sources: bool = True) -> SeriesSpec:
    """One entry (``kind`` plus that kind's settings) → :class:`SeriesSpec`."""
    entry = dict(require_mapping(entry, key))
    kind = KINDS[require_choice(entry.pop("kind", None), f"{key}.kind", tuple(KINDS))]
    for setting in entry:
        if setting not in kind.settings:
            raise ParameterError(f"{key}.{setting}", entry[setting],
                                 f"only the settings of kind {kind.name}: kind, " + ", ".join(kind.settings))
    settings = {}
    for setting, check in kind.settings.items():
        if setting not in entry and setting not in kind.optional:
            raise ParameterError(f"{key}.{setting}", None, f"a value (kind {kind.name} needs it)")
        value = entry.get(setting)
        settings[setting] = check(value, f"{key}.{setting}") if setting in entry else None
    for start, stop in kind.intervals:
        if not settings[stop] > settings[start]:
            raise ParameterError(f"{key}.{stop}", settings[stop], f"a number > {start} ({settings[start]!r})")
    if check_sources and kind.check is not None:
        kind.check(settings, key)
    return SeriesSpec(name, kind.name, settings)


def raw_table(spec: SeriesSpec, min_length: int = 1) -> pd.DataFrame:
    """The raw table of a series: ``t`` and ``value``, or ``t``, ``u``, ``y`` for NARMA.

    ``min_length`` (``window + 2``) is enforced for a user's CSV with a message naming the file.
    """
    kind = KINDS[spec.kind]
    if kind.name == "csv":
        return _csv(spec.settings, min_length, key=f"{KEY}.{spec.name}")
    frame = kind.make({k: v for k, v in spec.settings.items() if v is not None or k not in kind.optional})
    if len(frame) < min_length:
        raise InputDataError(
            f"Series {spec.name!r} has {len(frame)} values, too short for one window; allowed is at least "
            f"{min_length} values (window + 2)"
        )
    return frame

