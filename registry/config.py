"""Configuration: defaults, then instance/config.py, then environment, then test_config.

This is the only module that reads os.environ (STYLE rule 6).
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.fernet import Fernet

PROJECT_ROOT = Path(__file__).resolve().parent.parent

DEFAULTS = {
    "SITE_NAME": "Reprisal Registry",
    "BASE_URL": "http://127.0.0.1:5000",
    "DATABASE_URL": None,  # None: SQLite file registry.sqlite3 in the instance folder
    "FEED_DIR": str(PROJECT_ROOT / "feeds"),
    "FEED_INTERVAL": 15,  # minutes
    "FEED_SIZE": 100,  # entries in a feed document; older ones go to RFC 5005 archives
    "FEED_TAG_AUTHORITY": "reprisal-registry.example.org,2026",
    "SCHEDULER_ENABLED": False,  # `make run` switches it on; production runs `flask scheduler`
    "FEEDS_ON_PUBLIC_CHANGE": True,  # without the in-process scheduler: regenerate after each public change
    "FOUR_EYES": True,
    "LANGUAGES": None,  # None: English plus every catalogue found in registry/translations
    "BABEL_DEFAULT_LOCALE": "en",
    "PAGE_SIZE": 25,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_SECURE": False,
    "PRODUCTION": False,
    "STAFF_IDLE_MINUTES": 30,
    "SUBMITTER_IDLE_DAYS": 3,  # a copied submitter cookie stops working after this much inactivity
    # Reverse proxies in front of the app whose X-Forwarded-For / -Proto are believed (ProxyFix).
    # 0 trusts none: without a proxy, anyone could name any address and dodge the per-client limit.
    "TRUSTED_PROXIES": 0,
    # Worker processes serving the app: gunicorn's own variable (gunicorn.conf.py sets it from -w).
    # More than one needs shared limiter storage, or every limit is multiplied by the worker count.
    "WEB_CONCURRENCY": 1,
    "MAX_CONTENT_LENGTH": 256 * 1024,
    "WTF_CSRF_TIME_LIMIT": None,  # tokens live as long as the session: a long form is never lost
    "RATELIMIT_STORAGE_URI": "memory://",
    "LOGIN_LIMITS": "10 per 15 minutes",  # failed sign-ins per client, and per known device
    # Per account, from devices the account never signed in on: this many failures are free, then
    # each one doubles the wait before the next attempt, from SIGN_IN_FIRST_DELAY up to
    # SIGN_IN_MAX_DELAY seconds; the count restarts after an hour without failures (SECURITY.md).
    "SIGN_IN_FREE_FAILURES": 5,
    "SIGN_IN_FIRST_DELAY": 2,
    "SIGN_IN_MAX_DELAY": 15 * 60,
    "DEVICE_COOKIE_DAYS": 180,  # how long a device that signed in stays "known" to its account
    "MIN_PASSWORD_LENGTH": 12,
    "REQUIRE_STAFF_TOTP": True,  # moderators and admins must use a second factor (tests switch it off)
    "TOTP_ISSUER": "Reprisal Registry",
    "CACHE_PURGE_URL": None,  # a CDN's purge endpoint: told the public addresses of each retraction
    "CACHE_PURGE_METHOD": "POST",
}

# Environment variables honoured, and how each is parsed.
ENVIRONMENT = {
    "DATABASE_URL": str,
    "BASE_URL": str,
    "FEED_DIR": str,
    "FEED_INTERVAL": int,
    "FEED_SIZE": int,
    "SCHEDULER_ENABLED": lambda v: v.lower() in ("1", "true", "yes", "on"),
    "FOUR_EYES": lambda v: v.lower() in ("1", "true", "yes", "on"),
    "PRODUCTION": lambda v: v.lower() in ("1", "true", "yes", "on"),
    "RATELIMIT_STORAGE_URI": str,
    "STAFF_IDLE_MINUTES": int,
    "SUBMITTER_IDLE_DAYS": int,
    "TRUSTED_PROXIES": int,
    "WEB_CONCURRENCY": int,
    "REQUIRE_STAFF_TOTP": lambda v: v.lower() in ("1", "true", "yes", "on"),
    "CACHE_PURGE_URL": str,
    "CACHE_PURGE_METHOD": str,
}
# REGISTRY_FOUR_EYES=false and friends: every setting may be given with the REGISTRY_ prefix too.
PREFIX = "REGISTRY_"

SECRET_KEY_FILE = "secret_key"
ENCRYPTION_KEYS_FILE = "encryption.keys"
DATABASE_FILE = "registry.sqlite3"


def instance_path() -> Path:
    """Where this deployment keeps its config, keys and SQLite database."""
    return Path(os.environ.get("REGISTRY_INSTANCE") or PROJECT_ROOT / "instance").resolve()


def environment_overrides() -> dict:
    """Settings given in the environment, parsed; a bad value raises ValueError naming it."""
    found = {}
    for name, parse in ENVIRONMENT.items():
        for key in (PREFIX + name, name):
            if key in os.environ:
                try:
                    found[name] = parse(os.environ[key])
                except ValueError as exc:
                    raise ValueError(f"environment variable {key}: {exc}") from None
                break
    return found


def child_environment(**extra: str) -> dict:
    """The environment for a child process (pg_dump, pg_restore), plus `extra`."""
    return {**os.environ, **extra}


def test_database_url() -> str | None:
    """PostgreSQL for the test suite, when the machine has one (tests only)."""
    return os.environ.get("TEST_DATABASE_URL")


def _write_private(path: Path, text: str) -> None:
    # Created 0600 from the first byte: a key must never be readable by other users, even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)


def ensure_instance(path: Path) -> None:
    """Create the instance folder, a secret key and an encryption key on first run; idempotent."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    secret = path / SECRET_KEY_FILE
    if not secret.exists():
        _write_private(secret, secrets.token_urlsafe(48) + "\n")
    keys = path / ENCRYPTION_KEYS_FILE
    if not keys.exists():
        _write_private(keys, Fernet.generate_key().decode() + "\n")
    config = path / "config.py"
    if not config.exists():
        config.write_text(
            "# Per-deployment settings for the Reprisal Registry; see README.md, 'Configuration'.\n"
            "# BASE_URL = 'https://registry.example.org'\n"
            "# DATABASE_URL = 'postgresql+psycopg://registry@localhost/registry'\n"
            "# FEED_INTERVAL = 15\n"
            "# FOUR_EYES = True\n"
        )


def read_secret_key(path: Path) -> str:
    return (path / SECRET_KEY_FILE).read_text().strip()


def shared_storage_problem(config) -> str | None:
    """Why these settings must not run, or None: in-memory limiter storage is one copy per worker
    process, so with four workers an attacker gets four times every sign-in limit (issue 15)."""
    workers = int(config.get("WEB_CONCURRENCY") or 1)
    storage = str(config.get("RATELIMIT_STORAGE_URI") or "memory://")
    if workers > 1 and storage.startswith("memory://"):
        return (f"{workers} worker processes with RATELIMIT_STORAGE_URI={storage}: each worker would count "
                "sign-in attempts on its own. Set RATELIMIT_STORAGE_URI=redis://... (shared), or run one worker.")
    return None


def database_url(config: dict, instance: Path) -> str:
    return config.get("DATABASE_URL") or f"sqlite:///{instance / DATABASE_FILE}"
