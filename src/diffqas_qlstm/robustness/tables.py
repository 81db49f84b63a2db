"""The robustness table and figure: test MSE against shots and against depolarizing strength.

Example:
    >>> runs = pd.DataFrame({"dataset": ["d"] * 4, "model": ["baseline_1"] * 4, "seed": [0, 0, 0, 0],
    ...     "kind": ["exact", "shots", "shots", "persistence"], "level": [0, 100, 100, 0], "draw": [0, 0, 1, 0],
    ...     "test_mse": [1e-3, 2e-3, 4e-3, 5e-3]})
    >>> robustness_table(runs)[["setting", "mean", "n"]].values.tolist()
    [['exact', 0.001, 1], ['shots=100', 0.003, 2], ['persistence', 0.005, 1]]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from diffqas_qlstm.report.tables import markdown_table

KIND_ORDER = {"exact": 0, "shots": 1, "depolarizing": 2, "persistence": 3}


def _setting(kind: str, level: float) -> str:
    if kind == "shots":
        return f"shots={int(level)}"
    if kind == "depolarizing":
        return f"p={level:g}"
    return kind


def robustness_table(runs: pd.DataFrame) -> pd.DataFrame:
    """One row per (dataset, model, kind, level): mean and sample std of the test MSE over seeds
    and draws, and how many evaluations (``n``); ``setting`` names the column of the Markdown table."""
    frame = runs.assign(order=runs["kind"].map(KIND_ORDER))
    grouped = frame.groupby(["dataset", "model", "order", "kind", "level"], sort=True)["test_mse"]
    table = grouped.agg(mean="mean", std=lambda s: s.std(ddof=1) if len(s) > 1 else np.nan, n="count").reset_index()
    table["setting"] = [_setting(k, lv) for k, lv in zip(table["kind"], table["level"], strict=True)]
    models = list(dict.fromkeys(runs["model"]))
    table["model_order"] = table["model"].map(models.index)
    table = table.sort_values(["dataset", "model_order", "order", "level"], kind="stable")
    return table[["dataset", "model", "kind", "level", "setting", "mean", "std", "n"]].reset_index(drop=True)


def robustness_markdown(table: pd.DataFrame) -> str:
    """Model × setting, per dataset: ``mean ± std`` (over seeds and draws), and how many seeds a row
    holds (its ``exact`` evaluations: one per seed) — rows of one dataset can hold different seeds."""
    lines = ["# Robustness: test MSE with finite shots and depolarizing noise", ""]
    for dataset, part in table.groupby("dataset", sort=False):
        settings = list(dict.fromkeys(part[part["kind"] != "persistence"]["setting"]))
        rows = []
        for model, cells in part[part["kind"] != "persistence"].groupby("model", sort=False):
            exact = cells.loc[cells["kind"] == "exact", "n"]
            row = {"model": model, "seeds": int(exact.iloc[0]) if len(exact) else "–"}
            for _, cell in cells.iterrows():
                row[cell["setting"]] = f"{cell['mean']:.2e}" + (f" ± {cell['std']:.1e}" if np.isfinite(cell["std"]) else "")
            rows.append(row)
        persistence = part[part["kind"] == "persistence"]["mean"]
        lines += [f"## {dataset}", "", markdown_table(pd.DataFrame(rows, columns=["model", "seeds", *settings]).fillna("–")), ""]
        if len(persistence):
            lines += [f"Persistence predictor on the same test windows: {persistence.iloc[0]:.2e}.", ""]
    lines.append("`exact`: noiseless state-vector simulation. `shots=N`: each ⟨Z⟩ estimated from N measurements "
                 "(seeded draws). `p=…`: cirq.depolarize(p) after every gate, exact density-matrix simulation. "
                 "Derived DiffQAS models and hand-designed baselines; mean ± std over seeds and draws; `seeds`: the runs "
                 "with robustness outputs (a run gets them when the robustness pipeline runs after it).")
    return "\n".join(lines) + "\n"


def plot_robustness(table: pd.DataFrame) -> Figure:
    """Test MSE against shots and against depolarizing strength (log–log), one line per model and
    dataset; dotted: each line's exact value."""
    fig = Figure(figsize=(11, 4.5), layout="constrained")
    shots_ax, noise_ax = fig.subplots(1, 2)
    colors = [f"C{i % 10}" for i in range(64)]
    for index, ((dataset, model), part) in enumerate(table[table["kind"] != "persistence"].groupby(
            ["dataset", "model"], sort=False)):
        label = f"{dataset} · {model}"
        exact = part[part["kind"] == "exact"]["mean"]
        for ax, kind in ((shots_ax, "shots"), (noise_ax, "depolarizing")):
            cells = part[part["kind"] == kind]
            if len(cells):
                ax.errorbar(cells["level"], cells["mean"], yerr=np.nan_to_num(cells["std"].to_numpy()), marker="o",
                            color=colors[index], capsize=2, label=label)
            if len(exact):
                ax.axhline(float(exact.iloc[0]), color=colors[index], ls=":", lw=1)
    for ax, xlabel in ((shots_ax, "shots per ⟨Z⟩ estimate"), (noise_ax, "depolarizing strength p after every gate")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel(xlabel)
        ax.set_ylabel("test MSE")
    shots_ax.set_title("Finite shots (dotted: exact)")
    noise_ax.set_title("Gate noise (dotted: exact)")
    noise_ax.legend(fontsize="x-small")
    return fig


def robustness_section(groups: Mapping[str, Mapping[str, Any]]) -> str:
    """The grid runs' robustness evaluations (``noise_runs.csv``, by results-folder group: ``grid``,
    ``derive/<method>``, …) as the document's section, or why there are none."""
    grid = groups.get("grid", {})
    elsewhere = sorted(g.removeprefix("derive/") for g in groups if g.startswith("derive/"))
    note = ("\n\nThe robustness outputs of derived circuits chosen by another method ("
            + ", ".join(f"`{m}`" for m in elsewhere) + ") are kept beside that derivation "
            "(`derive_<method>/`) and are not in these tables; derived circuits without robustness "
            "outputs here get them when the robustness pipeline runs again.") if elsewhere else ""
    if not grid:
        return ("No run of this results folder has robustness outputs yet (runs made before the robustness "
                "pipeline get them when the grid resumes).")
    frames = [grid[key]() if callable(grid[key]) else grid[key] for key in sorted(grid)]
    runs = pd.concat(frames, ignore_index=True)
    text = robustness_markdown(robustness_table(runs))
    body = "\n" + text.split("\n", 2)[2]  # without the document title; datasets one level down
    body = body.replace("\n## ", "\n### ").strip()
    if "windows" in runs and runs["windows"].notna().any():  # runs since robustness.test_windows existed
        per_dataset = runs.dropna(subset=["windows"]).groupby("dataset", sort=True)["windows"].max().astype(int)
        body = ("Test windows per run (evenly spaced; `robustness.test_windows`): "
                + ", ".join(f"{d} {n}" for d, n in per_dataset.items()) + ".\n\n" + body)
    return body + note
