"""The members' public URLs, under the language prefix: the portal and the directory."""

from django.urls import path

from . import directory, views

app_name = "members"

urlpatterns = [
    path("portal/", views.portal, name="portal"),
    path("portal/join/", views.join, name="join"),
    path("portal/news/new/", views.submit_news, name="submit_news"),
    path("portal/news/<int:submission_id>/", views.edit_submission, name="edit_submission"),
    path("portal/people/invite/", views.invite, name="invite"),
    path("portal/people/<int:membership_id>/remove/", views.remove_person, name="remove_person"),
    path("portal/invitations/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("portal/groups/<int:page_id>/ask/", views.ask_to_join_group, name="ask_to_join_group"),
    path(
        "portal/groups/requests/<int:request_id>/accept/",
        views.answer_join_request,
        {"decision": "accept"},
        name="accept_join_request",
    ),
    path(
        "portal/groups/requests/<int:request_id>/decline/",
        views.answer_join_request,
        {"decision": "decline"},
        name="decline_join_request",
    ),
    path("the-network/members/", directory.directory, name="directory"),
    path("the-network/members/<str:slug>/", directory.profile, name="profile"),
]
