"""Screenshot of MLflow's UI for the README: a tracked grid's runs grouped by model, seeds on one chart.

Not a test (it needs a browser and a tracked run). With runs in the project's store
(``kedro run --pipeline=train --params runtime.mlflow=true``) and ``make mlflow-ui`` serving it:

    pip install playwright && apt-get install chromium   # no browser download: Debian's chromium
    python scripts/mlflow_screenshot.py http://127.0.0.1:5000 docs/images/mlflow_seeds.png

It opens the experiment ``diffqas_qlstm``'s runs, groups them by the tag ``model``, switches to the
chart view and keeps the charts of ``--metric`` (default ``test_mse``): per model, the mean over its
seeds per epoch with the min–max band.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    import mlflow
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("out", type=Path)
    parser.add_argument("--metric", default="test_mse")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    experiment = mlflow.MlflowClient(tracking_uri=args.url).get_experiment_by_name("diffqas_qlstm")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(f"{args.url.rstrip('/')}/#/experiments/{experiment.experiment_id}/runs")
        page.wait_for_timeout(8000)
        page.get_by_text("Group by").first.click()
        page.wait_for_timeout(1000)
        page.get_by_text("model", exact=True).first.click()
        page.keyboard.press("Escape")
        page.locator("label:has(input[value=CHART])").first.click()
        page.wait_for_timeout(4000)
        page.get_by_placeholder("Search metric charts").fill(args.metric)
        page.wait_for_timeout(3000)
        close = page.locator("button[aria-label='Close']")  # MLflow's assistant panel, when shown
        if close.count():
            close.last.click()
            page.wait_for_timeout(2000)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
        browser.close()
    print(args.out)


if __name__ == "__main__":
    main()
