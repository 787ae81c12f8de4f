"""The dependency rule holds by itself: the domain and the background modules import no Flask."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "registry"
FLASK_FREE = ["registry.domain", "registry.db"] + [
    f"registry.{name}" for name in ("feeds", "exports", "scheduler", "maintenance", "demo", "openapi", "purge")
    if (PACKAGE / f"{name}.py").exists()
] + [f"registry.domain.{p.stem}" for p in sorted((PACKAGE / "domain").glob("*.py")) if p.stem != "__init__"]


@pytest.mark.parametrize("module", FLASK_FREE)
def test_module_imports_no_flask(module):
    code = f"import sys, {module}; bad = [m for m in sys.modules if m == 'flask' or m.startswith(('flask.', 'flask_', 'werkzeug'))]; print(','.join(bad))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "", f"{module} pulled in {out}"


def test_no_module_reads_the_environment_but_config():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "config.py":
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv") and \
                    isinstance(node.value, ast.Name) and node.value.id == "os":
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_templates_have_no_inline_script_or_style():
    templates = Path(__file__).resolve().parents[1] / "templates"
    offenders = []
    for path in templates.rglob("*.html"):
        text = path.read_text()
        if "<script>" in text or "<script " in text and "src=" not in text.split("<script ", 1)[1].split(">", 1)[0]:
            offenders.append(f"{path.name}: inline script")
        if " style=" in text or "<style" in text:
            offenders.append(f"{path.name}: inline style")
        if " onclick=" in text or " onload=" in text or " onchange=" in text or " onsubmit=" in text:
            offenders.append(f"{path.name}: inline handler")
    assert offenders == []


def test_every_view_declares_its_roles(app):
    undeclared = [
        endpoint for endpoint, view in app.view_functions.items()
        if endpoint != "static" and not getattr(view, "allowed_roles", None)
    ]
    assert undeclared == []
