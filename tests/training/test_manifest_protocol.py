"""The protocol of a run leaves out DiffQAS settings at the paper's form."""

from diffqas_qlstm.training.manifest import protocol, protocol_differences


def test_runs_from_before_the_architecture_settings_existed_compare_equal_to_runs_at_their_defaults() -> None:
    old = {"protocol": protocol({"model": {"depth": 5}}, {"window": 4})}
    new = {"protocol": protocol({"model": {"depth": 5, "arch_init": None, "arch_lr_scale": 1.0}}, {"window": 4})}
    explored = {"protocol": protocol({"model": {"depth": 5, "arch_lr_scale": 10.0}}, {"window": 4})}
    assert protocol_differences({"old": old, "new": new}) == []
    assert protocol_differences({"old": old, "explored": explored}) == ["model.arch_lr_scale: None (old) vs 10.0 (explored)"]
