"""The documents keep their word: each test SECURITY.md cites exists, and the README opens with the two commands."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    return {node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def test_every_test_cited_in_security_md_exists():
    text = (ROOT / "SECURITY.md").read_text()
    cited = set(re.findall(r"(tests/[\w/]+\.py)::(\w+)", text))
    assert len(cited) > 20
    missing = [f"{path}::{name}" for path, name in sorted(cited)
               if not (ROOT / path).exists() or name not in _test_names(ROOT / path)]
    assert missing == []


def test_readme_opens_with_the_two_commands():
    head = "\n".join((ROOT / "README.md").read_text().splitlines()[:12])
    assert "make run" in head and "make test" in head


def test_readme_production_example_is_safe_as_written():
    readme = (ROOT / "README.md").read_text()
    production = readme[readme.index("## Production"):readme.index("## Development")]
    shell, nginx = re.findall(r"```(?:sh|nginx)\n(.*?)```", production, re.S)
    assert "RATELIMIT_STORAGE_URI=redis://" in shell  # -w 4 needs shared limiter storage
    assert "TRUSTED_PROXIES=1" in shell and "PRODUCTION=true" in shell
    assert "gunicorn -c gunicorn.conf.py" in shell  # the logs without addresses
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in nginx
    assert "access_log off;" in nginx
    assert (ROOT / "gunicorn.conf.py").exists()


def test_readme_one_time_code_command_takes_the_secret_as_shown_grouped_or_not():
    """The two-factor page shows the secret in groups of four; the README's command must take it so."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    import pyotp

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    command = re.search(r"`\.venv/bin/python -c \"(import pyotp[^\"]+)\" '[^']+'`", readme)
    assert command, "the README's one-time-code command is gone"
    secret = pyotp.random_base32()
    grouped = " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))
    for shown in (secret, grouped):
        result = subprocess.run([sys.executable, "-c", command.group(1), shown], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert pyotp.TOTP(secret).verify(result.stdout.strip(), valid_window=1)


def test_the_licence_is_an_spdx_expression_so_pip_prints_no_deprecation_table():
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    assert isinstance(project["project"]["license"], str)  # a table ({text = ...}) is deprecated
    assert not any(c.startswith("License ::") for c in project["project"].get("classifiers", []))
    assert any(r.startswith("setuptools>=77") for r in project["build-system"]["requires"])
