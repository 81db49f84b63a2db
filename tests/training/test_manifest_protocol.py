"""The protocol of a run leaves out DiffQAS settings at the paper's form."""

from diffqas_qlstm.config import TrainConfig, WindowingConfig
from diffqas_qlstm.training.manifest import protocol, protocol_differences

GRID = {"datasets": ["bessel"], "models": ["diffqas_nonshared"], "seeds": [0]}
WINDOWING = WindowingConfig(window=4, train_fraction=0.67, scaler_fit="series")


def _protocol(**model: object) -> dict:
    return {"protocol": protocol(TrainConfig.parse({"grid": GRID, "model": {"depth": 5, **model}}, "train"), WINDOWING)}


def test_runs_from_before_the_architecture_settings_existed_compare_equal_to_runs_at_their_defaults() -> None:
    new = _protocol(arch_init=None, arch_lr_scale=1.0)
    old = {"protocol": {**new["protocol"], "model": dict(new["protocol"]["model"])}}  # as written before them
    assert "arch_init" not in old["protocol"]["model"] and "arch_lr_scale" not in old["protocol"]["model"]
    explored = _protocol(arch_lr_scale=10.0)
    assert protocol_differences({"old": old, "new": new}) == []
    assert protocol_differences({"old": old, "explored": explored}) == ["model.arch_lr_scale: None (old) vs 10.0 (explored)"]


def test_the_protocol_leaves_out_simulator_and_progress_settings() -> None:
    fused = _protocol(backend="fused")
    tfq = _protocol(backend="tfq", tfq_differentiator="parameter_shift")
    assert protocol_differences({"fused": fused, "tfq": tfq}) == []
    assert "progress_bar" not in fused["protocol"]["training"]


def test_the_machine_records_tensorflows_thread_split_set_exported_or_left_to_the_default(monkeypatch) -> None:
    import tensorflow as tf

    from diffqas_qlstm.training.manifest import machine, tf_threads

    monkeypatch.setattr(tf.config.threading, "get_intra_op_parallelism_threads", lambda: 0)
    monkeypatch.setattr(tf.config.threading, "get_inter_op_parallelism_threads", lambda: 2)
    monkeypatch.setenv("TF_NUM_INTRAOP_THREADS", "1")
    monkeypatch.setenv("TF_NUM_INTEROP_THREADS", "5")
    assert tf_threads() == {"intra_op": 1, "inter_op": 2}  # what TensorFlow was set to wins over the variable
    monkeypatch.delenv("TF_NUM_INTRAOP_THREADS")
    assert tf_threads()["intra_op"] is None  # TensorFlow's default: one per core
    monkeypatch.setenv("TF_NUM_INTRAOP_THREADS", "many")
    assert tf_threads()["intra_op"] is None
    assert machine()["tf_threads"] == tf_threads()


def test_the_protocol_names_a_cosine_schedule_but_not_the_papers_constant_one() -> None:
    def with_schedule(**training: object) -> dict:
        train = TrainConfig.parse({"grid": GRID, "model": {"depth": 5}, "training": training}, "train")
        return {"protocol": protocol(train, WINDOWING)}

    constant, cosine = with_schedule(lr_schedule="constant"), with_schedule(lr_schedule="cosine")
    assert "lr_schedule" not in constant["protocol"]["training"]
    assert protocol_differences({"paper": constant, "cosine": cosine}) == [
        "training.lr_schedule: None (paper) vs 'cosine' (cosine)"]


def test_the_machine_records_the_simd_extensions_numpy_dispatches_to_since_its_float64_math_depends_on_them() -> None:
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__

    from diffqas_qlstm.training.manifest import machine, simd

    features = machine()["simd"]
    assert features == simd() and features  # every x86-64 CPU TensorFlow runs on has SSSE3 at least
    assert set(features) == {f for f in __cpu_dispatch__ if __cpu_features__[f]}
    assert ("AVX512_SKX" in features) == bool(__cpu_features__["AVX512_SKX"])
