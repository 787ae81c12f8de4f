"""Identifying patterns: e-mail addresses (also spelled out), phone numbers, profile links and
social handles, ID-like numbers. Found whoever they belong to: a pattern in public text is a
hit even when no private field lists it.
"""
from __future__ import annotations

import re
import unicodedata

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "name [at] example [dot] org": the way people write an address to hide it from robots.
_EMAIL_SPELLED = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s?[\[(]\s?(?:at|@)\s?[\])]\s?[\w-]+(?:\s?(?:[\[(]\s?(?:dot|\.)\s?[\])]|\.)\s?[\w-]+)+",
    re.IGNORECASE)
# "k.barsky at proton dot me", "kbarsky arroba gmail.com": spelled out with words, no brackets.
_EMAIL_WORDS = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:\s+(?:dot|point|punto|ponto|точка)\s+[\w-]+)*\s+(?:at|arroba|chez|собака)\s+[\w-]+"
    r"(?:(?:\s+(?:dot|point|punto|ponto|точка)\s+|\.)[a-z]{2,10}\b)+",
    re.IGNORECASE)

# ---------------------------------------------------------------------------------------------
# Identifying patterns.

_SOCIAL_HOSTS = (
    "facebook.com", "fb.com", "fb.me", "m.me", "messenger.com", "twitter.com", "x.com", "instagram.com",
    "instagr.am", "linkedin.com", "t.me", "telegram.me", "telegram.dog", "vk.com", "vk.ru", "ok.ru",
    "tiktok.com", "youtube.com", "youtu.be", "wa.me", "whatsapp.com", "threads.net", "bsky.app",
    "github.com", "gitlab.com", "weibo.com", "weibo.cn", "douyin.com", "reddit.com", "pinterest.com",
    "snapchat.com", "signal.me", "medium.com", "substack.com", "patreon.com", "flickr.com",
    "soundcloud.com", "tumblr.com", "truthsocial.com", "gettr.com", "rumble.com", "line.me",
    "viber.com", "qq.com", "skype.com", "discord.com", "discord.gg", "twitch.tv", "onlyfans.com",
    "mastodon.social", "mstdn.social", "linktr.ee",
)
# Hosts where the person is the subdomain: jose.substack.com.
_PERSONAL_SUBDOMAIN_HOSTS = ("substack.com", "medium.com", "tumblr.com", "blogspot.com", "wordpress.com",
                             "livejournal.com", "github.io", "bsky.social")
_BARE_SOCIAL = "|".join(re.escape(h) for h in sorted(_SOCIAL_HOSTS, key=len, reverse=True))
_ANY_URL = re.compile(
    r"(?:(?:https?://|www\.)[^\s<>\"]+"
    r"|(?<![\w@.-])(?:[a-z0-9-]+\.)*(?:" + _BARE_SOCIAL + r")/[^\s<>\"]+)",
    re.IGNORECASE)
# The same without bare hosts: for a text that names none of them (the common case, and
# the long alternation is the slowest pattern here).
_SCHEME_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)


def _url_pattern(text: str) -> re.Pattern:
    lowered = text.lower()
    if "/" in text and any(host in lowered for host in _SOCIAL_HOSTS):
        return _ANY_URL
    return _SCHEME_URL
_TRAILING = ".,;:!?'\"»”’…>"
_HANDLE = re.compile(r"(?<![\w@./+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")

# Public identifiers masked before looking for phone and ID-like numbers: the registry's own
# references, UN document symbols (A/HRC/55/3, CCPR/C/GC/34, S/RES/2250 (2015)), dates, spans
# of years. They are public facts, not personal data.
_PUBLIC_IDENTIFIERS = [
    re.compile(r"\bRR-\d{4}-\d{4,}\b"),
    re.compile(r"(?<![\w/])(?:A|S|E|ST|CAT|CCPR|CED|CEDAW|CERD|CESCR|CMW|CRC|CRPD|SPT|HRI|UNEP|DP|TD)"
               r"(?:/[A-Za-z0-9.()-]+)+(?:\s\((?:19|20)\d{2}\))?"),
    re.compile(r"(?<![\d.-])\d{4}[-./]\d{1,2}[-./]\d{1,2}(?![-./]?\d)"),  # 2024-03-15
    re.compile(r"(?<![\d.-])\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?(?:\d{4}|\d{2})(?![-./]?\d)"),  # 15.03.2024
    re.compile(r"(?<![\d.-])(?:1[89]|20)\d{2}\s?[-–/]\s?(?:(?:1[89]|20)\d{2}|\d{2})(?![-./]?\d)"),  # 2019-2024
]
# A phone number: international (+, 00) or local (leading 0, area code in parentheses) or a
# grouping typical of phone numbers; 7 to 15 digits (ITU-T E.164 has at most 15).
_PHONE_RUN = re.compile(r"(?:(?<![\w/+])[+(]\s?|(?<![\w/+.-]))\d[\d \t\u00a0\u202f().-]*\d(?![\w/]|[.,-]\d)")
# ID-like: passport and ID card numbers (one to three letters and five or more digits, or digits
# and a check letter), or a run of seven or more digits that is not a round number.
_ID_LIKE = re.compile(r"(?<![\w/-])(?:[A-Z]{1,3}-?\d{5,12}|\d{5,12}-?[A-Z]{1,2}|\d{7,})(?![\w/]|-\w)")


def _strip_trailing(url: str) -> str:
    """A URL without the sentence punctuation after it; a closing bracket stays if it is paired."""
    while url:
        last = url[-1]
        if last in _TRAILING:
            url = url[:-1]
        elif last in ")]}" and url.count({")": "(", "]": "[", "}": "{"}[last]) < url.count(last):
            url = url[:-1]
        else:
            break
    return url


def _is_profile_url(url: str) -> bool:
    address = re.sub(r"^(?:https?://)?", "", url, flags=re.IGNORECASE)
    host, _, path = address.partition("/")
    host = host.split("?")[0].split("#")[0].split(":")[0].lower()
    host = re.sub(r"^(?:www|m|mobile)\.", "", host)
    path = path.split("?")[0].split("#")[0].strip("/")
    if any(host.endswith("." + h) and host != "www." + h for h in _PERSONAL_SUBDOMAIN_HOSTS):
        return True
    if path.startswith("@"):
        return True  # Mastodon and other fediverse servers, Medium, YouTube: /@someone
    return bool(path) and any(host == h or host.endswith("." + h) for h in _SOCIAL_HOSTS)


def _mask(shadow: str, spans) -> str:
    if not spans:
        return shadow
    chars = list(shadow)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _shadow(text: str) -> str:
    """Same length as text, with compatibility forms (fullwidth ＋０７９...) made plain."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        else:
            n = unicodedata.normalize("NFKC", ch)
            out.append(n if len(n) == 1 else ch)
    return "".join(out)


def _looks_like_phone(run: str) -> bool:
    digits = "".join(str(unicodedata.decimal(c)) for c in run if c.isdecimal())
    if not 7 <= len(digits) <= 15:
        return False
    if run.startswith("+") or digits.startswith("0"):
        return True
    groups = re.findall(r"\d+", run)
    if len(groups) == 1:
        return False  # a bare run of digits: the ID-like rule decides
    separators = set(re.sub(r"[\d()]", "", run).replace(" ", "") or " ")
    if separators <= {"."} and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return False  # 1.200.000: a number with thousands separators
    if all(len(g) == 4 and g[:2] in ("18", "19", "20") for g in groups):
        return False  # years side by side
    if len(groups) == 2:
        return len(groups[0]) <= 3 and len(groups[1]) >= 4  # 555 1234, not 2250 (2015)
    return True


def pattern_hits(text: str, placeholders: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every identifying pattern in text, outside the placeholders."""
    hits: list[tuple[int, int, str]] = []
    shadow = _mask(_shadow(text), placeholders)

    def add(start: int, end: int, kind: str) -> None:
        hits.append((start, end, kind))

    masked: list[tuple[int, int]] = []
    for pattern in (_EMAIL, _EMAIL_SPELLED, _EMAIL_WORDS):
        for match in pattern.finditer(shadow):
            add(match.start(), match.end(), "email")
            masked.append(match.span())
        shadow = _mask(shadow, masked)
    for match in _url_pattern(shadow).finditer(shadow):
        url = _strip_trailing(match.group())
        if _is_profile_url(url):
            add(match.start(), match.start() + len(url), "profile_url")
        masked.append((match.start(), match.start() + len(url)))  # other links are public sources
    shadow = _mask(shadow, masked)
    for match in _HANDLE.finditer(shadow):
        if len(match.group()) > 2:
            add(match.start(), match.end(), "profile_url")  # @handle: a profile without its link
            masked.append(match.span())
    shadow = _mask(shadow, masked)
    for pattern in _PUBLIC_IDENTIFIERS:
        shadow = pattern.sub(lambda m: " " * len(m.group()), shadow)
    for match in _PHONE_RUN.finditer(shadow):
        run = match.group()
        if _looks_like_phone(run):
            start = match.start()
            if run.startswith("(") and run.count("(") > run.count(")"):
                start += 1
            add(start, match.end(), "phone")
            masked.append((start, match.end()))
    shadow = _mask(shadow, masked)
    for match in _ID_LIKE.finditer(shadow):
        value = match.group()
        if value.isdigit() and re.search(r"0000$", value):
            continue  # 1000000: a round number, not somebody's identity card
        add(match.start(), match.end(), "id_like")
    return hits
