"""URL converters: path parameters that can never reach the database out of range."""
from __future__ import annotations

from werkzeug.routing import IntegerConverter

# Row ids are INTEGER columns: PostgreSQL's is 32 bits, SQLite's 64. A larger number in a path
# (/admin/users/99999999999999999999) raised OverflowError or DataError, a 500; it is a 404 now.
MAX_ROW_ID = 2**31 - 1


class RowIdConverter(IntegerConverter):
    """`<int:...>` with bounds: 1 to MAX_ROW_ID, at most ten digits, else the route does not match."""

    regex = r"\d{1,10}"

    def __init__(self, url_map, fixed_digits=0, min=1, max=MAX_ROW_ID, signed=False):
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def init_app(app) -> None:
    """Replaces Flask's `int` converter, before any blueprint adds its rules, so that every
    `<int:...>` route, today's and tomorrow's, is bounded without saying so."""
    app.url_map.converters["int"] = RowIdConverter
