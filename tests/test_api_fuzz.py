"""Schemathesis over the open API's own OpenAPI description: generated requests to every endpoint, a bounded
number of examples each; no 5xx, and every response matches the schema it is documented with."""

import datetime
import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from api.urls import api
from config.wsgi import application
from tests import factories
from tests.members_helpers import organisation


@pytest.fixture
def content(db, settings, make_story, albania, healthcare):
    settings.API_RATE_LIMIT = 0  # no limit: the fuzzer sends many requests
    story = make_story(
        "Clinic reopens", regions=[albania], sections=[healthcare], display_date=datetime.date(2026, 3, 1)
    )
    story.image = factories.ImageFactory(title="Harbour")
    story.save_revision().publish()
    organisation(albania, "Harbour Aid", logo=factories.ImageFactory(title="Logo")).sections.add(healthcare)
    # Requests go through the WSGI handler, which closes the database connection when a request ends (the test
    # client prevents that the same way): the test's transaction, and on PostgreSQL its connection, must stay.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# The description the site serves at /api/v3/openapi.json, made by the API itself: fetching it through the WSGI
# handler at collection would need the database (the site-finding middleware), which pytest-django blocks there.
schema = schemathesis.openapi.from_dict(json.loads(json.dumps(api.get_openapi_schema(path_prefix="/api/v3/"))))
schema.app = application


@schema.parametrize()
# 8 examples for each of the 12 operations: no more requests than 10 for each of the 10 before organisations.
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_api_keeps_to_its_description(case, content):
    response = case.call(headers={"Accept-Encoding": "identity"})  # the WSGI client does not unzip GZipMiddleware's
    # Errors are RFC 7807 application/problem+json (Wagtail's v3 handlers), which django-ninja documents as
    # application/json: the content-type check is left out, the body is still checked against its schema.
    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
