"""Typed errors raised by the domain; the web, API and CLI layers turn each into a message."""
from __future__ import annotations


class RegistryError(Exception):
    """Base of every error the domain raises on purpose. `code` is stable for the JSON API."""

    code = "registry_error"
    status = 400

    def __init__(self, message: str, **details):
        super().__init__(message)
        self.message = message
        self.details = details


class NotFound(RegistryError):
    code = "not_found"
    status = 404


class PermissionDenied(RegistryError):
    code = "forbidden"
    status = 403


class TransitionError(RegistryError):
    """A workflow move not allowed from the allegation's current state or for this actor."""

    code = "invalid_transition"
    status = 409


class StaleVersion(RegistryError):
    """A save based on an older version of the allegation; nothing was written."""

    code = "stale_version"
    status = 409


class ValidationFailed(RegistryError):
    """Input that breaks a domain rule.

    `details['fields']` maps each field name to a sentence for the person who typed it
    (never a code): web forms show it beside the field, the API returns it as is.
    """

    code = "invalid_input"
    status = 400


class WeakPassword(ValidationFailed):
    code = "weak_password"


class KeyError_(RegistryError):
    """An encryption key is missing or does not open the stored data."""

    code = "key_error"
    status = 500


class LeakFound(RegistryError):
    """Private values or identifying patterns remain in public fields; `hits` lists each one."""

    code = "leak_found"
    status = 409

    def __init__(self, message: str, hits):
        super().__init__(message)
        self.hits = hits


class DatabaseBusy(RegistryError):
    """The database stayed locked past the retries; the request changed nothing."""

    code = "busy"
    status = 503
