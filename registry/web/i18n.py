"""Locale selection: ?lang= switch remembered in the session, else the browser's preference."""
from __future__ import annotations

from flask import current_app, request, session
from flask_babel import Babel

from ..config import PROJECT_ROOT

babel = Babel()

LANGUAGE_NAMES = {
    "en": "English", "fr": "Français", "es": "Español", "ar": "العربية", "ru": "Русский", "zh": "中文",
}
RTL = {"ar"}


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    chosen = request.args.get("lang")
    if chosen in languages:
        session["lang"] = chosen
        return chosen
    if session.get("lang") in languages:
        return session["lang"]
    return request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]


TRANSLATIONS = PROJECT_ROOT / "registry" / "translations"


def available_catalogues() -> list[str]:
    """English (the source language) and each language with a catalogue."""
    found = sorted(p.parent.parent.name for p in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"))
    return ["en"] + [code for code in found if code != "en"]


def init_app(app) -> None:
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    if not app.config.get("LANGUAGES"):
        app.config["LANGUAGES"] = available_catalogues()
    babel.init_app(app, locale_selector=select_locale)

    @app.context_processor
    def language_context():
        from flask_babel import get_locale

        locale = str(get_locale() or "en")
        return {
            "current_locale": locale,
            "text_direction": "rtl" if locale in RTL else "ltr",
            "available_languages": [(code, LANGUAGE_NAMES.get(code, code)) for code in app.config["LANGUAGES"]],
        }
