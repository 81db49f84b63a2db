"""Property tests (hypothesis): every malformed parameter is rejected before any work (SPEC §8).

Starting from the valid ``conf/base`` parameters, one setting at a time is replaced by a wrong
type, an out-of-range number, an unknown choice, or an unknown key is added to a block. The
validation the run hook performs must raise ``ParameterError`` naming the key, the bad value
and what is allowed, and nothing else (no ``TypeError``, ``OverflowError``, ...).
"""

from __future__ import annotations

import copy
import math
import types
import typing
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic.fields import FieldInfo

from diffqas_qlstm.circuits.space import _registry
from diffqas_qlstm.config import BLOCKS as TYPED_BLOCKS
from diffqas_qlstm.config import MODEL_NAMES, Block
from diffqas_qlstm.schema import Allowed, bounds
from diffqas_qlstm.derive import QASM_INPUT_SOURCES
from diffqas_qlstm.hooks import validate_run_parameters
from diffqas_qlstm.config.environment import load_parameters
from diffqas_qlstm.series.kinds import BENCHMARK_DATASETS, KINDS
from diffqas_qlstm.validation import ParameterError

BASE = load_parameters("base")
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---- bad values -----------------------------------------------------------------------------

ODD = st.one_of(
    st.none(),
    st.text(max_size=6),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
NON_FINITE = st.sampled_from([math.nan, math.inf, -math.inf])
HUGE_INT = st.integers(min_value=10**309, max_value=10**330) | st.integers(min_value=-(10**330), max_value=-(10**309))


def bad_int(minimum: int, maximum: int | None = None) -> st.SearchStrategy[Any]:
    """Not an integer (floats such as 2.0 included, booleans), or outside [minimum, maximum]."""
    options = [ODD, st.booleans(), st.floats(), st.integers(max_value=minimum - 1)]
    if maximum is not None:
        options.append(st.integers(min_value=maximum + 1))
    return st.one_of(*options)


def bad_number(minimum: float | None = None, maximum: float | None = None, exclusive: bool = False, *,
               open_low: bool | None = None, open_high: bool | None = None):
    """Not a finite number (booleans, NaN, ±inf, ints beyond float range), or out of range
    (``exclusive``: both ends open; ``open_low`` / ``open_high`` one end each)."""
    open_low = exclusive if open_low is None else open_low
    open_high = exclusive if open_high is None else open_high
    options = [ODD, st.booleans(), NON_FINITE, HUGE_INT]
    if minimum is not None:
        options.append(st.floats(max_value=minimum, exclude_max=not open_low, allow_nan=False, allow_infinity=False))
    if maximum is not None:
        options.append(st.floats(min_value=maximum, exclude_min=not open_high, allow_nan=False, allow_infinity=False))
    return st.one_of(*options)


def bad_choice(choices: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    return st.one_of(st.text(max_size=8).filter(lambda t: t not in choices), st.integers(), st.booleans(), ODD.filter(
        lambda v: v not in choices))


def bad_bool() -> st.SearchStrategy[Any]:
    return st.one_of(st.integers(), st.floats(), st.text(max_size=5), st.none())


def bad_text() -> st.SearchStrategy[Any]:
    return st.one_of(st.integers(), st.booleans(), st.floats(), st.sampled_from(["", "  "]), st.lists(st.text(), max_size=1))


def bad_list(choices: tuple[Any, ...], item: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Not a list, empty, a list with one bad item among good ones, or a list with a repeat."""
    good = st.sampled_from(choices)
    with_bad_item = st.tuples(st.lists(good, max_size=2, unique=True), item).map(lambda t: [*t[0], t[1]])
    not_a_list = st.one_of(st.none(), st.text(max_size=5), st.integers(), st.dictionaries(st.text(max_size=2), st.integers(), max_size=1))
    return st.one_of(not_a_list, st.just([]), with_bad_item)


def grid_list(choices: tuple[Any, ...], item: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Like :func:`bad_list`, without the single text or integer the command line may give
    (``train.grid.seeds=1``, ``train.grid.datasets=a;b``: honoured as lists)."""
    good = st.sampled_from(choices)
    with_bad_item = st.tuples(st.lists(good, max_size=2, unique=True), item).map(lambda t: [*t[0], t[1]])
    not_a_list = st.one_of(st.none(), st.floats(), st.dictionaries(st.text(max_size=2), st.integers(), max_size=1))
    return st.one_of(not_a_list, st.just([]), with_bad_item)


def repeated(choices: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    return st.sampled_from(choices).map(lambda c: [c, c])


# ---- where: the typed blocks' bad values come from their own declarations ---------------------


def _flatten(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any]]:
    if typing.get_origin(annotation) is typing.Annotated:
        inner, *more = typing.get_args(annotation)
        flat = [m for item in more for m in (item.metadata if isinstance(item, FieldInfo) else [item])]
        return _flatten(inner, [*metadata, *flat])
    return annotation, metadata


def _bad(annotation: Any, metadata: list[Any]) -> st.SearchStrategy[Any] | None:
    """Values the declaration refuses (None: a nested block or a type drawn elsewhere)."""
    annotation, metadata = _flatten(annotation, metadata)
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return bad_choice(typing.get_args(annotation))
    if any(isinstance(item, Allowed) for item in metadata):  # a model name, checked by its registry
        return bad_choice(MODEL_NAMES)
    if annotation is bool:
        return bad_bool()
    if annotation is str:
        return st.one_of(st.integers(), st.booleans(), st.floats(allow_nan=False), st.lists(st.integers(), max_size=2))
    if annotation is int:
        low, high, _, _ = bounds(metadata)
        return bad_int(low if low is not None else -(2**63), high)
    if annotation is float:
        low, high, open_low, open_high = bounds(metadata)
        return bad_number(low, high, open_low=open_low, open_high=open_high)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(options) == 1:  # an optional setting: anything but null that its type refuses
            bad = _bad(options[0], metadata)
            return None if bad is None else bad.filter(lambda value: value is not None)
    return None


def _good(annotation: Any) -> tuple[Any, ...]:
    """A few values the declaration accepts."""
    annotation, metadata = _flatten(annotation, [])
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)
    if any(isinstance(item, Allowed) for item in metadata):
        return MODEL_NAMES
    low, high, open_low, _ = bounds(metadata)
    if annotation is int:
        return (low + 1, low + 2) if low is not None else (1, 2)
    return (low + 0.25 * ((high or 1) - low), low + 0.5 * ((high or 1) - low)) if low is not None else (0.5, 0.75)


def schema_specs(block: type[Block], *, from_command_line: bool = False) -> dict[str, st.SearchStrategy[Any]]:
    """Bad values for every field of a typed block, drawn from its declaration; lists get a bad
    item among good ones, an empty list, not a list, and (where entries must not repeat) a repeat."""
    specs = {}
    for name, field in block.model_fields.items():
        if typing.get_origin(field.annotation) is list or (
            typing.get_origin(field.annotation) is typing.Annotated
            and typing.get_origin(typing.get_args(field.annotation)[0]) is list
        ):
            inner, _ = _flatten(field.annotation, [])
            (item,) = typing.get_args(inner)
            if isinstance(item, type) and issubclass(item, Block):
                continue  # a list of nested blocks (train.grid.extra): its parts are drawn as the grid
            maker = grid_list if from_command_line else bad_list
            strategy = maker(_good(item), _bad(item, []))
            if name in block.UNIQUE:
                strategy |= repeated(_good(item))
            specs[name] = strategy
        elif field.json_schema_extra and "allowed" in field.json_schema_extra and field.annotation is str:
            specs[name] = bad_text() | st.none()
        else:
            bad = _bad(field.annotation, list(field.metadata))
            if bad is not None:
                specs[name] = bad
    return specs


def series_specs() -> dict[str, st.SearchStrategy[Any]]:
    """Bad settings of every configured series, drawn from its kind's declaration, and stops at
    or before their starts."""
    specs: dict[str, st.SearchStrategy[Any]] = {"bessel.kind": bad_choice(tuple(KINDS))}
    for name, entry in BASE["data_generation"]["series"].items():
        block = KINDS[entry["kind"]].settings
        specs |= {f"{name}.{field}": bad for field, bad in schema_specs(block).items()}
        for start, stop in block.INTERVALS:
            specs[f"{name}.{stop}"] |= st.floats(max_value=entry[start], allow_nan=False, allow_infinity=False)
    return specs


ROTATIONS = tuple(sorted(_registry("encoding")))
NUMBER, POSITIVE, NON_NEGATIVE = bad_number(), bad_number(0, exclusive=True), bad_number(0)

SPECS: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    # Series kinds declare their settings in their registry (series.kinds); search-space slots
    # are checked against theirs (circuits.space).
    "data_generation.series": series_specs(),
    "train.search_space": {
        "hadamard": bad_list((True, False), bad_bool()) | repeated((True, False)),
        "encoding": bad_list(ROTATIONS, bad_choice(ROTATIONS)) | repeated(ROTATIONS),
        "entangler": bad_list(("brick", "ring"), bad_choice(("brick", "ring"))) | repeated(("brick", "ring")),
        "variational": bad_list(ROTATIONS, bad_choice(ROTATIONS)) | repeated(ROTATIONS),
    },
    **{key: schema_specs(block, from_command_line=key == "train.grid") for key, block in TYPED_BLOCKS.items()},
}
# A configured series name that is not a benchmark is still a valid grid dataset, so the grid's
# datasets draw their bad names outside every configured one (the names are checked across blocks).
SPECS["train.grid"]["datasets"] = grid_list(BENCHMARK_DATASETS, bad_choice(BENCHMARK_DATASETS)) | repeated(
    BENCHMARK_DATASETS)
# More runs beside the product: a list of parts (each drawn like the grid itself, below).
SPECS["train.grid"]["extra"] = st.one_of(st.integers(), st.text(max_size=4), st.booleans(),
                                         st.lists(st.integers() | st.text(max_size=3), min_size=1, max_size=2))
SPECS["derive"]["qasm_input"] = st.one_of(
    st.text(max_size=8).filter(lambda t: t not in QASM_INPUT_SOURCES),
    st.integers(), st.none(), st.just([]), st.lists(ODD | st.booleans(), min_size=1, max_size=3),
)


def test_every_field_of_every_typed_block_has_bad_values_drawn_from_its_declaration() -> None:
    for key, block in TYPED_BLOCKS.items():
        nested = {name for name, f in block.model_fields.items()
                  if isinstance(f.annotation, type) and issubclass(f.annotation, Block)}
        missing = set(block.model_fields) - nested - set(SPECS[key]) - {"search_space"}
        assert not missing, (key, missing)
    for name, entry in BASE["data_generation"]["series"].items():
        drawn = {k.split(".")[1] for k in SPECS["data_generation.series"] if k.startswith(name + ".")}
        assert set(KINDS[entry["kind"]].settings.model_fields) <= drawn, name


# Every mapping that must refuse keys it does not know.
BLOCKS = [
    "data_generation", "data_generation.series",
    *(f"data_generation.series.{name}" for name in BASE["data_generation"]["series"]),
    "windowing", "train", "train.grid", "train.model", "train.search_space", "train.training",
    "derive", "evaluate", "report", "robustness",
]


def _get(tree: dict[str, Any], parts: list[str]) -> Any:
    for part in parts:
        tree = tree[part]
    return tree


def _with(parts: list[str], value: Any) -> dict[str, Any]:
    """A deep copy of the base parameters with the setting at ``parts`` set to ``value``."""
    params = copy.deepcopy(BASE)
    _get(params, parts[:-1])[parts[-1]] = value
    return params


def _rejected(params: dict[str, Any]) -> ParameterError:
    with pytest.raises(ParameterError) as info:
        validate_run_parameters(params)
    return info.value


def _names_key_value_and_allowed(error: ParameterError, path: str, value: Any) -> None:
    message = str(error)
    assert error.key == path or error.key.startswith(path + "["), (path, message)
    assert f"'{error.key}'" in message and repr(error.value) in message
    assert error.allowed and message.endswith(f"allowed is {error.allowed}")
    items = value if isinstance(value, list) else []
    assert repr(error.value) == repr(value) or any(repr(error.value) == repr(item) for item in items), message


def test_the_base_and_paper_parameters_are_valid() -> None:
    validate_run_parameters(BASE)
    validate_run_parameters(load_parameters("paper"))


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_bad_value_in_an_extra_grid_part_is_named_with_the_part_index(data: st.DataObject) -> None:
    key, value = data.draw(_bad_setting("train.grid").filter(lambda kv: kv[0] != "extra"))
    good = {"datasets": ["bessel"], "models": ["constant"], "seeds": [0]}
    error = _rejected(_with(["train", "grid", "extra"], [good, good | {key: value}]))
    _names_key_value_and_allowed(error, f"train.grid.extra[1].{key}", value)


def test_an_unknown_series_in_an_extra_grid_part_is_named_in_that_part_not_in_the_main_grid() -> None:
    # Hypothesis found it: ['A'] passes the part's own checks and only the known series refuse it.
    good = {"datasets": ["bessel"], "models": ["constant"], "seeds": [0]}
    error = _rejected(_with(["train", "grid", "extra"], [good, good | {"datasets": ["bessel", "A"]}]))
    assert error.key == "train.grid.extra[1].datasets[1]" and error.value == "A"
    assert "'bessel'" in error.allowed


def test_a_uniform_model_names_a_candidate_of_the_registries() -> None:
    good = {"datasets": ["bessel"], "models": ["uniform_noH-Rz-ring-Rx"], "seeds": [0]}
    validate_run_parameters(_with(["train", "grid"], good))
    error = _rejected(_with(["train", "grid"], good | {"models": ["uniform_H-Rq-ring-Rx"]}))
    assert error.key == "train.grid.models[0]" and "uniform_<candidate>" in error.allowed


def _bad_setting(block: str) -> st.SearchStrategy[tuple[str, Any]]:
    keys = SPECS[block]
    return st.sampled_from(sorted(keys)).flatmap(lambda key: st.tuples(st.just(key), keys[key]))


@pytest.mark.parametrize("block", [block for block, specs in SPECS.items() if specs])
@SETTINGS
@given(data=st.data())
def test_a_bad_value_names_key_value_and_allowed(block: str, data: st.DataObject) -> None:
    key, value = data.draw(_bad_setting(block))
    path = f"{block}.{key}"
    error = _rejected(_with([*block.split("."), *key.split(".")], value))
    _names_key_value_and_allowed(error, path, value)


@pytest.mark.parametrize("block", BLOCKS)
@settings(max_examples=30, deadline=None)
@given(name=st.text(min_size=1, max_size=12), value=st.none() | st.integers() | st.text(max_size=4))
def test_an_unknown_key_is_named(block: str, name: str, value: Any) -> None:
    if name in _get(BASE, block.split(".")):
        return
    error = _rejected(_with([*block.split("."), name], value))
    assert error.key == f"{block}.{name}"
    assert repr(value) in str(error) and error.allowed


@pytest.mark.parametrize("block", ["data_generation", "windowing", "train", "derive", "evaluate", "report",
                                   "train.grid", "train.model", "train.search_space", "train.training",
                                   "data_generation.series", "data_generation.series.narma5"])
@settings(max_examples=15, deadline=None)
@given(value=st.none() | st.integers() | st.text(max_size=4) | st.lists(st.integers(), max_size=2))
def test_a_block_that_is_not_a_mapping_is_named(block: str, value: Any) -> None:
    error = _rejected(_with(block.split("."), value))
    assert error.key.startswith(block) and repr(error.value) in str(error)

