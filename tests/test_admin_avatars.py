"""The admin loads no avatar from another host, so its Content-Security-Policy (img-src 'self') holds."""

import pytest

pytestmark = pytest.mark.django_db


def test_admin_dashboard_shows_no_gravatar_for_a_user_with_an_email(client, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "gravatar.com" not in response.content.decode()
    assert "img-src 'self' data: blob:" in response["Content-Security-Policy"]
