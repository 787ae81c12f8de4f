"""Hostile requests for every route of the URL map, shared by tests/test_fuzz.py and bench/hostile_requests.py.

Routes come from app.url_map, so a new route is attacked the day it is added. For each route:
every path parameter in turn replaced by huge, negative, non-ASCII and malformed numbers and by
hostile text (the others kept valid), then, for each method that takes a body, the fields of
every form of the registry sent repeated, as JSON numbers, lists, objects and nulls, as file
uploads, and as hostile text; with a valid CSRF token, so that the request reaches the view.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from io import BytesIO
from urllib.parse import quote, urlencode

from werkzeug.routing import AnyConverter, IntegerConverter, PathConverter
from wtforms.fields.core import UnboundField

HUGE_NUMBERS = ["99999999999999999999", "9223372036854775808", "9223372036854775807", "2147483648",
                "18446744073709551616", "1" * 400, "0", "-1", "00000000000000000001", "1e999", "０１２", "²"]
HOSTILE_TEXT = ["<script>x</script>", "' OR '1'='1", "%00", "\x00", "\ud800", "\u202e", "..%2f..%2fetc%2fpasswd",
                "A" * 3000, "", " ", "rr-2026-0001", "RR-9999-99999999999999999999", "{{7*7}}", "null", "[]"]
JSON_VALUES = [["a", "b"], 5, 2**80, 1.5e308, {"a": 1}, None, True, [], [[1]], {"": []}]
# Field names no form class declares, read straight from request.form by a view.
LOOSE_FIELDS = ("undo", "active", "version", "next")
# Posting these with a valid token ends the session they were sent in.
SESSION_ENDING = ("auth.logout", "account.sign_out_everywhere")


def form_field_names() -> list[str]:
    """Every field name of every form in the web layer (RegistryForm and its subclasses)."""
    from registry.web import account, admin, auth  # noqa: F401  (their forms register as subclasses)
    from registry.web.forms import RegistryForm

    names, pending = set(LOOSE_FIELDS), [RegistryForm]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        names.update(name for name in dir(cls) if isinstance(getattr(cls, name, None), UnboundField))
    return sorted(names)


@dataclass
class HostileRequest:
    actor: str
    method: str
    path: str
    kwargs: dict = field(default_factory=dict)
    endpoint: str = ""

    def describe(self) -> str:
        body = self.kwargs.get("data") or self.kwargs.get("json")
        return f"{self.actor} {self.method} {self.path} {str(body)[:120] if body is not None else ''}"


def _segment(value: str) -> str:
    return quote(value.encode("utf-8", errors="surrogatepass"), safe="")


def _bad_values(converter) -> list[str]:
    if isinstance(converter, AnyConverter):
        return HOSTILE_TEXT[:3] + HUGE_NUMBERS[:2]
    if isinstance(converter, (IntegerConverter, PathConverter)):
        return HUGE_NUMBERS + HOSTILE_TEXT[:4]
    return HUGE_NUMBERS[:6] + HOSTILE_TEXT


def _valid_value(name: str, converter, valid: dict) -> str:
    if name in valid:
        return str(valid[name])
    if isinstance(converter, AnyConverter):
        return next(iter(converter.items)) if hasattr(converter, "items") else converter.regex.split("|")[0]
    return "1"


def _build(rule, values: dict) -> str:
    path = ""
    for is_dynamic, part in rule._trace:
        if is_dynamic:
            path += values[part]
        else:
            path += part
    return path.split("|", 1)[1] if "|" in path else path


def actors_for(app, endpoint: str) -> list[str]:
    """The anonymous reader, and the actor whose role the view allows (so the view itself runs)."""
    view = app.view_functions.get(endpoint)
    roles = getattr(view, "allowed_roles", frozenset())
    found = ["anonymous"]
    for role, actor in (("submitter", "submitter"), ("moderator", "moderator"), ("admin", "admin"),
                        ("signed_in", "moderator")):
        if role in roles and actor not in found:
            found.append(actor)
    return found


def _urlencoded(pairs: list, headers: dict) -> dict:
    # Lone surrogates become the invalid UTF-8 bytes a hostile client would send.
    body = urlencode(pairs, encoding="utf-8", errors="surrogatepass").encode("ascii")
    return {"data": body, "content_type": "application/x-www-form-urlencoded", "headers": headers}


def bodies(token: str, names: list[str], rng: random.Random | None = None) -> list[dict]:
    """Request bodies of every wrong shape, each with the valid CSRF token (form field and header)."""
    rng = rng or random.Random(0)
    header = {"X-CSRFToken": token}
    text = [rng.choice(HOSTILE_TEXT + HUGE_NUMBERS) for _ in names]
    repeated = [("csrf_token", token)] + [(n, v) for n in names for v in ("1", "2")]
    return [
        _urlencoded(repeated, header),
        _urlencoded([("csrf_token", token)] + list(zip(names, text)), header),
        *({"json": {"csrf_token": token, **{n: value for n in names}}, "headers": header} for value in JSON_VALUES),
        {"json": [token, 1, 2], "headers": header},
        {"data": "not json{", "content_type": "application/json", "headers": header},
        {"data": {"csrf_token": token, **{n: (BytesIO(b"\x00file"), "x.txt") for n in names[:40]}},
         "content_type": "multipart/form-data", "headers": header},
        {"data": {"csrf_token": token}, "headers": header},
        {"data": json.dumps({"csrf_token": token}), "content_type": "text/plain", "headers": header},
    ]


def hostile_requests(app, valid: dict, tokens: dict, *, rng: random.Random | None = None):
    """Every route: bad path parameters (GET and each other method), then bad bodies on a valid path."""
    rng = rng or random.Random(0)
    names = form_field_names()
    for rule in app.url_map.iter_rules():
        methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
        converters = rule._converters
        for actor in actors_for(app, rule.endpoint):
            good = {name: _segment(_valid_value(name, conv, valid[actor])) for name, conv in converters.items()}
            for name, converter in converters.items():
                for bad in _bad_values(converter):
                    path = _build(rule, {**good, name: _segment(bad)})
                    for method in methods:
                        kwargs = {} if method == "GET" else {"data": {"csrf_token": tokens[actor]}}
                        yield HostileRequest(actor, method, path, kwargs, rule.endpoint)
            path = _build(rule, good)
            for method in methods:
                if method == "GET":
                    for params in (list(zip(names, HUGE_NUMBERS * 10)),
                                   [(n, v) for n in ("page", "country", "state", "q", "lang") for v in ("1", "")]):
                        query = urlencode(params, encoding="utf-8", errors="surrogatepass")
                        yield HostileRequest(actor, method, path, {"query_string": query}, rule.endpoint)
                    continue
                for body in bodies(tokens[actor], names, rng):
                    yield HostileRequest(actor, method, path, body, rule.endpoint)


def send(client, request: HostileRequest):
    response = getattr(client, request.method.lower())(request.path, **request.kwargs)
    response.get_data()
    return response
