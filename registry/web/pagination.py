"""Page numbers from query strings and the page object templates render."""
from __future__ import annotations

import dataclasses
import math

from flask import request

MAX_PAGE = 100_000


def page_number(arg: str = "page") -> int:
    """The requested page, 1 when absent or nonsense (never an error for a bad link)."""
    try:
        return min(max(int(request.args.get(arg, 1)), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


@dataclasses.dataclass
class Page:
    items: list
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def has_previous(self) -> bool:
        return self.number > 1
