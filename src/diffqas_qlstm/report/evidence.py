"""Paired comparisons over seeds that survive a multiple-testing correction (issue 22).

With 3 seeds and fifty uncorrected t-tests, a "significant" cell is what chance gives (2.5 of 50
at α = 0.05). Here each comparison pairs two rows of one dataset by seed and reports:

- ``n``: paired seeds; ``wins`` / ``losses``: seeds in which the row's test MSE is lower / higher;
- ``median_ratio``: the median over seeds of row / opponent, with a percentile bootstrap 95 %
  interval (``scipy.stats.bootstrap``, seeds resampled, seeded so the document is reproducible);
- ``p_wilcoxon`` (signed-rank, exact for small n) and ``p_ttest`` (paired t-test), both on the
  per-seed log10 ratios — test MSEs span orders of magnitude, so a difference of raw MSEs is
  decided by its largest seed;
- each p-value adjusted by Holm over its **family** (``statsmodels``' ``multipletests``).

Two families, fixed before looking: ``claim`` — the paper's claim, the non-shared DiffQAS ensemble
and its derived circuit against the best hand-designed baseline of each dataset; ``other`` —
every other comparison reported (the softmax and GDAS rows against that baseline, each DiffQAS
row against the classical LSTM). The best baseline of a dataset is the hand-designed circuit with
the most seeds there and, among those, the lowest median test MSE.

A comparison is **decided** when the adjusted p of the configured test (``report.statistical_test``)
is below α; the generated reading states only decided comparisons.

Example:
    >>> import pandas as pd
    >>> long = pd.DataFrame({"dataset": ["d"] * 16, "seed": list(range(8)) * 2,
    ...     "model": ["diffqas_nonshared"] * 8 + ["baseline_1"] * 8,
    ...     "test_mse": [1e-4] * 8 + [1e-3, 2e-3, 3e-3, 1e-3, 2e-3, 3e-3, 1e-3, 2e-3]})
    >>> row = paired_comparisons(long).iloc[0]
    >>> row["opponent"], int(row["n"]), int(row["wins"]), f"{row['median_ratio']:.2f}", f"{row['p_wilcoxon']:.4f}"
    ('baseline_1', 8, 8, '0.05', '0.0078')
    >>> bool(row["decided"]), row["verdict"]
    (True, 'lower')
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.multitest import multipletests

from diffqas_qlstm.report.statistics import is_baseline
from diffqas_qlstm.report.tables import DERIVED_SUFFIX
from diffqas_qlstm.series.kinds import STATSMODELS_DATASETS

CLAIM_ROWS = ("diffqas_nonshared", "diffqas_nonshared" + DERIVED_SUFFIX)
"""The rows of the paper's claim (family ``claim`` against the best hand-designed baseline)."""
OTHER_ROWS = ("diffqas_nonshared_softmax", "diffqas_nonshared_softmax" + DERIVED_SUFFIX, "diffqas_gdas" + DERIVED_SUFFIX,
              "diffqas_reinforce" + DERIVED_SUFFIX)
"""Further rows compared with the best baseline (family ``other``)."""
CLASSICAL = "classical_lstm"
REAL_WORLD = STATSMODELS_DATASETS
"""Dataset names of the real-world series (statsmodels' bundled ones); every other one is synthetic."""
COLUMNS = ["family", "dataset", "row", "opponent", "n", "wins", "losses", "median_ratio", "ratio_low", "ratio_high",
           "p_wilcoxon", "p_ttest", "p_wilcoxon_holm", "p_ttest_holm", "decided", "verdict"]


def best_baseline(part: pd.DataFrame) -> str | None:
    """The hand-designed circuit with the most seeds in ``part`` (one dataset's long runs) and,
    among those, the lowest median test MSE; None without one."""
    baselines = part[[is_baseline(m) for m in part["model"]]]
    if baselines.empty:
        return None
    summary = baselines.groupby("model")["test_mse"].agg(["count", "median"])
    top = summary[summary["count"] == summary["count"].max()]
    return str(top["median"].idxmin())


def _paired(part: pd.DataFrame, row: str, opponent: str) -> tuple[np.ndarray, np.ndarray]:
    a = part[part["model"] == row].set_index("seed")["test_mse"].astype(float)
    b = part[part["model"] == opponent].set_index("seed")["test_mse"].astype(float)
    seeds = sorted(set(a.index) & set(b.index))
    return a.loc[seeds].to_numpy(), b.loc[seeds].to_numpy()


def _median_interval(ratios: np.ndarray) -> tuple[float, float]:
    if len(ratios) < 3 or np.allclose(ratios, ratios[0]):
        return float("nan"), float("nan")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = stats.bootstrap((ratios,), np.median, confidence_level=0.95, n_resamples=4999,
                                 method="percentile", rng=np.random.default_rng(0))
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


def _tests(log_ratios: np.ndarray) -> tuple[float, float]:
    """(Wilcoxon, t-test) p of the log ratios against 0; NaN where a test is undefined (fewer than
    2 pairs; no variance for the t-test)."""
    if len(log_ratios) < 2:
        return float("nan"), float("nan")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wilcoxon = float(stats.wilcoxon(log_ratios).pvalue) if np.any(log_ratios != 0) else 1.0
        ttest = (float("nan") if np.allclose(log_ratios, log_ratios[0])
                 else float(stats.ttest_1samp(log_ratios, 0.0).pvalue))
    return wilcoxon, ttest


def compare(part: pd.DataFrame, row: str, opponent: str) -> dict[str, float]:
    """One comparison of two rows of one dataset (the numeric columns of :data:`COLUMNS`)."""
    a, b = _paired(part, row, opponent)
    ratios = a / b
    finite = np.isfinite(ratios) & (ratios > 0)
    ratios = ratios[finite]
    low, high = _median_interval(ratios)
    p_wilcoxon, p_ttest = _tests(np.log10(ratios))
    return {"n": len(ratios), "wins": int((a < b).sum()), "losses": int((a > b).sum()),
            "median_ratio": float(np.median(ratios)) if len(ratios) else float("nan"),
            "ratio_low": low, "ratio_high": high, "p_wilcoxon": p_wilcoxon, "p_ttest": p_ttest}


def holm(p: pd.Series) -> np.ndarray:
    """Holm-adjusted p-values (NaN stays NaN)."""
    out = np.full(len(p), np.nan)
    ok = np.isfinite(p.to_numpy(float))
    if ok.any():
        out[ok] = multipletests(p.to_numpy(float)[ok], method="holm")[1]
    return out


def adjusted(table: pd.DataFrame, test: str = "wilcoxon", alpha: float = 0.05) -> pd.DataFrame:
    """``table`` (rows of :func:`compare` with a ``family``) with both p-values Holm-adjusted within
    each family, ``decided`` (the ``test``'s adjusted p < ``alpha``) and the ``verdict``."""
    if table.empty:
        return table
    for _, index in table.groupby("family").groups.items():
        for column in ("p_wilcoxon", "p_ttest"):
            table.loc[index, column + "_holm"] = holm(table.loc[index, column])
    deciding = table["p_wilcoxon_holm" if test == "wilcoxon" else "p_ttest_holm"].astype(float)
    table["decided"] = deciding < alpha
    table["verdict"] = np.where(~table["decided"], "undecided",
                                np.where(table["median_ratio"] < 1, "lower", "higher"))
    return table


def paired_comparisons(long: pd.DataFrame, test: str = "wilcoxon", alpha: float = 0.05) -> pd.DataFrame:
    """Every comparison of the two families (see the module text), adjusted per family.

    ``long`` has the columns dataset, model (labels, derived rows ``<model> (derived)``), seed,
    test_mse (:func:`~diffqas_qlstm.report.published.long_runs`). ``test`` (``wilcoxon`` or
    ``ttest_rel``) decides.
    """
    rows = []
    for dataset, part in long.dropna(subset=["test_mse"]).groupby("dataset", sort=False):
        labels = set(part["model"])
        baseline = best_baseline(part)
        pairs = []
        if baseline is not None:
            pairs += [("claim", r, baseline) for r in CLAIM_ROWS if r in labels]
            pairs += [("other", r, baseline) for r in OTHER_ROWS if r in labels]
        if CLASSICAL in labels:
            pairs += [("other", r, CLASSICAL) for r in (*CLAIM_ROWS, *OTHER_ROWS) if r in labels]
        for family, row, opponent in pairs:
            rows.append({"family": family, "dataset": dataset, "row": row, "opponent": opponent,
                         **compare(part, row, opponent)})
    table = adjusted(pd.DataFrame(rows, columns=COLUMNS), test, alpha)
    if table.empty:
        return table
    family_order = {"claim": 0, "other": 1}
    return table.sort_values("family", key=lambda f: f.map(family_order), kind="stable").reset_index(drop=True)


def _e(value: float) -> str:
    return f"{value:.2e}" if np.isfinite(value) else "–"


def _r(value: float) -> str:
    return f"{value:.3g}×" if np.isfinite(value) else "–"


def _p(value: float) -> str:
    return f"{value:.3g}" if np.isfinite(value) else "–"


def shown_comparisons(part: pd.DataFrame) -> pd.DataFrame:
    """Comparisons (rows of :func:`paired_comparisons`) as the document shows them: counts, the
    median ratio with its interval, both p-values with their Holm adjustment, the verdict (bold
    when decided)."""
    return pd.DataFrame({
        "dataset": part["dataset"], "row": part["row"], "opponent": part["opponent"], "n": part["n"],
        "wins / losses": [f"{w} / {losses}" for w, losses in zip(part["wins"], part["losses"], strict=True)],
        "median ratio [95 % CI]": [f"{_r(m)} [{_r(lo)}, {_r(hi)}]" for m, lo, hi in
                                   zip(part["median_ratio"], part["ratio_low"], part["ratio_high"], strict=True)],
        "p Wilcoxon (Holm)": [f"{_p(p)} ({_p(h)})" for p, h in zip(part["p_wilcoxon"], part["p_wilcoxon_holm"], strict=True)],
        "p t-test (Holm)": [f"{_p(p)} ({_p(h)})" for p, h in zip(part["p_ttest"], part["p_ttest_holm"], strict=True)],
        "verdict": [f"**{v}**" if d else v for v, d in zip(part["verdict"], part["decided"], strict=True)],
    })


def evidence_markdown(table: pd.DataFrame, test: str, alpha: float = 0.05) -> str:
    """The comparisons as a Markdown table (one per family) with how to read it."""
    from diffqas_qlstm.report.tables import markdown_table

    if table.empty:
        return "No comparison possible yet (no DiffQAS row beside a hand-designed baseline or the classical LSTM)."
    deciding = "Wilcoxon" if test == "wilcoxon" else "t-test"
    parts = [
        "Each row pairs two models of one dataset by seed. ratio = row / opponent test MSE (below 1: the row is "
        "better); its median over seeds with a bootstrap 95 % interval; wins / losses: seeds in which the row is "
        "lower / higher. Tests on the per-seed log10 ratios: Wilcoxon signed-rank and paired t-test; p "
        f"adjusted by Holm within each family (sizes: {', '.join(f'{f} {n}' for f, n in table['family'].value_counts(sort=False).items())}). "
        f"**Decided**: Holm-adjusted {deciding} p < {alpha} (`report.statistical_test`); `lower` / `higher` "
        "say which way.",
    ]
    for family, part in table.groupby("family", sort=False):
        shown = shown_comparisons(part)
        title = ("Family `claim`: the non-shared DiffQAS ensemble and its derived circuit vs the best hand-designed "
                 "baseline" if family == "claim" else
                 "Family `other`: the other rows vs that baseline, and every row vs the classical LSTM")
        parts += ["", f"{title}:", "", markdown_table(shown)]
    return "\n".join(parts)


def evidence_reading(table: pd.DataFrame, alpha: float = 0.05) -> list[str]:
    """Sentences stating only the comparisons that survive the correction (and how many do not)."""
    if table.empty:
        return []
    decided = table[table["decided"]]
    lines = [f"Of {len(table)} paired comparisons over seeds (Holm-corrected per family, α = {alpha}), "
             f"{len(decided)} are decided; the other {len(table) - len(decided)} are not distinguishable with "
             "the seeds run."]
    for _, r in decided.iterrows():
        word = "lower" if r["verdict"] == "lower" else "higher"
        lines.append(
            f"{r['dataset']}: {r['row']} has a {word} test MSE than {r['opponent']} (median ratio {_r(r['median_ratio'])}, "
            f"95 % CI [{_r(r['ratio_low'])}, {_r(r['ratio_high'])}], wins / losses {r['wins']} / {r['losses']} over "
            f"{r['n']} seeds).")
    return lines


def real_world_reading(table: pd.DataFrame, real: tuple[str, ...] = REAL_WORLD) -> list[str]:
    """Whether the synthetic picture carries over to the real-world series: per claim row, against the
    best baseline and the classical LSTM, its median ratio on each real series beside how many
    synthetic datasets have it below 1 — a direction, stated as decided only where Holm says so.

    Example:
        >>> table = pd.DataFrame({"family": "claim", "dataset": ["a", "b", "nile"], "row": "diffqas_nonshared",
        ...     "opponent": "baseline_1", "n": 10, "median_ratio": [0.5, 2.0, 0.8], "decided": [True, False, False],
        ...     "verdict": ["lower", "undecided", "undecided"]})
        >>> real_world_reading(table)[0]
        'Real-world series, diffqas_nonshared vs the best baseline: median ratio nile 0.8× (10 seeds); below 1 on 1 of 1 real series and 1 of 2 synthetic datasets; decided on a real series: none.'
    """
    if table.empty:
        return []
    lines = []
    for row in CLAIM_ROWS:
        for label, is_opponent in (("the best baseline", is_baseline), ("the classical LSTM", lambda m: m == CLASSICAL)):
            part = table[(table["row"] == row) & table["opponent"].map(is_opponent)]
            on_real = part[part["dataset"].isin(real)]
            synthetic = part[~part["dataset"].isin(real)]
            if on_real.empty:
                continue
            cells = ", ".join(f"{r.dataset} {_r(r.median_ratio)} ({r.n} seeds)" for r in on_real.itertuples())
            decided = on_real[on_real["decided"].astype(bool)]
            verdicts = ", ".join(f"{r.dataset} {r.verdict}" for r in decided.itertuples()) or "none"
            lines.append(
                f"Real-world series, {row} vs {label}: median ratio {cells}; below 1 on "
                f"{int((on_real['median_ratio'] < 1).sum())} of {len(on_real)} real series and "
                f"{int((synthetic['median_ratio'] < 1).sum())} of {len(synthetic)} synthetic datasets; "
                f"decided on a real series: {verdicts}.")
    return lines


def final_and_last_epochs(long: pd.DataFrame, rows: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Per (row, dataset): the median over seeds of the final epoch's test MSE and of the mean over
    the last 10 epochs (``test_mse_last10``), and their ratio — how much the final epoch's own
    jitter moves a cell. ``rows``: the labels to show (default every label with a last-10 value).

    Example:
        >>> long = pd.DataFrame({"dataset": ["d", "d"], "model": ["m", "m"], "seed": [0, 1],
        ...                      "test_mse": [1.0, 3.0], "test_mse_last10": [2.0, 2.0]})
        >>> final_and_last_epochs(long).iloc[0].to_dict()
        {'row': 'm', 'dataset': 'd', 'n': 2, 'final': 2.0, 'last10': 2.0, 'ratio': 1.0}
    """
    columns = ["row", "dataset", "n", "final", "last10", "ratio"]
    if "test_mse_last10" not in long:
        return pd.DataFrame(columns=columns)
    part = long.dropna(subset=["test_mse_last10"])
    if rows is not None:
        part = part[part["model"].isin(rows)]
    out = []
    for (row, dataset), group in part.groupby(["model", "dataset"], sort=False):
        final, last = float(group["test_mse"].median()), float(group["test_mse_last10"].median())
        out.append({"row": row, "dataset": dataset, "n": len(group), "final": final, "last10": last,
                    "ratio": final / last if last > 0 else float("nan")})
    return pd.DataFrame(out, columns=columns)
