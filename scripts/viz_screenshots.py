"""Screenshots of Kedro-Viz for the README: the collapsed paper grid and one expanded series.

Not a test (it needs a browser): build the static site first, then point this at it.

    KEDRO_ENV=paper kedro viz build                      # writes build/
    pip install playwright && apt-get install chromium   # no browser download: Debian's chromium
    python scripts/viz_screenshots.py build docs/images  # writes viz_collapsed.png, viz_expanded.png

It serves ``build/`` on a free local port, opens it in headless Chromium, waits for the flowchart,
saves the collapsed view, clicks the series given by ``--expand`` (default ``bessel``) and saves
again; it prints the number of elements drawn in each view.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import threading
from pathlib import Path


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def close_tour(page) -> None:
    """Hide Kedro-Viz's first-visit hints panel (``.feature-hints``) if it is showing."""
    page.add_style_tag(content=".feature-hints { display: none !important; }")
    page.wait_for_timeout(300)


def main(argv: list[str] | None = None) -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--expand", default="bessel")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    server, url = serve(args.build)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(url)
            page.wait_for_selector("svg .pipeline-node", timeout=120_000)
            page.wait_for_timeout(3000)
            close_tour(page)
            collapsed = page.locator("svg .pipeline-node").count()
            page.screenshot(path=str(args.out / "viz_collapsed.png"))
            page.locator("svg .pipeline-node", has_text=args.expand).first.click()  # expands the namespace
            page.wait_for_timeout(4000)
            close_tour(page)
            expanded = page.locator("svg .pipeline-node").count()
            page.screenshot(path=str(args.out / "viz_expanded.png"))
            print(f"elements drawn: collapsed {collapsed}, with {args.expand} expanded {expanded}")
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
