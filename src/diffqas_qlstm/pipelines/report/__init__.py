"""Pipeline ``report``: per-run figures and, across all runs, the results table, figure and statistics.

Example:
    >>> from diffqas_qlstm.training import RunSpec
    >>> p = report_pipeline([RunSpec("damped_shm", "diffqas_nonshared", 0), RunSpec("damped_shm", "constant", 0)])
    >>> sorted(p.outputs())  # doctest: +NORMALIZE_WHITESPACE
    ['damped_shm.constant.seed_0.loss_plot', 'damped_shm.constant.seed_0.prediction_plot',
     'damped_shm.diffqas_nonshared.seed_0.architecture_heatmap',
     'damped_shm.diffqas_nonshared.seed_0.architecture_history_plot',
     'damped_shm.diffqas_nonshared.seed_0.loss_plot', 'damped_shm.diffqas_nonshared.seed_0.prediction_plot',
     'results_figure', 'results_table', 'results_table_md', 'statistics', 'statistics_md']
"""

from diffqas_qlstm.pipelines.report.pipeline import create_pipeline, report_pipeline

__all__ = ["create_pipeline", "report_pipeline"]
