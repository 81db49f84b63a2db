"""Every parameter block of ``conf/*/parameters_*.yml``, typed, with its ranges and defaults.

Nodes turn ``params:<block>`` into these objects once (``config.typed("windowing", raw)``
or :class:`~diffqas_qlstm.config.ProjectConfig` for all of them); library code takes only the
objects. The run hook parses every block before the first node, so a bad value stops the run
with nothing written.

Example:
    >>> TrainConfig.parse({"grid": {"datasets": ["bessel"], "models": ["constant"], "seeds": [0]}},
    ...                   "train").model.hidden_size
    5
    >>> ModelConfig(backend="fused", depth=2).depth
    2
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BeforeValidator, Field, field_validator

from diffqas_qlstm.circuits.space import SearchSpace
from diffqas_qlstm.config.names import MODEL_NAMES_ALLOWED, RunSpec, is_model_name
from diffqas_qlstm.config.runtime import DaskConfig, RuntimeConfig, ThreadsConfig
from diffqas_qlstm.schema import Allowed, Block
from diffqas_qlstm.validation import ParameterError

Backend = Literal["tfq", "statevector", "fused"]
TfqDifferentiator = Literal["adjoint", "parameter_shift"]
StatisticalTest = Literal["ttest_rel", "wilcoxon"]
Gateset = Literal["cz", "sqrt_iswap"]
Precision = Literal["single", "double"]
QasmSource = Literal["first_test_last_step", "first_test_first_step"]
DeriveMethod = Literal["validated", "magnitude", "contribution"]
LearningRateSchedule = Literal["constant", "cosine"]
FreshStart = Literal["never", "shortlist", "final"]


def _model_name(value: str) -> str:
    if not is_model_name(value):
        raise ValueError(f"not a model name: {value!r}")
    return value


ModelName = Annotated[str, AfterValidator(_model_name), Allowed(MODEL_NAMES_ALLOWED)]
SeriesName = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_]*$")]

MAX_QUBITS = 16
"""Dense simulation of at most 16 qubits (every backend)."""
STATEVECTOR_MAX_QUBITS = 12
"""The statevector backend's own limit (``simulate.compile.MAX_QUBITS`` checks it is the same)."""

def check_backend_settings(backend: str, tfq_differentiator: str, precision: str, key: str = "train.model") -> None:
    """The one rule tying the backend to its other settings: ``tfq_differentiator`` picks TFQ's
    gradients (only ``adjoint`` elsewhere), ``precision`` ``double`` exists on ``statevector`` only.

    Example:
        >>> check_backend_settings("fused", "parameter_shift", "single")  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ...
        diffqas_qlstm.validation.ParameterError: Invalid parameter 'train.model.tfq_differentiator' = 'parameter_shift': ...
    """
    if precision != "single" and backend != "statevector":
        raise ParameterError(f"{key}.precision", precision,
                             f"'single' unless {key}.backend is 'statevector' (it simulates in complex128)")
    if backend != "tfq" and tfq_differentiator != "adjoint":
        raise ParameterError(f"{key}.tfq_differentiator", tfq_differentiator,
                             f"'adjoint' unless {key}.backend is 'tfq' (it picks TFQ's gradients)")


# ---------------------------------------------------------------------------------- windowing


class WindowingConfig(Block):
    """``windowing``: input length L, train fraction and what the min–max scaler is fitted on."""

    window: int = Field(ge=1)
    train_fraction: float = Field(gt=0, lt=1)
    scaler_fit: Literal["series", "train"]


# ---------------------------------------------------------------------------------- train


class ModelConfig(Block):
    """``train.model``: the QLSTM cell and the simulator it runs on."""

    hidden_size: int = Field(5, ge=1, le=20)
    input_size: int = Field(1, ge=1, le=1)
    depth: int = Field(5, ge=1, le=100)
    arch_weights: Literal["linear", "softmax"] = "linear"
    encoding_transform: Literal["identity", "arctan"] = "identity"
    backend: Backend = "tfq"
    tfq_differentiator: TfqDifferentiator = "adjoint"
    init_scale: float = Field(0.01, ge=0)
    arch_init: float | None = Field(None, ge=-1e3, le=1e3)
    arch_lr_scale: float = Field(1.0, ge=1e-6, le=1e6)
    gdas_tau_max: float = Field(10.0, gt=0, le=1e3)
    gdas_tau_min: float = Field(0.1, gt=0, le=1e3)
    reinforce_baseline: Literal["leave_one_out", "greedy"] = "leave_one_out"
    precision: Precision = "single"
    init_perturbation: float = Field(0.0, ge=0, le=1.0)

    @property
    def n_qubits(self) -> int:
        return self.input_size + self.hidden_size

    def check(self, key: str) -> None:
        if self.gdas_tau_min > self.gdas_tau_max:
            raise ParameterError(f"{key}.gdas_tau_min", self.gdas_tau_min,
                                 f"a number <= gdas_tau_max ({self.gdas_tau_max!r})")
        check_backend_settings(self.backend, self.tfq_differentiator, self.precision, key)
        if self.backend == "statevector" and self.n_qubits > STATEVECTOR_MAX_QUBITS:
            raise ParameterError(
                f"{key}.hidden_size", self.hidden_size,
                f"at most {STATEVECTOR_MAX_QUBITS - self.input_size} with backend statevector "
                f"(dense simulation of <= {STATEVECTOR_MAX_QUBITS} qubits); use backend tfq for more",
            )
        if self.n_qubits > MAX_QUBITS:
            raise ParameterError(f"{key}.hidden_size", self.hidden_size,
                                 f"at most {MAX_QUBITS - self.input_size} (dense simulation of <= {MAX_QUBITS} qubits)")


class TrainingConfig(Block):
    """``train.training``: the loop of SPEC §5 (RMSprop, batches in order). ``lr_schedule``:
    ``constant`` (the paper's) or ``cosine`` (``learning_rate`` annealed to 0 over the ``epochs``'
    steps, as in DARTS' re-training)."""

    epochs: int = Field(100, ge=0)
    batch_size: int = Field(10, ge=1)
    learning_rate: float = Field(0.01, gt=0)
    lr_schedule: LearningRateSchedule = "constant"
    rho: float = Field(0.99, gt=0, lt=1)
    epsilon: float = Field(1e-8, gt=0)
    eval_batch_size: int = Field(512, ge=1)
    resume: bool = True
    progress_bar: bool = True


def _as_list(value: Any, numbers: bool = False) -> Any:
    """A command-line value as a list: ``narma5`` → ``[narma5]``, ``"0;1"`` → ``[0, 1]``
    (Kedro splits ``--params`` on commas, so several values are joined by ``;`` there)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return [value]
    if isinstance(value, str):
        parts = [part.strip() for part in value.split(";")]
        return [int(p) if numbers and p.lstrip("-").isdigit() else p for p in parts]
    return value


_GRID_LIST = "a non-empty list (from the command line: one value, or several joined by ';')"


class GridPart(Block):
    """Every (dataset, model, seed) of three lists: the main grid, or one of its ``extra`` parts."""

    UNIQUE: ClassVar[tuple[str, ...]] = ("datasets", "models", "seeds")

    datasets: Annotated[list[SeriesName], BeforeValidator(_as_list)] = Field(
        min_length=1, json_schema_extra={"allowed": _GRID_LIST + " of series names in data_generation.series"})
    models: Annotated[list[ModelName], BeforeValidator(_as_list)] = Field(
        min_length=1, json_schema_extra={"allowed": _GRID_LIST + " of model names"})
    seeds: Annotated[list[Annotated[int, Field(ge=0, le=2**31 - 1)]], BeforeValidator(lambda v: _as_list(v, True))] = (
        Field(min_length=1, json_schema_extra={"allowed": _GRID_LIST + " of integers in [0, 2147483647]"}))

    def product(self) -> list[RunSpec]:
        return [RunSpec(d, m, s) for d in self.datasets for m in self.models for s in self.seeds]


class GridConfig(GridPart):
    """``train.grid``: the runs, every (dataset, model, seed) of the three lists, and then those of
    each ``extra`` part (e.g. more seeds for the rows that carry the claims); a run in two parts is
    one run."""

    extra: list[GridPart] = Field(default_factory=list, json_schema_extra={
        "allowed": "a list of mappings with datasets, models and seeds (more runs beside the grid's product)"})

    @property
    def runs(self) -> list[RunSpec]:
        """Datasets × models × seeds, in that order, then each extra part's new runs.

        Example:
            >>> [r.name for r in GridConfig.parse({"datasets": "narma5", "models": "constant;persistence",
            ...                                    "seeds": 1}, "train.grid").runs]
            ['narma5.constant.seed_1', 'narma5.persistence.seed_1']
            >>> grid = GridConfig.parse({"datasets": "nile", "models": "constant", "seeds": 0,
            ...     "extra": [{"datasets": "nile", "models": "constant;persistence", "seeds": "0;1"}]}, "train.grid")
            >>> [r.name for r in grid.runs]
            ['nile.constant.seed_0', 'nile.constant.seed_1', 'nile.persistence.seed_0', 'nile.persistence.seed_1']
        """
        return list(dict.fromkeys(run for part in (self, *self.extra) for run in part.product()))

    @property
    def run_datasets(self) -> list[str]:
        """The datasets of all the runs, in order of first use."""
        return list(dict.fromkeys(run.dataset for run in self.runs))


def _search_space(value: Any) -> Any:
    return value if isinstance(value, SearchSpace) else SearchSpace.from_parameters(value, "train.search_space")


class TrainConfig(Block):
    """``train``: the grid, the model, the search space, the loop and where checkpoints go."""

    model_config = Block.model_config | {"arbitrary_types_allowed": True}

    grid: GridConfig
    model: ModelConfig = ModelConfig()
    search_space: Annotated[SearchSpace, BeforeValidator(_search_space)] = SearchSpace.default()
    training: TrainingConfig = TrainingConfig()
    checkpoint_dir: str = Field("data/06_models/checkpoints", json_schema_extra={"allowed": "a folder path (a non-empty string)"})

    @field_validator("checkpoint_dir")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("blank")
        return value

    def to_parameters(self) -> dict[str, Any]:
        out = self.model_dump(mode="json", exclude={"search_space"})
        out["search_space"] = self.search_space.to_parameters()
        return {k: out[k] for k in type(self).model_fields}


# ---------------------------------------------------------------------------------- derive, evaluate, report


class DeriveConfig(Block):
    """``derive``: how the single circuits are chosen (SPEC §6), epochs of "derive and retrain", and
    the input the OpenQASM programs are written for (a named test window step, or an explicit list
    of n_qubits numbers v: features, then hidden state).

    ``method``: ``validated`` (default: candidates that kill their gate excluded, a shortlist of
    architectures re-trained for ``shortlist_epochs`` on the first part of the training windows and
    the best on the last ``validation_fraction`` of them kept), ``magnitude`` (the paper's |a|) or
    ``contribution`` (the spread of a·f over the training windows). ``trainable_siblings`` (opt-in):
    the validated shortlist also holds each architecture with the candidates re-training cannot move
    (θ-independent, flat at θ = 0) replaced by a sibling that trains, started at θ = 0
    (:func:`diffqas_qlstm.derive.choose.lift_untrainable`); measured on the paper grid
    (``make rederive-band``) it changed few choices and did not lower the derived test MSE
    (docs/RESULTS.md, "Re-derivations"), so the default keeps the shortlist without it.
    ``swap_rounds`` (opt-in, 0): greedy rounds of one-gate swaps around the shortlist's best
    (:func:`diffqas_qlstm.derive.choose.gate_swaps`), each validated like the shortlist; measured on
    93 grid ensembles (``make rederive-swaps``) it moved the derived test MSE both ways, no lower
    on balance, so the default runs none. ``fresh_start``: whether the derived model may start from
    the model's own initialisation (θ and head from the run's seed, as a hand-designed baseline
    starts) instead of the ensemble's θ and head (the SPEC's start): ``final`` (default: the
    shortlist's winner is re-trained from both starts for ``retrain_epochs`` on the first part of
    the training windows, and the start that validates better is kept; nothing to check with
    ``retrain_epochs: 0``), ``shortlist`` (each shortlisted architecture is also validated started
    fresh, for ``shortlist_epochs``) or ``never``; a sampled search's argmax is validated against
    itself started fresh alike. Measured on the paper grid (``make rederive-fresh``), ``final``
    lowered the derived test MSE on balance and ``shortlist`` hardly changed a choice
    (docs/RESULTS.md, "Re-derivations"). ``retrain_lr_schedule``: the learning-rate schedule of the
    derivation's re-trainings (the shortlist's and the final one); None: ``train.training.lr_schedule``.
    ``policy_samples`` (sampled searches only): architectures drawn from the search's learned policy
    (one candidate per gate from softmax(α), killing candidates excluded, drawn with the run's seed)
    that are validated beside the argmax like a shortlist, as ENAS picks among its controller's
    samples; repeats are dropped, the winner then checked from both starts. ``keep_validated``
    (needs ``fresh_start: final`` and ``retrain_epochs`` > 0): the derived model is the final
    check's winner as it was re-trained there (on the first part of the training windows) whenever
    the re-training on every training window ends with a higher MSE on the validation part, which
    that re-training saw and the winner did not: a final re-training that lands in a worse mode
    (training is chaotic) is not handed back. ``fresh_restarts`` (needs ``fresh_start: final`` and
    ``retrain_epochs`` > 0): the final check also re-trains the winner from that many more
    initialisations of its own (seeds drawn from the run's seed and the restart's number), and the
    start that validates best is kept — restarts of the one chaotic re-training, chosen on the
    validation part. ``fresh_gain`` (needs ``fresh_start`` other than ``never``): a fresh start of
    an architecture kept with trainable gains keeps them too, started at 1 (where the paper's
    dropped weight starts), so that both starts re-train the same model; off, a fresh start drops
    the gains. The test windows never decide."""

    method: DeriveMethod = "validated"
    trainable_siblings: bool = False
    swap_rounds: int = Field(0, ge=0)
    fresh_start: FreshStart = "final"
    retrain_epochs: int = Field(0, ge=0)
    retrain_lr_schedule: LearningRateSchedule | None = None
    shortlist_epochs: int = Field(20, ge=1)
    policy_samples: int = Field(0, ge=0)
    keep_validated: bool = False
    fresh_restarts: int = Field(0, ge=0)
    fresh_gain: bool = False
    validation_fraction: float = Field(0.2, gt=0, le=0.5)
    qasm_input: QasmSource | list[float] = Field(
        "first_test_last_step", json_schema_extra={
            "allowed": "one of first_test_last_step, first_test_first_step or a list of n_qubits numbers"})

    @field_validator("qasm_input")
    @classmethod
    def _non_empty(cls, value: Any) -> Any:
        if isinstance(value, list) and not value:
            raise ValueError("empty")
        return value

    @property
    def final_check(self) -> bool:
        """Whether the winner is re-trained from both starts (``fresh_start: final`` with
        ``retrain_epochs`` > 0; with 0 the derived model keeps the ensemble's θ untrained)."""
        return self.fresh_start == "final" and self.retrain_epochs > 0

    def check(self, key: str) -> None:
        final_check = self.final_check
        got = f"got fresh_start {self.fresh_start!r}, retrain_epochs {self.retrain_epochs}"
        if self.keep_validated and not final_check:
            raise ParameterError(f"{key}.keep_validated", self.keep_validated,
                                 "false unless fresh_start is final and retrain_epochs > 0 (only the final "
                                 f"check re-trains a model to keep; {got})")
        if self.fresh_restarts and not final_check:
            raise ParameterError(f"{key}.fresh_restarts", self.fresh_restarts,
                                 f"0 unless fresh_start is final and retrain_epochs > 0 (the restarts are "
                                 f"the final check's; {got})")
        if self.fresh_gain and self.fresh_start == "never":
            raise ParameterError(f"{key}.fresh_gain", self.fresh_gain,
                                 "false unless fresh_start is final or shortlist (nothing starts fresh with "
                                 "fresh_start never)")


class EvaluateConfig(Block):
    """``evaluate``: windows per model call when predicting (memory only, results unchanged)."""

    batch_size: int = Field(512, ge=1)


class ReportConfig(Block):
    """``report``: digits of the table's numbers, the paired test over seeds, candidates named per panel."""

    digits: int = Field(2, ge=1, le=10)
    statistical_test: StatisticalTest = "ttest_rel"
    labelled_candidates: int = Field(3, ge=0)


class RobustnessConfig(Block):
    """``robustness``: native gate sets, shot counts, depolarizing strengths, draws per shot count,
    and at most how many test windows (evenly spaced; null: all) the noisy test MSE is taken over."""

    UNIQUE: ClassVar[tuple[str, ...]] = ("gatesets", "shots", "depolarizing")

    gatesets: list[Gateset] = Field(min_length=1)
    shots: list[Annotated[int, Field(ge=1, le=10**9)]] = Field(min_length=1)
    depolarizing: list[Annotated[float, Field(ge=0, lt=1)]] = Field(min_length=1)
    draws: int = Field(ge=1, le=1000)
    test_windows: int | None = Field(None, ge=1)


BLOCKS: dict[str, type[Block]] = {
    "windowing": WindowingConfig,
    "train": TrainConfig,
    "train.model": ModelConfig,
    "train.training": TrainingConfig,
    "train.grid": GridConfig,
    "derive": DeriveConfig,
    "evaluate": EvaluateConfig,
    "report": ReportConfig,
    "robustness": RobustnessConfig,
    "runtime": RuntimeConfig,
    "runtime.tf_threads": ThreadsConfig,
    "runtime.dask": DaskConfig,
}
"""Each block by its key in the parameters (nested ones too): the schema the property tests draw from."""
