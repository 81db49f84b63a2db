"""Property tests (hypothesis): every malformed parameter is rejected before any work (SPEC §8).

Starting from the valid ``conf/base`` parameters, one setting at a time is replaced by a wrong
type, an out-of-range number, an unknown choice, or an unknown key is added to a block. The
validation the run hook performs must raise ``ParameterError`` naming the key, the bad value
and what is allowed, and nothing else (no ``TypeError``, ``OverflowError``, ...).
"""

from __future__ import annotations

import copy
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diffqas_qlstm.circuits.space import _registry
from diffqas_qlstm.hooks import validate_run_parameters
from diffqas_qlstm.model import MODEL_NAMES
from diffqas_qlstm.project_config import load_parameters
from diffqas_qlstm.series.kinds import ODE_METHODS, STATSMODELS_DATASETS
from diffqas_qlstm.series.parameters import BENCHMARK_DATASETS
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


def bad_number(minimum: float | None = None, maximum: float | None = None, exclusive: bool = False):
    """Not a finite number (booleans, NaN, ±inf, ints beyond float range), or out of range."""
    options = [ODD, st.booleans(), NON_FINITE, HUGE_INT]
    if minimum is not None:
        options.append(st.floats(max_value=minimum, exclude_max=not exclusive, allow_nan=False, allow_infinity=False))
    if maximum is not None:
        options.append(st.floats(min_value=maximum, exclude_min=not exclusive, allow_nan=False, allow_infinity=False))
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


# ---- where -----------------------------------------------------------------------------------

NUMBER, POSITIVE, NON_NEGATIVE = bad_number(), bad_number(0, exclusive=True), bad_number(0)
ROTATIONS = tuple(sorted(_registry("encoding")))

SPECS: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    "data_generation.series": {
        "bessel.order": NUMBER, "bessel.x_start": NUMBER, "bessel.n_points": bad_int(2),
        "bessel.x_stop": NUMBER | st.floats(max_value=2.0, allow_nan=False, allow_infinity=False),
        "bessel.kind": bad_choice(("bessel", "damped_shm", "delayed_quantum_control", "narma", "csv", "statsmodels")),
        "damped_shm.b": NON_NEGATIVE, "damped_shm.g": NUMBER, "damped_shm.l": POSITIVE, "damped_shm.m": POSITIVE,
        "damped_shm.theta0": NUMBER, "damped_shm.omega0": NUMBER, "damped_shm.t_start": NUMBER,
        "damped_shm.t_stop": NUMBER | st.floats(max_value=0.0, allow_nan=False, allow_infinity=False),
        "damped_shm.n_points": bad_int(2), "damped_shm.rtol": POSITIVE, "damped_shm.atol": POSITIVE,
        "damped_shm.method": bad_choice(ODE_METHODS),
        "delayed_quantum_control.x_start": NUMBER, "delayed_quantum_control.x_step": POSITIVE,
        "delayed_quantum_control.x_stop": NUMBER | st.floats(max_value=-2.0, allow_nan=False, allow_infinity=False),
        "delayed_quantum_control.n_pulses": bad_int(1), "delayed_quantum_control.spacing": NUMBER,
        "delayed_quantum_control.sharpness": NON_NEGATIVE, "delayed_quantum_control.decay": POSITIVE,
        "narma5.T": bad_int(2), "narma5.y0": NUMBER, "narma5.amplitude": NUMBER, "narma5.offset": NUMBER,
        "narma5.alpha": NUMBER, "narma5.beta": NUMBER, "narma5.gamma": NUMBER, "narma5.delta": NUMBER,
        "narma5.frequencies": bad_list((2.11, 3.73), NUMBER),
        "narma5.n0": bad_int(1), "narma10.n0": bad_int(1),
        "sunspots.dataset": bad_choice(STATSMODELS_DATASETS), "nile.column": bad_text() | st.none(),
    },
    "windowing": {
        "window": bad_int(1),
        "train_fraction": bad_number(0, 1, exclusive=True),
        "scaler_fit": bad_choice(("series", "train")),
    },
    "train.grid": {
        "datasets": grid_list(BENCHMARK_DATASETS, bad_choice(BENCHMARK_DATASETS)) | repeated(BENCHMARK_DATASETS),
        "models": grid_list(MODEL_NAMES, bad_choice(MODEL_NAMES)) | repeated(MODEL_NAMES),
        "seeds": grid_list((0, 1, 2), bad_int(0, 2**31 - 1)) | repeated((0, 1, 2)),
    },
    "train.model": {
        "hidden_size": bad_int(1, 15), "input_size": bad_int(1, 1), "depth": bad_int(1, 100),
        "arch_weights": bad_choice(("linear", "softmax")),
        "encoding_transform": bad_choice(("identity", "arctan")),
        "backend": bad_choice(("tfq", "statevector", "fused")),
        "tfq_differentiator": bad_choice(("adjoint", "parameter_shift")),
        "init_scale": NON_NEGATIVE,
    },
    "train.search_space": {
        "hadamard": bad_list((True, False), bad_bool()) | repeated((True, False)),
        "encoding": bad_list(ROTATIONS, bad_choice(ROTATIONS)) | repeated(ROTATIONS),
        "entangler": bad_list(("brick", "ring"), bad_choice(("brick", "ring"))) | repeated(("brick", "ring")),
        "variational": bad_list(ROTATIONS, bad_choice(ROTATIONS)) | repeated(ROTATIONS),
    },
    "train.training": {
        "epochs": bad_int(0), "batch_size": bad_int(1), "eval_batch_size": bad_int(1),
        "learning_rate": POSITIVE, "rho": bad_number(0, 1, exclusive=True), "epsilon": POSITIVE,
        "resume": bad_bool(), "progress_bar": bad_bool(),
    },
    "train": {"checkpoint_dir": bad_text() | st.none()},
    "derive": {
        "retrain_epochs": bad_int(0),
        "qasm_input": st.one_of(
            st.text(max_size=8).filter(lambda t: t not in ("first_test_last_step", "first_test_first_step")),
            st.integers(), st.none(), st.just([]), st.lists(NUMBER, min_size=1, max_size=3),
        ),
    },
    "evaluate": {"batch_size": bad_int(1)},
    "robustness": {
        "gatesets": bad_list(("cz", "sqrt_iswap"), bad_choice(("cz", "sqrt_iswap"))) | repeated(("cz", "sqrt_iswap")),
        "shots": bad_list((100, 1000), bad_int(1, 10**9)) | repeated((100, 1000)),
        "depolarizing": bad_list((0.001, 0.01), st.one_of(
            st.floats(min_value=1.0, allow_nan=False), st.floats(max_value=-1e-9, allow_nan=False), st.text(max_size=3),
            st.none())) | repeated((0.001, 0.01)),
        "draws": bad_int(1, 1000),
    },
    "report": {
        "digits": bad_int(1, 10),
        "statistical_test": bad_choice(("ttest_rel", "wilcoxon")),
        "labelled_candidates": bad_int(0),
    },
}
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


def _bad_setting(block: str) -> st.SearchStrategy[tuple[str, Any]]:
    keys = SPECS[block]
    return st.sampled_from(sorted(keys)).flatmap(lambda key: st.tuples(st.just(key), keys[key]))


@pytest.mark.parametrize("block", list(SPECS))
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

