"""The leak guard (DESIGN.md §4): every private value and identifying pattern, nothing public."""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from registry.domain import redaction
from registry.domain.redaction import PLACEHOLDERS, folded, leak_hits, occurrences, redact, unresolved
from registry.domain.workflow import PrivateDetails


def hits_in(text: str, field: str = "summary", public_names=(), **private) -> list[tuple[str, str]]:
    details = PrivateDetails(**private)
    return [(h.text, h.kind) for h in leak_hits({field: text}, details, public_names)]


def texts_hit(text: str, **private) -> list[str]:
    return [t for t, _kind in hits_in(text, **private)]


# ---------------------------------------------------------------------------------------------
# Private values: names.

@pytest.mark.parametrize("name, public, found", [
    ("José Álvarez", "JOSE ALVAREZ spoke in Geneva.", ["JOSE ALVAREZ"]),
    ("José Álvarez", "Ms jose alvarez spoke.", ["jose alvarez"]),
    ("jose alvarez", "José Álvarez spoke.", ["José Álvarez"]),
    ("José Álvarez", "Mr ÁLVAREZ was detained.", ["ÁLVAREZ"]),  # a surname alone
    ("José Álvarez", "José was detained.", ["José"]),
    ("José Álvarez", "Mr José\nÁlvarez, a lawyer.", ["José\nÁlvarez"]),  # split over a line break
    ("José Álvarez", "José  \r\n\t Álvarez", ["José  \r\n\t Álvarez"]),
    ("José Álvarez", "Jose\u0301 Alvarez", ["Jose\u0301 Alvarez"]),  # decomposed accents
    ("José Álvarez", "Jo\u00adsé Álvarez", ["Jo\u00adsé Álvarez"]),  # a soft hyphen hides nothing
    ("Łukasz Kowalski", "LUKASZ and kowalski", ["LUKASZ", "kowalski"]),
    ("Zainab Okonkwo-Haddad", "Ms Okonkwo-Haddad and Ms Haddad", ["Okonkwo-Haddad", "Haddad"]),
    ("Seán O’Brien", "Mr O'Brien", ["O'Brien"]),
    ("Ali", "Ali was arrested.", ["Ali"]),
    ("ليلى حداد", "اعتقلت ليلى حداد في المطار", ["ليلى حداد"]),
    ("ليلى حداد", "اعتقلت لَيْلَى حدّاد", ["لَيْلَى حدّاد"]),  # tashkeel folded
    ("ليلى حداد", "وصلت ليلي", ["ليلي"]),  # alef maksura written as yeh
    ("ليلى حداد", "التقينا وليلى", ["ليلى"]),  # "and Layla": a conjunction joined to the name
    ("أحمد", "قال احمد", ["احمد"]),  # alef with hamza
    ("Алексей Петров", "Задержан Алексей Петров.", ["Алексей Петров"]),
    ("Алексей Петров", "ПЕТРОВ был задержан", ["ПЕТРОВ"]),
    ("Алексей Петров", "Допросили Алексея Петрова", ["Алексея Петрова"]),  # declined, one hit
    ("Алексей Петров", "с Петровым", ["Петровым"]),
    ("Алексей Петров", "Алёша", []),  # short forms of first names are out of scope (a dictionary)
    ("Анна Сидорова", "об Анне Сидоровой", ["Анне Сидоровой"]),
    ("王小明", "警方拘留了王小明。", ["王小明"]),  # no spaces, no word boundaries
    ("王小明", "王小明的律师", ["王小明"]),
    ("王明", "据报道王明被捕", ["王明"]),  # two-character names are whole names
])
def test_private_names_are_found_folded(name, public, found):
    assert texts_hit(public, victim_names=[name]) == found


@pytest.mark.parametrize("name, public", [
    ("Ali", "Alice went to Italia with Alibaba."),
    ("Ali", "the algorithm"),
    ("Ana", "Banana and Anatolia"),
    ("Алексей Петров", "Петровский район"),  # more than a declension ending
    ("Анна Сидорова", "аннексия"),
    ("Li Wei", "Lithuania"),  # parts of two letters are not looked for alone
    ("José Álvarez", "[name withheld] and [location withheld]"),
])
def test_names_do_not_hit_inside_other_words(name, public):
    assert texts_hit(public, victim_names=[name]) == []


def test_placeholders_never_hit_even_when_a_private_value_spells_them():
    text = " ".join(PLACEHOLDERS.values())
    assert hits_in(text, victim_names=["Name Withheld", "Detail"], exact_location="location withheld") == []


def test_consented_public_name_is_not_a_hit_but_other_victims_are():
    private = dict(victim_names=["José Álvarez", "Ana Ruiz"], consent_to_naming=True)
    assert texts_hit("José Álvarez and Ana Ruiz", public_names=["José Álvarez"], **private) == ["Ana Ruiz"]
    # Without recorded consent the public list protects no one.
    assert "José Álvarez" in texts_hit("José Álvarez", public_names=["José Álvarez"],
                                       victim_names=["José Álvarez"])


def test_every_public_field_is_checked_and_hits_name_their_field():
    details = PrivateDetails(victim_names=["José Álvarez"])
    texts = {"title": "Álvarez detained", "region": "", "summary": "José was held.",
             "public_victim_names": "José Álvarez", "follow_up:3": "Álvarez released",
             "retraction_reason": "JOSÉ asked"}
    hits = leak_hits(texts, details)
    assert [(h.field, h.text) for h in hits] == [
        ("title", "Álvarez"), ("summary", "José"), ("public_victim_names", "José Álvarez"),
        ("follow_up:3", "Álvarez"), ("retraction_reason", "JOSÉ")]
    for hit in hits:
        assert texts[hit.field][hit.start:hit.end] == hit.text
        assert hit.kind == "name" and hit.source == "victim_names"


# ---------------------------------------------------------------------------------------------
# Private values: contacts, location, ID numbers, details.

def test_contacts_are_found_whole():
    private = dict(victim_contacts="zainab.o@example.net, +216 74 555 0199",
                   source_contact="Signal: ask for Karim at the Tunis office")
    found = hits_in("Write to ZAINAB.O@EXAMPLE.NET or call +216 74 555 0199; ask for Karim at the Tunis office",
                    **private)
    assert ("ZAINAB.O@EXAMPLE.NET", "email") in found  # the pattern wins: one hit for the address
    assert ("+216 74 555 0199", "contact") in found
    assert ("ask for Karim at the Tunis office", "contact") in found


def test_exact_location_and_its_street_are_found():
    private = dict(exact_location="14 Rue des Oliviers, Sfax")
    assert texts_hit("held at 14 rue des oliviers, SFAX", **private) == ["14 rue des oliviers, SFAX"]
    assert texts_hit("near 14 Rue des Oliviers", **private) == ["14 Rue des Oliviers"]


def test_city_of_the_exact_location_is_allowed_when_the_region_names_it():
    details = PrivateDetails(exact_location="14 Rue des Oliviers, Sfax")
    tunisia = redaction.GuardContext(country="TN")
    # The region is the subdivision TN-61, named "Sfax": the city of the same name says no more.
    assert leak_hits({"region": "Sfax", "summary": "Detained in Sfax."}, details, context=tunisia) == []
    # ...but not when the region is another one, or not the State's, and the street never.
    hits = leak_hits({"region": "Tunis", "summary": "Detained in Sfax, 14 Rue des Oliviers."}, details,
                     context=tunisia)
    assert [h.text for h in hits] == ["Sfax", "14 Rue des Oliviers"]
    assert [h.text for h in leak_hits({"region": "Sfax", "summary": "In Sfax."}, details,
                                      context=redaction.GuardContext(country="EG"))] == ["Sfax", "Sfax"]
    hits = leak_hits({"region": "Sfax", "summary": "At Rue des Oliviers."}, details, context=tunisia)
    assert [(h.field, h.text) for h in hits] == [("summary", "Rue des Oliviers")]  # the street always hits


def test_a_town_typed_into_the_region_field_is_a_leak():
    details = PrivateDetails(exact_location="Douar Ouled Slama, près de Haffouz")
    hits = leak_hits({"region": "Haffouz"}, details, context=redaction.GuardContext(country="TN"))
    assert [(h.field, h.text) for h in hits] == [("region", "Haffouz")]


def test_id_numbers_are_found_with_or_without_their_prefix():
    assert texts_hit("passport TN-4471902, also TN 4471902 and 4471902", id_numbers=["TN-4471902"]) == [
        "TN-4471902", "TN 4471902", "4471902"]


def test_identifying_details_are_found_line_by_line():
    private = dict(identifying_details="Editor of the Kairouan Weekly\nDrives a red van")
    assert texts_hit("She is editor of the kairouan weekly.", **private) == ["editor of the kairouan weekly"]


# ---------------------------------------------------------------------------------------------
# Identifying patterns.

@pytest.mark.parametrize("text, expected", [
    ("Reach her at jose.alvarez@example.org.", [("jose.alvarez@example.org", "email")]),
    ("Reach her at jose [at] example [dot] org", [("jose [at] example [dot] org", "email")]),
    ("Call +41 22 917 12 34.", [("+41 22 917 12 34", "phone")]),
    ("Call 0041 22 917 1234 now", [("0041 22 917 1234", "phone")]),
    ("Call (022) 917-1234 now", [("(022) 917-1234", "phone")]),
    ("Call 079 123 45 67.", [("079 123 45 67", "phone")]),
    ("Call +7 (495) 123-45-67.", [("+7 (495) 123-45-67", "phone")]),
    ("Call 01.23.45.67.89", [("01.23.45.67.89", "phone")]),
    ("Call (202) 555-0199", [("(202) 555-0199", "phone")]),
    ("Call ٠٧٩١٢٣٤٥٦٧", [("٠٧٩١٢٣٤٥٦٧", "phone")]),  # Arabic-Indic digits
    ("Call ＋４１ ２２ ９１７ １２ ３４", [("＋４１ ２２ ９１７ １２ ３４", "phone")]),  # fullwidth
    ("Passport P1234567 seized", [("P1234567", "id_like")]),
    ("ID card AB123456.", [("AB123456", "id_like")]),
    ("DNI 12345678Z", [("12345678Z", "id_like")]),
    ("number 4471902190 on file", [("4471902190", "id_like")]),  # a bare run of digits: ID or phone, a hit
    ("number 987654321 on file", [("987654321", "id_like")]),
    ("See https://facebook.com/jose.alvarez.", [("https://facebook.com/jose.alvarez", "profile_url")]),
    ("(see x.com/jalvarez)", [("x.com/jalvarez", "profile_url")]),
    ("on t.me/jalvarez, daily", [("t.me/jalvarez", "profile_url")]),
    ("instagram.com/j_alvarez; ", [("instagram.com/j_alvarez", "profile_url")]),
    ("https://www.linkedin.com/in/jose-alvarez/", [("https://www.linkedin.com/in/jose-alvarez/", "profile_url")]),
    ("vk.com/id123456!", [("vk.com/id123456", "profile_url")]),
    ("https://mastodon.example/@jose", [("https://mastodon.example/@jose", "profile_url")]),
    ("https://jose.substack.com", [("https://jose.substack.com", "profile_url")]),
    ("posted by @jalvarez today", [("@jalvarez", "profile_url")]),
])
def test_identifying_patterns_are_hits(text, expected):
    found = hits_in(text)
    assert found == expected


@pytest.mark.parametrize("text", [
    "Report A/HRC/55/3 and CCPR/C/GC/34, resolution S/RES/2250 (2015).",
    "In 2024 about 300 people gathered; 1,500 more in 2019-2024 and 2019/20.",
    "On 2024-03-15, on 15.03.2024, on 15/03/2024 and on 3.4.24.",
    "Published as RR-2026-0001 and RR-2026-0142.",
    "See https://www.ohchr.org/en/hr-bodies/hrc/reprisals/123456789 and www.ohchr.org.",
    "Security Council resolution 2250 (2015) and 1325 (2000).",
    "One million (1000000) and 1.200.000 people; article 19; 10:30.",
    "Mail the registry at the UN in Geneva.",
    "https://facebook.com/ is a website",
])
def test_public_identifiers_and_ordinary_numbers_are_not_hits(text):
    assert hits_in(text) == []


def test_name_inside_an_email_address_is_one_hit():
    found = hits_in("Mail jose.alvarez@example.org today", victim_names=["José Álvarez"])
    assert found == [("jose.alvarez@example.org", "email")]


# ---------------------------------------------------------------------------------------------
# False positives.

def test_false_positive_covers_one_field_and_one_exact_text():
    details = PrivateDetails(victim_names=["Ali Hassan"])
    texts = {"title": "Ali Pasha street", "summary": "ALI PASHA and Ali"}
    hits = leak_hits(texts, details)
    assert [(h.field, h.text) for h in hits] == [("title", "Ali"), ("summary", "ALI"), ("summary", "Ali")]
    left = unresolved(hits, [{"field": "title", "text": "Ali", "note": "a street name"}])
    assert [(h.field, h.text) for h in left] == [("summary", "ALI"), ("summary", "Ali")]
    left = unresolved(hits, [{"field": "summary", "text": "Ali", "note": "a street name"}])
    assert [(h.field, h.text) for h in left] == [("title", "Ali"), ("summary", "ALI")]  # exact text only
    assert unresolved(hits, [{"field": "title", "text": "", "note": "empty"}]) == hits


def test_false_positive_covers_only_the_occurrences_present_when_marked():
    details = PrivateDetails(victim_names=["Ali Hassan"])
    hits = leak_hits({"summary": "Ali Pasha street, and later Ali again"}, details)
    mark = {"field": "summary", "text": "Ali", "note": "a street", "count": 1}
    assert [h.start for h in unresolved(hits, [mark])] == [hits[1].start]


# ---------------------------------------------------------------------------------------------
# redact() and occurrences().

def test_redact_replaces_spans_in_any_order():
    text = "Ana met José in Sfax."
    spans = [(16, 20, "location"), (8, 12, "name"), (0, 3, "name")]
    assert redact(text, spans) == "[name withheld] met [name withheld] in [location withheld]."


def test_redact_merges_overlapping_spans_into_one_placeholder():
    text = "José Álvarez left"
    assert redact(text, [(0, 12, "name"), (5, 12, "name")]) == "[name withheld] left"
    assert redact(text, [(5, 12, "detail"), (0, 7, "name")]) == "[name withheld] left"


@pytest.mark.parametrize("spans", [[(0, 99, "name")], [(3, 3, "name")], [(-1, 2, "name")], [(0, 2, "nickname")]])
def test_redact_refuses_bad_spans(spans):
    with pytest.raises(ValueError):
        redact("José Álvarez", spans)


def test_occurrences_find_folded_whole_words_only():
    text = "ALI met Alice; Ali\u0301 and ali."
    assert occurrences(text, "Ali") == [(0, 3), (15, 19), (24, 27)]
    assert occurrences(text, "") == []


def test_occurrences_cover_declined_cyrillic_names_whole():
    text = "Алексея Петрова отпустили"
    spans = occurrences(text, "Петров")
    assert [text[s:e] for s, e in spans] == ["Петрова"]


def test_occurrences_span_line_breaks_and_keep_outer_whitespace():
    text = "met José\n  Álvarez, then"
    (start, end), = occurrences(text, "jose alvarez")
    assert text[start:end] == "José\n  Álvarez"


# ---------------------------------------------------------------------------------------------
# Folding.

def test_fold_maps_each_folded_character_to_its_original():
    text = "  Straße\u00ad  ＡＢ\n\nlَيْ"
    out, index = redaction.fold(text)
    assert out == "strasse ab lي"
    assert len(index) == len(out)
    assert index == sorted(index)
    assert all(0 <= i < len(text) for i in index)


@given(st.text(max_size=200))
@settings(max_examples=300)
def test_folding_is_idempotent_and_its_index_is_monotonic(text):
    out, index = redaction.fold(text)
    assert folded(out) == out
    assert len(index) == len(out)
    assert index == sorted(index)
    assert "  " not in out and out == out.strip(" ")


# ---------------------------------------------------------------------------------------------
# Property: the guard has no false negatives, and redacting every occurrence satisfies it.

LATIN = "abcdefghijklmnopqrstuvwxyzáàâäãåçéèêëíìîïñóòôöõúùûüýÿšžčćđłøåæœ"
CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюяё"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآ"
HAN = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
FILLER = ("the police detained lawyer after briefing council geneva questioned statement days home "
          "special rapporteur travel ban threats family office radio weekly 警方 拘留 律师 وقال الشرطة "
          "задержан суд").split()


@st.composite
def victim_name(draw):
    alphabet = draw(st.sampled_from([LATIN, CYRILLIC, ARABIC, HAN]))
    if alphabet is HAN:
        return draw(st.text(alphabet, min_size=2, max_size=4))
    words = draw(st.lists(st.text(alphabet, min_size=3, max_size=9), min_size=1, max_size=3))
    return " ".join(words)


def spellings(name: str):
    """Ways a public text may write a private name that the guard must still see."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return st.sampled_from([name, name.upper(), name.lower(), stripped, stripped.upper(),
                            name.replace(" ", "\n"), name.replace(" ", " \r\n  ")])


emails = st.builds("{}.{}@{}.{}".format, st.text("abcdefghij", min_size=3, max_size=8),
                   st.text("klmnopqrst", min_size=2, max_size=6), st.text("uvwxyzabc", min_size=3, max_size=8),
                   st.sampled_from(["org", "net", "com"]))
phones = st.builds("+{} {} {} {} {}".format, st.integers(1, 99), st.integers(10, 99), st.integers(100, 999),
                   st.integers(10, 99), st.integers(10, 99))


@st.composite
def allegation_case(draw):
    names = draw(st.lists(victim_name(), min_size=1, max_size=3))
    email, phone = draw(emails), draw(phones)
    private = PrivateDetails(victim_names=names, victim_contacts=f"{email}, {phone}")
    pieces = draw(st.lists(st.sampled_from(FILLER), min_size=5, max_size=40))
    embedded = []
    for name in names:
        if draw(st.booleans()):
            embedded.append(draw(spellings(name)))
        if " " in name and draw(st.booleans()):
            embedded.append(draw(st.sampled_from(name.split(" "))).upper())
    if draw(st.booleans()):
        embedded.append(draw(st.sampled_from([email, email.upper()])))
    if draw(st.booleans()):
        embedded.append(phone)
    if draw(st.booleans()):
        embedded.append(draw(st.sampled_from(list(PLACEHOLDERS.values()))))
    for value in embedded:
        pieces.insert(draw(st.integers(0, len(pieces))), value)
    separators = draw(st.lists(st.sampled_from([" ", ", ", ".\n", " (", ") ", "; ", "\n\n"]),
                               min_size=len(pieces), max_size=len(pieces)))
    summary = "".join(p + s for p, s in zip(pieces, separators))
    return private, summary


def private_values(private: PrivateDetails) -> list[str]:
    values = []
    for name in private.victim_names:
        values.append(name)
        values.extend(part for part in name.split(" ") if len(part) > 2)
    values.extend(v.strip() for v in private.victim_contacts.split(","))
    return values


def leaked(value: str, public: str) -> bool:
    """An independent oracle: the folded value as a whole word of the folded public text."""
    for placeholder in PLACEHOLDERS.values():
        public = public.replace(placeholder, " ")
    needle, haystack = folded(value), folded(public)
    if not needle:
        return False
    if all(c in HAN for c in needle):
        return needle in haystack
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None


@given(allegation_case())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_guard_has_no_false_negatives(case):
    private, summary = case
    texts = {"title": "Detention after a UN session", "summary": summary}
    if not unresolved(leak_hits(texts, private), []):
        for value in private_values(private):
            assert not leaked(value, summary), value


@given(allegation_case())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_redacting_every_occurrence_satisfies_the_guard(case):
    private, summary = case
    spans = [(start, end, "name")
             for value in private_values(private)
             for start, end in occurrences(summary, value)]
    assume(spans)
    redacted = redact(summary, spans)
    assert unresolved(leak_hits({"summary": redacted}, private), []) == []
    for value in private_values(private):
        assert not leaked(value, redacted), value
