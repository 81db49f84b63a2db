"""``tune``: the hyperparameter search of ``kedro run --pipeline=tune`` (Optuna), typed.

One study per (dataset, model) of ``tune.datasets`` × ``tune.models``. Each trial draws the
``search`` entries (keys are ``train.*`` keys below ``train``: ``training.learning_rate``,
``model.arch_lr_scale``, …), trains the model on the first part of the training windows and is
scored by its MSE on the last ``validation_fraction`` of them (chronological; the split the
derivation uses, ``training.validation_split``). The test windows are never seen.

Example:
    >>> tune = TuneConfig.parse({"datasets": ["bessel"], "models": ["baseline_1"],
    ...     "search": {"training.learning_rate": {"low": 0.001, "high": 0.1, "log": True}}}, "tune")
    >>> tune.studies, tune.search["training.learning_rate"].kind
    (['bessel.baseline_1'], 'float')
    >>> TuneConfig.parse({"datasets": ["bessel"], "models": ["baseline_1"],
    ...     "search": {"training.lerning_rate": {"low": 0.001, "high": 0.1}}}, "tune")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    diffqas_qlstm.validation.ParameterError: Invalid parameter 'tune.search.training.lerning_rate' = ...
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BeforeValidator, Field

from diffqas_qlstm.config.blocks import ModelConfig, SeriesName, TrainConfig, TrainingConfig
from diffqas_qlstm.config.names import MODEL_NAMES, NAIVE_NAMES, model_kind
from diffqas_qlstm.schema import Allowed, Block
from diffqas_qlstm.validation import ParameterError

TUNABLE_BLOCKS: dict[str, type[Block]] = {"model": ModelConfig, "training": TrainingConfig}
"""The blocks below ``train`` whose fields a search may draw."""
NOT_TUNABLE = ("training.resume", "training.progress_bar", "training.eval_batch_size")
"""Fields that change nothing a trial measures."""
MODEL_KINDS = ("diffqas", "baseline", "uniform", "classical")
"""Model kinds that have something to tune (the naive predictors have no parameters to train)."""


def _tunable_model(name: str) -> str:
    if model_kind(name) not in MODEL_KINDS:
        raise ValueError(f"nothing to tune in {name!r}")
    return name


TunableModel = Annotated[str, AfterValidator(_tunable_model), Allowed(
    "a model that trains: one of " + ", ".join(repr(n) for n in MODEL_NAMES if n not in NAIVE_NAMES)
    + " or 'uniform_<candidate>'")]


class SearchRange(Block):
    """One hyperparameter's range: ``low``/``high`` (numbers; ``log`` draws log-uniformly,
    ``step`` on a grid) or ``choices`` (a list), and the model kinds it applies to
    (``kinds``; none given: every model)."""

    low: float | int | None = None
    high: float | int | None = None
    log: bool = False
    step: float | int | None = Field(None, gt=0)
    choices: list[Any] | None = Field(None, min_length=1)
    kinds: list[Literal["diffqas", "baseline", "uniform", "classical"]] | None = Field(None, min_length=1)

    @property
    def kind(self) -> str:
        """``categorical`` (choices), ``int`` (both bounds integers) or ``float``."""
        if self.choices is not None:
            return "categorical"
        return "int" if isinstance(self.low, int) and isinstance(self.high, int) else "float"

    def applies_to(self, model: str) -> bool:
        return self.kinds is None or model_kind(model) in self.kinds

    def values_to_check(self) -> list[Any]:
        """The values that must be allowed by the field: the bounds, or every choice."""
        return list(self.choices) if self.choices is not None else [self.low, self.high]

    def check(self, key: str) -> None:
        if self.choices is not None:
            if self.low is not None or self.high is not None or self.log or self.step is not None:
                raise ParameterError(key, self.model_dump(exclude_defaults=True), "either choices, or low and high (with log or step)")
            return
        for bound in ("low", "high"):
            if getattr(self, bound) is None:
                raise ParameterError(f"{key}.{bound}", None, "a number (or give choices instead of low and high)")
        if self.low >= self.high:
            raise ParameterError(f"{key}.high", self.high, f"a number > low ({self.low!r})")
        if self.log and self.low <= 0:
            raise ParameterError(f"{key}.low", self.low, "a number > 0 with log: true")
        if self.log and self.step is not None:
            raise ParameterError(f"{key}.step", self.step, "null with log: true (Optuna draws either on a log scale or on a grid)")


class SamplerConfig(Block):
    """``tune.sampler``: Optuna's TPE (default) or random sampler, seeded; TPE draws its first
    ``n_startup_trials`` at random. Each worker of a study seeds it with ``seed + worker``."""

    name: Literal["tpe", "random"] = "tpe"
    seed: int = Field(0, ge=0, le=2**31 - 1)
    n_startup_trials: int = Field(5, ge=0)


class PrunerConfig(Block):
    """``tune.pruner``: stop a trial whose validation MSE after an epoch is worse than the median
    of the earlier trials at that epoch (``median``), or never (``none``); no pruning before
    ``n_startup_trials`` trials have finished nor before epoch ``n_warmup_steps``."""

    name: Literal["median", "none"] = "median"
    n_startup_trials: int = Field(5, ge=0)
    n_warmup_steps: int = Field(10, ge=0)


def _search_ranges(value: Any) -> Any:
    """Each entry of ``tune.search`` parsed as a :class:`SearchRange`, its errors named by its key;
    an entry set to null is left out (another environment's ``tune`` merges into conf/base's key by
    key, so null is how it drops one of base's entries)."""
    if not isinstance(value, Mapping):
        return value  # refused by the field, as not a mapping
    return {name: entry if isinstance(entry, SearchRange) else SearchRange.parse(entry, f"tune.search.{name}")
            for name, entry in value.items() if entry is not None}


class TuneConfig(Block):
    """``tune``: the studies (datasets × models), what each trial draws, how many trials, and where
    the study is stored (an SQLite file that several processes share; an interrupted study goes on
    where it stopped)."""

    UNIQUE: ClassVar[tuple[str, ...]] = ("datasets", "models")

    datasets: list[SeriesName] = Field(min_length=1)
    models: list[TunableModel] = Field(min_length=1)
    search: Annotated[dict[str, SearchRange], BeforeValidator(_search_ranges)] = Field(min_length=1, json_schema_extra={
        "allowed": "a mapping of train.* keys below train (e.g. training.learning_rate) to ranges"})
    n_trials: int = Field(20, ge=1, le=100_000)
    workers: int = Field(1, ge=1, le=64)
    seed: int = Field(0, ge=0, le=2**31 - 1)
    epochs: int | None = Field(None, ge=1)
    validation_fraction: float = Field(0.2, gt=0, le=0.5)
    storage: str = Field("data/06_models/tune/optuna.db", min_length=1,
                         json_schema_extra={"allowed": "a file path for the SQLite storage (a non-empty string)"})
    sampler: SamplerConfig = SamplerConfig()
    pruner: PrunerConfig = PrunerConfig()

    @property
    def studies(self) -> list[str]:
        """``<dataset>.<model>`` of every study, datasets first."""
        return [f"{d}.{m}" for d in self.datasets for m in self.models]

    def search_for(self, model: str) -> dict[str, SearchRange]:
        """The entries of ``search`` that apply to ``model``."""
        return {key: value for key, value in self.search.items() if value.applies_to(model)}

    def check(self, key: str) -> None:
        for name, entry in self.search.items():
            block, _, field = name.partition(".")
            if block not in TUNABLE_BLOCKS or field not in TUNABLE_BLOCKS[block].model_fields or name in NOT_TUNABLE:
                allowed = ", ".join(f"{b}.<field of train.{b}>" for b in TUNABLE_BLOCKS)
                raise ParameterError(f"{key}.search.{name}", entry.model_dump(exclude_defaults=True),
                                     f"a key {allowed} (not {', '.join(NOT_TUNABLE)})")
            annotation = TUNABLE_BLOCKS[block].model_fields[field].annotation
            if entry.kind == "float" and _is_int_field(annotation):
                raise ParameterError(f"{key}.search.{name}.low", entry.low,
                                     f"integers for low and high (train.{name} is an integer)")
        for model in self.models:
            if not self.search_for(model):
                raise ParameterError(f"{key}.models", list(self.models),
                                     f"models that at least one search entry applies to (none does to {model!r})")

    def check_against(self, train: TrainConfig, key: str = "tune") -> None:
        """Every bound and choice of ``search`` is a value ``train`` allows at that key."""
        base = train.to_parameters()
        for name, entry in self.search.items():
            block, _, field = name.partition(".")
            for index, value in enumerate(entry.values_to_check()):
                where = (f"{key}.search.{name}.choices[{index}]" if entry.choices is not None
                         else f"{key}.search.{name}.{('low', 'high')[index]}")
                raw = dict(base[block]) | {field: value}
                try:
                    TUNABLE_BLOCKS[block].parse(raw, f"train.{block}")
                except ParameterError as error:
                    raise ParameterError(where, value, f"a value train.{name} allows ({error.allowed})") from None


def _is_int_field(annotation: Any) -> bool:
    args = typing.get_args(annotation)
    return annotation is int or (bool(args) and int in args and float not in args)


def trial_train(train: TrainConfig, values: Mapping[str, Any]) -> TrainConfig:
    """``train`` with a trial's drawn ``values`` (``{"training.learning_rate": 0.02}``) put in,
    parsed again (so a drawn value is checked like any other).

    Example:
        >>> train = TrainConfig.parse({"grid": {"datasets": "bessel", "models": "baseline_1", "seeds": 0}}, "train")
        >>> trial_train(train, {"training.learning_rate": 0.02, "model.depth": 3}).training.learning_rate
        0.02
    """
    raw = train.to_parameters()
    for name, value in values.items():
        block, _, field = name.partition(".")
        raw[block] = dict(raw[block]) | {field: value}
    return TrainConfig.parse(raw, "train")
