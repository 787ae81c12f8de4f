"""Burmese names in the leak guard: syllables, honorifics, runs searched in Burmese text, romanisations."""
from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.domain.leakguard.burmese import (
    HONORIFICS, MAX_VARIANTS, is_myanmar, name_runs, romanisations, strip_honorific, syllables,
)
from registry.domain.leakguard.burmese_names import COMPOUNDS, HONORIFIC_ROMAN, ROMAN


@pytest.mark.parametrize(("text", "expected"), [
    ("ဦးအောင်ကိုကို", ["ဦး", "အောင်", "ကို", "ကို"]),
    ("ခင်မာဝင်း", ["ခင်", "မာ", "ဝင်း"]),
    ("ကိုဇော်ဝင်း", ["ကို", "ဇော်", "ဝင်း"]),
    ("မြင့်ဦး", ["မြင့်", "ဦး"]),
    ("သိန်းထွန်း", ["သိန်း", "ထွန်း"]),
    ("ကျော်ဇောဦး", ["ကျော်", "ဇော", "ဦး"]),
    ("ဒေါ်ခင်မာဝင်း", ["ဒေါ်", "ခင်", "မာ", "ဝင်း"]),
    ("ဆရာမခင်မာ", ["ဆ", "ရာ", "မ", "ခင်", "မာ"]),
    # Stacked consonants stay with the syllable above them; kinzi too.
    ("မန္တလေး", ["မန္တ", "လေး"]),
    ("စန္ဒာဝင်း", ["စန္ဒာ", "ဝင်း"]),
    ("အင်္ဂလိပ်", ["အင်္ဂ", "လိပ်"]),
    # A killed consonant carries asat after another killed one (ယောက်ျား is one syllable).
    ("ယောက်ျား", ["ယောက်ျား"]),
])
def test_syllables_of_names(text, expected):
    assert syllables(text) == expected


def test_dot_below_before_or_after_asat_is_one_syllable():
    nfc = "\u1019\u103c\u1004\u1037\u103a"  # မြင့် as NFC stores it
    typed = "\u1019\u103c\u1004\u103a\u1037"  # as it is often typed
    assert unicodedata.normalize("NFC", typed) == nfc
    assert syllables(nfc + "ဦး") == [nfc, "ဦး"]
    assert syllables(typed + "ဦး") == [typed, "ဦး"]


def test_syllables_of_a_sentence():
    sentence = "ဦးအောင်ကိုကိုကို ရဲက ဖမ်းဆီးခဲ့သည်။"
    assert syllables(sentence) == [
        "ဦး", "အောင်", "ကို", "ကို", "ကို", " ", "ရဲ", "က", " ", "ဖမ်း", "ဆီး", "ခဲ့", "သည်", "။"]


def test_syllables_of_mixed_text():
    text = "၂၀၂၁ ခုနှစ် ဒေါ်ခင်မာဝင်း(၄၅) Aung Ko"
    assert syllables(text) == [
        "၂", "၀", "၂", "၁", " ", "ခု", "နှစ်", " ", "ဒေါ်", "ခင်", "မာ", "ဝင်း", "(", "၄", "၅", ")",
        " ", "Aung", " ", "Ko"]
    assert syllables("") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x1000, max_codepoint=0x109F)))
def test_syllables_lose_nothing(text):
    pieces = syllables(text)
    assert "".join(pieces) == text
    assert all(pieces)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ဦအောင်ကိုခမာဝင်း္ျ့", " ", "a", "\u200b", "\u0301"])))
def test_syllables_lose_nothing_in_mixed_text(text):
    assert "".join(syllables(text)) == text


def test_honorifics():
    assert {"ဦး", "ကို", "မောင်", "ဒေါ်", "မ", "ဆရာ", "ဆရာမ", "ဒေါက်တာ"} <= HONORIFICS
    assert isinstance(HONORIFICS, frozenset)
    assert set(HONORIFIC_ROMAN) == HONORIFICS


@pytest.mark.parametrize(("name", "expected"), [
    ("ဦးအောင်ကိုကို", ["အောင်", "ကို", "ကို"]),
    ("ကိုဇော်ဝင်း", ["ဇော်", "ဝင်း"]),
    ("ဒေါ်ခင်မာဝင်း", ["ခင်", "မာ", "ဝင်း"]),
    ("မခင်မာ", ["ခင်", "မာ"]),
    ("မောင်မောင်", ["မောင်"]),
    ("ခင်မာဝင်း", ["ခင်", "မာ", "ဝင်း"]),  # no honorific: unchanged
    ("ဦး", ["ဦး"]),  # nothing would be left
    ("ဆရာမခင်မာ", ["ခင်", "မာ"]),  # ဆရာမ, not ဆရာ + မ left on the name
    ("ဆရာမောင်အောင်", ["အောင်"]),  # ဆရာ + မောင် (its မ is no ဆရာမ) + Aung
    ("ဒေါက်တာဦးမောင်မောင်", ["မောင်", "မောင်"]),  # a title, then one kinship honorific
    ("ဦးမောင်မောင်", ["မောင်", "မောင်"]),  # not stripped twice
    ("ဆရာတော်ဦးဝီရသူ", ["ဝီ", "ရ", "သူ"]),
])
def test_strip_honorific(name, expected):
    assert strip_honorific(syllables(name)) == expected


def test_strip_honorific_does_not_change_its_argument():
    sylls = syllables("ဦးအောင်ကိုကို")
    strip_honorific(sylls)
    assert sylls == ["ဦး", "အောင်", "ကို", "ကို"]


def test_name_runs_of_u_aung_ko_ko():
    runs = name_runs("ဦးအောင်ကိုကို")
    assert runs == ["ဦးအောင်ကိုကို", "ဦးအောင်ကို", "အောင်ကိုကို", "ဦးအောင်", "အောင်ကို", "ကိုကို"]
    assert "ကို" not in runs and "ဦး" not in runs and "အောင်" not in runs


def test_name_runs_longest_first_and_deduplicated():
    runs = name_runs("ကိုကိုကို")
    assert runs == ["ကိုကိုကို", "ကိုကို"]
    assert [len(syllables(r)) for r in name_runs("ခင်မာဝင်း")] == [3, 2, 2]


def test_name_runs_leave_out_single_syllables_and_bare_honorifics():
    assert name_runs("မင်း") == []
    assert name_runs("") == []
    runs = name_runs("ဒေါက်တာဦးမောင်မောင်")
    assert "ဒေါက်တာ" not in runs and "ဒေါက်တာဦး" not in runs
    assert "မောင်မောင်" in runs and "ဦးမောင်" in runs and "ဦးမောင်မောင်" in runs


def test_name_runs_ignore_spaces_inside_the_name():
    assert name_runs("ဦး အောင်\u200bကိုကို") == name_runs("ဦးအောင်ကိုကို")


def test_romanisations_of_aung_ko_ko():
    assert romanisations("အောင်ကိုကို")[0] == ("aung", "ko", "ko")
    forms = romanisations("ဦးအောင်ကိုကို")
    assert forms[0] == ("aung", "ko", "ko")
    assert ("u", "aung", "ko", "ko") in forms
    assert ("oo", "aung", "ko", "ko") not in forms


def test_romanisations_of_khin_mar_win():
    forms = romanisations("ခင်မာဝင်း")
    assert forms[0] == ("khin", "mar", "win")
    assert ("khin", "ma", "win") in forms and ("khin", "mar", "winn") in forms
    daw = romanisations("ဒေါ်ခင်မာဝင်း")
    assert ("khin", "mar", "win") in daw and ("daw", "khin", "mar", "win") in daw


def test_romanisations_of_ko_zaw_win():
    forms = romanisations("ကိုဇော်ဝင်း")
    assert ("ko", "zaw", "win") in forms and ("zaw", "win") in forms


def test_oo_inside_a_name_and_u_before_it():
    assert romanisations("မြင့်ဦး")[0] == ("myint", "oo")
    assert ("myint", "u") in romanisations("မြင့်ဦး")
    assert romanisations("ကျော်ဇောဦး")[0] == ("kyaw", "zaw", "oo")
    assert romanisations("ဦးနု") == [("u", "nu")]  # one word alone ("nu") is no needle


def test_romanisations_most_common_spelling_first():
    forms = romanisations("သိန်းထွန်း")
    assert forms[0] == ("thein", "tun")
    assert {("thein", "htun"), ("thane", "tun"), ("thein", "tunn")} <= set(forms)
    assert forms.index(("thein", "htun")) < forms.index(("thane", "htun"))


def test_romanisations_of_compound_words():
    forms = romanisations("ဒေါ်သီတာထွေး")
    assert forms[0] == ("thida", "htwe")
    assert ("daw", "thida", "htwe") in forms and ("thi", "da", "htwe") in forms
    assert romanisations("စည်သူအောင်")[0] == ("sithu", "aung")


def test_romanisations_with_a_title():
    forms = romanisations("ဒေါက်တာဦးမောင်မောင်")
    assert forms[:4] == [("maung", "maung"), ("u", "maung", "maung"), ("dr", "u", "maung", "maung"),
                         ("dr", "maung", "maung")]
    assert romanisations("ကိုကို") == [("ko", "ko")]  # ("ko",) alone left out


def test_romanisations_are_capped():
    name = "ထွန်းဝင်းသိန်းမင်းစိုးဖြိုး"  # 3*2*2*2*2*3 = 144 spellings
    forms = romanisations(name)
    assert len(forms) == MAX_VARIANTS
    assert forms[0] == ("tun", "win", "thein", "min", "soe", "phyo")
    assert len(set(forms)) == len(forms)
    assert len(romanisations(name, limit=5)) == 5
    assert romanisations(name, limit=5) == forms[:5]
    long_name = "ဦး" + "ထွန်းဝင်း" * 15  # 3**15 * 2**15 spellings: must not multiply out
    assert len(romanisations(long_name)) == MAX_VARIANTS


def test_romanisations_are_lowercase_ascii_words():
    for name in ["ဦးအောင်ကိုကို", "ဆရာတော်ဦးဝီရသူ", "မန္တလေးမြို့", "ꩠꩡꩢ"]:
        for form in romanisations(name):
            assert form and all(w and w.isascii() and w == w.lower() and w.isalnum() for w in form)


def test_unknown_syllables_fall_back_to_anyascii():
    forms = romanisations("ဝီရသူ")
    assert forms and all(len(f) == 3 and f[2] == "thu" for f in forms)
    assert romanisations("") == [] and romanisations("Aung") == []


def test_table_is_large_and_well_formed():
    assert len(ROMAN) >= 150
    for table in (ROMAN, COMPOUNDS, HONORIFIC_ROMAN):
        for key, spellings in table.items():
            assert unicodedata.normalize("NFC", key) == key and is_myanmar(key), key
            assert spellings and len(set(spellings)) == len(spellings), key
            assert all(s == s.lower() and s.replace(" ", "").isalpha() and s.isascii() for s in spellings), key


@pytest.mark.parametrize("key", sorted(ROMAN))
def test_every_table_syllable_is_one_syllable(key):
    assert syllables(key) == [key]


@pytest.mark.parametrize("key", sorted(COMPOUNDS))
def test_every_compound_is_several_table_syllables(key):
    parts = syllables(key)
    assert len(parts) >= 2


def test_table_spellings_of_common_syllables():
    expected = {
        "အောင်": "aung", "ကို": "ko", "ကျော်": "kyaw", "ဇော်": "zaw", "ဝင်း": "win", "မြင့်": "myint",
        "သိန်း": "thein", "ထွန်း": "tun", "လှ": "hla", "မြ": "mya", "ခင်": "khin", "မာ": "mar",
        "စန်း": "san", "သန့်": "thant", "ငြိမ်း": "nyein", "မိုး": "moe", "နိုင်": "naing", "လွင်": "lwin",
        "စိုး": "soe", "သူ": "thu", "မင်း": "min", "ထက်": "htet", "ဖြိုး": "phyo", "မောင်": "maung",
        "ရွှေ": "shwe", "ဌေး": "htay", "နှင်း": "hnin", "လှိုင်": "hlaing",
    }
    for syllable, spelling in expected.items():
        assert ROMAN[syllable][0] == spelling, syllable
    assert "htun" in ROMAN["ထွန်း"] and "winn" in ROMAN["ဝင်း"] and "thane" in ROMAN["သိန်း"]


@pytest.mark.parametrize(("word", "expected"), [
    ("ဦးအောင်ကိုကို", True), ("ꩠꩡ", True), ("\ua9e0", True), ("၁၂၃", True),
    ("Aung", False), ("ဦး အောင်", False), ("ဦး\u200b", False), ("", False), ("อ", False),
])
def test_is_myanmar(word, expected):
    assert is_myanmar(word) is expected


def test_imports_no_flask():
    code = ("import sys, registry.domain.leakguard.burmese; "
            "print(any(m == 'flask' or m.startswith(('flask.', 'werkzeug')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
