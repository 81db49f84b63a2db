"""The ``data_generation`` pipeline: one node per named series, writing ``raw_<name>``.

Example:
    >>> sorted(create_pipeline(["bessel", "narma5"]).outputs())
    ['raw_bessel', 'raw_narma5']
"""

from __future__ import annotations

from kedro.pipeline import Node, Pipeline, node

from diffqas_qlstm.pipelines.data_generation.nodes import series_node_function


def configured_series() -> list[str]:
    """The names of ``data_generation.series`` of the active environment, in their order."""
    from diffqas_qlstm.config import parse_series
    from diffqas_qlstm.config.environment import load_parameters

    return list(parse_series(load_parameters().get("data_generation"), check_sources=False))


def generation_node(name: str) -> Node:
    """The node that writes ``raw_<name>``."""
    return node(
        series_node_function(name),
        inputs=["params:data_generation", "params:windowing"],
        outputs=f"raw_{name}",
        name="generate",
        namespace=name,  # beside the series' runs: Kedro-Viz nests it under the series
        tags=["data_generation", name],
    )


def create_pipeline(datasets: list[str] | None = None, **kwargs: object) -> Pipeline:
    """Nodes for ``datasets`` (default: every configured series); unknown names are refused."""
    from diffqas_qlstm.config import require_known_series

    known = configured_series()
    names = known if datasets is None else require_known_series(datasets, known, key="datasets")
    return Pipeline([generation_node(name) for name in dict.fromkeys(names)])
