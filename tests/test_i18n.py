"""Languages: the switch, the browser's preference, persistence, and catalogues kept complete.

The catalogue tests are the guard rail for every future string: a msgid left out of
messages.pot, or left untranslated (or fuzzy) in a catalogue, fails here with the list of
what to do (`make translations-update`, then translate the empty entries).
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from registry.web import i18n

from .factories import make_published_allegation

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "registry" / "translations"
POT = TRANSLATIONS / "messages.pot"
CATALOGUES = sorted(TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"))
KEYWORDS = ("N_", "_l", "lazy_gettext")

# English of the navigation and footer, and the French each must become.
NAV_AND_FOOTER = {
    "Allegations": "Allégations",
    "Statistics": "Statistiques",
    "Subscribe": "S'abonner",
    "Open data": "Données ouvertes",
    "About": "À propos",
    "Sign in": "Se connecter",
    "Skip to content": "Aller au contenu",
    "Language": "Langue",
}
FOOTER_EN = ("An online registry of allegations of intimidation and reprisals against people who cooperate "
             "with the United Nations on human rights.")


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """`make install` compiles the catalogues; a bare pytest run compiles any missing or outdated one."""
    for po_path in CATALOGUES:
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalogue = read_po(po_file, locale=po_path.parent.parent.name)
        tmp = mo_path.with_suffix(".mo.tmp")
        with tmp.open("wb") as mo_file:
            write_mo(mo_file, catalogue)
        tmp.replace(mo_path)  # atomic: a parallel worker never reads half a file


def html(response) -> str:
    return response.get_data(as_text=True)


def html_lang(page: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]*)" dir="([^"]*)"', page)
    assert match, "no <html lang dir> in the page"
    return match.group(1), match.group(2)


def visible_text(page: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities for quotes undone."""
    text = re.sub(r"<[^>]+>", " ", page)
    text = text.replace("&#39;", "'").replace("&#34;", '"').replace("&amp;", "&")
    return re.sub(r"\s+", " ", text)


def nav_and_footer(page: str) -> str:
    header = page.split('<main id="main"')[0]
    footer = page.split('<footer class="site-footer">')[1]
    return visible_text(header + footer)


# -- Choosing a language ---------------------------------------------------------------------

def test_french_is_offered_because_its_catalogue_exists():
    assert i18n.available_catalogues()[0] == "en"
    assert "fr" in i18n.available_catalogues()


def test_lang_switch_shows_the_page_in_french(anonymous):
    page = html(anonymous.get("/?lang=fr"))
    assert html_lang(page) == ("fr", "ltr")
    assert "Allégations" in page and "Représailles contre les personnes" in page
    assert '<option value="fr" lang="fr" selected>Français</option>' in page


def test_without_a_choice_or_preference_the_registry_speaks_english(anonymous):
    page = html(anonymous.get("/"))
    assert html_lang(page) == ("en", "ltr")
    assert FOOTER_EN in page


def test_chosen_language_sticks_across_pages(anonymous):
    anonymous.get("/?lang=fr")
    for url in ("/allegations", "/statistics", "/about", "/feeds"):
        page = html(anonymous.get(url))
        assert html_lang(page)[0] == "fr", url
    assert html_lang(html(anonymous.get("/?lang=en")))[0] == "en"
    assert html_lang(html(anonymous.get("/about")))[0] == "en"


def test_browser_preference_gives_french_without_a_switch(anonymous):
    page = html(anonymous.get("/", headers={"Accept-Language": "fr-CH, fr;q=0.9, en;q=0.8"}))
    assert html_lang(page)[0] == "fr"
    assert "À propos" in page


def test_explicit_choice_wins_over_the_browser_preference(anonymous):
    anonymous.get("/?lang=en", headers={"Accept-Language": "fr"})
    page = html(anonymous.get("/about", headers={"Accept-Language": "fr"}))
    assert html_lang(page)[0] == "en"


def test_unknown_language_is_ignored(anonymous):
    assert html_lang(html(anonymous.get("/?lang=xx")))[0] == "en"
    anonymous.get("/?lang=fr")
    page = html(anonymous.get("/allegations?lang=xx"))
    assert html_lang(page)[0] == "fr"
    assert 'value="xx"' not in page


def test_language_survives_signing_in(app, anonymous):
    from .conftest import ACTORS

    anonymous.get("/?lang=fr")
    anonymous.login(ACTORS["submitter_a"][0])  # sign-in starts a fresh session
    response = anonymous.get("/submissions/")
    assert response.status_code == 200
    page = html(response)
    assert html_lang(page)[0] == "fr"
    assert "Allégations soumises par votre organisation" in page or "Signaler une nouvelle allégation" in page
    assert "Nos soumissions" in page


def test_html_pages_vary_on_the_browser_language(anonymous):
    response = anonymous.get("/about")
    assert "Accept-Language" in response.headers.get("Vary", "")


def test_public_texts_take_their_own_direction_on_a_right_to_left_page(anonymous, database, users):
    """An English summary on an Arabic page keeps its punctuation where English puts it."""
    with database.transaction() as session:
        reference = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"]).reference
    page = html(anonymous.get(f"/allegations/{reference}", headers={"Accept-Language": "ar"}))
    assert html_lang(page) == ("ar", "rtl")
    assert '<h1 id="allegation-title" dir="auto">' in page
    assert re.search(r'<p class="plain-text summary" dir="auto">', page)
    listing = html(anonymous.get("/allegations", headers={"Accept-Language": "ar"}))
    assert 'class="card-summary" dir="auto"' in listing


def test_arabic_pages_are_right_to_left(app, anonymous):
    app.config["LANGUAGES"] = [*app.config["LANGUAGES"], "ar"]
    page = html(anonymous.get("/?lang=ar"))
    assert html_lang(page) == ("ar", "rtl")
    assert "ar" in i18n.RTL


# -- The switch form ----------------------------------------------------------------------------

def test_language_switch_keeps_the_filters_of_the_current_page(anonymous):
    page = html(anonymous.get("/allegations?country=TN&mechanism=hrc&reprisal_type=threats&reprisal_type=killing"))
    switch = re.search(r'<form method="get" action="\?" class="language-switch">(.*?)</form>', page, re.S)
    assert switch, "no language switch in the footer"
    hidden = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', switch.group(1))
    assert sorted(hidden) == [("country", "TN"), ("mechanism", "hrc"),
                              ("reprisal_type", "killing"), ("reprisal_type", "threats")]


def test_language_switch_does_not_repeat_lang_and_escapes_values(anonymous):
    page = html(anonymous.get('/allegations?lang=fr&q="><b>x'))
    switch = re.search(r'class="language-switch">(.*?)</form>', page, re.S).group(1)
    assert 'name="lang" value=' not in switch  # only the <select> carries lang
    assert '<b>x' not in switch and 'value="&#34;&gt;&lt;b&gt;x"' in switch


def test_submitting_the_switch_keeps_the_filters(anonymous):
    page = html(anonymous.get("/allegations?country=TN&lang=fr"))
    assert html_lang(page)[0] == "fr"
    assert '<option value="TN" selected>' in page


# -- French pages ---------------------------------------------------------------------------------

def test_french_navigation_and_footer_have_no_untranslated_english(anonymous):
    page = html(anonymous.get("/?lang=fr"))
    chrome = nav_and_footer(page)
    for english, french in NAV_AND_FOOTER.items():
        assert french in chrome, french
        assert re.search(rf"(?<![\w']){re.escape(english)}(?![\w'])", chrome) is None, english
    assert FOOTER_EN not in chrome
    assert "Un registre en ligne des allégations" in chrome


def test_vocabulary_labels_are_translated_on_public_pages(anonymous, database, users):
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"], mechanisms=["cat", "upr"])
        reference = allegation.reference
    anonymous.get("/?lang=fr")
    record = visible_text(html(anonymous.get(f"/allegations/{reference}")))
    for french in ("Comité contre la torture (CAT)", "Examen périodique universel", "Arrestation ou détention arbitraire",
                   "Menaces (y compris menaces de mort)", "Police", "Individu"):
        assert french in record, french
    assert "Universal Periodic Review" not in record and "Arbitrary arrest" not in record
    browse = visible_text(html(anonymous.get("/allegations")))
    assert "Procédures spéciales" in browse and "Campagne de dénigrement ou stigmatisation" in browse
    statistics = visible_text(html(anonymous.get("/statistics")))
    assert "Comité contre la torture (CAT)" in statistics and "Committee against Torture" not in statistics


def test_country_names_follow_the_page_language(anonymous, submitter_a, database, users):
    with database.transaction() as session:
        reference = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                              users["second_moderator"], country="DE").reference
    assert "Germany" in visible_text(html(anonymous.get(f"/allegations/{reference}")))
    anonymous.get("/?lang=fr")
    record = visible_text(html(anonymous.get(f"/allegations/{reference}")))
    assert "Allemagne" in record and "Germany" not in record
    browse = html(anonymous.get("/allegations"))
    # The reader's filter lists the countries that have allegations only.
    assert re.findall(r'<option value="([A-Z]{2})"[^>]*>([^<]+)</option>', browse) == [("DE", "Allemagne")]
    assert "Allemagne" in visible_text(html(anonymous.get("/statistics")))
    submitter_a.get("/?lang=fr")
    options = re.findall(r'<option value="([A-Z]{2})"[^>]*>([^<]+)</option>', html(submitter_a.get("/submissions/new")))
    names = [name for _code, name in options]
    assert ("CI", "Côte d'Ivoire") in [(c, n.replace("&#39;", "'")) for c, n in options]
    assert names.index("Afrique du Sud") < names.index("Allemagne") < names.index("Autriche")  # French order
    assert '<option value="DE">Allemagne</option>' in html(submitter_a.get("/submissions/new"))


def test_intake_form_labels_and_choices_are_french(submitter_a):
    submitter_a.get("/?lang=fr")
    page = html(submitter_a.get("/submissions/new"))
    form = visible_text(page)
    for french in ("Titre court", "État présumé responsable", "Types de représailles", "Harcèlement en ligne",
                   "Conseil des droits de l'homme", "Défenseur des droits humains"):
        assert french in form, french
    assert 'value="Enregistrer le brouillon"' in page  # the submit buttons
    assert "Short title" not in form and "Online harassment" not in form


def test_flash_messages_are_french(submitter_a):
    submitter_a.get("/?lang=fr")
    response = submitter_a.post("/logout", {}, form_url="/", follow_redirects=True)
    assert "Vous êtes déconnecté." in html(response)


def test_error_pages_are_french(anonymous):
    anonymous.get("/?lang=fr")
    response = anonymous.get("/allegations/RR-1999-0001")
    assert response.status_code == 404
    assert "Introuvable" in html(response) and "Not found" not in html(response)


# -- The catalogues ---------------------------------------------------------------------------

def _ids(catalogue) -> set:
    return {message.id if isinstance(message.id, str) else tuple(message.id) for message in catalogue if message.id}


def _read(path: Path, locale=None):
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def test_there_is_a_catalogue_for_every_other_un_language():
    for code in ("ar", "zh", "fr", "ru", "es"):
        assert TRANSLATIONS / code / "LC_MESSAGES" / "messages.po" in CATALOGUES, code


@pytest.mark.parametrize("code", ["ar", "zh", "ru", "es"])
def test_the_browser_language_gives_each_un_language(anonymous, code):
    english = html(anonymous.get("/about", headers={"Accept-Language": "en"}))
    page = html(anonymous.get("/about", headers={"Accept-Language": f"{code},en;q=0.5"}))
    assert html_lang(page)[0] == code
    assert page != english
    assert ("rtl" if code == "ar" else "ltr") == html_lang(page)[1]


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_every_message_is_translated_and_none_is_fuzzy(po_path):
    catalogue = _read(po_path, locale=po_path.parent.parent.name)
    untranslated = [m.id for m in catalogue if m.id and (
        not m.string or (not isinstance(m.string, str) and not all(m.string)))]
    fuzzy = [m.id for m in catalogue if m.id and m.fuzzy]
    assert not untranslated, f"translate these in {po_path.relative_to(ROOT)}: {untranslated}"
    assert not fuzzy, f"check these fuzzy translations, then remove the fuzzy flag: {fuzzy}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_translations_keep_their_placeholders(po_path):
    catalogue = _read(po_path, locale=po_path.parent.parent.name)
    problems = [(message.id, [str(e) for e in errors]) for message, errors in catalogue.check()]
    assert not problems, problems


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_catalogue_holds_every_message_of_the_template(po_path):
    missing = _ids(_read(POT)) - _ids(_read(po_path))
    assert not missing, f"run `make translations-update` and translate: {sorted(map(str, missing))}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_catalogue_holds_no_message_the_code_no_longer_uses(po_path):
    stale = _ids(_read(po_path)) - _ids(_read(POT))
    assert not stale, f"run `make translations-update` (it drops obsolete messages): {sorted(map(str, stale))}"


def test_messages_pot_is_up_to_date_with_the_sources(tmp_path):
    fresh = tmp_path / "messages.pot"
    command = [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(ROOT / "babel.cfg"),
               # Babel skips folders starting with "_" unless told: templates/_macros holds strings too.
               "--ignore-dirs", ".* .venv",
               *[arg for keyword in KEYWORDS for arg in ("-k", keyword)], "-o", str(fresh), "."]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    extracted, stored = _ids(_read(fresh)), _ids(_read(POT))
    missing, stale = extracted - stored, stored - extracted
    assert not missing, f"strings not in messages.pot; run `make translations-update`: {sorted(map(str, missing))}"
    assert not stale, f"messages.pot holds strings no longer in the sources; run `make translations-update`: " \
                      f"{sorted(map(str, stale))}"


def test_vocabulary_labels_are_all_in_the_template():
    from registry.domain import vocab

    stored = _ids(_read(POT))
    labels = {t.label for terms in vocab.VOCABULARIES.values() for t in terms}
    descriptions = {t.description for terms in vocab.VOCABULARIES.values() for t in terms if t.description}
    assert not (labels | descriptions) - stored


@pytest.mark.parametrize("lang, month, day", [
    ("en", "March 2026", "14 March 2026"),
    ("ru", "март 2026", "14 марта 2026"),  # the month stands alone: nominative, not "марта 2026"
    ("zh", "2026年3月", "2026年3月14日"),
    ("es", "marzo de 2026", "14 de marzo de 2026"),
])
def test_dates_read_as_the_language_writes_them(app, lang, month, day):
    from registry.web.public import readable_date

    with app.test_request_context(f"/?lang={lang}", headers={"Accept-Language": lang}):
        assert month in readable_date("2026-03-14", "month")
        assert day in readable_date("2026-03-14", "day")
        assert readable_date("2026-03-14", "year") == "2026"
