"""All parameter blocks of a run, parsed once by the run hook before any node.

Example:
    >>> from diffqas_qlstm.config.environment import load_parameters
    >>> config = ProjectConfig.parse(load_parameters("base"))
    >>> config.train.model.depth, [run.name for run in config.train.grid.runs][:1]
    (2, ['damped_shm.diffqas_nonshared.seed_0'])
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from diffqas_qlstm.config.blocks import (
    DeriveConfig,
    EvaluateConfig,
    ReportConfig,
    RobustnessConfig,
    TrainConfig,
    WindowingConfig,
)
from diffqas_qlstm.config.runtime import RuntimeSettings
from diffqas_qlstm.config.tune import TuneConfig
from diffqas_qlstm.schema import Block
from diffqas_qlstm.validation import ParameterError, require_choice, require_mapping

SERIES_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

PARAMETER_BLOCKS = (
    "data_generation", "windowing", "train", "derive", "evaluate", "report", "robustness", "tune", "runtime")
"""The top-level blocks of ``conf/*/parameters_*.yml``."""
PATH_PARAMETERS = ("results_dir", "derived_dir", "document_dir")
"""Top-level ``--params`` the catalog reads through ``runtime_params`` (where results are written)."""


def require_known_blocks(parameters: Mapping[str, Any]) -> None:
    """Refuse a top-level parameter that is neither a block nor a catalog path setting (a
    misspelled block, in a file or in ``--params``, would otherwise be ignored without a word).

    Example:
        >>> require_known_blocks({"train": {}, "results_dir": "out"})
        >>> require_known_blocks({"trian": {"training": {"epochs": 3}}})  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ...
        diffqas_qlstm.validation.ParameterError: Invalid parameter 'trian' = ...: allowed is one of the blocks ...
    """
    for name in parameters:
        if name not in PARAMETER_BLOCKS and name not in PATH_PARAMETERS:
            raise ParameterError(
                str(name), parameters[name],
                "one of the blocks " + ", ".join(PARAMETER_BLOCKS) + " (conf/<env>/parameters_<block>.yml), or a "
                "catalog path setting " + ", ".join(PATH_PARAMETERS) + " (--params); is it misspelled?")


def parse_series(raw: Any, *, check_sources: bool = True) -> dict[str, Any]:
    """``data_generation`` → its ``series`` by name, each a :class:`~diffqas_qlstm.series.kinds.SeriesSpec`.

    An entry is a ``kind`` from :data:`~diffqas_qlstm.series.kinds.KINDS` plus that kind's settings
    (its :class:`~diffqas_qlstm.series.settings.SeriesSettings` block). A name is lower-case letters,
    digits and ``_`` (it becomes a Kedro namespace and a file name). With ``check_sources``, a
    ``csv`` entry's file (and time column) and a ``statsmodels`` entry's column must exist, so a
    bad source stops the run before any node.

    Example:
        >>> specs = parse_series({"series": {"nile": {"kind": "statsmodels", "dataset": "nile", "column": "volume"}}})
        >>> specs["nile"].settings
        {'dataset': 'nile', 'column': 'volume'}
    """
    from diffqas_qlstm.series.kinds import BENCHMARK_DATASETS, KEY

    key = "data_generation"
    raw = require_mapping(raw, key)
    for name in raw:
        if name != "series":
            hint = (f" (a series is now an entry {KEY}.{name} with a kind)"
                    if name in (*BENCHMARK_DATASETS, "custom", "narma") else "")
            raise ParameterError(f"{key}.{name}", raw[name], "only the block series" + hint)
    if "series" not in raw:
        raise ParameterError(f"{key}.series", None, "a value (the setting is missing)")
    entries = require_mapping(raw["series"], KEY)
    if not entries:
        raise ParameterError(KEY, entries, "at least one named series")
    specs = {}
    for name, entry in entries.items():
        if not isinstance(name, str) or not SERIES_NAME.match(name):
            raise ParameterError(f"{KEY}.{name}", entry, "a name of lower-case letters, digits and _ (e.g. my_series)")
        specs[name] = _parse_entry(name, entry, f"{KEY}.{name}", check_sources)
    return specs


def _parse_entry(name: str, entry: Any, key: str, check_sources: bool) -> Any:
    from diffqas_qlstm.series.kinds import KINDS, SeriesSpec

    settings = dict(require_mapping(entry, key))
    kind = KINDS[require_choice(settings.pop("kind", None), f"{key}.kind", tuple(KINDS))]
    parsed = kind.settings.parse(settings, key).model_dump()
    if check_sources and kind.check is not None:
        kind.check(parsed, key)
    return SeriesSpec(name, kind.name, parsed)


def require_known_series(names: Any, known: Any, key: str = "train.grid.datasets") -> list[str]:
    """``names`` (a list) as a list, each one of the configured series ``known``.

    Example:
        >>> require_known_series(["bessel"], ["bessel", "nile"])
        ['bessel']
    """
    known = tuple(known)
    if isinstance(names, (str, bytes)) or not isinstance(names, (list, tuple)):
        raise ParameterError(key, names, "a list of series names from data_generation.series: " + ", ".join(known))
    for index, name in enumerate(names):
        if name not in known:
            raise ParameterError(f"{key}[{index}]", name, "one of " + ", ".join(repr(k) for k in known))
    return list(names)


TOP_BLOCKS: dict[str, type[Block]] = {
    "windowing": WindowingConfig, "train": TrainConfig, "derive": DeriveConfig, "evaluate": EvaluateConfig,
    "report": ReportConfig, "robustness": RobustnessConfig, "tune": TuneConfig,
}
"""The typed top-level blocks by their key (``runtime`` and ``data_generation`` have their own parsers)."""


def typed(key: str, raw: Any) -> Any:
    """The block ``key`` of the parameters as its typed object: the one way a node turns its
    ``params:<block>`` into the block. The same raw value is parsed once per process (the run hook
    has checked every block before the first node; a node's parse only types it).

    Example:
        >>> typed("report", {"digits": 3}).digits
        3
        >>> typed("report", {"digits": 3}) is typed("report", {"digits": 3})
        True
    """
    if isinstance(raw, TOP_BLOCKS[key]):
        return raw
    try:
        text = json.dumps(raw, sort_keys=True)
    except (TypeError, ValueError):  # not plain data: parse without the cache
        return TOP_BLOCKS[key].parse(raw, key)
    return _typed(key, text)


@functools.lru_cache(maxsize=64)
def _typed(key: str, text: str) -> Any:
    return TOP_BLOCKS[key].parse(json.loads(text), key)


@dataclass(frozen=True)
class ProjectConfig:
    """Every block present in the parameters, typed (a missing block is None)."""

    series: Mapping[str, Any] | None = None
    windowing: WindowingConfig | None = None
    train: TrainConfig | None = None
    derive: DeriveConfig | None = None
    evaluate: EvaluateConfig | None = None
    report: ReportConfig | None = None
    robustness: RobustnessConfig | None = None
    tune: TuneConfig | None = None
    runtime: RuntimeSettings | None = None

    @classmethod
    def parse(cls, parameters: Mapping[str, Any], *, check_sources: bool = True) -> ProjectConfig:
        """Parse every block, then what crosses blocks: the grid's datasets are configured series,
        and each ``csv`` series holds at least ``windowing.window + 2`` finite numbers.

        Raises:
            diffqas_qlstm.validation.ParameterError: naming the key, the bad value and what is allowed.
            diffqas_qlstm.validation.InputDataError: for an unusable CSV file.
        """
        require_known_blocks(parameters)

        blocks = TOP_BLOCKS
        parsed: dict[str, Any] = {
            name: block.parse(parameters[name], name) for name, block in blocks.items() if name in parameters
        }
        if "runtime" in parameters:
            parsed["runtime"] = RuntimeSettings.from_parameters(parameters["runtime"])
        if "data_generation" in parameters:
            parsed["series"] = parse_series(parameters["data_generation"], check_sources=check_sources)
        config = cls(**parsed)
        config._check_across_blocks(check_sources)
        return config

    def _check_across_blocks(self, check_sources: bool) -> None:
        if self.tune is not None and self.train is not None:
            self.tune.check_against(self.train)
        if self.series is None:
            return
        if self.train is not None:
            grid = self.train.grid
            require_known_series(grid.datasets, self.series)
            for index, part in enumerate(grid.extra):  # an extra part's bad name is named in that part
                require_known_series(part.datasets, self.series, f"train.grid.extra[{index}].datasets")
        if self.tune is not None:
            require_known_series(self.tune.datasets, self.series, "tune.datasets")
        if check_sources:
            from diffqas_qlstm.series.kinds import raw_table

            min_length = self.windowing.window + 2 if self.windowing is not None else 1
            for spec in self.series.values():
                if spec.kind == "csv":
                    raw_table(spec, min_length=min_length)
