"""The derive settings a derivation records, read back from a derived summary (SPEC §6).

Here, in the config layer, so that the report reads a summary's settings without importing the
derivation (and TensorFlow with it).

Every derived summary records what chose it: ``method`` (``argmax`` for a sampled search),
``retrain_epochs``, ``retrain_lr_schedule`` and, where validation weighed choices (the validated
method, or a sampled search's fresh-start check), the validated settings under ``selection``. This
module is the one place that says which: :func:`selection_settings` is what
:func:`~diffqas_qlstm.derive.choose.choose_architecture` records, :func:`summary_settings` reads a
summary's settings back (a summary written before a setting existed stands for its value then),
and :func:`settings_differences` sets a summary beside a configured ``derive`` block — whether a
derivation made elsewhere (a re-derivation label) is what this configuration would make.

Example:
    >>> from diffqas_qlstm.config import DeriveConfig
    >>> derive = DeriveConfig(retrain_epochs=100, fresh_start="final")
    >>> summary = {"method": "validated", "retrain_epochs": 100, "retrain_lr_schedule": "constant",
    ...            "selection": selection_settings(derive, sampled=False)}
    >>> settings_differences(summary, derive, "constant", sampled=False)
    {}
    >>> settings_differences(summary, DeriveConfig(retrain_epochs=100, fresh_start="never"), "constant", sampled=False)
    {'fresh_start': ('final', 'never')}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from diffqas_qlstm.config.blocks import DeriveConfig

LEGACY = {"trainable_siblings": False, "swap_rounds": 0, "fresh_start": "never", "shortlist_epochs": None,
          "validation_fraction": None, "policy_samples": 0, "keep_validated": False,
          "fresh_restarts": 0, "fresh_gain": False}
"""The validated settings a derived summary records under ``selection``, with the value a summary
written before the setting existed (or by a derivation that validated nothing) stands for
(``fresh_gain``: None where the setting could not have mattered, :func:`summary_settings`)."""


def checks_both_starts(derive: DeriveConfig) -> bool:
    """Whether the derivation's winner is re-trained from both starts (``fresh_start: final``): not
    with ``retrain_epochs: 0``, where the derived model keeps the ensemble's θ untrained.

    Example:
        >>> checks_both_starts(DeriveConfig(fresh_start="final", retrain_epochs=0))
        False
    """
    return derive.final_check


def selection_settings(derive: DeriveConfig, *, sampled: bool) -> dict[str, Any]:
    """The settings a derivation of ``derive`` records under ``selection``: none where it validates
    nothing (``magnitude``, ``contribution``, a sampled search's plain argmax)."""
    weighed = (derive.fresh_start == "shortlist" or checks_both_starts(derive) or derive.policy_samples > 0) \
        if sampled else derive.method == "validated"
    if not weighed:
        return {}
    return {"validation_fraction": derive.validation_fraction, "trainable_siblings": derive.trainable_siblings,
            "swap_rounds": derive.swap_rounds, "fresh_start": derive.fresh_start,
            "shortlist_epochs": derive.shortlist_epochs,
            **({"policy_samples": derive.policy_samples} if sampled and derive.policy_samples else {}),
            **({"keep_validated": True} if derive.keep_validated else {}),
            **({"fresh_restarts": derive.fresh_restarts} if derive.fresh_restarts else {}),
            **({"fresh_gain": True} if derive.fresh_gain else {})}


def fresh_gain_inert(selection: Mapping[str, Any]) -> bool:
    """Whether ``derive.fresh_gain`` could not have changed the derivation a summary's ``selection``
    records (its ``shortlist`` rows): no architecture it started fresh had been kept with gains —
    with ``fresh_start: final`` the final check's winner (its first row, the ensemble start) had
    none; with ``shortlist`` no shortlisted architecture had any; with ``never`` nothing started
    fresh. The setting's two values then make the same derivation.

    Example:
        >>> rows = [{"gain": True, "start": "ensemble"}, {"gain": False, "start": "ensemble"},
        ...         {"gain": False, "start": "fresh"}]
        >>> fresh_gain_inert({"fresh_start": "final", "final_epochs": 100, "shortlist": rows})
        True
        >>> fresh_gain_inert({"fresh_start": "shortlist", "shortlist": rows})
        False
    """
    rows = list(selection.get("shortlist") or [])
    if selection.get("fresh_start") == "shortlist":
        return not any(row.get("gain") and row.get("start", "ensemble") == "ensemble" for row in rows)
    if selection.get("fresh_start") == "final" and "final_epochs" in selection:
        final = rows[len(rows) - 2 - int(selection.get("fresh_restarts", 0)):]
        return not (final and final[0].get("gain"))
    return True


def summary_settings(summary: Mapping[str, Any]) -> dict[str, Any]:
    """The derive settings a derived summary was written with (see :data:`LEGACY`); ``fresh_gain``
    is None where it could not have mattered (:func:`fresh_gain_inert`), so that the derivation
    stands for both of its values."""
    selection = dict(summary.get("selection") or {})
    if isinstance(selection.get("fresh_start"), bool):  # written when the setting was a flag
        selection["fresh_start"] = "shortlist" if selection["fresh_start"] else "never"
    settings = {"method": summary.get("method"), "retrain_epochs": summary.get("retrain_epochs"),
                "retrain_lr_schedule": summary.get("retrain_lr_schedule", "constant"),
                **{key: selection.get(key, default) for key, default in LEGACY.items()}}
    if "shortlist" in selection and fresh_gain_inert(selection):
        settings["fresh_gain"] = None
    return settings


def settings_differences(summary: Mapping[str, Any], derive: DeriveConfig, lr_schedule: str, *,
                         sampled: bool) -> dict[str, tuple[Any, Any]]:
    """Setting → (the summary's value, ``derive``'s) wherever they differ; ``lr_schedule``: the
    training's schedule, which ``derive.retrain_lr_schedule: null`` stands for; ``sampled``: the
    run is a sampled search (its method is ``argmax`` whatever ``derive.method`` says)."""
    configured = summary_settings({
        "method": "argmax" if sampled else derive.method, "retrain_epochs": derive.retrain_epochs,
        "retrain_lr_schedule": derive.retrain_lr_schedule or lr_schedule,
        "selection": selection_settings(derive, sampled=sampled)})
    recorded = summary_settings(summary)
    return {key: (recorded[key], value) for key, value in configured.items()
            if recorded[key] != value and not (key == "fresh_gain" and recorded[key] is None)}
