"""The model variants of SPEC §4.4, built by name from the typed ``train.model`` config."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from diffqas_qlstm.circuits import BASELINES, Candidate, SearchSpace
from diffqas_qlstm.config import (
    BASELINE_NAMES,
    DIFFQAS_VARIANTS,
    MODEL_NAMES,
    MODEL_NAMES_ALLOWED,
    NAIVE_NAMES,
    QUANTUM_NAMES,
    SAMPLED_FORMS,
    ModelConfig,
    ParameterError,
    is_model_name,
    uniform_candidate,
)
from diffqas_qlstm.model.audit import audit_search_space, kills_gate
from diffqas_qlstm.model.classical import ClassicalLSTM, NaivePredictor
from diffqas_qlstm.model.gdas import GumbelQuantumLSTM
from diffqas_qlstm.model.qlstm import GATE_NAMES, QuantumLSTM

__all__ = ["BASELINE_NAMES", "DIFFQAS_VARIANTS", "MODEL_NAMES", "NAIVE_NAMES", "QUANTUM_NAMES",
           "arch_weights_of", "build_model", "killing_candidates"]


def arch_weights_of(name: str, model: ModelConfig) -> str:
    """The architecture-weight form (``linear``, ``softmax``, or a sampled search's
    :data:`SAMPLED_FORMS`: ``gdas``, ``reinforce``) model ``name`` trains with.

    Example:
        >>> arch_weights_of("diffqas_nonshared", ModelConfig(arch_weights="linear"))
        'linear'
        >>> arch_weights_of("diffqas_nonshared_softmax", ModelConfig(arch_weights="linear"))
        'softmax'
    """
    own = DIFFQAS_VARIANTS.get(name, (None, None, None))[2]
    return own or model.arch_weights


def killing_candidates(candidates: Sequence[Candidate], model: ModelConfig) -> tuple[tuple[bool, ...], ...]:
    """Per gate (:data:`GATE_NAMES` order), whether each candidate kills it (the search-space audit's
    one rule, :func:`~diffqas_qlstm.model.audit.kills_gate`): what the Gumbel search never draws.
    Computed once per process for a (search space, model block): the audit simulates every candidate
    (~5 s at the paper shape), and a run builds its GDAS model more than once (train, derive, predict).

    Example:
        >>> excluded = killing_candidates(SearchSpace.default().candidates(), ModelConfig(depth=2))
        >>> [sum(gate) for gate in excluded]  # forget, input, update, output: only the update gate can die
        [0, 0, 17, 0]
    """
    return _killing_candidates(tuple(candidates), model)


@functools.lru_cache(maxsize=8)
def _killing_candidates(candidates: tuple[Candidate, ...], model: ModelConfig) -> tuple[tuple[bool, ...], ...]:
    audit = audit_search_space(candidates, model)
    kills = {gate: kills_gate(audit, gate) for gate in GATE_NAMES}
    return tuple(tuple(kills[gate][c.name] for c in candidates) for gate in GATE_NAMES)


def build_model(
    name: str,
    model: ModelConfig,
    search_space: SearchSpace | None = None,
    seed: int = 0,
    *,
    architecture: Sequence[Candidate] | None = None,
    gain: bool = False,
):
    """Build variant ``name`` (one of :data:`MODEL_NAMES`): the one way train, derive and evaluate
    make a model.

    With ``architecture`` (one candidate per gate: forget, input, update, output) it is the
    derived single-circuit model of DiffQAS variant ``name`` (θ frozen for reservoir variants),
    each gate's readout scaled by a trainable gain with ``gain`` (the ensemble's chosen weight
    kept, SPEC §6) or by 1 without; else the ensemble over ``search_space``, a hand-designed baseline or a classical reference.

    Example:
        >>> space = SearchSpace.from_parameters({"hadamard": [True], "encoding": ["ry"],
        ...     "entangler": ["brick"], "variational": ["ry", "rz"]})
        >>> m = build_model("diffqas_shared", ModelConfig(hidden_size=2, depth=1), space, seed=0)
        >>> m.theta.shape, m.arch.shape
        (TensorShape([4, 1, 3]), TensorShape([4, 2]))
        >>> d = build_model("diffqas_nonshared", ModelConfig(hidden_size=2, depth=1),
        ...                 architecture=[BASELINES["baseline_1"]] * 4)
        >>> d.theta.shape.as_list(), d.arch is None
        ([4, 1, 1, 3], True)
        >>> build_model("diffqas_nonshared", ModelConfig(hidden_size=2, depth=1),
        ...             architecture=[BASELINES["baseline_1"]] * 4, gain=True).arch.shape
        TensorShape([4, 1])
        >>> build_model("uniform_noH-Rx-ring-Ry", ModelConfig(hidden_size=2, depth=1)).candidates[0].name
        'noH-Rx-ring-Ry'

    """
    if not is_model_name(name):
        raise ParameterError("train.grid.models", name, MODEL_NAMES_ALLOWED)
    p = model

    def cell(cls: type[QuantumLSTM], candidates, **settings) -> QuantumLSTM:
        return cls.from_config(candidates, p, seed=seed, **settings)

    if architecture is not None:
        if name not in DIFFQAS_VARIANTS:
            raise ValueError(f"Only DiffQAS variants have a derived model, not {name!r}")
        if len(architecture) != 4:
            raise ValueError(f"A derived architecture has one candidate per gate (4), got {len(architecture)}")
        _, trainable, _ = DIFFQAS_VARIANTS[name]
        return cell(QuantumLSTM, [[candidate] for candidate in architecture], theta_mode="nonshared",
                    trainable_theta=trainable, arch_mode="linear" if gain else "fixed")
    if name in DIFFQAS_VARIANTS:
        if search_space is None:
            raise ValueError(f"{name!r} is an ensemble over a search space: give search_space")
        theta_mode, trainable, form = DIFFQAS_VARIANTS[name]
        if form in SAMPLED_FORMS:
            candidates = search_space.candidates()
            return cell(GumbelQuantumLSTM, candidates, theta_mode=theta_mode, trainable_theta=trainable,
                        arch_lr_scale=p.arch_lr_scale, tau_max=p.gdas_tau_max, tau_min=p.gdas_tau_min,
                        estimator=SAMPLED_FORMS[form], baseline=p.reinforce_baseline,
                        excluded=killing_candidates(candidates, p))
        return cell(QuantumLSTM, search_space.candidates(), theta_mode=theta_mode, trainable_theta=trainable,
                    arch_mode=arch_weights_of(name, p), arch_init=p.arch_init, arch_lr_scale=p.arch_lr_scale)
    if name in BASELINES:
        return cell(QuantumLSTM, [BASELINES[name]], arch_mode="fixed")
    uniform = uniform_candidate(name)
    if uniform is not None:
        return cell(QuantumLSTM, [uniform], arch_mode="fixed")
    if name == "classical_lstm":
        return ClassicalLSTM(hidden_size=p.hidden_size, input_size=p.input_size, seed=seed)
    return NaivePredictor(name)
