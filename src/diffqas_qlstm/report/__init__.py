"""Metrics, the predictions table, figures, the results table and statistics (SPEC §7).

Needs only pandas, matplotlib and scipy. Usage::

    runs = collect_runs(*metrics_of_every_run)          # long table, one row per run (+ derived)
    table = results_table(runs)                         # models × datasets, mean ± std, best marked
    print(results_markdown(table))
    stats = compare_to_best_baseline(runs)              # DiffQAS vs best baseline, paired over seeds
"""

from diffqas_qlstm.report.metrics import PREDICTION_COLUMNS, prediction_frame, run_metrics
from diffqas_qlstm.report.plots import (
    architecture_inputs,
    plot_architecture_heatmap,
    plot_architecture_history,
    plot_losses,
    plot_predictions,
    plot_results,
)
from diffqas_qlstm.report.statistics import (
    STAT_COLUMNS,
    compare_to_best_baseline,
    statistics_markdown,
)
from diffqas_qlstm.report.tables import (
    aggregate,
    collect_runs,
    markdown_table,
    results_markdown,
    results_table,
)

__all__ = [
    "PREDICTION_COLUMNS",
    "STAT_COLUMNS",
    "aggregate",
    "architecture_inputs",
    "collect_runs",
    "compare_to_best_baseline",
    "markdown_table",
    "plot_architecture_heatmap",
    "plot_architecture_history",
    "plot_losses",
    "plot_predictions",
    "plot_results",
    "prediction_frame",
    "results_markdown",
    "results_table",
    "run_metrics",
    "statistics_markdown",
]
