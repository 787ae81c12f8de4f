"""gunicorn with the documented gunicorn.conf.py: its logs keep no client address and no request
text, malformed requests included; several workers start only with shared limiter storage."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLIENT = "127.0.0.3"  # the loopback address the test connects from; the server listens on 127.0.0.1
SEARCHED = "Aliaksandrasearch"
FORWARDED = "198.51.100.77"
HANDLE = "Qx7HandleOfAReview0123"
TYPED = "Aliaksandra-Kovalenko-Minsk-flat-12"

pytest.importorskip("gunicorn")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _gunicorn(instance, tmp_path, port, *args, env=None):
    environment = {**os.environ, "REGISTRY_INSTANCE": str(instance), "XDG_RUNTIME_DIR": str(tmp_path),
                   "FEED_DIR": str(tmp_path / "feeds"), **(env or {})}
    environment.pop("WEB_CONCURRENCY", None)
    out, err = open(tmp_path / "stdout.log", "wb"), open(tmp_path / "stderr.log", "wb")
    command = [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py",
               "-b", f"127.0.0.1:{port}", *args, "wsgi:app"]
    return subprocess.Popen(command, cwd=ROOT, env=environment, stdout=out, stderr=err)


def _wait_until_listening(process, port):
    for _ in range(300):  # a bound on a broken start, not a timing requirement
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def _send(port, raw: bytes) -> bytes:
    with socket.socket() as s:
        s.bind((CLIENT, 0))
        s.settimeout(30)
        s.connect(("127.0.0.1", port))
        s.sendall(raw)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
        return answer


def _stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _logs(tmp_path) -> str:
    return (tmp_path / "stdout.log").read_text(errors="replace") + (tmp_path / "stderr.log").read_text(errors="replace")


def test_gunicorn_logs_hold_no_client_address_or_request_text(instance, tmp_path):
    port = _free_port()
    process = _gunicorn(instance, tmp_path, port, "-w", "1")
    try:
        assert _wait_until_listening(process, port), _logs(tmp_path)
        answers = [
            _send(port, f"GET /?q={SEARCHED} HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: {FORWARDED}\r\n"
                        f"Referer: http://x/?q={SEARCHED}\r\nConnection: close\r\n\r\n".encode()),
            # Malformed: stock gunicorn writes "Invalid request from ip=<address>: <the raw line>".
            _send(port, f"GET /search?q={SEARCHED} HTTP/1.1 surplus\r\n\r\n".encode()),
            _send(port, f"GET /?q={SEARCHED} HTTP/7.0\r\n\r\n".encode()),
            _send(port, f"G\x01T /?q={SEARCHED} HTTP/1.1\r\n\r\n".encode()),
            _send(port, f"GET /?q={SEARCHED} HTTP/1.1\r\nHost: x\r\nBad header {SEARCHED}\r\n\r\n".encode()),
            _send(port, f"GET /?q={SEARCHED}{'x' * 5000} HTTP/1.1\r\n\r\n".encode()),
            # A signed-in route's handle, and a path nobody routes that a person typed.
            _send(port, f"GET /moderate/allegations/{HANDLE} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()),
            _send(port, f"GET /people/{TYPED} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()),
        ]
    finally:
        _stop(process)
    assert answers[0].startswith(b"HTTP/1.1 200")
    assert all(a.split(b" ", 2)[1] in (b"400", b"414") for a in answers[1:-2]), [a[:40] for a in answers]
    logs = _logs(tmp_path)
    assert '"GET / HTTP/1.1" 200' in logs  # the access log is written, without address or query
    assert "Invalid request" in logs  # and the error log saw the malformed requests
    assert '"GET /moderate/allegations/<handle> HTTP/1.1"' in logs and '"GET /people/… HTTP/1.1"' in logs
    for forbidden in (CLIENT, SEARCHED, FORWARDED, "surplus", HANDLE, TYPED):
        assert forbidden not in logs, f"{forbidden!r} in the logs:\n{logs}"


def test_several_gunicorn_workers_with_in_memory_limiter_storage_refuse_to_start(instance, tmp_path):
    process = _gunicorn(instance, tmp_path, _free_port(), "-w", "2")
    try:
        code = process.wait(timeout=120)
    finally:
        if process.poll() is None:
            _stop(process)
    assert code != 0
    logs = _logs(tmp_path)
    assert "RATELIMIT_STORAGE_URI" in logs and "Worker failed to boot" in logs


def test_several_gunicorn_workers_start_with_redis_limiter_storage(instance, tmp_path):
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/14"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis answers on 127.0.0.1:6379 (.ci/run starts one)")
    port = _free_port()
    process = _gunicorn(instance, tmp_path, port, "-w", "2", env={"RATELIMIT_STORAGE_URI": url})
    try:
        assert _wait_until_listening(process, port), _logs(tmp_path)
        assert _send(port, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").startswith(b"HTTP/1.1 200")
    finally:
        _stop(process)
        redis.Redis.from_url(url).flushdb()
