"""What a study hands back: its trials as a table, the best values as a ``train`` fragment for
``conf/local/``, and Optuna's optimization-history, parameter-importance and slice plots.

Example:
    >>> import optuna
    >>> study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0))
    >>> study.optimize(lambda t: (t.suggest_float("training.learning_rate", 0.001, 0.1) - 0.01) ** 2, n_trials=3)
    >>> list(trials_table(study).columns[:4])
    ['number', 'state', 'value', 'epochs']
    >>> sorted(best_parameters(study)["train"]["training"])
    ['learning_rate']
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import matplotlib.pyplot as plt
import optuna
import pandas as pd
from optuna.trial import TrialState

from diffqas_qlstm.tune.objective import ERROR_ATTR


def trials_table(study: optuna.Study) -> pd.DataFrame:
    """One row per trial: number, state, value (the last epoch's validation MSE), epochs reported,
    the best validation MSE of any epoch, seconds, each drawn value (``param.<key>``) and, for a
    trial that failed by itself, the error."""
    rows = []
    for trial in study.get_trials(deepcopy=False):
        steps = trial.intermediate_values
        seconds = (trial.datetime_complete - trial.datetime_start).total_seconds() if (
            trial.datetime_complete and trial.datetime_start) else None
        rows.append({
            "number": trial.number, "state": trial.state.name, "value": trial.value,
            "epochs": max(steps) if steps else 0, "best_epoch_value": min(steps.values()) if steps else None,
            "seconds": seconds,
            **{f"param.{name}": value for name, value in trial.params.items()},
            "error": trial.user_attrs.get(ERROR_ATTR, ""),
        })
    return pd.DataFrame(rows, columns=None if rows else ["number", "state", "value", "epochs"])


def completed(study: optuna.Study) -> list[optuna.trial.FrozenTrial]:
    return study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))


def best_parameters(study: optuna.Study) -> dict[str, Any]:
    """The best trial's values nested as they are written in ``conf/`` (``{"train": {"training":
    {"learning_rate": …}}}``); a study with no completed trial has none (an empty ``train``)."""
    fragment: dict[str, Any] = {}
    if completed(study):
        for name, value in study.best_trial.params.items():
            block, _, field = name.partition(".")
            fragment.setdefault(block, {})[field] = value
    # Plain numbers and strings only, so the YAML file holds no Python tags (it loads with safe_load).
    return {"train": json.loads(json.dumps(fragment))}


def _blank(message: str) -> plt.Figure:
    figure, axes = plt.subplots(figsize=(6, 3))
    axes.axis("off")
    axes.text(0.5, 0.5, message, ha="center", va="center", wrap=True)
    return figure


def figures(study: optuna.Study) -> dict[str, plt.Figure]:
    """Optuna's matplotlib plots (optimization history, parameter importances, slice), each a
    figure; with too few completed trials a figure that says so."""
    from optuna.visualization import matplotlib as optuna_plots

    done = completed(study)
    out: dict[str, plt.Figure] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        for key, plot, needed in (("optimization_history", optuna_plots.plot_optimization_history, 1),
                                  ("param_importances", optuna_plots.plot_param_importances, 2),
                                  ("slice", optuna_plots.plot_slice, 1)):
            if len(done) < needed:
                out[key] = _blank(f"{study.study_name}: {len(done)} completed trial(s); "
                                  f"the {key.replace('_', ' ')} plot needs {needed}")
                continue
            axes = plot(study)
            every = list(axes.flat) if hasattr(axes, "flat") else [axes]
            if key != "param_importances":
                for one in every:
                    _readable(one)
            figure = every[0].figure
            figure.suptitle(study.study_name)
            figure.set_size_inches(max(6.0, figure.get_size_inches()[0]), 4.0)
            figure.tight_layout()
            out[key] = figure
    return out


def _readable(axes: plt.Axes) -> None:
    """MSE on a log scale, and every log-scaled axis with a few readable labels (Optuna labels the
    minor ticks too, which overlap, or none within one decade)."""
    from matplotlib.ticker import (
        FormatStrFormatter,
        LogFormatterSciNotation,
        LogLocator,
        MaxNLocator,
        NullLocator,
    )

    if axes.get_ylabel() == "Objective Value":
        axes.set_ylabel("validation MSE (last epoch)")
    values = [y for line in axes.get_lines() for y in line.get_ydata()]
    values += [y for collection in axes.collections for _, y in collection.get_offsets()]
    if values and min(values) > 0:
        axes.set_yscale("log")
    for axis, scale, limits in ((axes.xaxis, axes.get_xscale(), axes.get_xlim()),
                                (axes.yaxis, axes.get_yscale(), axes.get_ylim())):
        if scale != "log":
            continue
        axis.set_minor_locator(NullLocator())
        if max(limits) / max(min(limits), 1e-300) > 10:
            axis.set_major_locator(LogLocator(numticks=6))
            axis.set_major_formatter(LogFormatterSciNotation())
        else:
            axis.set_major_locator(MaxNLocator(4))
            axis.set_major_formatter(FormatStrFormatter("%.2g"))


def summary_row(study: optuna.Study) -> dict[str, Any]:
    """The study in one row: trials by state, the best validation MSE and the values that gave it."""
    trials = study.get_trials(deepcopy=False)
    row: dict[str, Any] = {"study": study.study_name, "trials": len(trials)}
    for state in (TrialState.COMPLETE, TrialState.PRUNED, TrialState.FAIL, TrialState.RUNNING):
        row[state.name.lower()] = sum(t.state == state for t in trials)
    if completed(study):
        best = study.best_trial
        row |= {"best_trial": best.number, "best_validation_mse": best.value,
                "best_values": ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                                         for k, v in best.params.items())}
    else:
        row |= {"best_trial": None, "best_validation_mse": None, "best_values": ""}
    return row


def summary_markdown(rows: list[dict[str, Any]], storage: str) -> str:
    """The studies as a Markdown table, with where the study lives and how to look at it."""
    table = pd.DataFrame(rows)
    lines = ["# Hyperparameter search", "",
             f"Storage: `{storage}` (`optuna-dashboard sqlite:///{storage}` shows it live).", "",
             "| study | trials | complete | pruned | failed | best validation MSE | best values |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for _, row in table.iterrows():
        best = "–" if pd.isna(row["best_validation_mse"]) else f"{row['best_validation_mse']:.3e}"
        lines.append(f"| {row['study']} | {row['trials']} | {row['complete']} | {row['pruned']} | {row['fail']} "
                     f"| {best} | {row['best_values'] or '–'} |")
    return "\n".join(lines) + "\n"
