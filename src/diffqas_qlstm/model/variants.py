"""The model variants of SPEC §4.4, built by name from parameters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from diffqas_qlstm.circuits import BASELINES, Candidate, SearchSpace
from diffqas_qlstm.model.classical import ClassicalLSTM, NaivePredictor
from diffqas_qlstm.model.qlstm import QuantumLSTM
from diffqas_qlstm.simulate import BACKENDS, TFQ_DIFFERENTIATORS
from diffqas_qlstm.simulate.compile import MAX_QUBITS as STATEVECTOR_MAX_QUBITS
from diffqas_qlstm.validation import (
    ParameterError,
    require_choice,
    require_int,
    require_mapping,
    require_number,
)

# name -> (theta_mode, trainable_theta, arch_weights); arch_weights None follows train.model.arch_weights.
# ``diffqas_nonshared_softmax`` is the ablation the paper leaves open (it does not say whether its
# architecture weights are normalised): the non-shared ensemble with softmax weights whatever
# train.model.arch_weights says, so a grid holds both forms as separate rows.
DIFFQAS_VARIANTS = {
    "diffqas_nonshared": ("nonshared", True, None),
    "diffqas_shared": ("shared", True, None),
    "diffqas_reservoir_nonshared": ("nonshared", False, None),
    "diffqas_reservoir_shared": ("shared", False, None),
    "diffqas_nonshared_softmax": ("nonshared", True, "softmax"),
}
BASELINE_NAMES = tuple(sorted(BASELINES))
NAIVE_NAMES = ("persistence", "constant")
MODEL_NAMES = (*DIFFQAS_VARIANTS, *BASELINE_NAMES, "classical_lstm", *NAIVE_NAMES)
QUANTUM_NAMES = (*DIFFQAS_VARIANTS, *BASELINE_NAMES)


def validate_model_parameters(params: Any, key: str = "train.model") -> dict[str, Any]:
    """Check ``train.model`` and return it with defaults filled in.

    Example:
        >>> validate_model_parameters({"hidden_size": 5, "depth": 2})["arch_weights"]
        'linear'
    """
    params = dict(require_mapping(params, key))
    known = {
        "hidden_size", "input_size", "depth", "arch_weights", "encoding_transform", "backend", "tfq_differentiator",
        "init_scale", "arch_init", "arch_lr_scale",
    }
    for name in params:
        if name not in known:
            raise ParameterError(f"{key}.{name}", params[name], "one of the keys " + ", ".join(sorted(known)))
    out = {
        "hidden_size": require_int(params.get("hidden_size", 5), f"{key}.hidden_size", 1, 20),
        "input_size": require_int(params.get("input_size", 1), f"{key}.input_size", 1, 1),
        "depth": require_int(params.get("depth", 5), f"{key}.depth", 1, 100),
        "arch_weights": require_choice(params.get("arch_weights", "linear"), f"{key}.arch_weights", ("linear", "softmax")),
        "encoding_transform": require_choice(
            params.get("encoding_transform", "identity"), f"{key}.encoding_transform", ("identity", "arctan")
        ),
        "backend": require_choice(params.get("backend", "tfq"), f"{key}.backend", BACKENDS),
        "tfq_differentiator": require_choice(
            params.get("tfq_differentiator", "adjoint"), f"{key}.tfq_differentiator", TFQ_DIFFERENTIATORS
        ),
        "init_scale": require_number(params.get("init_scale", 0.01), f"{key}.init_scale", 0.0),
        "arch_init": (
            None if params.get("arch_init") is None
            else require_number(params["arch_init"], f"{key}.arch_init", -1e3, 1e3)
        ),
        "arch_lr_scale": require_number(params.get("arch_lr_scale", 1.0), f"{key}.arch_lr_scale", 1e-6, 1e6),
    }
    if out["backend"] != "tfq" and out["tfq_differentiator"] != "adjoint":
        raise ParameterError(
            f"{key}.tfq_differentiator", out["tfq_differentiator"], "'adjoint' unless backend is 'tfq' (it picks TFQ's gradients)"
        )
    n_qubits = out["input_size"] + out["hidden_size"]
    if out["backend"] == "statevector" and n_qubits > STATEVECTOR_MAX_QUBITS:
        raise ParameterError(
            f"{key}.hidden_size",
            out["hidden_size"],
            f"at most {STATEVECTOR_MAX_QUBITS - out['input_size']} with backend statevector "
            f"(dense simulation of <= {STATEVECTOR_MAX_QUBITS} qubits); use backend tfq for more",
        )
    if n_qubits > 16:
        raise ParameterError(f"{key}.hidden_size", out["hidden_size"], "at most 15 (dense simulation of <= 16 qubits)")
    return out


def arch_weights_of(name: str, model_params: Mapping[str, Any]) -> str:
    """The architecture-weight form (``linear`` or ``softmax``) model ``name`` trains with.

    Example:
        >>> arch_weights_of("diffqas_nonshared", {"arch_weights": "linear"})
        'linear'
        >>> arch_weights_of("diffqas_nonshared_softmax", {"arch_weights": "linear"})
        'softmax'
    """
    own = DIFFQAS_VARIANTS.get(name, (None, None, None))[2]
    return own or validate_model_parameters(model_params)["arch_weights"]


def build_model(
    name: str,
    model_params: Mapping[str, Any],
    search_space: SearchSpace | None = None,
    seed: int = 0,
    *,
    architecture: Sequence[Candidate] | None = None,
):
    """Build variant ``name`` (one of :data:`MODEL_NAMES`): the one way train, derive and evaluate
    make a model.

    With ``architecture`` (one candidate per gate: forget, input, update, output) it is the
    derived single-circuit model of DiffQAS variant ``name`` (θ frozen for reservoir variants);
    else the ensemble over ``search_space``, a hand-designed baseline or a classical reference.

    Example:
        >>> space = SearchSpace.from_parameters({"hadamard": [True], "encoding": ["ry"],
        ...     "entangler": ["brick"], "variational": ["ry", "rz"]})
        >>> m = build_model("diffqas_shared", {"hidden_size": 2, "depth": 1}, space, seed=0)
        >>> m.theta.shape, m.arch.shape
        (TensorShape([4, 1, 3]), TensorShape([4, 2]))
        >>> d = build_model("diffqas_nonshared", {"hidden_size": 2, "depth": 1},
        ...                 architecture=[BASELINES["baseline_1"]] * 4)
        >>> d.theta.shape.as_list(), d.arch is None
        ([4, 1, 1, 3], True)
    """
    require_choice(name, "train.grid.models", MODEL_NAMES)
    p = validate_model_parameters(model_params)
    quantum = dict(
        hidden_size=p["hidden_size"],
        input_size=p["input_size"],
        depth=p["depth"],
        backend=p["backend"],
        tfq_differentiator=p["tfq_differentiator"],
        encoding_transform=p["encoding_transform"],
        init_scale=p["init_scale"],
        seed=seed,
    )
    if architecture is not None:
        if name not in DIFFQAS_VARIANTS:
            raise ValueError(f"Only DiffQAS variants have a derived model, not {name!r}")
        if len(architecture) != 4:
            raise ValueError(f"A derived architecture has one candidate per gate (4), got {len(architecture)}")
        _, trainable, _ = DIFFQAS_VARIANTS[name]
        return QuantumLSTM(
            [[candidate] for candidate in architecture],
            theta_mode="nonshared",
            trainable_theta=trainable,
            arch_mode="fixed",
            **quantum,
        )
    if name in DIFFQAS_VARIANTS:
        if search_space is None:
            raise ValueError(f"{name!r} is an ensemble over a search space: give search_space")
        theta_mode, trainable, _ = DIFFQAS_VARIANTS[name]
        return QuantumLSTM(
            search_space.candidates(),
            theta_mode=theta_mode,
            trainable_theta=trainable,
            arch_mode=arch_weights_of(name, p),
            arch_init=p["arch_init"],
            arch_lr_scale=p["arch_lr_scale"],
            **quantum,
        )
    if name in BASELINES:
        return QuantumLSTM([BASELINES[name]], arch_mode="fixed", **quantum)
    if name == "classical_lstm":
        return ClassicalLSTM(hidden_size=p["hidden_size"], input_size=p["input_size"], seed=seed)
    return NaivePredictor(name)
