"""The ``windowing`` pipeline: ``raw_<name>`` → ``windows_<name>`` for each dataset.

Example:
    >>> create_pipeline(["narma10"]).inputs() == {"raw_narma10", "params:windowing"}
    True
"""

from __future__ import annotations

from kedro.pipeline import Node, Pipeline, node

from diffqas_qlstm.config import require_known_series
from diffqas_qlstm.pipelines.data_generation import configured_series
from diffqas_qlstm.pipelines.windowing.nodes import window_node_function


def windowing_node(name: str) -> Node:
    """The node that writes ``windows_<name>``."""
    return node(
        window_node_function(name),
        inputs=[f"raw_{name}", "params:windowing"],
        outputs=f"windows_{name}",
        name="window",
        namespace=name,  # beside the series' runs: Kedro-Viz nests it under the series
        tags=["windowing", name],
    )


def create_pipeline(datasets: list[str] | None = None, **kwargs: object) -> Pipeline:
    """Nodes for ``datasets`` (default: the same datasets as ``data_generation``)."""
    known = configured_series()
    names = known if datasets is None else require_known_series(datasets, known, key="datasets")
    return Pipeline([windowing_node(name) for name in dict.fromkeys(names)])
