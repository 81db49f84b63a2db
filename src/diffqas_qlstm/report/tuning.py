"""The equal-budget comparison (issue 25): what each study found, and each tuned setting trained at
the paper protocol over the same seeds as the paper-protocol runs, compared with the same paired
statistics as the evidence section (:mod:`diffqas_qlstm.report.evidence`).

Inputs: each study's ``summary.json`` (trials by state, best validation MSE and values) and the
tuned runs' long rows (``results/paper/tuned/``), beside the grid's long rows. The family
``tuned`` holds, per dataset, the tuned DiffQAS ensemble and its derived circuit against the tuned
baseline and the tuned classical LSTM, and each tuned row against its own paper-protocol runs of the
same seeds (what tuning gained); Holm over that family.

Example:
    >>> import pandas as pd
    >>> grid = pd.DataFrame({"dataset": ["d"] * 4, "model": ["a", "a", "b", "b"], "seed": [0, 1, 0, 1],
    ...                      "test_mse": [1.0, 2.0, 3.0, 4.0]})
    >>> tuned = grid.assign(test_mse=[5.0, 6.0, 0.5, 0.6])
    >>> ranking_table(grid, tuned)[["dataset", "row", "paper rank", "tuned rank"]].values.tolist()
    [['d', 'a', 1, 2], ['d', 'b', 2, 1]]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.report import evidence
from diffqas_qlstm.report.tables import DERIVED_SUFFIX, markdown_table

TUNED_ROWS = ("diffqas_nonshared", "diffqas_nonshared" + DERIVED_SUFFIX)
OPPONENTS = ("baseline_1", "classical_lstm")


def studies_table(summaries: Mapping[str, Mapping[str, Any]]) -> str:
    """One row per study: trials by state, best validation MSE and the values that gave it."""
    rows = []
    for key in sorted(summaries):
        s = summaries[key]
        best = s.get("best_validation_mse")
        rows.append({"study": s.get("study", key), "trials": s.get("trials"), "complete": s.get("complete"),
                     "pruned": s.get("pruned"), "failed": s.get("fail"),
                     "best validation MSE": f"{best:.2e}" if best is not None else "–",
                     "best values": s.get("best_values") or "–"})
    return markdown_table(pd.DataFrame(rows))


def _paired_seeds(grid: pd.DataFrame, tuned: pd.DataFrame) -> pd.DataFrame:
    """The grid's rows restricted to the (dataset, model, seed) the tuned runs have."""
    keys = set(zip(tuned["dataset"], tuned["model"], tuned["seed"], strict=True))
    mask = [k in keys for k in zip(grid["dataset"], grid["model"], grid["seed"], strict=True)]
    return grid[mask]


def ranking_table(grid: pd.DataFrame, tuned: pd.DataFrame) -> pd.DataFrame:
    """Per dataset and row: median test MSE over the tuned runs' seeds at the paper protocol and
    tuned, and the row's rank (1 = lowest median) under each."""
    tuned = tuned.dropna(subset=["test_mse"])
    paper = _paired_seeds(grid.dropna(subset=["test_mse"]), tuned)
    out = []
    for dataset, part in tuned.groupby("dataset", sort=False):
        medians_tuned = part.groupby("model", sort=False)["test_mse"].median()
        medians_paper = paper[paper["dataset"] == dataset].groupby("model")["test_mse"].median()
        rank_tuned = medians_tuned.rank(method="min").astype(int)
        both = medians_paper.reindex(medians_tuned.index)
        rank_paper = both.rank(method="min")
        for row in medians_tuned.index:
            n = int((part["model"] == row).sum())
            out.append({"dataset": dataset, "row": row, "seeds": n, "paper protocol": both[row],
                        "tuned": medians_tuned[row],
                        "tuned / paper": medians_tuned[row] / both[row] if both[row] > 0 else np.nan,
                        "paper rank": int(rank_paper[row]) if np.isfinite(rank_paper[row]) else None,
                        "tuned rank": int(rank_tuned[row])})
    return pd.DataFrame(out)


def tuned_comparisons(grid: pd.DataFrame, tuned: pd.DataFrame, test: str = "ttest_rel",
                      alpha: float = 0.05) -> pd.DataFrame:
    """The family ``tuned`` (see the module text), Holm-adjusted, in :data:`evidence.COLUMNS`."""
    tuned = tuned.dropna(subset=["test_mse"])
    paper = _paired_seeds(grid.dropna(subset=["test_mse"]), tuned)
    rows = []
    for dataset, part in tuned.groupby("dataset", sort=False):
        labels = set(part["model"])
        for row in TUNED_ROWS:
            for opponent in OPPONENTS:
                if row in labels and opponent in labels:
                    rows.append({"family": "tuned", "dataset": dataset, "row": f"{row} · tuned",
                                 "opponent": f"{opponent} · tuned", **evidence.compare(part, row, opponent)})
        mine = paper[paper["dataset"] == dataset]
        for row in sorted(labels, key=str):
            both = pd.concat([part[part["model"] == row].assign(model="tuned"),
                              mine[mine["model"] == row].assign(model="paper")])
            if (both["model"] == "paper").any():
                rows.append({"family": "tuned", "dataset": dataset, "row": f"{row} · tuned",
                             "opponent": f"{row} · paper protocol", **evidence.compare(both, "tuned", "paper")})
    return evidence.adjusted(pd.DataFrame(rows, columns=evidence.COLUMNS), test, alpha)


def tuning_section(grid: pd.DataFrame, tuned: pd.DataFrame, summaries: Mapping[str, Mapping[str, Any]],
                   test: str = "ttest_rel") -> str:
    """The document's section: the studies, the rankings and the paired comparisons."""
    if not summaries:
        return ("No tuning study in the results folder yet (`make tune-paper`, then `make train-tuned`; "
                "conf/paper/parameters_tune.yml).")
    parts = ["Each study: Optuna's TPE sampler (seeded) over the learning rate (log-uniform in [0.001, 0.1]; "
             "DiffQAS also `arch_lr_scale` in [0.1, 10]), the same number of trials for every model, each trial at "
             "the paper protocol on the first 80 % of the training windows and scored by the MSE on the last 20 % "
             "(the test windows unseen), median pruning after 10 epochs. The paper's settings: learning rate 0.01, "
             "`arch_lr_scale` 1.", "", studies_table(summaries), ""]
    if tuned.empty:
        parts.append("No tuned setting trained over seeds yet (`make train-tuned`).")
        return "\n".join(parts)
    ranks = ranking_table(grid, tuned)
    shown = ranks.assign(**{c: [evidence._e(v) if v is not None else "–" for v in ranks[c]]
                            for c in ("paper protocol", "tuned")},
                         **{"tuned / paper": [evidence._r(v) for v in ranks["tuned / paper"]]})
    table = tuned_comparisons(grid, tuned, test)
    deciding = "Wilcoxon" if test == "wilcoxon" else "t-test"
    parts += ["Median test MSE over the tuned runs' seeds, the same seeds at the paper protocol beside it, and each "
              "row's rank among the tuned rows of its dataset under either protocol:", "", markdown_table(shown), "",
              f"Family `tuned` ({len(table)} comparisons, Holm-adjusted; decided: {deciding} p < 0.05), "
              "ratio = row / opponent:", "", _comparisons_markdown(table)]
    return "\n".join(parts)


def _comparisons_markdown(table: pd.DataFrame) -> str:
    return markdown_table(evidence.shown_comparisons(table)) if len(table) else "No pair of tuned rows yet."


def tuning_reading(grid: pd.DataFrame, tuned: pd.DataFrame, test: str = "ttest_rel") -> list[str]:
    """Whether tuning changes the ranking of the tuned rows, per dataset, and the decided comparisons."""
    if tuned.empty:
        return []
    ranks = ranking_table(grid, tuned)
    lines = []
    for dataset, part in ranks.groupby("dataset", sort=False):
        if part["paper rank"].isna().any():
            continue
        order_paper = " < ".join(part.sort_values("paper rank")["row"])
        order_tuned = " < ".join(part.sort_values("tuned rank")["row"])
        same = order_paper == order_tuned
        lines.append(f"Equal-budget tuning, {dataset} (median test MSE, {int(part['seeds'].min())} seeds): "
                     + (f"the order of the medians is unchanged ({order_tuned})." if same else
                        f"the order of the medians changes, from {order_paper} at the paper protocol to {order_tuned} "
                        "tuned (an order, not a difference: only decided comparisons are differences)."))
    table = tuned_comparisons(grid, tuned, test)
    decided = table[table["decided"]] if len(table) else table
    verb = "is" if len(decided) == 1 else "are"
    lines.append(f"Of the {len(table)} comparisons of the family `tuned`, {len(decided)} {verb} decided after Holm's correction"
                 + ("" if decided.empty else ": " + "; ".join(
                     f"{r['dataset']} {r['row']} {r['verdict']} than {r['opponent']} (median ratio {evidence._r(r['median_ratio'])})"
                     for _, r in decided.iterrows())) + ".")
    return lines
