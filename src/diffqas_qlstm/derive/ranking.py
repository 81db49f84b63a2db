"""Ranking the candidates of each gate by their architecture weights (SPEC §6).

``linear`` weights a = w may turn negative, so candidates rank by |a_{k,j}|; ``softmax`` weights
are probabilities and rank by a_{k,j} itself. Ties keep the search-space order.

Example:
    >>> import numpy as np
    >>> params = {"mixing_weights": np.array([[0.1, -0.5], [0.3, 0.2], [0.0, 0.0], [0.2, 0.4]]),
    ...           "candidate_names": np.array([["H-Ry-brick-Ry", "H-Ry-brick-Rz"]] * 4)}
    >>> table = rank_candidates(params, "linear")
    >>> table[table["gate"] == "forget"][["rank", "candidate", "weight"]].to_string(index=False)
    ' rank     candidate  weight\\n    1 H-Ry-brick-Rz    -0.5\\n    2 H-Ry-brick-Ry     0.1'
    >>> [c.name for c in derived_architecture(table)]
    ['H-Ry-brick-Rz', 'H-Ry-brick-Ry', 'H-Ry-brick-Ry', 'H-Ry-brick-Rz']
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from diffqas_qlstm.circuits import SLOTS, Candidate
from diffqas_qlstm.model import GATE_NAMES

RANKING_COLUMNS = ["gate", "rank", "candidate", *SLOTS, "weight", "score", "index"]
"""Columns of the ranked table: ``score`` is what is sorted on, ``index`` the search-space position."""


def rank_candidates(params: Mapping[str, np.ndarray], arch_weights: str) -> pd.DataFrame:
    """All candidates of every gate, best first, from an ensemble's exported parameters.

    Args:
        params: ``QuantumLSTM.export_parameters()`` of a DiffQAS ensemble (uses
            ``mixing_weights`` a [4, N] and ``candidate_names`` [4, N]).
        arch_weights: ``linear`` (rank by |a|) or ``softmax`` (rank by a).

    Returns:
        One row per (gate, candidate) with the columns of :data:`RANKING_COLUMNS`,
        gates in the order forget, input, update, output and rank 1 = derived choice.
    """
    if arch_weights not in ("linear", "softmax"):
        raise ValueError(f"arch_weights must be 'linear' or 'softmax', got {arch_weights!r}")
    weights = np.asarray(params["mixing_weights"], dtype=np.float64)
    names = np.asarray(params["candidate_names"]).astype(str)
    if weights.shape != names.shape or weights.ndim != 2 or weights.shape[0] != len(GATE_NAMES):
        raise ValueError(f"Expected mixing_weights and candidate_names of shape [4, N], got {weights.shape}, {names.shape}")
    rows = []
    for k, gate in enumerate(GATE_NAMES):
        score = np.abs(weights[k]) if arch_weights == "linear" else weights[k]
        order = np.argsort(-score, kind="stable")
        for rank, j in enumerate(order, start=1):
            candidate = Candidate.from_name(names[k, j])
            rows.append(
                {
                    "gate": gate,
                    "rank": rank,
                    "candidate": candidate.name,
                    **{slot: getattr(candidate, slot) for slot in SLOTS},
                    "weight": float(weights[k, j]),
                    "score": float(score[j]),
                    "index": int(j),
                }
            )
    return pd.DataFrame(rows, columns=RANKING_COLUMNS)


def derived_architecture(ranking: pd.DataFrame) -> list[Candidate]:
    """The top-ranked candidate of each gate, in gate order (forget, input, update, output)."""
    top = ranking[ranking["rank"] == 1].set_index("gate")
    missing = [gate for gate in GATE_NAMES if gate not in top.index]
    if missing:
        raise ValueError(f"The ranking has no rank-1 candidate for gate(s) {missing}")
    return [Candidate.from_name(str(top.loc[gate, "candidate"])) for gate in GATE_NAMES]
