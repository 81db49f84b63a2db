"""What every kind of named series declares: its settings block (SPEC §3).

Each kind in :data:`diffqas_qlstm.series.kinds.KINDS` subclasses :class:`SeriesSettings` with its
own typed fields; :mod:`diffqas_qlstm.config` assembles them into ``data_generation.series``.

Example:
    >>> from pydantic import Field
    >>> class Span(SeriesSettings):
    ...     INTERVALS = (("start", "stop"),)
    ...     start: float = Field(0.0)
    ...     stop: float = Field(1.0)
    >>> Span.parse({"start": 2.0, "stop": 1.0}, "data_generation.series.mine")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    diffqas_qlstm.validation.ParameterError: Invalid parameter 'data_generation.series.mine.stop' = 1.0: allowed is a number > start (2.0)
"""

from __future__ import annotations

from typing import ClassVar

from diffqas_qlstm.schema import Block
from diffqas_qlstm.validation import ParameterError


class SeriesSettings(Block):
    """The settings of one kind of named series (``data_generation.series.<name>`` less its
    ``kind``); each kind in :data:`diffqas_qlstm.series.kinds.KINDS` declares its own subclass.
    ``INTERVALS`` lists (start, stop) settings that must be ordered."""

    INTERVALS: ClassVar[tuple[tuple[str, str], ...]] = ()

    def check(self, key: str) -> None:
        for start, stop in self.INTERVALS:
            if not getattr(self, stop) > getattr(self, start):
                raise ParameterError(f"{key}.{stop}", getattr(self, stop), f"a number > {start} ({getattr(self, start)!r})")
