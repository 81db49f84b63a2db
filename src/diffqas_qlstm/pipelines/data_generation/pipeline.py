"""The ``data_generation`` pipeline: one node per series, writing ``raw_<name>``.

Example:
    >>> sorted(create_pipeline(["bessel", "narma5"]).outputs())
    ['raw_bessel', 'raw_narma5']
"""

from __future__ import annotations

from kedro.pipeline import Node, Pipeline, node

from diffqas_qlstm.pipelines.data_generation.nodes import GENERATORS, load_custom
from diffqas_qlstm.series.parameters import BENCHMARK_DATASETS, validate_dataset_names


def default_datasets() -> list[str]:
    """The five benchmarks, plus ``custom`` when ``data_generation.custom.path`` is set."""
    from diffqas_qlstm.project_config import load_parameters

    custom = load_parameters().get("data_generation", {}).get("custom") or {}
    extra = ["custom"] if isinstance(custom, dict) and custom.get("path") else []
    return [*BENCHMARK_DATASETS, *extra]


def generation_node(name: str) -> Node:
    """The node that writes ``raw_<name>``."""
    if name == "custom":
        return node(
            load_custom,
            inputs=["params:data_generation", "params:windowing"],
            outputs="raw_custom",
            name="load_custom",
            tags=["data_generation", "custom"],
        )
    return node(
        GENERATORS[name],
        inputs="params:data_generation",
        outputs=f"raw_{name}",
        name=f"generate_{name}",
        tags=["data_generation", name],
    )


def create_pipeline(datasets: list[str] | None = None, **kwargs: object) -> Pipeline:
    """Nodes for ``datasets`` (default: :func:`default_datasets`)."""
    names = default_datasets() if datasets is None else validate_dataset_names(datasets)
    return Pipeline([generation_node(name) for name in dict.fromkeys(names)])
