"""``docs/RESULTS.md`` as one string: the sections in order, the fidelity note and the reading.

The output depends only on the records (sorted by run name; no clock, no machine state), so
rebuilding from the same folder gives the same bytes (``tests/publish/``).

Example:
    >>> results_document(pd.DataFrame(), [], command="make results").splitlines()[-1]
    'No finished run in the results folder yet.'
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from diffqas_qlstm.report import evidence
from diffqas_qlstm.report.fidelity import fidelity_note
from diffqas_qlstm.report.paper import PAPER_SOURCE
from diffqas_qlstm.report.published import long_runs
from diffqas_qlstm.report.reading import reading
from diffqas_qlstm.report.sections import (
    architecture_table,
    last_epochs_section,
    paper_comparison,
    seeds_table,
    table_ii,
    wall_clock,
)


def _machines(runs: pd.DataFrame) -> str:
    found = Counter(
        f"{cpu}, {int(cores)} cores" if isinstance(cpu, str) and pd.notna(cores) else "not recorded"
        for cpu, cores in zip(runs["cpu"], runs["cores"], strict=True)
    )
    return "; ".join(f"{name} ({n} runs)" for name, n in sorted(found.items()))

def _derived_methods(runs: pd.DataFrame) -> str:
    """`` (derivation: validated 72 runs, magnitude 3 runs; 2 flagged degenerate)`` for the caption."""
    if "derived_method" not in runs or runs["derived_test_mse"].isna().all():
        return ""
    derived = runs[runs["derived_test_mse"].notna()]
    methods = Counter(str(m) if isinstance(m, str) else "magnitude" for m in derived["derived_method"])
    flagged = int(sum(str(v).lower() == "true" for v in derived.get("derived_degenerate", [])))
    text = ", ".join(f"`{m}` {n} runs" for m, n in sorted(methods.items(), key=lambda item: -item[1]))
    starts = Counter(str(v) for v in derived.get("derived_fresh_start", pd.Series(dtype=object)) if isinstance(v, str))
    if starts:
        text += "; `derive.fresh_start`: " + ", ".join(f"`{s}` {n} runs" for s, n in sorted(starts.items(), key=lambda item: -item[1]))
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
    rerun_band: pd.DataFrame | None = None,
) -> str:
    """The whole ``RESULTS.md`` as one string (deterministic for the same ``runs``); ``rerun_band``
    (:func:`~diffqas_qlstm.report.rerun.rerun_table`) gives the fidelity note its measured precision."""
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
        fidelity_note(runs, rerun_band if rerun_band is not None else pd.DataFrame()),
        "",
        "## Reading",
        "",
        *[f"- {line}" for line in [*reading(runs, stats, ratios), *(extra_reading or [])]],
        "",
    ]
    return "\n".join(lines)
