"""``docs/RESULTS.md`` written from a results folder alone (the paper grid's committed outputs).

Every finished run of the grid keeps ``metrics.json`` and ``manifest.json`` (and, for DiffQAS
runs, ``derived_summary.json``) under ``results/<grid>/<dataset>/<model>/seed_<n>/``. This module
turns those records into the published document: our Table II with parameter counts, each seed
and the median, the paper's Table II beside it with the ratio per cell, the paired statistics,
the architectures DiffQAS picked, wall-clock times, the fidelity notes and a plain reading that
is generated from the numbers (no sentence is written by hand for a particular result).

The output depends only on the records (sorted by run name; no clock, no machine state), so
rebuilding from the same folder gives the same bytes.

Example:
    >>> m = {"run": "d.constant.seed_0", "dataset": "d", "model": "constant", "seed": 0,
    ...      "test_mse": 2e-3, "train_mse": 1e-3, "n_parameters": 0, "wall_seconds": 0.1}
    >>> manifest = {"run": "d.constant.seed_0", "backend": "fused",
    ...     "parameters": {"train": {"grid": {"datasets": ["d"], "models": ["constant"], "seeds": [0, 1]}}}}
    >>> runs = published_runs({"d/constant/seed_0": m}, {"d/constant/seed_0": manifest}, {})
    >>> runs[["run", "test_mse"]].values.tolist()
    [['d.constant.seed_0', 0.002]]
    >>> missing_runs(runs, {"d/constant/seed_0": manifest})
    ['d.constant.seed_1']
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from diffqas_qlstm.report import evidence
from diffqas_qlstm.report.paper import PAPER_SOURCE, paper_value
from diffqas_qlstm.report.tables import DERIVED_SUFFIX, aggregate, collect_runs, markdown_table

GATES = ("forget", "input", "update", "output")
Records = Mapping[str, Any]
"""Partition id -> record, or -> a loader returning it (Kedro's ``PartitionedDataset``)."""


def _records(partitions: Records) -> dict[str, dict[str, Any]]:
    out = {}
    for key in sorted(partitions):
        value = partitions[key]
        out[key] = dict(value() if callable(value) else value)
    return out


def _launched(manifests: Mapping[str, Mapping[str, Any]]) -> list[tuple[str, str, int]]:
    """The runs of every grid the runs were launched with (``train.grid`` with its ``extra`` parts),
    most common grid first, as (dataset, model, seed): a grid that grew keeps its earlier runs."""
    from diffqas_qlstm.config import GridConfig

    grids = Counter()
    for manifest in manifests.values():
        grid = manifest.get("parameters", {}).get("train", {}).get("grid")
        if grid:
            grids[json.dumps(grid, sort_keys=True)] += 1
    runs: dict[tuple[str, str, int], None] = {}
    for text, _ in grids.most_common():
        grid = json.loads(text)
        try:
            found = [(r.dataset, r.model, r.seed) for r in GridConfig.parse(grid, "train.grid").runs]
        except ValueError:  # a grid of models this version no longer knows: its product as written
            found = [(d, m, int(s)) for d in grid["datasets"] for m in grid["models"] for s in grid["seeds"]]
        runs.update(dict.fromkeys(found))
    return list(runs)


def _grid(manifests: Mapping[str, Mapping[str, Any]]) -> dict[str, list]:
    """The datasets, models and seeds of the launched grids, in order of first appearance."""
    runs = _launched(manifests)
    return {key: list(dict.fromkeys(run[i] for run in runs)) for i, key in enumerate(("datasets", "models", "seeds"))}


def epoch_seconds(histories: Mapping[str, Any], derived_histories: Mapping[str, Any]) -> dict[str, float]:
    """Per run folder, the seconds of all its training and re-training epochs (the ``seconds``
    column of ``history.csv`` and ``derived_history.csv``, partitions as Kedro gives them).

    Example:
        >>> epoch_seconds({"d/m/seed_0": pd.DataFrame({"seconds": [1.0, 2.0]})},
        ...               {"d/m/seed_0": pd.DataFrame({"seconds": [0.5]})})
        {'d/m/seed_0': 3.5}
    """
    out: dict[str, float] = {}
    for partitions in (histories, derived_histories):
        for key, value in partitions.items():
            frame = value() if callable(value) else value
            out[key] = out.get(key, 0.0) + float(pd.to_numeric(frame["seconds"]).sum())
    return out


LAST_EPOCHS = 10
"""The final epochs averaged beside the final epoch's test MSE (the paper reports the final one)."""


def last_epochs_mean(histories: Mapping[str, Any], derived_histories: Mapping[str, Any],
                     n: int = LAST_EPOCHS) -> dict[str, dict[str, float]]:
    """Per run folder, the mean test MSE of the last ``n`` epochs of training (``test_mse_last10``)
    and of the derived model's re-training (``derived_test_mse_last10``).

    Example:
        >>> last_epochs_mean({"d/m/seed_0": pd.DataFrame({"test_mse": [9.0, 1.0, 3.0]})}, {}, n=2)
        {'d/m/seed_0': {'test_mse_last10': 2.0}}
    """
    out: dict[str, dict[str, float]] = {}
    for column, partitions in (("test_mse_last10", histories), ("derived_test_mse_last10", derived_histories)):
        for key, value in partitions.items():
            frame = value() if callable(value) else value
            if "test_mse" in frame and len(frame):
                out.setdefault(key, {})[column] = float(pd.to_numeric(frame["test_mse"]).tail(n).mean())
    return out


def published_runs(metrics: Records, manifests: Records, derived_summaries: Records,
                   training_seconds: Mapping[str, float] | None = None,
                   last_epochs: Mapping[str, Mapping[str, float]] | None = None) -> pd.DataFrame:
    """One row per finished run (a run with both ``metrics.json`` and ``manifest.json``), in grid order.

    Columns: run, dataset, model, seed, test_mse, train_mse, n_parameters, wall_seconds,
    derived_test_mse, derived_n_parameters, derived_wall_seconds, training_seconds (its epochs'
    seconds, every session; None without histories), arch_<gate> (the derived candidate of each
    gate), backend, precision, cpu, cores, and with ``last_epochs`` (:func:`last_epochs_mean`)
    test_mse_last10 and derived_test_mse_last10.
    """
    training_seconds, last_epochs = training_seconds or {}, last_epochs or {}
    metrics, manifests, derived = _records(metrics), _records(manifests), _records(derived_summaries)
    grid = _grid(manifests)
    rows = []
    for key, record in metrics.items():
        manifest = manifests.get(key)
        if manifest is None:
            continue
        machine = manifest.get("machine") or {}
        arch = record.get("derived_architecture") or {}
        rows.append({
            "run": record["run"], "dataset": record["dataset"], "model": record["model"], "seed": int(record["seed"]),
            "test_mse": record.get("test_mse"), "train_mse": record.get("train_mse"),
            "n_parameters": record.get("n_parameters"), "wall_seconds": record.get("wall_seconds"),
            "derived_test_mse": record.get("derived_test_mse"), "derived_n_parameters": record.get("derived_n_parameters"),
            "degenerate": record.get("degenerate"), "derived_degenerate": record.get("derived_degenerate"),
            "derived_method": record.get("derived_method") if record.get("derived_test_mse") is not None else None,
            "derived_wall_seconds": derived.get(key, {}).get("wall_seconds"),
            "training_seconds": training_seconds.get(key),
            **{f"arch_{gate}": arch.get(gate) for gate in GATES},
            "backend": manifest.get("backend"), "precision": manifest.get("precision", "single"),
            "cpu": machine.get("cpu"), "cores": machine.get("cores"),
            **({k: last_epochs.get(key, {}).get(k) for k in ("test_mse_last10", "derived_test_mse_last10")}
               if last_epochs else {}),
        })
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame

    def order(values: list, value: Any) -> int:
        return values.index(value) if value in values else len(values)

    frame["_order"] = [
        (order(grid["datasets"], d), order(grid["models"], m), s, d, m)
        for d, m, s in zip(frame["dataset"], frame["model"], frame["seed"], strict=True)
    ]
    return frame.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)


def missing_runs(runs: pd.DataFrame, manifests: Records) -> list[str]:
    """The runs of the launched grid that have no results yet, in grid order."""
    present = set(runs["run"]) if len(runs) else set()
    launched = _launched(_records(manifests))
    grid = _grid(_records(manifests))
    launched.sort(key=lambda run: (grid["datasets"].index(run[0]), grid["models"].index(run[1]), run[2]))
    return [f"{d}.{m}.seed_{s}" for d, m, s in launched if f"{d}.{m}.seed_{s}" not in present]


def long_runs(runs: pd.DataFrame) -> pd.DataFrame:
    """One row per (dataset, model label, seed): ensembles and ``<model> (derived)`` rows (with
    ``test_mse_last10`` where the runs have it)."""
    long = collect_runs(*runs.to_dict("records")) if len(runs) else collect_runs()
    if len(runs) and "test_mse_last10" in runs:
        last = {}
        for record in runs.to_dict("records"):
            last[(record["run"], record["model"])] = record.get("test_mse_last10")
            last[(record["run"], record["model"] + DERIVED_SUFFIX)] = record.get("derived_test_mse_last10")
        long["test_mse_last10"] = pd.to_numeric(
            pd.Series([last.get((r, m)) for r, m in zip(long["run"], long["model"], strict=True)], dtype=object),
            errors="coerce").to_numpy()
    return long


def _e(value: Any, digits: int = 2) -> str:
    return f"{float(value):.{digits}e}" if value is not None and np.isfinite(float(value)) else "–"


def _labels(runs: pd.DataFrame) -> list[str]:
    labels = []
    for model in dict.fromkeys(runs["model"]):
        labels.append(model)
        if runs.loc[runs["model"] == model, "derived_test_mse"].notna().any():
            labels.append(model + DERIVED_SUFFIX)
    return labels


def _parameter_count(runs: pd.DataFrame, label: str) -> str:
    derived = label.endswith(DERIVED_SUFFIX)
    part = runs[runs["model"] == label.removesuffix(DERIVED_SUFFIX)]
    values = part["derived_n_parameters" if derived else "n_parameters"].dropna().astype(int).unique()
    return "/".join(str(v) for v in sorted(values)) or "–"


def table_ii(runs: pd.DataFrame, digits: int = 2) -> str:
    """Our Table II: mean ± std over seeds, best (lowest mean) per column in bold, parameter counts."""
    long = long_runs(runs)
    stats = aggregate(long)
    datasets = list(dict.fromkeys(runs["dataset"]))
    rows = []
    for label in _labels(runs):
        row = {"model": label, "trainable parameters": _parameter_count(runs, label)}
        for dataset in datasets:
            hit = stats[(stats["model"] == label) & (stats["dataset"] == dataset)]
            if hit.empty:
                row[dataset] = "–"
                continue
            s = hit.iloc[0]
            cell = _e(s["mean"], digits) + (f" ± {_e(s['std'], digits)}" if np.isfinite(s["std"]) else "")
            cell += f" ({int(s['n_seeds'])})" if int(s["n_seeds"]) != 3 else ""
            row[dataset] = f"**{cell}**" if s["best"] else cell
        rows.append(row)
    return markdown_table(pd.DataFrame(rows, columns=["model", "trainable parameters", *datasets]))


def seeds_table(runs: pd.DataFrame, digits: int = 2) -> str:
    """Median and every seed's test MSE per cell (DiffQAS training is bimodal over seeds: SPEC §7)."""
    long = long_runs(runs)
    datasets = list(dict.fromkeys(runs["dataset"]))
    rows = []
    for label in _labels(runs):
        row = {"model": label}
        for dataset in datasets:
            part = long[(long["model"] == label) & (long["dataset"] == dataset)].sort_values("seed")
            if part.empty:
                row[dataset] = "–"
                continue
            seeds = " / ".join(_e(v, digits) for v in part["test_mse"])
            row[dataset] = f"{_e(part['test_mse'].median(), digits)} ({seeds})"
        rows.append(row)
    return markdown_table(pd.DataFrame(rows, columns=["model", *datasets]))


def paper_comparison(runs: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """Markdown (paper value | ours | ours / paper per cell) and the long table of ratios."""
    stats = aggregate(long_runs(runs))
    datasets = list(dict.fromkeys(runs["dataset"]))
    ratios, rows = [], []
    for model in dict.fromkeys(runs["model"]):
        if all(paper_value(model, d) is None for d in datasets):
            continue
        row = {"model": model}
        for dataset in datasets:
            paper = paper_value(model, dataset)
            hit = stats[(stats["model"] == model) & (stats["dataset"] == dataset)]
            if paper is None or hit.empty:
                row[dataset] = "–" if paper is None else f"{_e(paper)} · ours –"
                continue
            ours = float(hit.iloc[0]["mean"])
            ratios.append({"model": model, "dataset": dataset, "paper": paper, "ours": ours, "ratio": ours / paper})
            row[dataset] = f"{_e(paper)} · {_e(ours)} · **{ours / paper:.2f}×**"
        rows.append(row)
    return markdown_table(pd.DataFrame(rows, columns=["model", *datasets])), pd.DataFrame(
        ratios, columns=["model", "dataset", "paper", "ours", "ratio"]
    )


def last_epochs_section(runs: pd.DataFrame) -> str:
    """The main number (the final epoch's test MSE, as the paper reports) beside the mean over the
    last 10 epochs, medians over seeds, for the rows with ten seeds and their references."""
    long = long_runs(runs)
    rows = (*evidence.CLAIM_ROWS, *evidence.OTHER_ROWS, "baseline_1", "baseline_4", "classical_lstm")
    table = evidence.final_and_last_epochs(long, rows)
    if table.empty:
        return "No run has a per-epoch history in the results folder."
    datasets = list(dict.fromkeys(table["dataset"]))
    shown = []
    for row in dict.fromkeys(table["row"]):
        cells = {"model": row}
        for dataset in datasets:
            hit = table[(table["row"] == row) & (table["dataset"] == dataset)]
            cells[dataset] = "–" if hit.empty else (
                f"{_e(hit.iloc[0]['final'])} · {_e(hit.iloc[0]['last10'])} · {hit.iloc[0]['ratio']:.2f}×")
        shown.append(cells)
    ratio = table["ratio"].astype(float)
    return (
        f"Cells: `median final · median mean of the last {LAST_EPOCHS} epochs · final / last-{LAST_EPOCHS}` "
        "over the cell's seeds (the tables above use the final epoch, as the paper does). Over these "
        f"{len(table)} cells the ratio runs from {ratio.min():.2f}× to {ratio.max():.2f}× (median {ratio.median():.2f}×).\n\n"
        + markdown_table(pd.DataFrame(shown, columns=["model", *datasets])))


def architecture_table(runs: pd.DataFrame) -> str:
    """Per DiffQAS model and dataset: each gate's derived candidate, the most frequent over seeds."""
    part = runs[runs["arch_forget"].notna()] if "arch_forget" in runs else runs.iloc[:0]
    rows = []
    for (model, dataset), group in part.groupby(["model", "dataset"], sort=False):
        row = {"model": model, "dataset": dataset}
        for gate in GATES:
            counts = Counter(group[f"arch_{gate}"])
            top = max(sorted(counts), key=lambda name: counts[name])
            row[gate] = f"{top} ({counts[top]}/{len(group)})"
        derived = group["derived_test_mse"].astype(float)
        row["derived, re-trained: test MSE"] = _e(derived.mean()) + (
            f" ± {_e(derived.std(ddof=1))}" if derived.count() > 1 else ""
        )
        row["ensemble"] = _e(group["test_mse"].astype(float).mean())
        rows.append(row)
    if not rows:
        return "No DiffQAS run has finished yet."
    return markdown_table(pd.DataFrame(rows))


def wall_clock(runs: pd.DataFrame) -> tuple[str, float]:
    """Mean seconds per run (training + derive-and-retrain) per model and dataset, and the grid's total."""
    seconds = runs["wall_seconds"].astype(float).fillna(0.0) + runs["derived_wall_seconds"].astype(float).fillna(0.0)
    frame = runs.assign(seconds=seconds)
    datasets = list(dict.fromkeys(runs["dataset"]))
    rows = []
    for model in dict.fromkeys(runs["model"]):
        row = {"model": model}
        for dataset in datasets:
            cell = frame[(frame["model"] == model) & (frame["dataset"] == dataset)]["seconds"]
            row[dataset] = f"{cell.mean():.0f}" if len(cell) else "–"
        rows.append(row)
    return markdown_table(pd.DataFrame(rows, columns=["model", *datasets])), float(seconds.sum())


def tfq_check_section(runs: pd.DataFrame, check: pd.DataFrame) -> str:
    """The TFQ check runs beside the grid's run of the same dataset, model and seed."""
    if check.empty:
        return "No TFQ check run has finished yet (`make results-tfq-check` runs it)."
    rows = []
    for _, c in check.iterrows():
        same = runs[runs["run"] == c["run"]]
        g = same.iloc[0] if len(same) else None
        row = {"run": c["run"], "backend (check)": c["backend"],
               "test MSE (check)": _e(c["test_mse"], 4),
               "derived test MSE (check)": _e(c["derived_test_mse"], 4),
               "epoch seconds (check)": _seconds(c)}
        if g is not None:
            row |= {"backend (grid)": g["backend"], "test MSE (grid)": _e(g["test_mse"], 4),
                    "derived test MSE (grid)": _e(g["derived_test_mse"], 4),
                    "epoch seconds (grid)": _seconds(g),
                    "relative difference": f"{abs(c['test_mse'] - g['test_mse']) / g['test_mse']:.1e}"}
        rows.append(row)
    return (
        "The same run trained end to end with TensorFlow Quantum (`backend: tfq`) and with the grid's "
        "backend: the backends agree to 1e-5 per expectation and gradient (tests/simulate), so over "
        "100 epochs the histories may drift apart only by float32 rounding. Epoch seconds: the sum of "
        "the run's training and re-training epochs (`history.csv`, `derived_history.csv`), every "
        "session of a run resumed from its checkpoints included.\n\n" + markdown_table(pd.DataFrame(rows))
    )


def _seconds(run: Mapping[str, Any]) -> str:
    """A run's epoch seconds (its wall seconds where no history was read)."""
    value = run.get("training_seconds")
    if value is None or pd.isna(value):
        value = float(run["wall_seconds"] or 0) + float(run["derived_wall_seconds"] or 0)
    return f"{float(value):.0f}"


def exploration_section(runs: pd.DataFrame, explored: Mapping[str, pd.DataFrame], settings: Mapping[str, str]) -> str:
    """Explored DiffQAS settings beside the paper form on the same datasets and seeds.

    ``explored`` maps a label to its runs (as :func:`published_runs` gives them), ``settings`` a
    label to the changed setting. Cells: mean test MSE over the label's seeds (every seed's value).
    """
    if not explored:
        return "No exploration run has finished yet."
    keys = sorted({(r.dataset, r.model, r.seed) for part in explored.values() for r in part.itertuples()})
    datasets = list(dict.fromkeys(k[0] for k in keys))

    def cells(frame: pd.DataFrame, column: str) -> dict[str, str]:
        out = {}
        for dataset in datasets:
            part = frame[frame["dataset"] == dataset].sort_values("seed")
            values = part[column].astype(float)
            out[dataset] = "–" if part.empty else f"{_e(values.mean())} ({' / '.join(_e(v) for v in values)})"
        return out

    same = runs[[(d, m, s) in set(keys) for d, m, s in zip(runs["dataset"], runs["model"], runs["seed"], strict=True)]]
    rows = [{"setting": "paper form (the grid's runs)", "what": "–", **cells(same, "test_mse")}]
    rows += [{"setting": label, "what": settings.get(label, "?"), **cells(part, "test_mse")}
             for label, part in sorted(explored.items())]
    derived = [{"setting": "paper form (the grid's runs)", "what": "–", **cells(same, "derived_test_mse")}]
    derived += [{"setting": label, "what": settings.get(label, "?"), **cells(part, "derived_test_mse")}
                for label, part in sorted(explored.items())]
    models = ", ".join(sorted({k[1] for k in keys}))
    seeds = ", ".join(str(s) for s in sorted({k[2] for k in keys}))
    paper = ", ".join(
        f"{d} {_e(paper_value(m, d))}" for d in datasets for m in sorted({k[1] for k in keys}) if paper_value(m, d)
    )
    return "\n".join([
        f"{models}, seeds {seeds}, everything else at the paper protocol; one setting changed per row "
        f"(`make explore` runs them). Cells: mean test MSE (each seed). The paper: {paper}.",
        "",
        "Ensemble:",
        "",
        markdown_table(pd.DataFrame(rows, columns=["setting", "what", *datasets])),
        "",
        "Derived single-circuit model, re-trained:",
        "",
        markdown_table(pd.DataFrame(derived, columns=["setting", "what", *datasets])),
    ])


def _machines(runs: pd.DataFrame) -> str:
    found = Counter(
        f"{cpu}, {int(cores)} cores" if isinstance(cpu, str) and pd.notna(cores) else "not recorded"
        for cpu, cores in zip(runs["cpu"], runs["cores"], strict=True)
    )
    return "; ".join(f"{name} ({n} runs)" for name, n in sorted(found.items()))


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
        quantum = part[part["model"].str.startswith(("diffqas_", "baseline_"))]
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


FIDELITY = """\
The first author's public "modern" QLSTM (PyTorch + PennyLane) and ours agree on: the cell
(SPEC §4.1: [x_t, h_{t-1}] → four VQCs → LSTM gating), the circuit of `baseline_1` (H on every
qubit, Ry(x) encoding, brick CNOT entangler, Ry variational layers, ⟨Z⟩ of the first `hidden`
qubits, a Linear head on the last hidden state), RMSprop (lr 0.01, ρ 0.99, ε 1e-8), batch 10 in
order, window 4, θ ~ 0.01·N(0, 1). Where we differ:

- **float32** (TensorFlow, TFQ and our kernels) against float64 in torch. Each expectation and
  gradient agrees with double-precision finite differences to 1e-5 (tests/simulate). Over 100
  epochs such differences can grow like any perturbation of training, so rounding can change an
  individual run's result much as another seed does; we have not run float64 to measure it, so
  read a ratio to the paper against the spread over seeds shown above.
- **Seeds and repetitions**: the paper reports one run per cell; we report three seeds. DiffQAS
  training is bimodal over seeds (SPEC §7), so one run can land on either mode.
- **Unstated details** of the DiffQAS ensemble: whether architecture weights are normalised (both
  forms are here: `diffqas_nonshared` linear, `diffqas_nonshared_softmax`), their initial value
  (ours 1/N linear, 0 softmax) and learning rate (ours: the same RMSprop as θ)."""


def _derived_methods(runs: pd.DataFrame) -> str:
    """`` (derivation: validated 72 runs, magnitude 3 runs; 2 flagged degenerate)`` for the caption."""
    if "derived_method" not in runs or runs["derived_test_mse"].isna().all():
        return ""
    derived = runs[runs["derived_test_mse"].notna()]
    methods = Counter(str(m) if isinstance(m, str) else "magnitude" for m in derived["derived_method"])
    flagged = int(sum(str(v).lower() == "true" for v in derived.get("derived_degenerate", [])))
    text = ", ".join(f"`{m}` {n} runs" for m, n in sorted(methods.items(), key=lambda item: -item[1]))
    return f" (derivation: {text}; {flagged} flagged degenerate, listed in the derivation section)"


def results_document(
    runs: pd.DataFrame,
    missing: list[str],
    *,
    command: str,
    test: str = "ttest_rel",
    digits: int = 2,
    extra_sections: list[tuple[str, str]] | None = None,
    extra_reading: list[str] | None = None,
) -> str:
    """The whole ``RESULTS.md`` as one string (deterministic for the same ``runs``)."""
    lines = [
        "# Results: the paper's Table II, reproduced",
        "",
        f"Written by `{command}` from the committed results folder alone (nothing re-trained); "
        "do not edit by hand.",
        "",
    ]
    if runs.empty:
        return "\n".join([*lines, "No finished run in the results folder yet.", ""])
    n_runs = len(runs)
    status = f"**{n_runs} runs** finished"
    status += f"; **{len(missing)} of the launched grid still missing**" if missing else "; the launched grid is complete"
    backends = ", ".join(f"`{b}` ({n} runs)" for b, n in sorted(Counter(runs["backend"]).items()))
    lines += [
        f"{status}. Simulator backend: {backends}. Machine: {_machines(runs)}.",
        "",
    ]
    if missing:
        by_model = Counter(name.split(".")[1] for name in missing)
        lines += [
            "Missing runs per model: " + ", ".join(f"{m} {n}" for m, n in by_model.items())
            + " (they resume with `--only-missing-outputs`).",
            "",
        ]
    paper_md, ratios = paper_comparison(runs)
    stats = evidence.paired_comparisons(long_runs(runs), test)
    stats_md = evidence.evidence_markdown(stats, test)
    clock_md, total = wall_clock(runs)
    lines += [
        "## Test MSE (mean ± std over seeds)",
        "",
        "Rows: models (SPEC §4.4); `(derived)`: the single-circuit model derived from that DiffQAS "
        "ensemble and re-trained" + _derived_methods(runs) + ". Bold: lowest mean of the column. A count in "
        "parentheses: seeds in the cell when not 3. `persistence` predicts the window's last value, "
        "`constant` the mean training target.",
        "",
        table_ii(runs, digits),
        "",
        "## Median and every seed",
        "",
        "`median (seed 0 / seed 1 / …)`.",
        "",
        seeds_table(runs, digits),
        "",
        "## Against the paper",
        "",
        f"Cells: `paper · ours (mean over seeds) · ours / paper`. Paper values: {PAPER_SOURCE}.",
        "",
        paper_md,
        "",
        "## DiffQAS against the references, paired over seeds (Holm-corrected)",
        "",
        stats_md,
        "",
        "## Final epoch and the mean of the last 10",
        "",
        last_epochs_section(runs),
        "",
        "## Architectures DiffQAS picked",
        "",
        "Each gate's derived candidate (by the grid's `derive.method`; the next section compares the "
        "methods), the most frequent over seeds (count / seeds), and the derived model's test MSE after "
        "re-training.",
        "",
        architecture_table(runs),
        "",
        "## Wall-clock",
        "",
        "Mean seconds per run (training, plus derive-and-retrain for DiffQAS), one worker process "
        f"each. Sum over the {n_runs} finished runs: **{total:.0f} s ({total / 3600:.2f} h)** of "
        "worker time.",
        "",
        clock_md,
        "",
    ]
    for title, body in extra_sections or []:
        lines += [f"## {title}", "", body, ""]
    lines += [
        "## Fidelity to the first author's public QLSTM",
        "",
        FIDELITY,
        "",
        "## Reading",
        "",
        *[f"- {line}" for line in [*reading(runs, stats, ratios), *(extra_reading or [])]],
        "",
    ]
    return "\n".join(lines)


def plot_against_paper(runs: pd.DataFrame) -> Figure:
    """Ours (mean over seeds; bars from the lowest to the highest seed) against the paper's value
    per cell, log–log, y = x dashed."""
    _, ratios = paper_comparison(runs)
    long = long_runs(runs)
    fig = Figure(figsize=(6, 5.5), layout="constrained")
    ax = fig.add_subplot()
    for i, (model, part) in enumerate(ratios.groupby("model", sort=False)):
        spread = [long[(long["model"] == model) & (long["dataset"] == d)]["test_mse"] for d in part["dataset"]]
        low = part["ours"].to_numpy() - np.array([s.min() for s in spread])
        high = np.array([s.max() for s in spread]) - part["ours"].to_numpy()
        ax.errorbar(part["paper"], part["ours"], yerr=[low, high], fmt="os^vDP<>"[i % 8], label=model,
                    capsize=2, alpha=0.85)
    if len(ratios):
        low = float(min(ratios["paper"].min(), long["test_mse"].min())) / 2
        high = float(max(ratios["paper"].max(), ratios["ours"].max())) * 2
        ax.plot([low, high], [low, high], "k--", lw=1, label="ours = paper")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("paper's test MSE (Table II, reconstruction)")
    ax.set_ylabel("ours: mean test MSE over seeds (bars: lowest–highest seed)")
    ax.set_title("Reproduction of Table II, cell by cell")
    ax.legend(fontsize="x-small")
    return fig


def plot_table_heatmap(runs: pd.DataFrame) -> Figure:
    """Table II as a picture: log10 of the mean test MSE per model (rows) and dataset (columns),
    each cell annotated, the best of each column boxed; empty cells are runs not finished."""
    stats = aggregate(long_runs(runs))
    labels, datasets = _labels(runs), list(dict.fromkeys(runs["dataset"]))
    values = np.full((len(labels), len(datasets)), np.nan)
    for _, row in stats.iterrows():
        if row["model"] in labels and row["dataset"] in datasets:
            values[labels.index(row["model"]), datasets.index(row["dataset"])] = row["mean"]
    fig = Figure(figsize=(1.6 + 1.5 * len(datasets), 0.8 + 0.32 * len(labels)), layout="constrained")
    ax = fig.add_subplot()
    image = ax.imshow(np.log10(values), aspect="auto", cmap="viridis_r")
    for i in range(len(labels)):
        for j in range(len(datasets)):
            if np.isfinite(values[i, j]):
                ax.text(j, i, f"{values[i, j]:.1e}", ha="center", va="center", fontsize=7,
                        color="black" if np.log10(values[i, j]) < np.nanmean(np.log10(values)) else "white")
    for j in range(len(datasets)):
        column = values[:, j]
        if np.isfinite(column).any():
            i = int(np.nanargmin(column))
            ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="red", lw=2))
    ax.set_xticks(range(len(datasets)), datasets, rotation=20, ha="right")
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.set_title("Test MSE, mean over seeds\n(red: best per dataset)", fontsize=10)
    fig.colorbar(image, ax=ax, label="log10 test MSE")
    return fig
