"""The derive settings a summary records read back as the configuration that wrote it (issue 21)."""

from __future__ import annotations

import pytest

from diffqas_qlstm.config import DeriveConfig
from diffqas_qlstm.config.recorded import selection_settings, settings_differences, summary_settings


def _summary(derive: DeriveConfig, *, sampled: bool, lr: str = "constant") -> dict:
    return {"method": "argmax" if sampled else derive.method, "retrain_epochs": derive.retrain_epochs,
            "retrain_lr_schedule": derive.retrain_lr_schedule or lr,
            "selection": selection_settings(derive, sampled=sampled)}


@pytest.mark.parametrize("sampled", [False, True])
@pytest.mark.parametrize("settings", [
    {}, {"fresh_start": "final"}, {"fresh_start": "shortlist", "swap_rounds": 2}, {"method": "magnitude"},
    {"method": "contribution", "fresh_start": "final"}, {"trainable_siblings": True, "retrain_lr_schedule": "cosine"},
    {"policy_samples": 3}, {"policy_samples": 2, "fresh_start": "never"},
    {"keep_validated": True, "fresh_restarts": 2}, {"fresh_restarts": 1, "policy_samples": 4},
])
def test_what_a_derivation_records_reads_back_as_the_configuration_that_wrote_it(settings, sampled):
    derive = DeriveConfig(retrain_epochs=100, **settings)
    assert settings_differences(_summary(derive, sampled=sampled), derive, "constant", sampled=sampled) == {}


def test_a_validated_derivation_records_every_setting_and_a_plain_argmax_none():
    derive = DeriveConfig(fresh_start="final", shortlist_epochs=7, retrain_epochs=5)
    assert selection_settings(derive, sampled=False)["shortlist_epochs"] == 7
    assert selection_settings(derive, sampled=True)["fresh_start"] == "final"  # the argmax checked against itself fresh
    assert selection_settings(DeriveConfig(fresh_start="never"), sampled=True) == {}
    assert selection_settings(derive.model_copy(update={"retrain_epochs": 0}), sampled=True) == {}  # no start to check
    assert selection_settings(DeriveConfig(method="magnitude", fresh_start="final"), sampled=False) == {}


def test_each_changed_setting_is_named_with_the_summarys_value_and_the_configured_one():
    written = DeriveConfig(retrain_epochs=100, fresh_start="never", swap_rounds=0)
    now = DeriveConfig(retrain_epochs=50, fresh_start="final", swap_rounds=0, retrain_lr_schedule="cosine")
    assert settings_differences(_summary(written, sampled=False), now, "constant", sampled=False) == {
        "retrain_epochs": (100, 50), "fresh_start": ("never", "final"), "retrain_lr_schedule": ("constant", "cosine")}
    # a null schedule stands for the training's: the same derivation when the training's is the summary's
    assert settings_differences(_summary(written, sampled=False, lr="cosine"),
                                DeriveConfig(retrain_epochs=100, fresh_start="never"), "cosine", sampled=False) == {}
    # a sampled search's argmax is not the validated method: its method is not a difference
    assert "method" not in settings_differences(_summary(written, sampled=True), written, "constant", sampled=True)


def test_a_summary_written_before_a_setting_existed_stands_for_its_value_then():
    old = {"method": "validated", "retrain_epochs": 100, "selection": {"shortlist_epochs": 20, "fresh_start": True}}
    read = summary_settings(old)
    assert read["fresh_start"] == "shortlist" and read["retrain_lr_schedule"] == "constant"
    assert read["swap_rounds"] == 0 and read["trainable_siblings"] is False
    assert summary_settings({"method": "magnitude"})["fresh_start"] == "never"


def test_policy_draws_are_recorded_for_a_sampled_search_only_and_an_older_summary_stands_for_none():
    derive = DeriveConfig(fresh_start="never", policy_samples=8, retrain_epochs=100)
    assert selection_settings(derive, sampled=True)["policy_samples"] == 8  # the draws alone are a validation
    assert "policy_samples" not in selection_settings(derive.model_copy(update={"method": "validated"}), sampled=False)
    assert settings_differences(_summary(derive, sampled=True), derive, "constant", sampled=True) == {}
    older = _summary(DeriveConfig(retrain_epochs=100), sampled=True)
    assert summary_settings(older)["policy_samples"] == 0
    assert settings_differences(older, derive, "constant", sampled=True)["policy_samples"] == (0, 8)


def test_fresh_restarts_are_recorded_and_an_older_summary_stands_for_none():
    derive = DeriveConfig(retrain_epochs=100, fresh_start="final", fresh_restarts=3)
    assert selection_settings(derive, sampled=False)["fresh_restarts"] == 3
    assert selection_settings(derive, sampled=True)["fresh_restarts"] == 3  # a sampled search's final check too
    older = _summary(DeriveConfig(retrain_epochs=100), sampled=False)
    assert summary_settings(older)["fresh_restarts"] == 0
    assert settings_differences(older, derive, "constant", sampled=False) == {"fresh_restarts": (0, 3)}


def test_fresh_gain_is_recorded_and_an_older_summary_stands_for_dropped_gains():
    derive = DeriveConfig(retrain_epochs=100, fresh_start="final", fresh_gain=True)
    assert selection_settings(derive, sampled=False)["fresh_gain"] is True
    assert "fresh_gain" not in selection_settings(DeriveConfig(retrain_epochs=100, fresh_start="final"), sampled=False)
    older = _summary(DeriveConfig(retrain_epochs=100), sampled=False)
    assert summary_settings(older)["fresh_gain"] is False
    assert settings_differences(older, derive, "constant", sampled=False) == {"fresh_gain": (False, True)}


def _final_check(derive: DeriveConfig, winner_gain: bool) -> dict:
    """A summary of ``derive`` whose shortlist's winner had gains or not, with its final check's rows."""
    summary = _summary(derive, sampled=False)
    starts = 2 + derive.fresh_restarts
    fresh_gain = winner_gain and derive.fresh_gain
    summary["selection"].update(final_epochs=100, shortlist=[
        {"gain": not winner_gain, "start": "ensemble"}, {"gain": winner_gain, "start": "ensemble"},
        *({"gain": fresh_gain, "start": "fresh"} for _ in range(starts - 1))])
    return summary


@pytest.mark.parametrize("restarts", [0, 3])
def test_fresh_gain_is_no_difference_where_the_final_checks_winner_had_no_gain_to_keep(restarts):
    on = DeriveConfig(retrain_epochs=100, fresh_start="final", fresh_restarts=restarts, fresh_gain=True)
    off = on.model_copy(update={"fresh_gain": False})
    for written, configured in ((off, on), (on, off)):
        assert settings_differences(_final_check(written, winner_gain=False), configured, "constant", sampled=False) == {}
        assert summary_settings(_final_check(written, winner_gain=False))["fresh_gain"] is None
        assert settings_differences(_final_check(written, winner_gain=True), configured, "constant", sampled=False) == {
            "fresh_gain": (written.fresh_gain, configured.fresh_gain)}
