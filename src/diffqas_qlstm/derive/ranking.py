"""Ranking the candidates of each gate (SPEC §6): by weight (the paper) or by contribution.

Two scores per (gate, candidate):

- ``magnitude``: |a_{k,j}| for ``linear`` weights (they may turn negative), a_{k,j} for ``softmax``
  (probabilities) — the paper's rule;
- ``contribution``: the spread of what the candidate adds to its gate, a_{k,j}·f_j(v), over the
  training windows, every step of the ensemble's own recurrence (DARTS-PT's point: a weight does
  not say what its operation contributes; a large |a| on a candidate whose readout barely moves
  adds only a constant). :func:`contributions` computes it.

A candidate that kills its gate (:func:`~diffqas_qlstm.model.audit.kills_gate`) is ranked after
every other one, except by ``magnitude``, which is kept exactly as the paper's rule for
comparison. Ties keep the search-space order.

Example:
    >>> import numpy as np
    >>> params = {"mixing_weights": np.array([[0.1, -0.5], [0.3, 0.2], [0.0, 0.0], [0.2, 0.4]]),
    ...           "candidate_names": np.array([["H-Ry-brick-Ry", "H-Ry-brick-Rz"]] * 4)}
    >>> table = rank_candidates(params, "linear")
    >>> table[table["gate"] == "forget"][["rank", "candidate", "weight"]].to_string(index=False)
    ' rank     candidate  weight\\n    1 H-Ry-brick-Rz    -0.5\\n    2 H-Ry-brick-Ry     0.1'
    >>> [c.name for c in derived_architecture(table)]
    ['H-Ry-brick-Rz', 'H-Ry-brick-Ry', 'H-Ry-brick-Ry', 'H-Ry-brick-Rz']
    >>> spread = np.array([[1.0, 0.1]] * 4)
    >>> by_contribution = rank_candidates(params, "linear", by="contribution", contribution=spread)
    >>> [c.name for c in derived_architecture(by_contribution)][0]
    'H-Ry-brick-Ry'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import numpy as np
import pandas as pd
import tensorflow as tf

from diffqas_qlstm.circuits import SLOTS, Candidate
from diffqas_qlstm.config import SAMPLED_FORMS
from diffqas_qlstm.model import GATE_NAMES, QuantumLSTM
from diffqas_qlstm.model.audit import kills_gate

RankBy = Literal["magnitude", "contribution"]

RANKING_COLUMNS = ["gate", "rank", "candidate", *SLOTS, "weight", "magnitude", "contribution", "kills_gate",
                   "score", "index"]
"""Columns of the ranked table: ``score`` is what is sorted on (``magnitude`` or ``contribution``),
``kills_gate`` the audit's verdict, ``index`` the search-space position."""


def contributions(ensemble: QuantumLSTM, x: np.ndarray, batch_size: int = 512) -> np.ndarray:
    """[4, N]: per gate and candidate, the spread of a_{k,j}·f_j over windows ``x`` and their steps.

    The spread is the root mean square over the hidden readouts of the standard deviation over
    (window, step) of a_{k,j}·⟨Z_h⟩, with v_t = (x_t, h_{t−1}) of the ensemble itself.
    """
    total = sum_sq = None
    count = 0
    for start in range(0, len(x), batch_size):
        trace = ensemble.candidate_trace(tf.constant(x[start:start + batch_size], tf.float32)).numpy()
        values = trace.astype(np.float64).reshape(-1, *trace.shape[2:])  # [samples, 4, N, hidden]
        total = values.sum(0) if total is None else total + values.sum(0)
        sum_sq = (values ** 2).sum(0) if sum_sq is None else sum_sq + (values ** 2).sum(0)
        count += len(values)
    if not count:
        raise ValueError("contributions need at least one window")
    variance = np.maximum(sum_sq / count - (total / count) ** 2, 0.0)
    weights = np.abs(ensemble.architecture_weights().astype(np.float64))
    return weights * np.sqrt(variance.mean(axis=-1))


def rank_candidates(
    params: Mapping[str, np.ndarray],
    arch_weights: str,
    *,
    by: RankBy = "magnitude",
    contribution: np.ndarray | None = None,
    audit: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """All candidates of every gate, best first, from an ensemble's exported parameters.

    Args:
        params: ``QuantumLSTM.export_parameters()`` of a DiffQAS ensemble (uses
            ``mixing_weights`` a [4, N] and ``candidate_names`` [4, N]).
        arch_weights: ``linear`` (magnitude |a|), ``softmax``, ``gdas`` or ``reinforce`` (magnitude a = softmax(α)).
        by: the score sorted on.
        contribution: [4, N] from :func:`contributions` (needed for ``by="contribution"``).
        audit: the search-space audit; with it, ``by="contribution"`` ranks the candidates that
            kill their gate last (``magnitude`` only marks them).

    Returns:
        One row per (gate, candidate) with the columns of :data:`RANKING_COLUMNS`,
        gates in the order forget, input, update, output and rank 1 = derived choice.
    """
    if arch_weights not in ("linear", "softmax", *SAMPLED_FORMS):
        raise ValueError(f"arch_weights must be 'linear', 'softmax' or one of {tuple(SAMPLED_FORMS)}, got {arch_weights!r}")
    if by not in ("magnitude", "contribution"):
        raise ValueError(f"by must be 'magnitude' or 'contribution', got {by!r}")
    weights = np.asarray(params["mixing_weights"], dtype=np.float64)
    names = np.asarray(params["candidate_names"]).astype(str)
    if weights.shape != names.shape or weights.ndim != 2 or weights.shape[0] != len(GATE_NAMES):
        raise ValueError(f"Expected mixing_weights and candidate_names of shape [4, N], got {weights.shape}, {names.shape}")
    if contribution is None:
        if by == "contribution":
            raise ValueError("ranking by contribution needs the contributions (derive.ranking.contributions)")
        contribution = np.full(weights.shape, np.nan)
    contribution = np.asarray(contribution, dtype=np.float64)
    if contribution.shape != weights.shape:
        raise ValueError(f"Expected contributions of shape {weights.shape}, got {contribution.shape}")
    rows = []
    for k, gate in enumerate(GATE_NAMES):
        magnitude = np.abs(weights[k]) if arch_weights == "linear" else weights[k]
        killed = kills_gate(audit, gate) if audit is not None else {}
        kills = np.array([killed.get(name, False) for name in names[k]])
        score = magnitude if by == "magnitude" else contribution[k]
        # Sort keys, last one first: killing candidates last (not by magnitude), then the score.
        demoted = kills if by != "magnitude" else np.zeros_like(kills)
        order = np.lexsort((np.arange(len(score)), -score, demoted))
        for rank, j in enumerate(order, start=1):
            candidate = Candidate.from_name(names[k, j])
            rows.append(
                {
                    "gate": gate,
                    "rank": rank,
                    "candidate": candidate.name,
                    **{slot: getattr(candidate, slot) for slot in SLOTS},
                    "weight": float(weights[k, j]),
                    "magnitude": float(magnitude[j]),
                    "contribution": float(contribution[k, j]),
                    "kills_gate": bool(kills[j]),
                    "score": float(score[j]),
                    "index": int(j),
                }
            )
    return pd.DataFrame(rows, columns=RANKING_COLUMNS)


def rerank(ranking: pd.DataFrame, by: RankBy, *, demote_killers: bool = True) -> pd.DataFrame:
    """The same table ranked again by another score (the table holds both), killing candidates
    last when ``demote_killers``.

    Example:
        >>> table = pd.DataFrame({"gate": ["update"] * 2, "candidate": ["a", "b"], "magnitude": [2.0, 1.0],
        ...                       "contribution": [0.0, 0.5], "kills_gate": [True, False], "index": [0, 1]})
        >>> rerank(table, "magnitude")["candidate"].tolist(), rerank(table, "magnitude", demote_killers=False)["candidate"].tolist()
        (['b', 'a'], ['a', 'b'])
    """
    frames = []
    for gate in dict.fromkeys(ranking["gate"]):
        part = ranking[ranking["gate"] == gate].copy()
        part["score"] = part[by].astype(float)
        keys = ["kills_gate", "score", "index"] if demote_killers else ["score", "index"]
        ascending = [True, False, True] if demote_killers else [False, True]
        part = part.sort_values(keys, ascending=ascending, kind="stable")
        part["rank"] = np.arange(1, len(part) + 1)
        frames.append(part)
    return pd.concat(frames, ignore_index=True)


def derived_architecture(ranking: pd.DataFrame) -> list[Candidate]:
    """The top-ranked candidate of each gate, in gate order (forget, input, update, output)."""
    top = ranking[ranking["rank"] == 1].set_index("gate")
    missing = [gate for gate in GATE_NAMES if gate not in top.index]
    if missing:
        raise ValueError(f"The ranking has no rank-1 candidate for gate(s) {missing}")
    return [Candidate.from_name(str(top.loc[gate, "candidate"])) for gate in GATE_NAMES]
