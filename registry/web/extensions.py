"""Flask extensions, created here and bound in create_app."""
import hashlib
import hmac

from flask import current_app, request
from flask_limiter import Limiter
from flask_wtf import CSRFProtect


def client_key() -> str:
    """The rate-limit key of the client: a keyed hash of its address, never the address itself.

    Flask-Limiter keeps this key in its storage (memory, or Redis when RATELIMIT_STORAGE_URI says
    so) and writes it into its log line when a limit is exceeded: hashing it keeps IP addresses
    out of both. Keyed with SECRET_KEY so that every worker sharing a Redis agrees on it.
    """
    return keyed_hash("client", request.remote_addr or "")


def keyed_hash(kind: str, value: str) -> str:
    secret = str(current_app.config["SECRET_KEY"]).encode()
    return kind + ":" + hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()[:32]


csrf = CSRFProtect()
# Counters live in RATELIMIT_STORAGE_URI (memory:// by default; redis://... when configured), keyed
# by hashes only: no IP address is ever written to disk or logs.
limiter = Limiter(key_func=client_key, default_limits=[])
