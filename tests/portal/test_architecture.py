"""The import rules of docs/architecture.md, checked on the source: ``portal``
(glue) may import both apps, ``signup`` may import ``content``, ``content`` imports
neither; the pure rules of ``signup.rules`` import nothing of the app but each other
and ``content.choices``; and no module imports itself back through others, not
even from inside a function."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("portal", "content", "signup")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def imports(path: Path) -> set[str]:
    """The project modules a file imports, also inside functions, where a cycle
    would only be hidden (``from a import b`` counts ``a.b`` when that is a
    module, else ``a``; relative imports are resolved)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = (
        module_name(path)
        if path.name == "__init__.py"
        else module_name(path).rpartition(".")[0]
    )
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in MODULES else base)
    return {name for name in found if name.split(".")[0] in PACKAGES}


MODULES = {module_name(path) for path in source_files()}


def violations(package: str, allowed) -> list[str]:
    return sorted(
        f"{module_name(path)} imports {name}"
        for path in source_files()
        if module_name(path).startswith(package + ".") or module_name(path) == package
        for name in imports(path)
        if not allowed(name)
    )


@pytest.mark.parametrize(
    ("package", "may_import"),
    [
        ("content", ("content",)),
        ("signup", ("signup", "content")),
        ("signup.rules", ("signup.rules", "content.choices")),
    ],
)
def test_imports_run_one_way(package, may_import):
    def allowed(name: str) -> bool:
        return any(name == root or name.startswith(root + ".") for root in may_import)

    assert violations(package, allowed) == []


def test_no_module_imports_itself_back():
    graph = {module_name(path): imports(path) & MODULES for path in source_files()}
    cycles = []

    def visit(module, trail):
        for target in graph.get(module, ()):
            if target in trail:
                cycles.append(" -> ".join([*trail[trail.index(target) :], target]))
            elif target not in done:
                visit(target, [*trail, target])
        done.add(module)

    done: set[str] = set()
    for module in sorted(graph):
        if module not in done:
            visit(module, [module])
    assert cycles == []
