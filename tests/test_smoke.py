def test_home_page_renders(anonymous):
    response = anonymous.get("/")
    assert response.status_code == 200
    assert "Reprisal" in response.get_data(as_text=True)


def test_submitter_can_sign_in_and_see_submissions(submitter_a):
    response = submitter_a.get("/submissions/")
    assert response.status_code == 200
    assert "Our submissions" in response.get_data(as_text=True)
