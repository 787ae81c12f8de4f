"""The data downloads and `flask export`: streamed, complete, public only, safe in spreadsheets."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from registry import exports
from registry.domain import publicview, workflow

from .factories import make_in_review
from .test_api import assert_no_private_values, publish, retract


@pytest.fixture
def dataset(database, users):
    """Three published allegations (one with a follow-up), one retracted, one still in review."""
    published = [publish(database, users, title=f"Defender number {n} threatened after the UPR")
                 for n in range(3)]
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], published[0][0], "un-action", dt.date(2026, 4, 2),
                               'The Special Rapporteur wrote; the Government said "no comment"; case open.')
    retracted = publish(database, users, title="An allegation later retracted")
    retract(database, users, retracted[0], "The reporting organisation could not confirm the facts.")
    with database.transaction() as session:
        make_in_review(session, users["submitter_a"], users["moderator"], title="Not yet published")
    return {"published": [ref for _id, ref in published], "retracted": retracted[1]}


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_download_holds_every_public_record_once(anonymous, dataset):
    response = anonymous.get("/data/allegations.csv")
    assert response.status_code == 200
    assert response.is_streamed
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"  # one charset, not two
    assert response.headers["Content-Disposition"].startswith('attachment; filename="reprisal-registry-allegations-')
    assert response.headers["Content-Disposition"].endswith('.csv"')
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    text = response.get_data(as_text=True)
    rows = read_csv(text)
    assert list(rows[0]) == list(exports.CSV_HEADER)
    references = [row["reference"] for row in rows]
    assert sorted(references) == sorted(dataset["published"] + [dataset["retracted"]])
    assert len(references) == len(set(references))
    assert "Not yet published" not in text
    assert_no_private_values(text)


def test_csv_flattens_lists_and_follow_ups(anonymous, dataset):
    rows = {row["reference"]: row for row in read_csv(anonymous.get("/data/allegations.csv").get_data(as_text=True))}
    row = rows[dataset["published"][0]]
    assert row["status"] == "published" and row["country"] == "TN" and row["country_name"] == "Tunisia"
    # Terms come in vocabulary order, whatever order they were ticked in.
    assert row["reprisal_types"] == "threats; arbitrary-detention"
    assert row["victim_categories"] == "hrd; lawyer"
    assert row["victim_names"] == "" and row["victim_count"] == "1"
    assert row["incident_date"] == "2026-03-14"
    assert row["follow_up_count"] == "1"
    follow_ups = json.loads(row["follow_ups"])
    assert follow_ups[0]["kind"] == "un-action" and '"no comment"' in follow_ups[0]["text"]
    assert rows[dataset["published"][1]]["follow_up_count"] == "0"
    assert rows[dataset["published"][1]]["follow_ups"] == ""


def test_retraction_notice_in_downloads_keeps_no_old_content(anonymous, dataset):
    rows = {row["reference"]: row for row in read_csv(anonymous.get("/data/allegations.csv").get_data(as_text=True))}
    notice = rows[dataset["retracted"]]
    assert notice["status"] == "retracted"
    assert notice["retraction_reason"] == "The reporting organisation could not confirm the facts."
    assert notice["retracted_at"]
    filled = {name for name, value in notice.items() if value}
    assert filled <= set(publicview.RETRACTION_KEYS)
    json_text = anonymous.get("/data/allegations.json").get_data(as_text=True)
    assert "An allegation later retracted" not in json_text
    assert "An allegation later retracted" not in anonymous.get("/data/allegations.csv").get_data(as_text=True)


def test_json_download_is_one_document_of_public_records(anonymous, dataset):
    response = anonymous.get("/data/allegations.json")
    assert response.status_code == 200 and response.is_streamed
    assert response.mimetype == "application/json"
    assert response.headers["Content-Disposition"].endswith('.json"')
    text = response.get_data(as_text=True)
    document = json.loads(text)
    assert document["meta"]["total"] == 4 and len(document["data"]) == 4
    by_reference = {r["reference"]: r for r in document["data"]}
    assert set(by_reference) == set(dataset["published"] + [dataset["retracted"]])
    assert tuple(by_reference[dataset["published"][0]]) == publicview.PUBLIC_KEYS
    assert tuple(by_reference[dataset["retracted"]]) == publicview.RETRACTION_KEYS
    assert_no_private_values(text)


def test_empty_registry_downloads_are_well_formed(anonymous):
    assert read_csv(anonymous.get("/data/allegations.csv").get_data(as_text=True)) == []
    assert json.loads(anonymous.get("/data/allegations.json").get_data(as_text=True))["data"] == []


def test_csv_cells_cannot_become_formulas(anonymous, database, users):
    publish(database, users, title="=SUM(A1:A9) lawyer detained",
            summary="+ a defender was followed for weeks after the session.", mechanism_detail="@ the side event in Geneva")
    row = read_csv(anonymous.get("/data/allegations.csv").get_data(as_text=True))[0]
    assert row["title"] == "'=SUM(A1:A9) lawyer detained"
    assert row["summary"].startswith("'+ a defender")
    assert row["mechanism_detail"] == "'@ the side event in Geneva"


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"),
    ("plain", "plain"), ("", ""), (None, ""), (3, 3), ("a=b", "a=b"),
])
def test_safe_cell(value, expected):
    assert exports.safe_cell(value) == expected


def test_every_csv_column_is_documented_once():
    names = [name for name, _description in exports.CSV_COLUMNS]
    assert len(names) == len(set(names))
    assert all(description for _name, description in exports.CSV_COLUMNS)
    # Every public key reaches the CSV (follow-ups as count + JSON), and so does the retraction notice.
    assert set(publicview.PUBLIC_KEYS) | set(publicview.RETRACTION_KEYS) <= set(names)


def test_readme_documents_every_csv_column():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for name, _description in exports.CSV_COLUMNS:
        assert f"| `{name}` |" in readme


def test_data_page_documents_the_columns(anonymous):
    response = anonymous.get("/data/")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert 'href="/data/allegations.csv"' in page and 'href="/api/v1/openapi.json"' in page
    for name, _description in exports.CSV_COLUMNS:
        assert f"<code>{name}</code>" in page


def test_head_on_a_download_sends_no_body(anonymous, dataset):
    response = anonymous.client.head("/data/allegations.csv")
    assert response.status_code == 200 and response.get_data() == b""


def test_export_command_writes_the_dataset(app, dataset, tmp_path):
    runner = app.test_cli_runner()
    target = tmp_path / "out.json"
    result = runner.invoke(args=["export", str(target)])
    assert result.exit_code == 0, result.output
    assert "Exported 4 public records" in result.output
    assert json.loads(target.read_text())["meta"]["total"] == 4
    csv_target = tmp_path / "everything.txt"
    result = runner.invoke(args=["export", str(csv_target), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = read_csv(csv_target.read_text())
    assert sorted(r["reference"] for r in rows) == sorted(dataset["published"] + [dataset["retracted"]])
    assert_no_private_values(csv_target.read_text())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_export_streams_in_batches(database, dataset):
    """More records than one batch: each appears once, in publication order, newest first."""
    with database.public_session() as session:
        records = list(publicview.iter_public_records(session, "http://registry.test", batch=2))
        text = "".join(exports.iter_json(records, chunk=1))
    assert [r["reference"] for r in json.loads(text)["data"]] == [r["reference"] for r in records]
    assert len({r["reference"] for r in records}) == 4
