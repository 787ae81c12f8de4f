"""The public, read-only website."""
from __future__ import annotations

from flask import Blueprint, render_template

from .security import PUBLIC, allow

bp = Blueprint("public", __name__)


@bp.route("/")
@allow(PUBLIC)
def home():
    return render_template("public/home.html")
