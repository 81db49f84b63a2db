"""The names a grid is made of: model variants (one registry) and the run identity.

Example:
    >>> RunSpec("damped_shm", "baseline_1", 0).name
    'damped_shm.baseline_1.seed_0'
    >>> "diffqas_nonshared_softmax" in MODEL_NAMES
    True
    >>> is_model_name("uniform_noH-Rx-ring-Ry"), uniform_candidate("uniform_noH-Rx-ring-Ry").entangler
    (True, 'ring')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diffqas_qlstm.circuits.space import BASELINES, Candidate

DIFFQAS_VARIANTS: dict[str, tuple[str, bool, str | None]] = {
    "diffqas_nonshared": ("nonshared", True, None),
    "diffqas_shared": ("shared", True, None),
    "diffqas_reservoir_nonshared": ("nonshared", False, None),
    "diffqas_reservoir_shared": ("shared", False, None),
    "diffqas_nonshared_softmax": ("nonshared", True, "softmax"),
    "diffqas_gdas": ("nonshared", True, "gdas"),
    "diffqas_reinforce": ("nonshared", True, "reinforce"),
}
"""name → (theta_mode, trainable θ, architecture-weight form; None follows ``train.model.arch_weights``).

``diffqas_nonshared_softmax`` is the ablation the paper leaves open (it does not say whether its
architecture weights are normalised): the non-shared ensemble with softmax weights whatever
``train.model.arch_weights`` says, so a grid holds both forms as separate rows. ``diffqas_gdas`` is
the search with no derivation gap (``model.gdas``): one candidate per gate sampled per batch by
Gumbel-softmax, logits α with a = softmax(α). ``diffqas_reinforce`` is the same sampled search with
one architecture drawn per window and its logits learnt from the loss by the score function (the
straight-through weight of GDAS tells whether a bigger output would help, not which circuit is better)."""
SAMPLED_FORMS: dict[str, str] = {"gdas": "straight_through", "reinforce": "reinforce"}
"""The architecture-weight forms of a sampled search (a single circuit per gate per draw, no ensemble):
form → how its logits learn (``GumbelQuantumLSTM``'s ``estimator``). Their derived architecture is the
argmax of the logits."""
BASELINE_NAMES = tuple(sorted(BASELINES))
NAIVE_NAMES = ("persistence", "constant")
MODEL_NAMES = (*DIFFQAS_VARIANTS, *BASELINE_NAMES, "classical_lstm", *NAIVE_NAMES)
QUANTUM_NAMES = (*DIFFQAS_VARIANTS, *BASELINE_NAMES)
GATE_NAMES = ("forget", "input", "update", "output")
"""The four gates of the QLSTM cell (SPEC §4.1), in the order every per-gate array uses."""


def model_kind(name: str) -> str:
    """``diffqas``, ``baseline``, ``uniform``, ``classical`` or ``naive`` for a model name (or a
    table label such as ``diffqas_nonshared (derived)``: what follows the name is ignored), from the
    registries above; ``unknown`` for anything else.

    Example:
        >>> [model_kind(n) for n in ("diffqas_gdas (derived)", "baseline_4", "uniform_H-Rx-ring-Rz", "persistence")]
        ['diffqas', 'baseline', 'uniform', 'naive']
    """
    base = name.split(" ", 1)[0]
    if base in DIFFQAS_VARIANTS:
        return "diffqas"
    if base in BASELINE_NAMES:
        return "baseline"
    if base in NAIVE_NAMES:
        return "naive"
    if base == "classical_lstm":
        return "classical"
    return "uniform" if uniform_candidate(base) is not None else "unknown"

UNIFORM_PREFIX = "uniform_"
"""``uniform_<candidate>`` (e.g. ``uniform_H-Ry-brick-Rz``): one candidate of the search space for all
four gates, trained like a hand-designed baseline (the six baselines are six of them). The 36 of
the default space are the ground truth a DiffQAS pick is placed among (issue 22)."""


def uniform_name(candidate: Candidate) -> str:
    """The model name of the uniform single-circuit QLSTM of ``candidate``.

    Example:
        >>> uniform_name(BASELINES["baseline_1"])
        'uniform_H-Ry-brick-Ry'
    """
    return UNIFORM_PREFIX + candidate.name


def uniform_candidate(name: str) -> Candidate | None:
    """The candidate of model ``uniform_<candidate>``; None for any other model name (or a name whose
    candidate part is not a registered rotation/entangler combination)."""
    if not name.startswith(UNIFORM_PREFIX):
        return None
    try:
        return Candidate.from_name(name.removeprefix(UNIFORM_PREFIX))
    except ValueError:
        return None


def is_model_name(name: str) -> bool:
    """One of :data:`MODEL_NAMES` or a ``uniform_<candidate>``."""
    return name in MODEL_NAMES or uniform_candidate(name) is not None


MODEL_NAMES_ALLOWED = ("one of " + ", ".join(repr(n) for n in MODEL_NAMES)
                       + " or 'uniform_<candidate>' (e.g. 'uniform_H-Ry-brick-Rz')")
"""What a model name may be, in words (error messages)."""


@dataclass(frozen=True)
class RunSpec:
    """Identifies a run; ``name`` is its Kedro namespace, ``folder`` its data sub-folder."""

    dataset: str
    model: str
    seed: int

    @property
    def name(self) -> str:
        return f"{self.dataset}.{self.model}.seed_{self.seed}"

    @property
    def folder(self) -> str:
        return f"{self.dataset}/{self.model}/seed_{self.seed}"

    @classmethod
    def from_name(cls, name: str | None) -> RunSpec | None:
        """The run whose Kedro namespace is ``name``; None for any other name.

        Example:
            >>> RunSpec.from_name("bessel.baseline_1.seed_2"), RunSpec.from_name("bessel.baseline_1")
            (RunSpec(dataset='bessel', model='baseline_1', seed=2), None)
        """
        match = re.fullmatch(r"([^.]+)\.([^.]+)\.seed_(\d+)", name or "")
        return cls(match[1], match[2], int(match[3])) if match else None
