"""How the derived single circuits compare with their ensembles, per derivation method (SPEC §6).

The grid's own ``derived_summary.json`` holds the configured method's derivation (by default
``validated``); other methods' derivations of the same ensembles live beside the grid under
``derive_<method>/`` (e.g. the paper's ``magnitude`` rule). Every number here comes from those
records and the runs' ``metrics.json``: ensemble and derived test MSE, the degeneracy guard's
verdict (a derived model whose predictions barely vary, or whose re-training did not move), and
the hand-designed baselines' means.

Example:
    >>> runs = pd.DataFrame({"run": ["d.diffqas_nonshared.seed_0", "d.baseline_1.seed_0"], "dataset": ["d"] * 2,
    ...     "model": ["diffqas_nonshared", "baseline_1"], "seed": [0, 0], "test_mse": [1e-5, 4e-5],
    ...     "degenerate": [False, False]})
    >>> derived = {"validated": {"d/diffqas_nonshared/seed_0": {"run": "d.diffqas_nonshared.seed_0",
    ...     "test_mse": 3e-5, "degenerate": False, "architecture": {}, "choice": "contribution"}}}
    >>> table = derivation_runs(runs, derived)
    >>> table[["method", "derived_test_mse", "ensemble_test_mse"]].values.tolist()
    [['validated', 3e-05, 1e-05]]
    >>> row = summary_by_method(table).iloc[0]
    >>> row["model"], row["method"], int(row["within_2x"]), round(float(row["geomean_ratio"]), 6)
    ('diffqas_nonshared', 'validated', 0, 3.0)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.config.names import BASELINE_NAMES
from diffqas_qlstm.report.discovered import discovered_circuits, discovered_markdown
from diffqas_qlstm.report.evidence import REAL_WORLD
from diffqas_qlstm.report.sampled import SAMPLED_SEARCHES, SYNTHETIC, pooled_tables, sampled_comparison, sampled_markdown
from diffqas_qlstm.report.tables import markdown_table
from diffqas_qlstm.report.tables import scientific as _e

METHOD_ORDER = ("magnitude", "contribution", "validated", "argmax")
"""Methods in the order the tables show them (the paper's first; `argmax`: the Gumbel-softmax search's)."""

DERIVATION_COLUMNS = ["run", "dataset", "model", "seed", "method", "ensemble_test_mse", "derived_test_mse", "ratio",
                      "ensemble_degenerate", "derived_degenerate", "choice", "gain", "architecture", "derived_train_mse"]


def _flag(value: Any) -> bool:
    """A guard verdict read back from a record or a table cell (absent or NaN: not flagged)."""
    return bool(value) if isinstance(value, bool | np.bool_) else str(value).lower() == "true"


def derivation_runs(runs: pd.DataFrame, derived: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> pd.DataFrame:
    """One row per (DiffQAS run, method): the ensemble's and the derived model's test MSE, their
    ratio, both guard verdicts and what was chosen. ``derived``: method → run folder → summary."""
    ensembles = runs.set_index("run") if len(runs) else pd.DataFrame()
    rows = []
    for method, summaries in derived.items():
        for _key, summary in sorted(summaries.items()):
            summary = dict(summary() if callable(summary) else summary)
            name = summary.get("run")
            if name not in ensembles.index:
                continue
            ensemble = ensembles.loc[name]
            ensemble_mse, derived_mse = float(ensemble["test_mse"]), float(summary["test_mse"])
            rows.append({
                "run": name, "dataset": ensemble["dataset"], "model": ensemble["model"], "seed": int(ensemble["seed"]),
                "method": summary.get("method", method), "ensemble_test_mse": ensemble_mse,
                "derived_test_mse": derived_mse, "ratio": derived_mse / ensemble_mse,
                "ensemble_degenerate": _flag(ensemble.get("degenerate")),
                "derived_degenerate": bool(summary.get("degenerate", False)),
                "choice": summary.get("choice", summary.get("method", method)), "gain": bool(summary.get("gain", False)),
                "architecture": " / ".join(summary.get("architecture", {}).values()),
                "derived_train_mse": float(summary.get("train_mse", np.nan)),
            })
    frame = pd.DataFrame(rows, columns=DERIVATION_COLUMNS)
    order = {m: i for i, m in enumerate(METHOD_ORDER)}
    return frame.sort_values(["model", "dataset", "seed", "method"], key=lambda c: c.map(order) if c.name == "method"
                             else c, kind="stable").reset_index(drop=True)


def summary_by_method(table: pd.DataFrame) -> pd.DataFrame:
    """Per (model, method): runs, degenerate derived models (all, and where the ensemble is not),
    runs within 2× of their ensemble, and the geometric-mean derived / ensemble ratio."""
    rows = []
    for (model, method), part in table.groupby(["model", "method"], sort=False):
        healthy = part[~part["ensemble_degenerate"]]
        rows.append({
            "model": model, "method": method, "runs": len(part),
            "degenerate": int(part["derived_degenerate"].sum()),
            "degenerate_from_healthy": int(healthy["derived_degenerate"].sum()),
            "within_2x": int((part["ratio"] <= 2.0).sum()),
            "geomean_ratio": float(np.exp(np.log(part["ratio"].astype(float)).mean())),
        })
    return pd.DataFrame(rows, columns=["model", "method", "runs", "degenerate", "degenerate_from_healthy",
                                       "within_2x", "geomean_ratio"])


def best_baseline_means(runs: pd.DataFrame) -> pd.DataFrame:
    """Per dataset: the lowest mean test MSE of a hand-designed baseline (``min``) and which
    (``idxmin``: (dataset, model)); empty without baseline runs."""
    baselines = runs[runs["model"].isin(BASELINE_NAMES)] if len(runs) else pd.DataFrame(columns=["dataset", "model", "test_mse"])
    return baselines.groupby(["dataset", "model"])["test_mse"].mean().groupby("dataset").agg(["min", "idxmin"])


def against_best_baseline(runs: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """Per (model, method, dataset): the derived models' mean test MSE, the best hand-designed
    baseline's mean there, and whether the derived mean is at or below it."""
    best = best_baseline_means(runs)
    rows = []
    for (model, method, dataset), part in table.groupby(["model", "method", "dataset"], sort=False):
        if dataset not in best.index:
            continue
        reference = float(best.loc[dataset, "min"])
        mean = float(part["derived_test_mse"].mean())
        rows.append({"model": model, "method": method, "dataset": dataset, "derived_mean": mean,
                     "baseline": best.loc[dataset, "idxmin"][1], "baseline_mean": reference,
                     "at_or_below": mean <= reference})
    return pd.DataFrame(rows, columns=["model", "method", "dataset", "derived_mean", "baseline", "baseline_mean",
                                       "at_or_below"])


def audit_markdown(audit: pd.DataFrame) -> str:
    """The search-space audit as a table: ✓ per property, then the quantities measured."""
    if audit is None or audit.empty:
        return "No run of this results folder has a search-space audit yet."
    flags = ["input_independent", "theta_independent", "constant", "dead_at_zero_state", "flat_at_zero_theta",
             "kills_update"]
    shown = pd.DataFrame({"candidate": audit["candidate"]})
    for flag in flags:
        shown[flag.replace("_", " ")] = ["✓" if str(v) in ("True", "true", "1") else "" for v in audit[flag]]
    shown["input spread"] = [f"{float(v):.1e}" for v in audit["input_spread"]]
    shown["zero-state max |⟨Z⟩|"] = [f"{float(v):.1e}" for v in audit["zero_state_max"]]
    counts = {flag: int(sum(str(v) in ("True", "true", "1") for v in audit[flag])) for flag in flags}
    text = ", ".join(f"{flag.replace('_', ' ')} {n}" for flag, n in counts.items())
    return f"Of the {len(audit)} candidates: {text}.\n\n" + markdown_table(shown)


def derivation_section(runs: pd.DataFrame, derived: Mapping[str, Mapping[str, Any]],
                       audit: pd.DataFrame | None = None) -> str:
    """The document's section on the derived circuits: the audit, each method's degenerate count and
    ratios, derived vs the best baseline, the circuits to take away, and every run's ratio per method."""
    table = derivation_runs(runs, derived)
    parts = ["### Search-space audit", "",
             "Each candidate simulated at random inputs and angles (`model.audit`); a candidate that is "
             "dead at the cell's zero state or input-independent kills the update gate (SPEC §6) and is never "
             "chosen for it except by `magnitude`.", "", audit_markdown(audit), ""]
    if table.empty:
        return "\n".join([*parts, "No DiffQAS run has a derived model yet."])
    summary = summary_by_method(table)
    parts += ["### Degenerate derived models and the derivation gap", "",
              "Per DiffQAS model and method: derived models the guard flags (predictions' std under 5 % of the "
              "target's, or a re-training that did not move), those among runs whose ensemble is healthy, runs "
              "whose derived test MSE is within 2× of the ensemble's, and the geometric-mean derived / ensemble "
              "ratio.", "",
              markdown_table(pd.DataFrame({
                  "model": summary["model"], "method": summary["method"], "runs": summary["runs"],
                  "degenerate": summary["degenerate"], "… from a healthy ensemble": summary["degenerate_from_healthy"],
                  "within 2×": [f"{w} / {n}" for w, n in zip(summary["within_2x"], summary["runs"], strict=True)],
                  "geometric-mean ratio": [f"{v:.2f}" for v in summary["geomean_ratio"]]})), ""]
    versus = against_best_baseline(runs, table)
    if len(versus):
        wide = []
        for (model, method), part in versus.groupby(["model", "method"], sort=False):
            row = {"model": model, "method": method}
            for _, r in part.iterrows():
                mark = "**≤**" if r["at_or_below"] else ">"
                row[r["dataset"]] = f"{_e(r['derived_mean'])} {mark} {_e(r['baseline_mean'])}"
            row["at or below"] = f"{int(part['at_or_below'].sum())} / {len(part)}"
            wide.append(row)
        parts += ["### Derived models against the best hand-designed baseline", "",
                  "Cells: the derived models' mean test MSE, then the best hand-designed baseline's mean on that "
                  "dataset (**≤**: at or below it).", "", markdown_table(pd.DataFrame(wide)), ""]
    parts += ["### The search with no derivation gap", "",
              sampled_markdown(sampled_comparison(runs, table), pooled_tables(table)), ""]
    grid_methods = {} if "derived_method" not in runs else {
        run: str(method) if isinstance(method, str) else "magnitude"
        for run, method in zip(runs["run"], runs["derived_method"], strict=True)}
    parts += ["### The discovered circuits", "", discovered_markdown(discovered_circuits(table, grid_methods)), ""]
    per_run = table.pivot_table(index=["model", "dataset", "seed"], columns="method", values="ratio", aggfunc="first")
    flags = table.pivot_table(index=["model", "dataset", "seed"], columns="method", values="derived_degenerate",
                              aggfunc="first")
    choice = table[table["method"] == "validated"].set_index(["model", "dataset", "seed"])["choice"]
    rows = []
    for key in per_run.index:
        row = {"run": f"{key[1]}.{key[0]}.seed_{key[2]}",
               "ensemble": _e(table.set_index(["model", "dataset", "seed"]).loc[[key], "ensemble_test_mse"].iloc[0])}
        for method in [m for m in METHOD_ORDER if m in per_run.columns]:
            value = per_run.loc[key, method]
            row[f"{method} ratio"] = ("–" if pd.isna(value) else f"{value:.3g}" + (" ⚠" if flags.loc[key, method] else ""))
        row["validated choice"] = choice.get(key, "–")
        rows.append(row)
    parts += ["### Every run: derived / ensemble test MSE", "",
              "⚠: the guard flags the derived model as degenerate. `validated choice`: the shortlisted "
              "architecture the validation windows picked.", "",
              "<details><summary>All runs</summary>", "", markdown_table(pd.DataFrame(rows)), "", "</details>"]
    return "\n".join(parts)


def _decided(part: pd.DataFrame, alpha: float = 0.05) -> str:
    """Where the paired seeds decide a sampled search's datasets (Wilcoxon p below ``alpha``, uncorrected)."""
    p = part["paired_p_wilcoxon"].astype(float)
    lower = part.loc[(p < alpha) & (part["paired_median_ratio"] < 1), "dataset"].tolist()
    higher = part.loc[(p < alpha) & (part["paired_median_ratio"] > 1), "dataset"].tolist()
    said = [f"lower on {', '.join(lower)}"] * bool(lower) + [f"higher on {', '.join(higher)}"] * bool(higher)
    rest = len(part) - len(lower) - len(higher)
    if said:
        return f"paired Wilcoxon p < {alpha:g}: " + "; ".join(said) + f"; undecided on {rest}"
    if not np.isfinite(p).any():
        return "too few paired seeds for a test"
    return f"no dataset decided by the paired seeds, Wilcoxon p {p.min():.2g}–{p.max():.2g}"


def derivation_reading(runs: pd.DataFrame, derived: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Plain statements about the derivation generated from the numbers (for the Reading)."""
    table = derivation_runs(runs, derived)
    if table.empty:
        return []
    lines = []
    summary = summary_by_method(table)
    for method, part in summary.groupby("method", sort=False):
        lines.append(
            f"Derivation `{method}`: {int(part['degenerate'].sum())} of {int(part['runs'].sum())} derived models "
            f"degenerate ({int(part['degenerate_from_healthy'].sum())} from a healthy ensemble).")
    real = table["dataset"].isin(REAL_WORLD)
    synthetic = summary_by_method(table[~real]).set_index(["model", "method"]) if real.any() else None
    for model in ("diffqas_nonshared", "diffqas_shared", "diffqas_nonshared_softmax"):
        for _, r in summary[summary["model"] == model].iterrows():
            text = (f"{model}, `{r['method']}`: {r['within_2x']} of {r['runs']} derived runs within 2× of "
                    f"their ensemble, geometric-mean ratio {r['geomean_ratio']:.2f}")
            key = (model, r["method"])
            if synthetic is not None and key in synthetic.index and synthetic.loc[key, "runs"] < r["runs"]:
                only = synthetic.loc[key]
                text += (f" (synthetic datasets alone: {int(only['within_2x'])} of {int(only['runs'])}, "
                         f"{only['geomean_ratio']:.2f})")
            lines.append(text + ".")
    sampled = sampled_comparison(runs, table)
    for search, part in (sampled.groupby("search", sort=False) if len(sampled) else ()):
        lines.append(f"{search} derived at least as good as diffqas_nonshared derived (`{part['method'].iloc[0]}`) "
                     f"on {int(part['at_least_as_good'].sum())} of {len(part)} datasets (means over seeds; paired by "
                     f"seed, geometric-mean ratio {part['paired_geomean_ratio'].min():.2f}–"
                     f"{part['paired_geomean_ratio'].max():.2f}; {_decided(part)}), at "
                     f"{part['time_ratio'].min():.2f}–{part['time_ratio'].max():.2f}× its search seconds.")
    pooled = pooled_tables(table)
    for _, r in pooled[pooled["over"] == SYNTHETIC].iterrows():
        p = float(r["paired_p_wilcoxon"])
        verdict = ("undecided" if not p < 0.05 else "lower" if r["paired_median_ratio"] < 1 else "higher")
        lines.append(f"{r['search']} derived against diffqas_nonshared derived, the paired seeds of the "
                     f"{int(r['datasets'])} synthetic datasets pooled ({int(r['pairs'])} pairs): lower on "
                     f"{int(r['paired_lower'])}, geometric-mean ratio {r['paired_geomean_ratio']:.2f}, median ratio "
                     f"{r['paired_median_ratio']:.2f} [{r['paired_ratio_low']:.2f}, {r['paired_ratio_high']:.2f}], "
                     f"Wilcoxon p {p:.2g}: {verdict}.")
    versus = against_best_baseline(runs, table)
    for (model, method), part in versus.groupby(["model", "method"], sort=False):
        if model in ("diffqas_nonshared", "diffqas_nonshared_softmax", *SAMPLED_SEARCHES):
            on_synthetic = part[~part["dataset"].isin(REAL_WORLD)]
            tail = (f" ({int(on_synthetic['at_or_below'].sum())} of {len(on_synthetic)} synthetic)"
                    if len(on_synthetic) < len(part) else "")
            lines.append(f"{model} derived (`{method}`) at or below the best hand-designed baseline's mean on "
                         f"{int(part['at_or_below'].sum())} of {len(part)} datasets{tail}.")
    return lines
