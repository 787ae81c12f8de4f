"""Locale selection: ?lang= switch remembered in the session (and a cookie), else the browser's preference."""
from __future__ import annotations

import gettext
import unicodedata
from functools import lru_cache

import pycountry
from flask import current_app, g, request, session
from flask_babel import Babel, get_locale

from ..config import PROJECT_ROOT
from ..domain import vocab

babel = Babel()

LANGUAGE_NAMES = {
    "en": "English", "fr": "Français", "es": "Español", "ar": "العربية", "ru": "Русский", "zh": "中文",
}
RTL = {"ar"}


# The choice is also kept in its own cookie: signing in and out starts a fresh session
# (nothing from before sign-in survives), and the language should not be lost with it.
LANGUAGE_COOKIE = "registry_lang"
LANGUAGE_COOKIE_DAYS = 365


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    chosen = request.args.get("lang")
    if chosen in languages:
        session["lang"] = chosen
        g.chosen_language = chosen
        return chosen
    for remembered in (session.get("lang"), request.cookies.get(LANGUAGE_COOKIE)):
        if remembered in languages:
            return remembered
    return request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]


TRANSLATIONS = PROJECT_ROOT / "registry" / "translations"


@lru_cache(maxsize=None)
def _iso_catalogue(domain: str, locale: str) -> gettext.NullTranslations | None:
    """pycountry's catalogue of an ISO standard (iso3166-1, iso3166-2) in a language, if it has one."""
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale])
    except OSError:
        return None


def country_label(code: str | None) -> str:
    """The country's name in the page's language, from pycountry's ISO 3166 catalogues."""
    english = vocab.country_name(code)
    catalogue = _iso_catalogue("iso3166-1", str(get_locale() or "en")) if code else None
    if catalogue is None:
        return english
    translated = catalogue.gettext(english)
    if translated == english:  # short names (Iran, Laos) are not in every catalogue: try the ISO name
        country = pycountry.countries.get(alpha_2=code.upper())
        translated = catalogue.gettext(country.name) if country else english
    return translated


def subdivision_label(code: str | None) -> str:
    """An ISO 3166-2 subdivision's name in the page's language where pycountry has it; "" for none."""
    name = vocab.subdivision_name(code)
    catalogue = _iso_catalogue("iso3166-2", str(get_locale() or "en")) if name else None
    return catalogue.gettext(name) if catalogue is not None else name


def localised_subdivisions(country: str | None) -> list[tuple[str, str]]:
    """(code, name) of a country's subdivisions in the page's language, sorted for its readers.

    A name two subdivisions share (a region and its department) carries the code, so that the
    two options can be told apart.
    """
    named = [(s.code, subdivision_label(s.code)) for s in vocab.subdivisions(country)]
    counts: dict[str, int] = {}
    for _code, name in named:
        counts[name] = counts.get(name, 0) + 1
    named = [(code, f"{name} ({code})" if counts[name] > 1 else name) for code, name in named]
    return sorted(named, key=lambda pair: (folded(pair[1]), pair[0]))


def folded(text: str) -> str:
    """A sort key that files accented names with their letter (Égypte under E)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def localised_countries(terms) -> list[vocab.Term]:
    """Country terms with names in the page's language, sorted as a reader of that language expects."""
    named = [vocab.Term(t.slug, country_label(t.slug), t.description) for t in terms]
    return sorted(named, key=lambda t: folded(t.label))


def available_catalogues() -> list[str]:
    """English (the source language) and each language with a catalogue."""
    found = sorted(p.parent.parent.name for p in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"))
    return ["en"] + [code for code in found if code != "en"]


def init_app(app) -> None:
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    if not app.config.get("LANGUAGES"):
        app.config["LANGUAGES"] = available_catalogues()
    babel.init_app(app, locale_selector=select_locale)

    @app.after_request
    def remember_language(response):
        chosen = g.get("chosen_language")
        if chosen and request.cookies.get(LANGUAGE_COOKIE) != chosen:
            response.set_cookie(LANGUAGE_COOKIE, chosen, max_age=LANGUAGE_COOKIE_DAYS * 86400, httponly=True,
                                samesite="Lax", secure=app.config.get("SESSION_COOKIE_SECURE", False))
        # Pages are rendered in the browser's language: a shared cache must not serve one
        # language's page to a browser asking for another.
        if response.mimetype == "text/html":
            response.vary.add("Accept-Language")
        return response

    @app.context_processor
    def language_context():
        locale = str(get_locale() or "en")
        return {
            "current_locale": locale,
            "text_direction": "rtl" if locale in RTL else "ltr",
            "available_languages": [(code, LANGUAGE_NAMES.get(code, code)) for code in app.config["LANGUAGES"]],
            "localised_countries": localised_countries,
        }
