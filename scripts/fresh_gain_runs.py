"""The grid runs whose derivation ``derive.fresh_gain`` changes, as ``kedro run --namespaces`` takes them.

A derivation is changed by the setting only where an architecture it started fresh had been kept
with trainable gains (:func:`diffqas_qlstm.config.recorded.fresh_gain_inert`); every other grid
derivation is what either value makes, so ``make rederive-fresh-gain`` derives only these again.

Example: ``python scripts/fresh_gain_runs.py --results results/paper`` prints
``bessel.diffqas_shared.seed_0,...`` (nothing, and exit status 1, where no run qualifies).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from diffqas_qlstm.config.recorded import fresh_gain_inert


def changed_runs(results: Path) -> list[str]:
    """Run names under ``results`` (``<dataset>/<model>/seed_<n>/derived_summary.json``) whose
    validated derivation ``derive.fresh_gain`` changes, in folder order.

    Example:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> folder = root / "bessel" / "diffqas_shared" / "seed_0"
        >>> folder.mkdir(parents=True)
        >>> rows = [{"gain": True, "start": "ensemble"}, {"gain": False, "start": "fresh"}]
        >>> _ = (folder / "derived_summary.json").write_text(json.dumps({"run": "bessel.diffqas_shared.seed_0",
        ...     "selection": {"fresh_start": "final", "final_epochs": 100, "shortlist": rows}}))
        >>> changed_runs(root)
        ['bessel.diffqas_shared.seed_0']
    """
    runs = []
    for path in sorted(results.glob("*/*/seed_*/derived_summary.json")):
        summary = json.loads(path.read_text())
        selection = summary.get("selection") or {}
        if "shortlist" in selection and not fresh_gain_inert(selection):
            runs.append(summary["run"])
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", default="results/paper", help="the grid's results folder")
    runs = changed_runs(Path(parser.parse_args(argv).results))
    print(",".join(runs))
    return 0 if runs else 1


if __name__ == "__main__":
    sys.exit(main())
