"""The leak guard's decoding (registry/domain/leakguard/text.py): disguises undone, offsets exact.

Each disguise is checked three ways: the decoded text, the original span the decoded name maps back
to (it must be exactly the disguised form), and end to end through redaction.leak_hits. Ordinary
text (dates, codes, initials, paths, links) must come through unchanged.
"""
from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.domain.leakguard.text import (
    decode,
    digit_letters,
    fold_mapped,
    identity,
    unconfuse,
    words,
)
from registry.domain.redaction import leak_hits
from registry.domain.workflow import PrivateDetails


def original_of(text: str, decoded: str) -> str:
    """The original substring the first occurrence of `decoded` in decode(text) stands for."""
    mapped = decode(text)
    at = mapped.text.find(decoded)
    assert at != -1, f"{decoded!r} not in {mapped.text!r}"
    start, end = mapped.span(at, at + len(decoded))
    return text[start:end]


def word_texts(text: str) -> list[str]:
    return [w.text for w in words(fold_mapped(decode(text)), text)]


def name_hits(text: str, name: str) -> list:
    hits = leak_hits({"summary": text}, PrivateDetails(victim_names=[name]))
    return [h for h in hits if h.source == "victim_names"]


def assert_caught(text: str, name: str, disguised: str) -> None:
    """A hit of the private name whose span covers the whole disguised form, and says so."""
    start = text.index(disguised)
    end = start + len(disguised)
    hits = name_hits(text, name)
    assert any(h.start <= start and h.end >= end for h in hits), (text, [(h.start, h.end, h.text) for h in hits])
    for h in hits:
        assert h.text == text[h.start:h.end]


# ---------------------------------------------------------------------------------------------
# 1. Numeric character references without their semicolon.

HEX_NO_SEMI = "&#x48&#x61&#x72&#x72&#x69&#x65&#x74"
DEC_NO_SEMI = "&#72&#97&#114&#114&#105&#101&#116"


@pytest.mark.parametrize("encoded", [HEX_NO_SEMI, DEC_NO_SEMI, "&#x48;&#x61;&#x72;&#x72;&#x69;&#x65;&#x74;",
                                     "&#72;a&#114r&#105;et", "&#X48&#X61rriet"])
def test_numeric_references_with_or_without_semicolon(encoded):
    text = f"Report on {encoded} Nabukenya today"
    assert decode(text).text == "Report on Harriet Nabukenya today"
    assert original_of(text, "Harriet") == encoded
    assert original_of(text, "Harriet Nabukenya") == encoded + " Nabukenya"


def test_each_reference_maps_to_itself():
    mapped = decode("x" + HEX_NO_SEMI)
    assert mapped.text == "xHarriet"
    assert [mapped.span(i, i + 1) for i in range(3)] == [(0, 1), (1, 6), (6, 11)]


def test_named_references_still_need_their_semicolon():
    assert decode("AT&T and R&D; ?a=1&copy=2").text == "AT&T and R&D; ?a=1&copy=2"
    assert decode("Ren&eacute;e").text == "Renée"


def test_references_without_semicolon_end_to_end():
    for encoded in (HEX_NO_SEMI, DEC_NO_SEMI):
        text = f"The activist {encoded} Nabukenya was detained."
        assert_caught(text, "Harriet Nabukenya", f"{encoded} Nabukenya")
    text = "Detained: " + "".join(f"&#x{ord(c):x}" for c in "Harriet Nabukenya") + "."
    assert_caught(text, "Harriet Nabukenya", text[len("Detained: "):-1])


# ---------------------------------------------------------------------------------------------
# 2. Percent-encoding twice and three times over.

ZAYTSEV_PCT = "%D0%97%D0%B0%D0%B9%D1%86%D0%B5%D0%B2"
ZAYTSEV_PCT2 = ZAYTSEV_PCT.replace("%", "%25")
ZAYTSEV_PCT3 = ZAYTSEV_PCT2.replace("%", "%25")


@pytest.mark.parametrize("encoded", [ZAYTSEV_PCT, ZAYTSEV_PCT2, ZAYTSEV_PCT3])
def test_percent_encoding_decoded_in_rounds(encoded):
    text = f"Задержан {encoded} вчера"
    assert decode(text).text == "Задержан Зайцев вчера"
    assert original_of(text, "Зайцев") == encoded
    # Each letter stands for its own escapes, not for the whole run.
    mapped = decode(text)
    at = mapped.text.index("Зайцев")
    start, end = mapped.span(at, at + 1)
    assert text[start:end] == encoded[:len(encoded) // 6]


def test_percent_rounds_stop_at_three():
    four = ZAYTSEV_PCT3.replace("%", "%25")
    assert decode(four).text == ZAYTSEV_PCT


def test_percent_with_entities_and_escapes_nested():
    assert decode("%26%2372%3Barriet").text == "Harriet"  # a reference, percent-encoded
    assert decode("&amp;#72;arriet").text == "Harriet"  # a reference, HTML-escaped again
    assert decode("%5Cu0417айцев").text == "Зайцев"  # a JSON escape, percent-encoded
    assert original_of("%26%2372%3Barriet", "H") == "%26%2372%3B"


def test_invalid_percent_bytes_stay_as_written():
    assert decode("100%AB of them, 50% more").text == "100%AB of them, 50% more"
    assert decode(ZAYTSEV_PCT + "%A0%9F").text == "Зайцев%A0%9F"
    assert decode("Ren%E9e").text == "Renée"  # a Latin-1 letter


@pytest.mark.parametrize("encoded", [ZAYTSEV_PCT2, ZAYTSEV_PCT3])
def test_double_and_triple_percent_end_to_end(encoded):
    text = f"Задержан {encoded} вчера вечером."
    assert_caught(text, "Зайцев", encoded)
    link = "https://example.org/search?q=Harriet%2520Nabukenya&lang=en"
    assert_caught(link, "Harriet Nabukenya", "Harriet%2520Nabukenya")


# ---------------------------------------------------------------------------------------------
# 3. JSON, JavaScript and Python escapes.

@pytest.mark.parametrize("encoded", [
    r"\u0417\u0430\u0439\u0446\u0435\u0432",
    r"\\u0417\\u0430\\u0439\\u0446\\u0435\\u0432",
    r"\u{417}\u{430}\u{439}\u{446}\u{435}\u{432}",
    r"\U00000417\U00000430\U00000439\U00000446\U00000435\U00000432",
    r"\xd0\x97\xd0\xb0\xd0\xb9\xd1\x86\xd0\xb5\xd0\xb2",  # Python bytes: UTF-8
    r"\u0417\u0430йцев",
])
def test_backslash_escapes(encoded):
    text = f"Задержан {encoded} вчера"
    assert decode(text).text == "Задержан Зайцев вчера"
    assert original_of(text, "Зайцев") == encoded


def test_escape_spans_are_per_character():
    text = r"\x48\x61rriet"
    mapped = decode(text)
    assert mapped.text == "Harriet"
    assert mapped.span(0, 1) == (0, 4) and mapped.span(1, 2) == (4, 8) and mapped.span(2, 3) == (8, 9)


def test_escapes_surrogate_pairs_and_latin1():
    assert decode(r"\ud83d\ude00 ok").text == "\U0001F600 ok"
    assert original_of(r"\ud83d\ude00 ok", "\U0001F600") == r"\ud83d\ude00"
    assert decode(r"Ren\xe9e").text == "Renée"  # a str escape: Latin-1
    assert decode(r"lone \ud800 stays").text == r"lone \ud800 stays"


def test_escaped_line_breaks_between_words():
    assert decode(r"Harriet\nNabukenya").text == "Harriet\nNabukenya"
    assert word_texts(r"Harriet\nNabukenya") == ["harriet", "nabukenya"]


@pytest.mark.parametrize("name,encoded", [
    ("Зайцев", r"\u0417\u0430\u0439\u0446\u0435\u0432"),
    ("Зайцев", r"\\u0417\\u0430\\u0439\\u0446\\u0435\\u0432"),
    ("Зайцев", r"\u{417}\u{430}\u{439}\u{446}\u{435}\u{432}"),
    ("Harriet Nabukenya", r"\x48\x61\x72\x72\x69\x65\x74 \x4e\x61\x62\x75\x6b\x65\x6e\x79\x61"),
    ("Harriet Nabukenya", r"\u0048arriet \u004Eabukenya"),
])
def test_escapes_end_to_end(name, encoded):
    text = f'{{"summary": "Detained: {encoded}, 2023"}}'
    assert_caught(text, name, encoded)


# ---------------------------------------------------------------------------------------------
# 4. Single letters joined by one repeated separator.

@pytest.mark.parametrize("written,reads", [
    ("З.а.й.ц.е.в", "Зайцев"),
    ("H-a-r-r-i-e-t", "Harriet"),
    ("H_a_r_r_i_e_t", "Harriet"),
    ("H·a·r·r·i·e·t", "Harriet"),
    ("H•a•r•r•i•e•t", "Harriet"),
    ("H|a|r|r|i|e|t", "Harriet"),
    ("H*a*r*r*i*e*t", "Harriet"),
    ("H+a+r+r+i+e+t", "Harriet"),
    ("H:a:r:r:i:e:t", "Harriet"),
    ("H/a/r/r/i/e/t", "Harriet"),
    ("H . a . r . r . i . e . t", "Harriet"),
    ("K a r i m", "Karim"),
    ("Z.A.Y.T.S.E.V", "ZAYTSEV"),  # five capitals or more are a word, not initials
])
def test_letters_apart_joined(written, reads):
    text = f"Detained: {written}, yesterday"
    assert decode(text).text == f"Detained: {reads}, yesterday"
    assert original_of(text, reads) == written


def test_joined_letters_keep_their_own_places():
    mapped = decode("H-a-r")
    assert mapped.text == "H-a-r"  # three letters are not enough
    mapped = decode("H-a-r-r")
    assert mapped.text == "Harr"
    assert mapped.starts == [0, 2, 4, 6] and mapped.ends == [1, 3, 5, 7]


@pytest.mark.parametrize("written", ["周/海/燕", "周／海／燕", "周 海 燕", "周-海-燕"])
def test_han_characters_apart_joined(written):
    text = f"记者{written}被拘留"
    assert decode(text).text == "记者周海燕被拘留"
    assert original_of(text, "周海燕") == written


def test_chinese_interpunct_of_foreign_names_kept():
    assert decode("克莱尔·杜布瓦").text == "克莱尔·杜布瓦"
    assert decode("玛丽·安·史密斯来了").text == "玛丽·安·史密斯来了"
    assert decode("他说 周·海·燕 来了").text == "他说 周海燕 来了"  # standing alone, a name spelled apart


@pytest.mark.parametrize("text", [
    "K. B. S. Smith", "K.B.S. Smith", "U.S.A.", "U. S. A.", "K.B.S.A.", "A. B. C. D. Smith", "e.g. i.e. a.k.a.",
    "12/05/2024", "12.05.2024", "a-b-c-d-ef", "ab-c-d-e-f", "www.a.b.c.d.com", "x-ray", "T-shirt",
])
def test_ordinary_separated_letters_not_joined(text):
    assert decode(text).text == text


@pytest.mark.parametrize("name,written", [
    ("Зайцев", "З.а.й.ц.е.в"),
    ("Harriet Nabukenya", "H-a-r-r-i-e-t N-a-b-u-k-e-n-y-a"),
    ("Harriet Nabukenya", "H_a_r_r_i_e_t Nabukenya"),
    ("Harriet Nabukenya", "H·a·r·r·i·e·t Nabukenya"),
    ("Harriet Nabukenya", "Harriet N.a.b.u.k.e.n.y.a"),
    ("周海燕", "周/海/燕"),
])
def test_letters_apart_end_to_end(name, written):
    text = f"Mentioned in the report: {written}." if name != "周海燕" else f"记者{written}被拘留。"
    assert_caught(text, name, written)


# ---------------------------------------------------------------------------------------------
# 5. Digits drawn like letters.

@pytest.mark.parametrize("written,reads", [
    ("3aйцeв", "заицев"), ("3айцев", "заицев"), ("Нaбук0ва", "набукова"), ("Нaбук0вa", "набукова"),
    ("Nabuk0va", "nabukova"), ("Nabukenya", "nabukenya"), ("Ticona", "ticona"), ("Tic0na", "ticona"),
    ("Hamme1", "hammel"), ("1van", "ivan"), ("Ha5san", "hassan"), ("Ja8ir", "jabir"), ("Ро6ерт", "роберт"),
    ("3АЙЦЕВ", "заицев"),
])
def test_digits_as_letters(written, reads):
    assert word_texts(written) == [reads]


@pytest.mark.parametrize("written", [
    "AB-452-190", "5KX9R2T", "5KX 9R2T", "A380", "CO2", "H2O", "G8", "MP3", "x86", "Covid-19", "covid19",
    "2024", "12/05/2024", "Harriet80", "Room101", "Win10", "Tu154", "21st", "1990s", "А123ВС", "H4rriet",
    "UA TZA 2/2023", "A/HRC/54/61",
])
def test_codes_and_numbers_keep_their_digits(written):
    folded = [w.text for w in words(fold_mapped(identity(written)), written)]
    assert word_texts(written) == folded
    assert "".join(c for w in word_texts(written) for c in w if c.isdigit()) == "".join(
        c for c in written if c.isdigit())


def test_digit_letters_rules():
    assert digit_letters("набук0ва", "Набук0ва") == "набукова"
    assert digit_letters("5kx9r2t", "5KX9R2T") == "5kx9r2t"  # Latin capitals and digits: a code
    assert digit_letters("ab0", "ab0") == "ab0"  # fewer than three letters
    assert digit_letters("h4rriet", "H4rriet") == "h4rriet"  # 4 looks like no letter
    assert digit_letters("nabuk0va", "Nabuk0va") == "nabukova"
    assert digit_letters("n0b0k0", "N0b0k0") == "n0b0k0"  # as many digits as letters


@pytest.mark.parametrize("name,written", [
    ("Зайцев", "3aйцeв"), ("Зайцев", "3айцев"), ("Нaбукова", "Нaбук0ва"), ("Harriet Nabukenya", "Harriet Nabuk0nya"),
    ("Hermina Ticona", "Hermina Tic0na"),
])
def test_digits_as_letters_end_to_end(name, written):
    text = f"Сообщается: {written} задержан." if written[0] in "3Н" else f"Reported: {written} was detained."
    assert_caught(text, name, written)


# ---------------------------------------------------------------------------------------------
# 6. Look-alike letters of other scripts.

@pytest.mark.parametrize("written,reads", [
    ("Hermiոa", "hermina"),  # Armenian vo
    ("Ticօոa", "ticona"),  # Armenian oh and vo
    ("Hermiոia", "herminia"),
    ("Ꮋarriet", "harriet"),  # Cherokee mi
    ("Ticοna", "ticona"),  # Greek omicron
    ("Кravets", "kravets"),  # Cyrillic ka
    ("Зайцօв", "заицов"),  # Armenian oh in a Cyrillic word, through the shared prototype "o"
    ("Ꭺthens", "athens"),  # Cherokee go
])
def test_look_alikes_of_any_script(written, reads):
    assert word_texts(written) == [reads]
    assert original_of(written, written) == written


def test_words_of_one_other_script_untouched():
    assert unconfuse("ոօհ") == "ոօհ"  # an Armenian word
    assert unconfuse("بيت") == "بيت"
    # More Armenian than Latin: not a Latin word with look-alikes.
    assert unconfuse("aոօհ") == "aոօհ"
    assert word_texts("Երեւան Athens") == ["երեւան", "athens"]


@pytest.mark.parametrize("name,written", [
    ("Hermina Ticona", "Hermiոa Ticօոa"), ("Hermina Ticona", "Hermiոia Ticօոa"), ("Hermina Ticona", "Hermina Ticօոa"),
    ("Harriet Nabukenya", "Ꮋarriet Nabukenya"), ("Harriet Nabukenya", "Harriet Ναbukenya"),
])
def test_look_alikes_end_to_end(name, written):
    text = f"Las autoridades detuvieron a {written} en la comunidad."
    assert_caught(text, name, written)


# ---------------------------------------------------------------------------------------------
# Ordinary text comes through unchanged.

ORDINARY = [
    "The hearing was set for 12/05/2024 in Geneva.",
    "Officials of the U.S.A. attended.",
    "K. B. Smith wrote the report.",
    "Case AB-452-190 and plate 5KX 9R2T were noted.",
    "Covid-19 restrictions applied.",
    "See A/HRC/54/61 and UA TZA 2/2023.",
    "Write to info@example.org for the x-ray results.",
    r"The file was at C:\Users\Public\new\temp\report.docx.",
    "Item & price; AT&T and R&D; 50% more; 100 % sure.",
    "会议于2024／05／12在日内瓦举行。",
    "Η συνάντηση έγινε στην Αθήνα.",
    "Заседание состоялось 12.05.2024 в Женеве.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_unchanged(text):
    mapped = decode(text)
    assert mapped.text == text
    assert mapped.starts == list(range(len(text))) and mapped.ends == list(range(1, len(text) + 1))


def test_url_with_encoded_space_decodes_to_the_space_only():
    text = "See https://example.org/report%20final.pdf?id=452"
    mapped = decode(text)
    assert mapped.text == "See https://example.org/report final.pdf?id=452"
    assert original_of(text, " final") == "%20final"


@pytest.mark.parametrize("text", ORDINARY + ["See https://example.org/report%20final.pdf?id=452"])
def test_ordinary_text_no_hit_of_the_private_name(text):
    assert name_hits(text, "Harriet Nabukenya") == []
    assert name_hits(text, "Зайцев") == []
    assert name_hits(text, "周海燕") == []


def test_ordinary_words_keep_their_spelling():
    assert word_texts("Case AB-452-190, plate 5KX 9R2T, Covid-19") == [
        "case", "ab", "452", "190", "plate", "5kx", "9r2t", "covid", "19"]
    assert word_texts("K. B. Smith") == ["k", "b", "smith"]


# ---------------------------------------------------------------------------------------------
# Properties and speed.

_DISGUISE_ALPHABET = st.sampled_from(list("%&#;\\xuU{}0123456789abcdefABCDEF .-_/·|\n\t") + ["З", "周", "ո", "\u0301"])


def _check_maps(text: str) -> None:
    mapped = decode(text)
    n = len(mapped.text)
    assert len(mapped.starts) == n and len(mapped.ends) == n
    for k in range(n):
        assert 0 <= mapped.starts[k] < mapped.ends[k] <= len(text)
        if k:
            assert mapped.starts[k - 1] <= mapped.starts[k]
            assert mapped.ends[k - 1] <= mapped.ends[k]
    folded = fold_mapped(mapped)
    for w in words(folded, text):
        assert 0 <= w.start < w.end <= len(text)


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_decode_never_raises_and_maps_are_monotonic(text):
    _check_maps(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_DISGUISE_ALPHABET, max_size=80) | st.lists(st.sampled_from(
    ["%25", "%D0", "%97", "&#x48", "&#72;", "&amp;", "\\u0417", "\\\\u{417}", "\\xd0", "\\x97", "\\ud83d", "\\ude00",
     "H", "-", ".", " ", "a", "3", "周", "/"]), max_size=30).map("".join))
def test_decode_of_disguise_material_keeps_exact_maps(text):
    _check_maps(text)


def test_decoding_stays_fast():
    texts = ["Lorem ipsum dolor sit amet. " * 180,
             ("Kra-\nvets went to R&D at 50% on 12/05/2024 (A/HRC/54/61), C:\\Users. " * 70)[:5000],
             ("&#72;&#97 %D0%97 \\u0417 H-a-r-r-i-e-t " * 150)[:5000]]
    for text in texts:
        decode(text)
        start = time.perf_counter()
        for _ in range(10):
            decode(text)
        assert (time.perf_counter() - start) / 10 < 0.025, text[:40]


# ---------------------------------------------------------------------------------------------
# Codes and handles written apart, Chinese numerals.

def test_a_code_of_letters_and_digits_with_separators_anywhere():
    private = PrivateDetails(victim_names=["Xanthe Quillfeather"], id_numbers=["7QM4K2Z"])
    for public in ("Her card 7QM 4K2Z was seized.", "Her card 7qm-4k2z was seized.", "card 7.Q.M.4.K.2.Z seized"):
        assert [h for h in leak_hits({"summary": public}, private) if h.kind == "id_number"], public
    assert not leak_hits({"summary": "Her card 7QM 4K2 was seized."}, private)


def test_digits_written_as_chinese_numerals():
    private = PrivateDetails(victim_names=["周海燕"], victim_contacts="手机 139 1234 5678")
    public = "有人在网上写出她的手机号一三九一二三四五六七八。"
    hits = [h for h in leak_hits({"summary": public}, private) if h.kind == "contact"]
    assert hits and hits[0].text == "一三九一二三四五六七八"


def test_a_handle_spelled_apart_inside_chinese_text():
    private = PrivateDetails(victim_names=["周海燕"], victim_contacts="微信 lhy_77ab")
    public = "其微信号l h y _ 7 7 a b遭到封禁。"
    assert [h for h in leak_hits({"summary": public}, private) if h.kind == "contact"]


def test_digits_and_letters_apart_are_joined():
    assert decode("call 0 9 1 7 6 2 4 now").text == "call 0917624 now"
    assert decode("H_a_r_r_y").text == "Harry"
