"""The plain reading at the end of ``docs/RESULTS.md``, generated from the numbers alone.

Example:
    >>> runs = pd.DataFrame({"run": ["d.persistence.seed_0"], "dataset": "d", "model": "persistence",
    ...     "seed": [0], "test_mse": [1e-3], "train_mse": None, "derived_test_mse": None})
    >>> reading(runs, pd.DataFrame(), pd.DataFrame())[0]
    '**d**: lowest mean test MSE persistence (1.00e-03).'
"""

from __future__ import annotations

import pandas as pd

from diffqas_qlstm.config.names import model_kind
from diffqas_qlstm.report import evidence
from diffqas_qlstm.report.published import long_runs
from diffqas_qlstm.report.sections import _e
from diffqas_qlstm.report.tables import aggregate


def reading(runs: pd.DataFrame, stats: pd.DataFrame, ratios: pd.DataFrame, alpha: float = 0.05) -> list[str]:
    """Plain statements generated from the numbers: who is best, whether DiffQAS beats the
    references, how far from the paper. Nothing here is claimed unless the numbers say it: a
    difference is called one only when it survives the Holm correction (``stats`` is
    :func:`~diffqas_qlstm.report.evidence.paired_comparisons`)."""
    long = long_runs(runs)
    means = aggregate(long)
    lines = []
    for dataset in dict.fromkeys(runs["dataset"]):
        part = means[means["dataset"] == dataset].sort_values("mean", kind="stable")
        best = part.iloc[0]
        quantum = part[[model_kind(m) in ("diffqas", "baseline") for m in part["model"]]]
        text = f"**{dataset}**: lowest mean test MSE {best['model']} ({_e(best['mean'])})"
        if len(quantum):
            text += f"; best quantum row {quantum.iloc[0]['model']} ({_e(quantum.iloc[0]['mean'])})"
        for reference in ("persistence", "classical_lstm"):
            ref = part[part["model"] == reference]
            nonshared = part[part["model"] == "diffqas_nonshared"]
            if len(ref) and len(nonshared):
                better = float(nonshared.iloc[0]["mean"]) < float(ref.iloc[0]["mean"])
                text += (
                    f"; diffqas_nonshared {'below' if better else 'above'} {reference} "
                    f"({_e(nonshared.iloc[0]['mean'])} vs {_e(ref.iloc[0]['mean'])})"
                )
        row = stats[(stats["dataset"] == dataset) & (stats["row"] == "diffqas_nonshared")
                    & (stats["family"] == "claim")] if len(stats) else stats
        if len(row):
            r = row.iloc[0]
            verdict = {"lower": "better than", "higher": "worse than"}.get(r["verdict"], "not distinguishable from")
            text += (f"; vs the best baseline ({r['opponent']}) diffqas_nonshared is {verdict} it "
                     f"(wins / losses {r['wins']} / {r['losses']} over {r['n']} seeds, Holm-corrected)")
        lines.append(text + ".")
    lines += evidence.evidence_reading(stats, alpha)
    lines += evidence.real_world_reading(stats)
    if len(ratios):
        for model, part in ratios.groupby("model", sort=False):
            within = int(((part["ratio"] > 0.5) & (part["ratio"] < 2.0)).sum())
            lines.append(
                f"{model} vs the paper: ours / paper from {part['ratio'].min():.2f}× to {part['ratio'].max():.2f}× "
                f"(within a factor 2 on {within} of {len(part)} datasets)."
            )
    linear = long[long["model"] == "diffqas_nonshared"]
    softmax = long[long["model"] == "diffqas_nonshared_softmax"]
    if len(linear) and len(softmax):
        merged = linear.merge(softmax, on=["dataset", "seed"], suffixes=("_linear", "_softmax"))
        lower = int((merged["test_mse_softmax"] < merged["test_mse_linear"]).sum())
        lines.append(
            f"Softmax-normalised architecture weights (diffqas_nonshared_softmax) gave a lower test MSE than "
            f"the linear form in {lower} of {len(merged)} paired (dataset, seed) runs."
        )
    return lines
