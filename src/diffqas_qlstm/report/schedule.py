"""A re-derivation with another training setting, against baselines trained with that setting too.

A derivation setting that changes how the derived model trains (``derive.retrain_lr_schedule``)
changes what it is compared with: the hand-designed baselines trained with the paper's constant
learning rate. ``<results folder>/schedule/<label>/`` holds baselines re-trained with the setting
of the re-derivation ``rederive/<label>/`` (``make rederive-cosine``); this module sets the
re-derived models' mean test MSE beside the best baseline's under both, so a verdict that holds
only against baselines that did not get the same help is visible as such.

Example:
    >>> runs = pd.DataFrame({"run": ["d.m.seed_0", "d.baseline_1.seed_0"], "dataset": ["d", "d"],
    ...     "model": ["m", "baseline_1"], "seed": [0, 0], "test_mse": [1e-5, 4e-5]})
    >>> again = {"cosine": {"d/m/seed_0": {"run": "d.m.seed_0", "test_mse": 3e-5}}}
    >>> baselines = {"cosine": runs.iloc[[1]].assign(test_mse=2e-5)}
    >>> row = schedule_table(runs, {"d/m/seed_0": {"run": "d.m.seed_0", "test_mse": 8e-5}}, again, baselines).iloc[0]
    >>> bool(row["at_or_below_paper"]), bool(row["at_or_below_same"]), row["same_baselines"]
    (True, False, 'baseline_1')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.report.derivation import best_baseline_means
from diffqas_qlstm.report.evidence import REAL_WORLD
from diffqas_qlstm.report.rederive import records_by_run
from diffqas_qlstm.report.sampled import SAMPLED_SEARCHES, SYNTHETIC, comparison_markdown, pooled_markdown, pooled_tables, sampled_comparison
from diffqas_qlstm.report.tables import YES_NO, arrows, markdown_table

COLUMNS = ["label", "model", "dataset", "runs", "grid_mean", "mean", "paper_baseline", "paper_baseline_mean",
           "at_or_below_paper", "same_baseline", "same_baseline_mean", "same_baseline_seeds", "same_baselines",
           "at_or_below_same"]


def schedule_table(runs: pd.DataFrame, grid: Mapping[str, Any], rederived: Mapping[str, Mapping[str, Any]],
                   baselines: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per (label, model, dataset) of a re-derivation whose label also has baselines re-run
    (see the module). ``runs``: the grid's runs; ``grid``: its derived summaries by run folder;
    ``rederived``: label → run folder → derived summary; ``baselines``: label → the baselines'
    runs under that label's setting (``published_runs`` rows)."""
    mine = records_by_run(grid)
    paper = best_baseline_means(runs)
    indexed = runs.set_index("run") if len(runs) else pd.DataFrame(columns=["dataset", "model"])
    rows = []
    for label in sorted(set(rederived) & set(baselines)):
        same = best_baseline_means(baselines[label])
        seeds = baselines[label].groupby(["dataset", "model"])["seed"].nunique() if len(baselines[label]) else {}
        again = {name: r for name, r in records_by_run(rederived[label]).items() if name in mine and name in indexed.index}
        frame = pd.DataFrame([{"model": indexed.loc[name, "model"], "dataset": indexed.loc[name, "dataset"],
                               "grid": float(mine[name]["test_mse"]), "again": float(r["test_mse"])}
                              for name, r in again.items()], columns=["model", "dataset", "grid", "again"])
        for (model, dataset), part in frame.groupby(["model", "dataset"], sort=True):
            mean = float(part["again"].mean())
            paper_mean = float(paper["min"].get(dataset, np.nan))
            same_mean = float(same["min"].get(dataset, np.nan))
            best = same["idxmin"].get(dataset)
            rows.append({
                "label": label, "model": model, "dataset": dataset, "runs": len(part),
                "grid_mean": float(part["grid"].mean()), "mean": mean,
                "paper_baseline": paper["idxmin"][dataset][1] if dataset in paper.index else "–",
                "paper_baseline_mean": paper_mean, "at_or_below_paper": bool(mean <= paper_mean),
                "same_baseline": best[1] if best is not None else "–", "same_baseline_mean": same_mean,
                "same_baseline_seeds": int(seeds[best]) if best is not None else 0,
                "same_baselines": ", ".join(sorted(set(baselines[label].loc[baselines[label]["dataset"] == dataset, "model"]))) or "–",
                "at_or_below_same": bool(mean <= same_mean)})
    return pd.DataFrame(rows, columns=COLUMNS)


def schedule_section(table: pd.DataFrame) -> str:
    """The subsection (markdown); empty when no label has both a re-derivation and baselines."""
    if table.empty:
        return ""
    shown = pd.DataFrame({
        "label": table["label"], "model": table["model"], "dataset": table["dataset"], "runs": table["runs"],
        "derived mean: grid → label": arrows(table["grid_mean"], table["mean"], "{:.2e}".format),
        "best baseline, the grid's training": [f"{m} {v:.2e}" for m, v in zip(table["paper_baseline"], table["paper_baseline_mean"], strict=True)],
        "at or below it": table["at_or_below_paper"].map(YES_NO),
        "best baseline, the label's training (seeds)": [
            f"{m} {v:.2e} ({s})" for m, v, s in zip(table["same_baseline"], table["same_baseline_mean"], table["same_baseline_seeds"], strict=True)],
        "at or below it ": table["at_or_below_same"].map(YES_NO),
    })
    rerun = "; ".join(f"`{label}`: " + ", ".join(sorted({m for cell in part["same_baselines"] for m in cell.split(", ")}))
                      for label, part in table.groupby("label", sort=True))
    return ("A re-derivation whose setting changes how the derived model trains is also set against the "
            "hand-designed baselines trained with that setting (`<results folder>/schedule/<label>/`, "
            "`make rederive-cosine`): the derived models' mean test MSE against the best baseline's mean "
            "under the grid's training and under the label's (the baselines trained with the label's setting: "
            + rerun + ").\n\n"
            + markdown_table(shown))


def schedule_reading(table: pd.DataFrame) -> list[str]:
    """Per label, how much its training moved the best baseline's mean; then one line per model: on
    how many datasets the re-derived mean is at or below the best baseline's, under the grid's
    training and under the label's."""
    lines = []
    for label, by_label in table.groupby("label", sort=True):
        baselines = by_label.drop_duplicates("dataset")
        lines.append(f"Baselines trained with `{label}`: the best baseline's mean is "
                     + ", ".join(f"{r.same_baseline_mean / r.paper_baseline_mean:.2f}× the grid's best on {r.dataset}"
                                 for r in baselines.itertuples())
                     + f" (below 1: `{label}` helps the hand-designed circuits too).")
        for model, part in by_label.groupby("model", sort=True):
            lines.append(
                f"Re-derived with `{label}`, {model}'s derived models are at or below the best hand-designed "
                f"baseline's mean on {int(part['at_or_below_paper'].sum())} of {len(part)} datasets against the "
                f"baselines as the grid trained them, and on {int(part['at_or_below_same'].sum())} of {len(part)} "
                f"against the baselines trained with `{label}` too "
                f"({', '.join(part.loc[part['at_or_below_same'], 'dataset']) or 'none'}).")
    return lines


def derived_runs(summaries: Mapping[str, Any]) -> pd.DataFrame:
    """A re-derivation's summaries as the derivation table :mod:`~diffqas_qlstm.report.sampled`
    compares (model, method, dataset, seed, run, derived_test_mse).

    Example:
        >>> derived_runs({"d/m/seed_0": {"run": "d.m.seed_0", "model": "m", "method": "argmax", "dataset": "d",
        ...               "seed": 0, "test_mse": 1e-4}})["derived_test_mse"].tolist()
        [0.0001]
    """
    records = records_by_run(summaries)
    return pd.DataFrame([{"model": r["model"], "method": r["method"], "dataset": r["dataset"], "seed": int(r["seed"]),
                          "run": name, "derived_test_mse": float(r["test_mse"])} for name, r in records.items()],
                        columns=["model", "method", "dataset", "seed", "run", "derived_test_mse"])


def sampled_under(runs: pd.DataFrame, rederived: Mapping[str, Mapping[str, Any]]) -> dict[str, tuple[pd.DataFrame, pd.DataFrame]]:
    """label → (:func:`~diffqas_qlstm.report.sampled.sampled_comparison`, its pooled tables) for each
    re-derivation that derived both a sampled search and ``diffqas_nonshared``: the gap-free
    comparison with both sides re-trained alike (search seconds: the grid's runs')."""
    out = {}
    for label, summaries in sorted(rederived.items()):
        table = derived_runs(summaries)
        models = set(table["model"])
        if "diffqas_nonshared" in models and models & set(SAMPLED_SEARCHES):
            pooled = pooled_tables(table)
            if not set(table["dataset"]) & set(REAL_WORLD):  # every dataset synthetic: the two pools are one
                pooled = pooled[pooled["over"] == SYNTHETIC]
            out[label] = (sampled_comparison(runs, table), pooled)
    return out


def sampled_under_section(compared: Mapping[str, tuple[pd.DataFrame, pd.DataFrame]]) -> str:
    """Per label of :func:`sampled_under`: its comparison's tables (markdown); empty without any."""
    parts = [f"Re-derived with `{label}`, both sides (the search's derived choice: its argmax, or a draw from its "
             f"policy that validated better under `derive.policy_samples`; and `diffqas_nonshared`'s validated "
             f"choice) re-trained alike; otherwise as in \"The search with no derivation gap\":\n\n"
             + comparison_markdown(frame) + pooled_markdown(pooled)
             for label, (frame, pooled) in compared.items() if not frame.empty]
    return "\n\n".join(parts)


def sampled_under_reading(compared: Mapping[str, tuple[pd.DataFrame, pd.DataFrame]]) -> list[str]:
    """One line per (label, search): datasets at least as good on means, and the pooled paired verdict."""
    lines = []
    for label, (frame, pooled) in compared.items():
        for search, part in frame.groupby("search", sort=True):
            synthetic = pooled[(pooled["search"] == search) & (pooled["over"] == SYNTHETIC)]
            verdict = ""
            if len(synthetic):
                row = synthetic.iloc[0]
                verdict = (f"; its paired seeds pooled over the synthetic datasets: median ratio "
                           f"{row['paired_median_ratio']:.2f} [{row['paired_ratio_low']:.2f}, {row['paired_ratio_high']:.2f}], "
                           f"Wilcoxon p {row['paired_p_wilcoxon']:.3g} over {int(row['pairs'])} pairs")
            lines.append(f"Re-derived with `{label}` on both sides, {search}'s derived models are at least as good "
                         f"as diffqas_nonshared's on {int(part['at_least_as_good'].sum())} of {len(part)} datasets "
                         f"on means{verdict}.")
    return lines
