"""kedro-datasets' CSV, JSON, YAML, text and Matplotlib datasets with atomic saves.

Each class is its kedro-datasets parent with one change: on the local file system, ``save``
writes to a temporary file in the target's folder (``.<name>.<random>.tmp``) and then
``os.replace``-s it onto the target, so a failure or a kill never leaves a half-written file
that a later step would load. Loading, ``preview`` (``kedro viz``), ``exists`` and ``_describe``
are the parent's (text gets a preview of its own). Remote protocols (``s3://`` …) save as the parent does: object stores
replace whole objects anyway.

Example:
    >>> import os, tempfile, pandas as pd
    >>> ds = AtomicCSVDataset(filepath=os.path.join(tempfile.mkdtemp(), "t.csv"), save_args={"index": False})
    >>> ds.save(pd.DataFrame({"a": [1, 2]}))
    >>> ds.load()["a"].tolist(), ds.preview(nrows=1)["data"]
    ([1, 2], [[1]])

Catalog entry::

    results_runs:
      type: diffqas_qlstm.datasets.AtomicCSVDataset
      filepath: data/08_reporting/results_runs.csv
"""

from __future__ import annotations

import html
from pathlib import Path, PurePosixPath
from typing import Any

from kedro.io.core import get_filepath_str
from kedro_datasets._typing import HTMLPreview
from kedro_datasets.json import JSONDataset
from kedro_datasets.matplotlib import MatplotlibDataset
from kedro_datasets.pandas import CSVDataset
from kedro_datasets.text import TextDataset
from kedro_datasets.yaml import YAMLDataset

from diffqas_qlstm.datasets.files import atomic_path


class AtomicSaveMixin:
    """Points the parent's save path at a temporary beside the target, then replaces the target.

    Put it first among the bases, before a kedro-datasets file dataset whose ``save`` writes
    to ``self._get_save_path()`` (versioned paths work: the version is resolved first).
    """

    _atomic_tmp: PurePosixPath | None = None

    def _get_save_path(self) -> PurePosixPath:
        if self._atomic_tmp is not None:
            return self._atomic_tmp
        return super()._get_save_path()  # type: ignore[misc]

    def _saves_a_folder(self, data: Any) -> bool:
        """Whether ``data`` is written as a folder of files rather than one file."""
        return False

    def save(self, data: Any) -> None:
        # The parent's save without Kedro's error wrapper (this method gets its own).
        parent_save = super().save.__func__  # type: ignore[misc]
        parent_save = getattr(parent_save, "__wrapped__", parent_save)
        if self._protocol != "file":  # type: ignore[attr-defined]
            parent_save(self, data)
            return
        target = Path(get_filepath_str(super()._get_save_path(), "file"))  # type: ignore[misc]
        with atomic_path(target, directory=self._saves_a_folder(data)) as tmp:
            self._atomic_tmp = PurePosixPath(tmp.as_posix())
            try:
                parent_save(self, data)
            finally:
                self._atomic_tmp = None
        self._invalidate_cache()  # type: ignore[attr-defined]


class AtomicCSVDataset(AtomicSaveMixin, CSVDataset):
    """``pandas.CSVDataset`` with atomic saves (same arguments, loading and preview)."""


class AtomicJSONDataset(AtomicSaveMixin, JSONDataset):
    """``json.JSONDataset`` with atomic saves (same arguments, loading and preview).

    Example:
        >>> import os, tempfile
        >>> ds = AtomicJSONDataset(filepath=os.path.join(tempfile.mkdtemp(), "m.json"))
        >>> ds.save({"test_mse": 0.5}); ds.load()
        {'test_mse': 0.5}
    """


class AtomicYAMLDataset(AtomicSaveMixin, YAMLDataset):
    """``yaml.YAMLDataset`` with atomic saves (same arguments, loading and preview), e.g. a
    fragment of parameters a user puts in ``conf/local/``.

    Example:
        >>> import os, tempfile
        >>> ds = AtomicYAMLDataset(filepath=os.path.join(tempfile.mkdtemp(), "p.yml"))
        >>> ds.save({"train": {"training": {"learning_rate": 0.02}}}); ds.load()["train"]
        {'training': {'learning_rate': 0.02}}
    """


class AtomicTextDataset(AtomicSaveMixin, TextDataset):
    """``text.TextDataset`` with atomic saves (same arguments and loading), and a preview for
    Kedro-Viz (``TextDataset`` has none): a Markdown file rendered as HTML, tables included; any
    other text preformatted.

    Example:
        >>> import os, tempfile
        >>> ds = AtomicTextDataset(filepath=os.path.join(tempfile.mkdtemp(), "t.md"))
        >>> ds.save("# Results\\n\\n| a |\\n|---|\\n| 1 |\\n"); ds.load()[:9]
        '# Results'
        >>> "<td>1</td>" in ds.preview()
        True
    """

    def preview(self) -> HTMLPreview:
        """The file as HTML for Kedro-Viz's preview panel (``kedro viz --include-previews``)."""
        from markdown_it import MarkdownIt

        text = self.load()
        if PurePosixPath(self._filepath).suffix.lower() in (".md", ".markdown"):
            return HTMLPreview(MarkdownIt("commonmark").enable("table").render(text))
        return HTMLPreview(f"<pre>{html.escape(text)}</pre>")


class AtomicMatplotlibDataset(AtomicSaveMixin, MatplotlibDataset):
    """``matplotlib.MatplotlibDataset`` with atomic saves (same arguments and image preview) that
    also loads (the image as an array).

    One figure is one file, replaced atomically; a list or dict of figures is written into a
    temporary folder that is then swapped in for the target folder.

    Example:
        >>> import os, tempfile
        >>> from matplotlib.figure import Figure
        >>> ds = AtomicMatplotlibDataset(filepath=os.path.join(tempfile.mkdtemp(), "f.png"))
        >>> ds.save(Figure()); ds.exists()
        True
    """

    def _saves_a_folder(self, data: Any) -> bool:
        return isinstance(data, (list, dict))

    def load(self) -> Any:
        """The saved image as an RGBA array ``[height, width, 4]`` (a folder: ``{file name: array}``),
        so that a node can read a figure, e.g. to check that a run is complete.

        Example:
            >>> import os, tempfile
            >>> from matplotlib.figure import Figure
            >>> ds = AtomicMatplotlibDataset(filepath=os.path.join(tempfile.mkdtemp(), "f.png"))
            >>> ds.save(Figure(figsize=(2, 1))); ds.load().shape
            (100, 200, 4)
        """
        import matplotlib.image

        path = Path(get_filepath_str(self._get_load_path(), self._protocol))
        if path.is_dir():
            return {item.name: matplotlib.image.imread(item) for item in sorted(path.iterdir())}
        return matplotlib.image.imread(path)
