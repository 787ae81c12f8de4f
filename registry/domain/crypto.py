"""Field encryption at rest: MultiFernet over the keys in the instance folder.

The key file holds one Fernet key per line; the first line encrypts, every line decrypts.
Rotation puts a new key first, re-encrypts every sealed value, then drops the old keys.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from .errors import KeyError_


class FieldCipher:
    """Seals and opens private values. Built from the key file; held by each DB session."""

    def __init__(self, keys: list[bytes]):
        if not keys:
            raise KeyError_("no encryption key: the key file is empty")
        try:
            self._fernets = [Fernet(k) for k in keys]
        except (ValueError, TypeError):
            raise KeyError_("an encryption key in the key file is malformed") from None
        self._multi = MultiFernet(self._fernets)
        self.keys = list(keys)

    @classmethod
    def from_file(cls, path: Path) -> "FieldCipher":
        if not path.exists():
            raise KeyError_(f"encryption key file missing: {path}")
        keys = [line.strip().encode() for line in path.read_text().splitlines() if line.strip()]
        return cls(keys)

    def seal(self, value) -> str:
        """Encrypt any JSON-serialisable value under the primary key."""
        return self._multi.encrypt(json.dumps(value, ensure_ascii=False).encode()).decode()

    def open(self, token: str | None):
        """Decrypt a sealed value; a wrong key raises KeyError_, never returns garbage."""
        if token is None:
            return None
        try:
            return json.loads(self._multi.decrypt(token.encode()))
        except InvalidToken:
            raise KeyError_(
                "stored private data cannot be decrypted with the configured keys "
                "(wrong or missing key in instance/encryption.keys)"
            ) from None

    def is_current(self, token: str) -> bool:
        """True when the token is already sealed under the primary key."""
        try:
            self._fernets[0].decrypt(token.encode())
            return True
        except InvalidToken:
            return False

    def rotate(self, token: str) -> str:
        try:
            return self._multi.rotate(token.encode()).decode()
        except InvalidToken:
            raise KeyError_("a stored value cannot be decrypted with any configured key") from None


def write_key_file(path: Path, keys: list[bytes]) -> None:
    """Replace the key file atomically, mode 0600 from the first byte."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write("".join(k.decode() + "\n" for k in keys))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def new_key() -> bytes:
    return Fernet.generate_key()
