"""The package's layers (docs/ARCHITECTURE.md): a module imports only from its own layer or below,
so there is no import circle between layers and nothing imports back up."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "diffqas_qlstm"

LAYERS: list[set[str]] = [
    {"validation", "schema"},
    {"series", "circuits", "datasets"},
    {"config"},
    {"runners", "simulate"},
    {"model"},
    {"training"},
    {"derive", "evaluate", "tune"},
    {"report"},
    {"robustness"},
    {"records", "fingerprints", "adoption", "tracking", "hooks"},
    {"pipelines"},
    {"settings", "pipeline_registry", "__main__", "__init__"},
]
LAYER_OF = {room: level for level, rooms in enumerate(LAYERS) for room in rooms}


def _room(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imported_rooms(path: Path) -> set[str]:
    rooms = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names] if node.module == "diffqas_qlstm" else [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "diffqas_qlstm" and len(parts) > 1:
                rooms.add(parts[1])
    return rooms


def test_every_module_of_the_package_belongs_to_a_layer() -> None:
    rooms = {_room(p) for p in PACKAGE.rglob("*.py")}
    assert rooms <= set(LAYER_OF), sorted(rooms - set(LAYER_OF))


def test_no_module_imports_from_a_higher_layer() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        room = _room(path)
        for other in _imported_rooms(path) - {room}:
            if other in LAYER_OF and LAYER_OF[other] > LAYER_OF[room]:
                upward.append(f"{path.relative_to(PACKAGE)} imports {other}")
    assert not upward, upward
