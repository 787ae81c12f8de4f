"""Sign-in throttling that slows guessing without letting a stranger lock an owner out.

Three budgets (the policy is in SECURITY.md, "Accounts are hard to take over"):

- per client: LOGIN_LIMITS failed sign-ins (10 per 15 minutes), counted by Flask-Limiter on the
  address of the trusted proxy chain (TRUSTED_PROXIES), hashed;
- per account, from devices the account never signed in on: SIGN_IN_FREE_FAILURES failures are
  free, then each one doubles the wait before the next attempt (2 s, 4 s, 8 s ... at most
  SIGN_IN_MAX_DELAY). Never a lock: once the wait is over the right password works. Attempts
  during a wait are refused before any password is checked, so they cost the server nothing;
- per known device: a browser that signed in to the account before holds a signed cookie; its
  attempts on that account skip both budgets above and have one of their own (LOGIN_LIMITS), so a
  flood from any number of addresses never stops the owner on their own computer or phone.

The counters live in the limiter's storage (memory, or Redis shared by every worker) under keyed
hashes only: no e-mail address or IP address is ever a key.
"""
from __future__ import annotations

import secrets
import time

from flask import current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from limits import parse
from werkzeug.exceptions import TooManyRequests

from ..domain import accounts
from ..domain.errors import ValidationFailed
from .extensions import keyed_hash, limiter

DEVICE_COOKIE = "registry_device"
_PREFIX = "registry-signin/"
_FAILURE_MEMORY_SECONDS = 60 * 60  # an hour without failures and an account's count starts again


def account_key(email: str | None) -> str:
    """The throttling key of the account an e-mail names (whether or not the account exists)."""
    try:
        email = accounts.normalise_email(email or "")
    except ValidationFailed:
        email = (email or "").strip().lower()
    return keyed_hash("login-account", email)


def delay_after(failures: int, *, free: int, first: float, most: float) -> float:
    """Seconds the next attempt must wait after this many failures from unknown devices."""
    if failures <= free:
        return 0
    return min(first * 2 ** (failures - free - 1), most)


def _enabled() -> bool:
    return bool(current_app.config.get("RATELIMIT_ENABLED", True))


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="registry-known-device")


def known_device(account: str) -> str | None:
    """The id of this browser's device cookie when it was issued to `account`, else None."""
    cookie = request.cookies.get(DEVICE_COOKIE)
    if not cookie:
        return None
    try:
        payload = _serializer().loads(cookie, max_age=current_app.config["DEVICE_COOKIE_DAYS"] * 86400)
    except BadSignature:
        return None
    if not isinstance(payload, dict) or payload.get("a") != account:
        return None
    return str(payload.get("d") or "") or None


def posted_from_known_device() -> bool:
    """Flask-Limiter's exempt_when for the per-client budget: a known device has its own."""
    return known_device(account_key(request.form.get("email"))) is not None


def _device_limit():
    return parse(current_app.config["LOGIN_LIMITS"])


def refuse_while_waiting(account: str) -> None:
    """Answer 429, with Retry-After, when the account's (or this known device's) budget says wait."""
    if not _enabled():
        return
    storage = limiter.storage
    device = known_device(account)
    if device is not None:
        key = _PREFIX + "device/" + keyed_hash("device", device)
        waiting = storage.get(key) >= _device_limit().amount
    else:
        key = _PREFIX + "wait/" + account
        waiting = storage.get(key) > 0
    if waiting:
        seconds = max(1, int(storage.get_expiry(key) - time.time() + 0.999))
        raise TooManyRequests(retry_after=seconds)


def record_failure(account: str) -> None:
    """Count a failed password on the account's budget (or this known device's)."""
    if not _enabled():
        return
    storage = limiter.storage
    device = known_device(account)
    if device is not None:
        limit = _device_limit()
        storage.incr(_PREFIX + "device/" + keyed_hash("device", device), limit.get_expiry())
        return
    failures = storage.incr(_PREFIX + "failures/" + account, _FAILURE_MEMORY_SECONDS)
    config = current_app.config
    wait = delay_after(failures, free=config["SIGN_IN_FREE_FAILURES"], first=config["SIGN_IN_FIRST_DELAY"],
                       most=config["SIGN_IN_MAX_DELAY"])
    if wait:
        storage.clear(_PREFIX + "wait/" + account)
        storage.incr(_PREFIX + "wait/" + account, wait)


def remember_device(response, account: str):
    """After a complete sign-in: this browser becomes a known device of the account."""
    device = known_device(account) or secrets.token_urlsafe(16)
    config = current_app.config
    response.set_cookie(DEVICE_COOKIE, _serializer().dumps({"a": account, "d": device}),
                        max_age=config["DEVICE_COOKIE_DAYS"] * 86400, path="/login",
                        secure=config["SESSION_COOKIE_SECURE"], httponly=True, samesite="Lax")
    return response
