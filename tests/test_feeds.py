"""Atom and JSON feeds: content, validity, archives, tombstones, atomic writes, locking, serving."""
from __future__ import annotations

import datetime as dt
import errno
import gzip
import json
import multiprocessing
import os
from pathlib import Path

import feedparser
import jsonschema
import pytest
from lxml import etree

from registry import feeds
from registry.db import Database
from registry.domain import workflow
from tests.factories import PRIVATE_NAME, PRIVATE_PLACE, SAFE_REGION, make_published_allegation

DATA = Path(__file__).parent / "data"
NS = {"a": feeds.ATOM_NS, "at": feeds.TOMBSTONE_NS, "fh": feeds.HISTORY_NS}
TAG = "tag:reprisal-registry.example.org,2026:"


@pytest.fixture(scope="module")
def atom_schema():
    return etree.RelaxNG(etree.parse(str(DATA / "atom.rng")))


@pytest.fixture(scope="module")
def json_feed_schema():
    schema = json.loads((DATA / "jsonfeed-1.1.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture
def settings(app):
    return feeds.FeedSettings.from_config(app.config)


def small_settings(settings, size=2):
    """The same feed folder with tiny pages, so a few allegations make archives."""
    return feeds.FeedSettings(**{**settings.__dict__, "feed_size": size})


def publish(database, users, **overrides):
    # A region the factory's private exact location does not contain (the leak guard checks it).
    if "country" not in overrides:
        overrides.setdefault("region", SAFE_REGION)
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"], **overrides)
        return allegation.id, allegation.reference


def retract(database, users, allegation_id, reason="The account could not be confirmed."):
    with database.transaction() as session:
        workflow.retract(session, users["moderator"], allegation_id, reason)


def feed_files(feed_dir: Path) -> list[Path]:
    return sorted(p for p in feed_dir.rglob("*") if p.is_file() and not p.name.startswith("."))


def atom(path: Path):
    return etree.parse(str(path)).getroot()


def load_json(path: Path) -> dict:
    return json.loads(path.read_bytes())


def test_every_feed_and_archive_parses_and_validates(database, users, settings, atom_schema, json_feed_schema):
    first, _ = publish(database, users)
    publish(database, users, country="EG", mechanisms=["upr", "cat"], reprisal_types=["travel-ban"])
    third, _ = publish(database, users, mechanisms=["special-procedures"])
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], third, "state-response", dt.date(2026, 4, 2),
                               "The State replied that an investigation was opened.")
    publish(database, users)
    retract(database, users, first)
    tiny = small_settings(settings)
    result = feeds.regenerate(database, tiny)
    assert result.regenerated and result.records == 4

    files = feed_files(settings.feed_dir)
    assert (settings.feed_dir / "archive/allegations/1.atom").exists()
    for path in files:
        if path.suffix == ".atom":
            document = etree.parse(str(path))
            assert atom_schema.validate(document), (path, atom_schema.error_log)
        else:
            errors = [e.message for e in json_feed_schema.iter_errors(load_json(path))]
            assert not errors, (path, errors)
            continue  # feedparser 6.0 reads no JSON Feed; the schema above is its check
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.version == "atom10"


def test_entry_carries_tag_id_links_categories_and_dates(database, users, settings):
    _, reference = publish(database, users)
    feeds.regenerate(database, settings)
    entry = atom(settings.feed_dir / "allegations.atom").find("a:entry", NS)
    assert entry.findtext("a:id", namespaces=NS) == TAG + reference
    link = entry.find("a:link", NS)
    # feedgen 1.0.0 drops rel, type and hreflang on entry links (feedgen issue #135).
    assert link.attrib == {"href": f"http://registry.test/allegations/{reference}", "rel": "alternate",
                           "type": "text/html", "hreflang": "en"}
    terms = {(c.get("scheme").rsplit("#", 1)[1], c.get("term")) for c in entry.findall("a:category", NS)}
    assert terms == {("countries", "TN"), ("mechanisms", "hrc"), ("reprisal_types", "arbitrary-detention"),
                     ("reprisal_types", "threats")}
    assert entry.findtext("a:published", namespaces=NS) == entry.findtext("a:updated", namespaces=NS)
    assert "[location withheld]" in entry.findtext("a:summary", namespaces=NS)

    parsed = feedparser.parse((settings.feed_dir / "allegations.atom").read_bytes())
    assert parsed.entries[0].link == f"http://registry.test/allegations/{reference}"
    links = {l.rel: l.href for l in parsed.feed.links}
    assert links == {"self": "http://registry.test/feeds/allegations.atom", "alternate": "http://registry.test/allegations"}


def test_filtered_feeds_hold_only_their_allegations(database, users, settings):
    _, tunisia = publish(database, users)
    _, egypt = publish(database, users, country="EG", mechanisms=["upr"], reprisal_types=["travel-ban"])
    feeds.regenerate(database, settings)

    def references(relative):
        return {item["_registry"]["reference"] for item in load_json(settings.feed_dir / relative)["items"]}

    assert references("allegations.json") == {tunisia, egypt}
    assert references("country/TN.json") == {tunisia}
    assert references("country/EG.json") == {egypt}
    assert references("mechanism/upr.json") == {egypt}
    assert references("type/threats.json") == {tunisia}
    assert references("country/FR.json") == set()  # every country has a feed, empty until needed


def test_follow_up_moves_entry_updated_and_adds_it_to_the_content(database, users, settings, monkeypatch):
    allegation_id, reference = publish(database, users)
    feeds.regenerate(database, settings)
    before = load_json(settings.feed_dir / "allegations.json")["items"][0]["date_modified"]

    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    monkeypatch.setattr(workflow, "utcnow", lambda: later)
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], allegation_id, "un-action", dt.date(2026, 4, 1),
                               "Special rapporteurs sent a communication to the Government.")
    feeds.regenerate(database, settings)

    item = load_json(settings.feed_dir / "allegations.json")["items"][0]
    assert item["date_modified"] == later.strftime("%Y-%m-%dT%H:%M:%SZ") > before
    assert item["date_published"] == before
    assert "Special rapporteurs sent a communication" in item["content_html"]
    entry = atom(settings.feed_dir / "country/TN.atom").find("a:entry", NS)
    assert entry.findtext("a:id", namespaces=NS) == TAG + reference
    assert entry.findtext("a:updated", namespaces=NS) == later.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    assert "UN action" in entry.findtext("a:content", namespaces=NS)
    assert atom(settings.feed_dir / "allegations.atom").findtext("a:updated", namespaces=NS) == \
        later.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def test_retraction_leaves_a_tombstone_and_no_old_content_anywhere(database, users, settings, atom_schema,
                                                                   monkeypatch):
    title = "Journalist followed after meeting the Special Rapporteur"
    summary = "A journalist who met the Special Rapporteur was followed for weeks by unmarked cars."
    allegation_id, reference = publish(database, users, title=title, summary=summary)
    for n in range(3):  # enough for archives with pages of two
        publish(database, users, title=f"Other allegation {n}")
    tiny = small_settings(settings)
    feeds.regenerate(database, tiny)
    assert any(title.encode() in p.read_bytes() for p in feed_files(settings.feed_dir))

    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)  # timestamps have whole seconds
    monkeypatch.setattr(workflow, "utcnow", lambda: later)
    retract(database, users, allegation_id, reason="The source withdrew the account.")
    feeds.regenerate(database, tiny)

    for path in feed_files(settings.feed_dir):
        content = path.read_bytes()
        assert title.encode() not in content, path
        assert b"followed for weeks" not in content, path
    root = atom(settings.feed_dir / "allegations.atom")
    tombstone = root.find("at:deleted-entry", NS)
    assert tombstone.get("ref") == TAG + reference
    assert tombstone.findtext("at:comment", namespaces=NS) == "The source withdrew the account."
    assert tombstone.get("when").endswith("Z")
    children = [etree.QName(child).localname for child in root]
    assert children.index("deleted-entry") < children.index("entry")  # RFC 4287: extensions before entries
    assert atom_schema.validate(etree.ElementTree(root)), atom_schema.error_log
    assert not feedparser.parse((settings.feed_dir / "allegations.atom").read_bytes()).bozo

    item = next(i for i in load_json(settings.feed_dir / "allegations.json")["items"]
                if i["id"] == TAG + reference)
    assert item["_registry"] == {"reference": reference, "retracted": True,
                                 "retracted_at": tombstone.get("when"), "reason": "The source withdrew the account."}
    assert "summary" not in item and "content_html" not in item
    # Subscribers of the filtered feeds that carried it learn of the retraction too.
    for name in ("country/TN", "mechanism/hrc", "type/arbitrary-detention"):
        country = atom(settings.feed_dir / f"{name}.atom")
        assert country.find("at:deleted-entry", NS).get("ref") == TAG + reference, name
        assert atom_schema.validate(etree.ElementTree(country)), atom_schema.error_log
        json_items = load_json(settings.feed_dir / f"{name}.json")["items"]
        assert any(i["id"] == TAG + reference and i["_registry"]["retracted"] for i in json_items), name
    assert reference.encode() not in (settings.feed_dir / "country/BY.json").read_bytes()


def walk_archives(feed_dir: Path, name: str, fmt: str) -> list[tuple[Path, object]]:
    """The subscription document, then each older archive by following prev-archive links."""
    path, documents = feed_dir / f"{name}.{fmt}", []
    while path is not None:
        if fmt == "atom":
            root = atom(path)
            documents.append((path, root))
            link = root.find("a:link[@rel='prev-archive']", NS)
            href = link.get("href") if link is not None else None
        else:
            document = load_json(path)
            documents.append((path, document))
            href = document.get("next_url")
        path = feed_dir / href.split("/feeds/", 1)[1] if href else None
    return documents


def test_archives_hold_every_allegation_exactly_once(database, users, settings):
    published = [publish(database, users, title=f"Allegation number {n}") for n in range(7)]
    retract(database, users, published[2][0])
    tiny = small_settings(settings, size=3)
    feeds.regenerate(database, tiny)
    expected = sorted(TAG + reference for _id, reference in published)

    documents = walk_archives(settings.feed_dir, "allegations", "atom")
    assert len(documents) == 3  # current (3) + archives 2 (3) and 1 (1)
    ids = []
    for path, root in documents:
        ids += [e.findtext("a:id", namespaces=NS) for e in root.findall("a:entry", NS)]
        ids += [t.get("ref") for t in root.findall("at:deleted-entry", NS)]
        is_archive = "archive" in path.parts
        assert (root.find("fh:archive", NS) is not None) == is_archive
        if is_archive:
            assert root.find("a:link[@rel='current']", NS).get("href") == "http://registry.test/feeds/allegations.atom"
    assert sorted(ids) == expected
    archive_2 = atom(settings.feed_dir / "archive/allegations/2.atom")
    assert archive_2.find("a:link[@rel='next-archive']", NS) is None
    assert atom(settings.feed_dir / "archive/allegations/1.atom").find("a:link[@rel='next-archive']", NS) \
        .get("href") == "http://registry.test/feeds/archive/allegations/2.atom"

    json_ids = [item["id"] for _p, d in walk_archives(settings.feed_dir, "allegations", "json") for item in d["items"]]
    assert sorted(json_ids) == expected

    # Back to pages of 100: archives no longer needed are removed.
    feeds.regenerate(database, settings)
    assert not list((settings.feed_dir / "archive").rglob("*.atom"))
    assert len(load_json(settings.feed_dir / "allegations.json")["items"]) == 7


def test_unchanged_regeneration_leaves_files_byte_identical_and_untouched(database, users, settings):
    publish(database, users)
    publish(database, users, country="EG")
    first = feeds.regenerate(database, small_settings(settings, 1))
    assert first.written > 0
    past = 1_000_000_000
    before = {}
    for path in feed_files(settings.feed_dir):
        os.utime(path, ns=(past, past))
        before[path] = path.read_bytes()

    again = feeds.regenerate(database, small_settings(settings, 1))

    assert again.written == 0 and again.unchanged == first.written
    for path, content in before.items():
        assert path.read_bytes() == content
        assert path.stat().st_mtime_ns == past, path


def test_failure_in_the_middle_leaves_previous_files_whole(database, users, settings, monkeypatch):
    publish(database, users)
    feeds.regenerate(database, settings)
    before = {path: path.read_bytes() for path in feed_files(settings.feed_dir)}
    _, new_reference = publish(database, users, title="A second allegation in Tunisia")

    real_replace, targets = os.replace, []

    def replace_failing_on_the_third(src, dst):
        targets.append(Path(dst))
        if len(targets) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(feeds.os, "replace", replace_failing_on_the_third)
    with pytest.raises(OSError):
        feeds.regenerate(database, settings)
    monkeypatch.setattr(feeds.os, "replace", real_replace)

    failed = targets[2]
    assert failed == settings.feed_dir / "country/TN.atom"
    assert failed.read_bytes() == before[failed]  # the old file, whole
    assert not [p for p in settings.feed_dir.rglob(".tmp-*")]  # no temp file left behind
    assert new_reference.encode() in (settings.feed_dir / "allegations.atom").read_bytes()

    result = feeds.regenerate(database, settings)  # the lock was released; the next run repairs
    assert result.regenerated
    assert new_reference.encode() in failed.read_bytes()


def _regenerate_in_child(url, cipher, settings, barrier, other_done, results):
    database = Database(url, cipher=cipher)  # the key ring serves the build-time leak guard only
    barrier.wait(30)

    def hold_lock_until_the_other_has_tried():
        other_done.wait(30)

    result = feeds.regenerate(database, settings, on_locked=hold_lock_until_the_other_has_tried)
    if not result.regenerated:
        other_done.set()
    results.put((os.getpid(), result.regenerated, result.written))
    database.dispose()


def test_two_processes_asking_at_once_regenerate_only_once(database, users, settings):
    publish(database, users)
    context = multiprocessing.get_context("fork")
    barrier, other_done, results = context.Barrier(2), context.Event(), context.Queue()
    workers = [context.Process(target=_regenerate_in_child,
                               args=(database.url, database.cipher, settings, barrier, other_done, results))
               for _ in range(2)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(30)
        assert worker.exitcode == 0

    assert sorted(regenerated for _pid, regenerated, _w in outcomes) == [False, True]
    assert [written for _pid, regenerated, written in outcomes if regenerated][0] > 0
    assert (settings.feed_dir / "allegations.atom").exists()


def test_lock_held_elsewhere_makes_regeneration_skip(database, settings):
    with feeds.regeneration_lock(database, settings.feed_dir) as held:
        assert held
        assert feeds.regenerate(database, settings).regenerated is False
    assert feeds.regenerate(database, settings).regenerated is True


def test_private_values_never_reach_any_feed(database, users, settings):
    allegation_id, _ = publish(database, users)
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], allegation_id, "situation-change", dt.date(2026, 4, 3),
                               "The lawyer was released on bail.")
    second, _ = publish(database, users, country="EG")
    retract(database, users, second, reason="Duplicate of another allegation.")
    feeds.regenerate(database, small_settings(settings, 1))

    private = [PRIVATE_NAME, *PRIVATE_NAME.replace("-", " ").split(), PRIVATE_PLACE, "Rue des Oliviers",
               "TN-4471902", "zainab.o@example.net", "555 0199", "71 000 111", "focal point",
               "questioned for two days about her statement"]
    files = feed_files(settings.feed_dir)
    assert len(files) > 500
    for path in files:
        content = path.read_text().lower()
        for value in private:
            assert value.lower() not in content, (path, value)


# ---------------------------------------------------------------------------------------------
# Serving

def test_feed_served_with_type_etag_last_modified_and_cache_control(database, users, settings, anonymous):
    publish(database, users)
    feeds.regenerate(database, settings)
    response = anonymous.get("/feeds/allegations.atom")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert response.get_data() == (settings.feed_dir / "allegations.atom").read_bytes()
    assert response.headers["ETag"].startswith('"') and not response.headers["ETag"].startswith("W/")
    assert response.headers["Last-Modified"]
    assert response.headers["Cache-Control"] == "public, max-age=900"
    assert "Accept-Encoding" in response.headers["Vary"]

    json_response = anonymous.get("/feeds/country/TN.json")
    assert json_response.headers["Content-Type"] == "application/feed+json"
    assert load_json(settings.feed_dir / "country/TN.json") == json_response.get_json(force=True)
    assert anonymous.get("/feeds/country/tn.json").get_data() == json_response.get_data()
    assert anonymous.get("/feeds/mechanism/hrc.atom").status_code == 200
    assert anonymous.get("/feeds/type/threats.json").status_code == 200


def test_etag_follows_content_not_mtime(database, users, settings, anonymous):
    publish(database, users)
    feeds.regenerate(database, settings)
    etag = anonymous.get("/feeds/allegations.json").headers["ETag"]
    os.utime(settings.feed_dir / "allegations.json", ns=(2_000_000_000, 2_000_000_000))
    assert anonymous.get("/feeds/allegations.json").headers["ETag"] == etag
    publish(database, users, country="EG")
    feeds.regenerate(database, settings)
    assert anonymous.get("/feeds/allegations.json").headers["ETag"] != etag


def test_conditional_requests_get_304(database, users, settings, anonymous):
    publish(database, users)
    feeds.regenerate(database, settings)
    first = anonymous.get("/feeds/allegations.atom")
    by_etag = anonymous.get("/feeds/allegations.atom", headers={"If-None-Match": first.headers["ETag"]})
    assert by_etag.status_code == 304 and by_etag.get_data() == b""
    by_date = anonymous.get("/feeds/allegations.atom", headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert by_date.status_code == 304
    stale = anonymous.get("/feeds/allegations.atom", headers={"If-None-Match": '"something-else"'})
    assert stale.status_code == 200 and stale.get_data() == first.get_data()


def test_gzip_when_the_client_accepts_it(database, users, settings, anonymous):
    publish(database, users)
    feeds.regenerate(database, settings)
    plain = anonymous.get("/feeds/allegations.json")
    zipped = anonymous.get("/feeds/allegations.json", headers={"Accept-Encoding": "gzip, deflate"})
    assert plain.headers.get("Content-Encoding") is None
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.get_data()) == plain.get_data()
    assert zipped.headers["ETag"] != plain.headers["ETag"]
    again = anonymous.get("/feeds/allegations.json", headers={"Accept-Encoding": "gzip",
                                                              "If-None-Match": zipped.headers["ETag"]})
    assert again.status_code == 304
    refused = anonymous.get("/feeds/allegations.json", headers={"Accept-Encoding": "gzip;q=0"})
    assert refused.headers.get("Content-Encoding") is None


def test_head_answers_headers_without_body(database, users, settings, anonymous):
    publish(database, users)
    feeds.regenerate(database, settings)
    response = anonymous.client.head("/feeds/allegations.atom")
    assert response.status_code == 200
    assert response.get_data() == b""
    assert response.headers["ETag"] and response.headers["Content-Type"].startswith("application/atom+xml")


def test_feed_not_generated_yet_is_generated_then_served(database, users, settings, anonymous):
    _, reference = publish(database, users)
    assert not (settings.feed_dir / "allegations.atom").exists()
    response = anonymous.get("/feeds/allegations.atom")
    assert response.status_code == 200
    assert reference in response.get_data(as_text=True)
    assert (settings.feed_dir / "country/TN.json").exists()


def test_archive_documents_are_served(database, users, settings, anonymous, app):
    app.config["FEED_SIZE"] = 1
    for n in range(3):
        publish(database, users, title=f"Allegation number {n}")
    feeds.regenerate(database, feeds.FeedSettings.from_config(app.config))
    response = anonymous.get("/feeds/archive/allegations/1.atom")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert b"fh:archive" in response.get_data()
    assert anonymous.get("/feeds/archive/country/TN/2.json").status_code == 200
    assert anonymous.get("/feeds/archive/allegations/3.atom").status_code == 404


@pytest.mark.parametrize("url", [
    "/feeds/country/XX.atom", "/feeds/country/tunisia.json", "/feeds/mechanism/no-such-body.atom",
    "/feeds/type/nothing.json", "/feeds/allegations.rss", "/feeds/planet/TN.atom",
    "/feeds/archive/country/XX/1.atom", "/feeds/archive/../../etc/1.atom", "/feeds/archive/allegations/0.atom",
])
def test_unknown_feed_is_a_plain_404(anonymous, url):
    response = anonymous.get(url)
    assert response.status_code == 404
    assert response.headers["Content-Type"].startswith("text/html")


def test_feed_build_withholds_an_allegation_whose_public_text_leaks(app, database, users, caplog):
    """The leak guard runs again when feeds are built: text written past the workflow never ships."""
    from sqlalchemy import update

    from registry.domain.models import Allegation

    from .factories import PRIVATE_NAME, make_published_allegation

    settings = feeds.FeedSettings.from_config(app.config)
    with database.transaction() as session:
        clean = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                          users["second_moderator"], title="A clean allegation")
        tampered = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                             users["second_moderator"], title="A tampered allegation")
    with database.transaction() as session:  # a change past the workflow, e.g. a bad manual fix
        session.execute(update(Allegation).where(Allegation.id == tampered.id)
                        .values(summary=f"Witnesses saw {PRIVATE_NAME} taken away.", version=Allegation.version + 1))
    with caplog.at_level("ERROR", logger="registry"):
        feeds.regenerate(database, settings)
    everything = b"".join(p.read_bytes() for p in settings.feed_dir.rglob("*.*") if p.is_file())
    assert PRIVATE_NAME.encode() not in everything
    assert tampered.reference.encode() not in everything
    assert clean.reference.encode() in everything
    assert tampered.reference in caplog.text and PRIVATE_NAME not in caplog.text


def test_empty_feeds_say_when_they_were_regenerated_and_keep_their_bytes(database, users, settings):
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    feeds.regenerate(database, settings)
    empty = settings.feed_dir / "allegations.atom"
    updated = atom(empty).find("a:updated", NS).text
    assert not updated.startswith("1970")
    assert dt.datetime.fromisoformat(updated) >= before
    assert load_json(settings.feed_dir / "allegations.json")["_registry"]["updated"] == updated.replace("+00:00", "Z")
    again = feeds.regenerate(database, settings)
    assert again.written == 0  # an unchanged empty feed is not rewritten with a new time
    publish(database, users)
    assert feeds.regenerate(database, settings).written > 0  # the publication rewrites it
    # Times are to the second: the publication may fall in the second of the empty build.
    assert atom(empty).find("a:entry", NS) is not None
    assert dt.datetime.fromisoformat(atom(empty).find("a:updated", NS).text) >= dt.datetime.fromisoformat(updated)


def test_tombstone_namespace_is_declared_as_at_and_only_where_a_tombstone_is(database, users, settings):
    allegation_id, _reference = publish(database, users)
    publish(database, users, title="Still published", country="BY")
    retract(database, users, allegation_id)
    feeds.regenerate(database, settings)
    with_tombstone = (settings.feed_dir / "allegations.atom").read_text()
    assert 'xmlns:at="http://purl.org/atompub/tombstones/1.0"' in with_tombstone
    assert "ns0:" not in with_tombstone and "ns1:" not in with_tombstone
    assert atom(settings.feed_dir / "allegations.atom").find("at:deleted-entry/a:link", NS) is not None
    without = (settings.feed_dir / "country" / "BY.atom").read_text()
    assert feeds.TOMBSTONE_NS not in without and feeds.HISTORY_NS not in without


def test_temp_files_left_by_a_killed_write_are_removed_at_the_next_run(database, settings):
    feeds.regenerate(database, settings)
    left = [settings.feed_dir / ".tmp-abc.atom", settings.feed_dir / "country" / ".tmp-def.json"]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"<half a fe")
    result = feeds.regenerate(database, settings)
    assert not any(path.exists() for path in left)
    assert result.removed >= 2
