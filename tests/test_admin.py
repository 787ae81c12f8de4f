"""Administration: organisations, accounts, roles, deactivation, password and second-factor resets."""
from __future__ import annotations

import re

import pytest
from sqlmodel import select

from registry.domain import accounts
from registry.domain.models import AuditRecord, Organisation

from .conftest import ACTORS, PASSWORD, Browser
from .totp_helpers import enrol, user_by_email

GENERIC = "Sign-in failed: check your e-mail and password."
SUBMITTER = ACTORS["submitter_a"][0]
MODERATOR = ACTORS["moderator"][0]
ADMIN = ACTORS["admin"][0]


def one_time_password(response) -> str:
    match = re.search(r'class="one-time-password">([^<]+)<', response.get_data(as_text=True))
    assert match, response.get_data(as_text=True)[:2000]
    return match.group(1)


@pytest.mark.parametrize("actor", ["submitter_a", "moderator"])
@pytest.mark.parametrize("url", ["/admin", "/admin/users", "/admin/organisations", "/admin/users/1"])
def test_only_admins_reach_administration(actor, url, request):
    browser = request.getfixturevalue(actor)
    assert browser.get(url).status_code in (403, 404)


def test_anonymous_is_sent_to_sign_in(anonymous):
    response = anonymous.get("/admin")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_admin_sees_accounts_and_organisations(admin):
    users = admin.get("/admin/users").get_data(as_text=True)
    for email, _role, _org in ACTORS.values():
        assert email in users
    assert "Watch Group B" in admin.get("/admin/organisations").get_data(as_text=True)


def test_admin_adds_an_organisation_once(admin, database):
    response = admin.post("/admin/organisations", {"name": "Human Rights  Watchers"})
    assert response.status_code == 302
    duplicate = admin.post("/admin/organisations", {"name": "human rights watchers"})
    assert duplicate.status_code == 400 and "already exists" in duplicate.get_data(as_text=True)
    with database.transaction() as session:
        names = [o.name for o in session.exec(select(Organisation))]
    assert names.count("Human Rights Watchers") == 1


def test_created_account_must_change_its_one_time_password(admin, app, database):
    with database.transaction() as session:
        org_id = accounts.find_organisation(session, "Watch Group B").id
    response = admin.post("/admin/users", {"email": "newcomer@ngo-b.example", "role": "submitter",
                                            "organisation": str(org_id), "password": ""})
    assert response.status_code == 200
    password = one_time_password(response)
    newcomer = Browser(app.test_client())
    newcomer.login("newcomer@ngo-b.example", password)
    # Nothing else until the password is the person's own.
    for url in ("/submissions/", "/account"):
        assert newcomer.get(url).headers["Location"].endswith("/account/password")
    assert "An administrator set your password" in newcomer.get("/account/password").get_data(as_text=True)
    changed = newcomer.post("/account/password", {"current_password": password,
                                                  "new_password": "my-own-chosen-passphrase-9",
                                                  "confirm": "my-own-chosen-passphrase-9"})
    assert changed.status_code == 302
    assert newcomer.get("/submissions/").status_code == 200


def test_submitter_account_needs_an_organisation(admin, database):
    response = admin.post("/admin/users", {"email": "orphan@ngo.example", "role": "submitter",
                                            "organisation": "0", "password": ""})
    assert response.status_code == 400
    assert "must belong to an organisation" in response.get_data(as_text=True)


def test_admin_typed_password_is_checked_and_temporary(admin, app):
    weak = admin.post("/admin/users", {"email": "staff2@registry.example", "role": "moderator",
                                        "organisation": "0", "password": "password"})
    assert weak.status_code == 400
    ok = admin.post("/admin/users", {"email": "staff2@registry.example", "role": "moderator",
                                      "organisation": "0", "password": "typed-by-the-admin-2026"})
    assert ok.status_code == 200
    person = Browser(app.test_client())
    person.login("staff2@registry.example", "typed-by-the-admin-2026")
    assert person.get("/account").headers["Location"].endswith("/account/password")


def test_change_role_takes_effect_and_ends_sessions(admin, submitter_a, database, users):
    user_id = users["submitter_a"].id
    response = admin.post(f"/admin/users/{user_id}/role", {"role": "moderator", "organisation": "0"},
                          form_url=f"/admin/users/{user_id}")
    assert response.status_code == 302
    changed = user_by_email(database, SUBMITTER)
    assert changed.role == "moderator" and changed.organisation_id is None
    assert submitter_a.get("/account").status_code == 302  # old session ended
    with database.transaction() as session:
        assert session.exec(select(AuditRecord).where(AuditRecord.action == "change_role")).first()


def test_admin_cannot_change_own_role_or_deactivate_self(admin, database, users):
    admin_id = users["admin"].id
    response = admin.post(f"/admin/users/{admin_id}/role", {"role": "submitter", "organisation": "1"},
                          form_url=f"/admin/users/{admin_id}")
    assert response.status_code == 400
    admin.post(f"/admin/users/{admin_id}/active", {"active": "0"}, form_url=f"/admin/users/{admin_id}")
    me = user_by_email(database, ADMIN)
    assert me.role == "admin" and me.active


def test_deactivated_account_is_signed_out_and_cannot_sign_in(admin, submitter_a, app, database, users):
    user_id = users["submitter_a"].id
    admin.post(f"/admin/users/{user_id}/active", {"active": "0"}, form_url=f"/admin/users/{user_id}")
    assert not user_by_email(database, SUBMITTER).active
    assert submitter_a.get("/submissions/").status_code == 302
    response = Browser(app.test_client()).post("/login", {"email": SUBMITTER, "password": PASSWORD})
    assert response.status_code == 400 and GENERIC in response.get_data(as_text=True)
    admin.post(f"/admin/users/{user_id}/active", {"active": "1"}, form_url=f"/admin/users/{user_id}")
    Browser(app.test_client()).login(SUBMITTER)


def test_admin_resets_a_forgotten_password(admin, submitter_a, app, users):
    user_id = users["submitter_a"].id
    response = admin.post(f"/admin/users/{user_id}/password", {"new_password": ""},
                          form_url=f"/admin/users/{user_id}")
    password = one_time_password(response)
    assert submitter_a.get("/account").status_code == 302  # sessions ended
    old = Browser(app.test_client()).post("/login", {"email": SUBMITTER, "password": PASSWORD})
    assert old.status_code == 400
    person = Browser(app.test_client())
    person.login(SUBMITTER, password)
    assert person.get("/submissions/").headers["Location"].endswith("/account/password")


def test_admin_removes_a_lost_second_factor(admin, app, database, users):
    enrol(database, MODERATOR)
    user_id = users["moderator"].id
    admin.post(f"/admin/users/{user_id}/two-factor", {}, form_url=f"/admin/users/{user_id}")
    moderator = user_by_email(database, MODERATOR)
    assert not moderator.totp_enabled and moderator.totp_secret_sealed is None and moderator.recovery_codes == []
    response = Browser(app.test_client()).login(MODERATOR)
    assert not response.headers["Location"].endswith("/login/code")


def test_admin_forms_refuse_posts_without_csrf_token(admin, database, users):
    user_id = users["submitter_a"].id
    assert admin.post_raw(f"/admin/users/{user_id}/active", {"active": "0"}).status_code == 400
    assert admin.post_raw("/admin/organisations", {"name": "Sneaky"}).status_code == 400
    assert user_by_email(database, SUBMITTER).active


def test_unknown_account_is_404(admin):
    assert admin.get("/admin/users/99999").status_code == 404


def test_admin_cannot_reset_their_own_password_from_the_admin_page(admin, app, users):
    # A reset skips the current password: whoever sits at an admin's open session could take the
    # account for good. The account page, which asks for the current password, is the way.
    user_id = users["admin"].id
    response = admin.post(f"/admin/users/{user_id}/password", {"new_password": "a-new-long-passphrase-42"},
                          form_url=f"/admin/users/{user_id}")
    assert response.status_code == 400
    assert "account page" in response.get_data(as_text=True)
    assert admin.get("/admin").status_code == 200  # still signed in: nothing changed
    assert Browser(app.test_client()).post("/login", {"email": users["admin"].email,
                                                      "password": "a-new-long-passphrase-42"}).status_code == 400
    Browser(app.test_client()).login(users["admin"].email)  # the old password still works
    changed = admin.post("/account/password", {"current_password": PASSWORD, "new_password": "a-new-long-passphrase-42",
                                               "confirm": "a-new-long-passphrase-42"})
    assert changed.status_code == 302
