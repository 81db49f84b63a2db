"""The grid's ensembles derived again: the derivation's settings and rerun band (SPEC §6, issue 21).

``make rederive-band`` (and ``rederive-swaps``, ``rederive-cosine``, ``rederive-fresh``) re-derive
committed DiffQAS ensembles — no ensemble is re-trained — each label into
``<results folder>/rederive/<label>/``: ``same_method`` (and, on another CPU, e.g.
``same_method_xeon``) with the SPEC's start (``derive.fresh_start: never``, every other derive
setting at its default: the grid's derivation until the grid adopted ``fresh_start: final``), the
others with one setting changed from it. Per label, model and dataset this module sets the
re-derived models beside the grid's: which settings differ from the grid's derivation, how many
runs made the same choice, the mean derived test MSE of both, the geometric-mean ratio and how many
runs moved by more than 2× either way, how many are within 2× of their ensemble, and whether the
mean is at or below the best hand-designed baseline's. A changed setting is also set beside the
``same_method`` label of its own CPU (the setting's own effect: the derived model's 100-epoch
re-training is chaotic like the search, so derivations compare only on one CPU).

Example:
    >>> runs = pd.DataFrame({"run": ["d.m.seed_0", "d.baseline_1.seed_0"], "dataset": ["d", "d"],
    ...     "model": ["m", "baseline_1"], "seed": [0, 0], "test_mse": [1e-5, 4e-5]})
    >>> grid = {"d/m/seed_0": {"run": "d.m.seed_0", "test_mse": 8e-5, "architecture": {"forget": "a"}, "gain": True}}
    >>> again = {"same_method": {"d/m/seed_0": {"run": "d.m.seed_0", "test_mse": 2e-5, "architecture": {"forget": "a"},
    ...     "gain": True, "machine": {"cpu": "AMD EPYC"}}}}
    >>> row = rederive_table(runs, grid, again).iloc[0]
    >>> row["label"], int(row["same_choice"]), float(row["geomean_ratio"]), bool(row["at_or_below"]), row["cpu"]
    ('same_method', 1, 0.25, True, 'AMD EPYC')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.config.recorded import summary_settings
from diffqas_qlstm.report.derivation import best_baseline_means
from diffqas_qlstm.report.tables import YES_NO, arrows, markdown_table

COLUMNS = ["label", "label_what", "what", "cpu", "model", "dataset", "runs", "same_choice", "grid_mean", "mean", "geomean_ratio",
           "min_ratio", "max_ratio", "moved_2x", "grid_within_2x", "within_2x", "baseline_mean", "grid_at_or_below",
           "at_or_below", "band_runs", "band_same_choice", "band_geomean_ratio", "grid_seconds", "seconds"]

BAND = "same_method"
"""The labels that re-derive with the SPEC's start and every other setting at its default start with
this (``same_method`` and, on another CPU, e.g. ``same_method_xeon``): a changed setting is also set
beside the one of them that derived the same ensemble on the same CPU."""

def records_by_run(summaries: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Run name → summary (Kedro's lazy partitions loaded)."""
    out = {}
    for value in summaries.values():
        record = dict(value() if callable(value) else value)
        out[record["run"]] = record
    return out


def _same_choice(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two derived summaries chose the same architecture, gain and start (a summary written
    before the fresh start existed started from the ensemble)."""
    return ((a.get("architecture"), a.get("gain"), a.get("start", "ensemble"))
            == (b.get("architecture"), b.get("gain"), b.get("start", "ensemble")))


def _cpu(record: Mapping[str, Any]) -> str | None:
    return (record.get("machine") or {}).get("cpu")


def _band_record(label: str, name: str, record: Mapping[str, Any],
                 bands: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> Mapping[str, Any] | None:
    """The ``same_method`` derivation to set ``record`` (label ``label``, run ``name``) beside: the same
    ensemble derived with the band's settings on the same CPU (a chaotic re-training parts ways
    between CPUs, so a pair across CPUs would mix the setting's effect with the machine's); None for
    a band label itself, where no band label derived that run on that CPU, or where the two differ in
    more than one derive setting (then the pair would not show one setting's effect)."""
    if label.startswith(BAND) or _cpu(record) is None:
        return None
    found = next((band[name] for _, band in sorted(bands.items()) if name in band and _cpu(band[name]) == _cpu(record)), None)
    # the setting's own effect only where the label differs from the band in one setting: a label
    # derived with the grid's later settings (fresh_start: final, restarts, ...) differs in several
    return found if found is not None and len(differing(found, record)) == 1 else None


def _seconds(record: Mapping[str, Any]) -> float:
    """A derivation's seconds: choosing (the validated shortlist's re-trainings) and re-training."""
    return float((record.get("selection") or {}).get("seconds", 0.0)) + float(record.get("wall_seconds", np.nan))


def differing(grid: Mapping[str, Any], again: Mapping[str, Any]) -> dict[str, Any]:
    """Derive setting → ``again``'s value, for each setting in which ``again`` differs from ``grid``
    (a setting one of them does not record, e.g. a sampled search's argmax without a shortlist, is
    not a difference)."""
    a, b = summary_settings(grid), summary_settings(again)
    return {key: b[key] for key in b if a.get(key) is not None and b[key] is not None and a.get(key) != b[key]}


def changed(grid: Mapping[str, Any], again: Mapping[str, Any]) -> str:
    """The derive settings in which ``again`` differs from ``grid`` (``none``: the grid's own).

    Example:
        >>> changed({"method": "validated", "selection": {"shortlist_epochs": 20}},
        ...         {"method": "validated", "selection": {"shortlist_epochs": 20, "trainable_siblings": True}})
        '`derive.trainable_siblings: True`'
    """
    return changed_in([differing(grid, again)])


def changed_in(differences: Sequence[Mapping[str, Any]]) -> str:
    """The settings in which a group of runs differs from the grid's, each once, in the order a summary
    records them; one that differs in only some of the runs (e.g. a setting inert where the winner had no gains)
    says in how many (``none``: no run differs).

    Example:
        >>> changed_in([{"fresh_restarts": 0, "fresh_gain": False}, {"fresh_restarts": 0}])
        '`derive.fresh_restarts: 0`, `derive.fresh_gain: False` (1 of 2 runs)'
    """
    counts = Counter((key, str(value)) for difference in differences for key, value in difference.items())
    order = {key: i for i, key in enumerate(summary_settings({}))}
    return ", ".join(f"`derive.{key}: {value}`" + ("" if n == len(differences) else f" ({n} of {len(differences)} runs)")
                     for (key, value), n in sorted(counts.items(), key=lambda item: order.get(item[0][0], len(order)))
                     ) or "none"


def rederive_table(runs: pd.DataFrame, grid: Mapping[str, Any], rederived: Mapping[str, Mapping[str, Any]]) -> pd.DataFrame:
    """One row per (label, model, dataset) of the re-derived runs (see the module). ``runs``: the grid's
    runs (ensemble ``test_mse``, the baselines'); ``grid``: the grid's derived summaries by run folder;
    ``rederived``: label → run folder → derived summary."""
    mine = records_by_run(grid)
    indexed = runs.set_index("run") if len(runs) else pd.DataFrame(columns=["dataset", "model", "test_mse"])
    ensembles = indexed["test_mse"]
    best = best_baseline_means(runs)["min"]
    rows = []
    bands = {label: records_by_run(summaries) for label, summaries in rederived.items() if label.startswith(BAND)}
    for label, summaries in sorted(rederived.items()):
        again = {name: r for name, r in records_by_run(summaries).items() if name in mine and name in ensembles.index}
        if not again:
            continue
        beside = {name: _band_record(label, name, r, bands) for name, r in again.items()}
        frame = pd.DataFrame([{
            "band": float(beside[name]["test_mse"]) if beside[name] else np.nan,
            "band_same": bool(beside[name]) and _same_choice(r, beside[name]),
            "model": indexed.loc[name, "model"], "dataset": indexed.loc[name, "dataset"], "grid": float(mine[name]["test_mse"]), "again": float(r["test_mse"]),
            "ensemble": float(ensembles[name]), "grid_seconds": _seconds(mine[name]), "seconds": _seconds(r),
            "same": _same_choice(r, mine[name]),
            "what": differing(mine[name], r), "cpu": _cpu(r) or "not recorded"}
            for name, r in again.items()])
        label_what = changed_in(list(frame["what"]))
        for (model, dataset), part in frame.groupby(["model", "dataset"], sort=True):
            ratio = part["again"] / part["grid"]
            reference = float(best.get(dataset, np.nan))
            rows.append({
                "label": label, "label_what": label_what, "what": changed_in(list(part["what"])), "cpu": ", ".join(sorted(set(part["cpu"]))),
                "model": model, "dataset": dataset, "runs": len(part), "same_choice": int(part["same"].sum()),
                "grid_mean": float(part["grid"].mean()), "mean": float(part["again"].mean()),
                "geomean_ratio": float(np.exp(np.log(ratio).mean())), "min_ratio": float(ratio.min()),
                "max_ratio": float(ratio.max()), "moved_2x": int(((ratio > 2) | (ratio < 0.5)).sum()),
                "grid_within_2x": int((part["grid"] <= 2 * part["ensemble"]).sum()),
                "within_2x": int((part["again"] <= 2 * part["ensemble"]).sum()),
                "baseline_mean": reference,
                "grid_at_or_below": bool(part["grid"].mean() <= reference),
                "at_or_below": bool(part["again"].mean() <= reference),
                "grid_seconds": float(part["grid_seconds"].mean()), "seconds": float(part["seconds"].mean()),
                **_beside_band(part)})
    return pd.DataFrame(rows, columns=COLUMNS)


def _beside_band(part: pd.DataFrame) -> dict[str, Any]:
    """The runs of ``part`` that ``same_method`` derived too: how many, how many made its choice, and
    the geometric-mean ratio to its test MSE (NaN without any)."""
    paired = part[part["band"].notna()]
    ratio = paired["again"] / paired["band"]
    return {"band_runs": len(paired), "band_same_choice": int(paired["band_same"].sum()),
            "band_geomean_ratio": float(np.exp(np.log(ratio).mean())) if len(paired) else np.nan}


def rederive_section(table: pd.DataFrame) -> str:
    """The subsection on the re-derivations (markdown)."""
    if table.empty:
        return "No re-derivation is in this results folder yet (`make rederive-band`)."
    shown = pd.DataFrame({
        "label": table["label"], "changed": table["what"], "CPU": table["cpu"], "model": table["model"],
        "dataset": table["dataset"], "same choice": [f"{s} / {n}" for s, n in zip(table["same_choice"], table["runs"], strict=True)],
        "derived mean: grid → again": arrows(table["grid_mean"], table["mean"], "{:.2e}".format),
        "again / grid: geomean [min, max]": [f"{g:.2f} [{lo:.2g}, {hi:.2g}]" for g, lo, hi in
                                             zip(table["geomean_ratio"], table["min_ratio"], table["max_ratio"], strict=True)],
        "moved > 2×": table["moved_2x"],
        f"beside `{BAND}`: same choice, geomean": [
            "–" if n == 0 else f"{c} / {n}, {g:.2f}" for n, c, g in
            zip(table["band_runs"], table["band_same_choice"], table["band_geomean_ratio"], strict=True)],
        "within 2× of the ensemble: grid → again": arrows(table["grid_within_2x"], table["within_2x"]),
        "derivation s (mean): grid → again": arrows(table["grid_seconds"], table["seconds"], "{:.0f}".format),
        "best baseline's mean": [f"{v:.2e}" for v in table["baseline_mean"]],
        "derived mean at or below it: grid → again": arrows(table["grid_at_or_below"], table["at_or_below"], YES_NO.get),
    })
    return ("The grid's ensembles derived again (`make rederive-band`, `make rederive-swaps`, `make rederive-cosine`, "
            "`make rederive-fresh`, `make rederive-keep`, `make rederive-restarts`, `make rederive-fresh-gain`; no ensemble re-trained), each label into "
            "`rederive/<label>/`: `same_method` (and "
            "`same_method_<cpu>`) with the SPEC's start (`derive.fresh_start: never`, every other derive setting at its "
            "default; the grid's derivation until it adopted `final`) on another machine or thread split, the others with "
            "one setting changed from it (`ensemble_start`: the grid's own derivations before the grid adopted `final`, "
            "`fresh_final`: those before it adopted `keep_validated` and `policy_samples`, `keep_validated`: those "
            "before it adopted `fresh_restarts`, `restarts4`: those before it adopted `fresh_gain` (`make "
            "rederive-fresh-gain`: only the runs whose final check's winner kept gains, the only derivations it "
            "changes), each kept when it did; `restarts8`: the settings of `restarts4` with four restarts more, `make "
            "rederive-restarts RESTARTS=8`). A label derived on another CPU than the grid's "
            "derivation (column CPU) also holds that CPU's difference. "
            "`changed`: the settings in which a label differs from the grid's derivation; `same choice`: runs whose "
            "architecture, gain and start equal the grid's; `beside same_method`: a label against the "
            "same ensembles derived as `same_method` on the same CPU (the setting's own effect; – where no `same_method` "
            "label ran there, or where the label differs from it in more than one setting); `derivation s`: seconds of choosing and re-training, per run (machines and loads differ). "
            "Derivations written before summaries recorded their CPU say `not recorded`. The derived model's 100-epoch "
            "re-training is chaotic: `same_method` beside a label that differs from it only by the machine is the "
            "derivation's rerun band, and a dataset whose verdict against the best baseline flips there is decided by the "
            "rerun, not by the method.\n\n" + markdown_table(shown))


def rederive_reading(table: pd.DataFrame) -> list[str]:
    """Plain statements for the Reading, generated from the table."""
    lines = []
    for label, part in table.groupby("label", sort=True):
        flips = part[part["grid_at_or_below"] != part["at_or_below"]]
        text = (f"Re-derivation `{label}` ({part['label_what'].iloc[0]}): the same choice as the grid in "
                f"{int(part['same_choice'].sum())} of {int(part['runs'].sum())} runs; the derived test MSE moved "
                f"by more than 2× in {int(part['moved_2x'].sum())} (again / grid from {part['min_ratio'].min():.2g} "
                f"to {part['max_ratio'].max():.2g})")
        paired = part[part["band_runs"] > 0]
        if len(paired):
            runs = int(paired["band_runs"].sum())
            text += (f"; beside `{BAND}` (the same CPU) it made the same choice in "
                     f"{int(paired['band_same_choice'].sum())} of {runs} runs, geometric-mean test MSE ratio "
                     f"{float(np.exp((np.log(paired['band_geomean_ratio']) * paired['band_runs']).sum() / runs)):.2f}")
        text += "; within 2× of the ensemble (grid → again): " + ", ".join(
            f"{model} {int(p['grid_within_2x'].sum())} → {int(p['within_2x'].sum())} of {int(p['runs'].sum())}"
            for model, p in part.groupby("model", sort=True))
        if len(flips):
            text += "; the verdict against the best baseline's mean flips on " + ", ".join(
                f"{r.model} · {r.dataset} ({r.grid_mean:.2e} → {r.mean:.2e} against {r.baseline_mean:.2e})"
                for r in flips.itertuples())
        lines.append(text + ".")
    return lines
