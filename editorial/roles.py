"""The editorial roles and their review workflows, created or completed by name; safe to run any number of times.

| group | may | workflow part |
|---|---|---|
| Writers | add and edit pages under every news index of the default language; never publish | submits |
| Editors | add, edit, publish, lock and unlock on the whole tree, every language | "Editors' approval" |
| Communications lead | what Editors may | "Editors' approval" and "Press release sign-off" |
| Translators | their languages only (localization/translators.py) | none on English pages |

Administrators are superusers (no group): Wagtail gives them every permission and every workflow action.

Workflows: "News review" (editors' approval, then the communications lead's sign-off, which only press releases
wait for: editorial/models.py) on every news index of the default language; "Page review" (editors' approval) on
the tree's root, for every other page. Whoever holds "publish" may still publish without a review, as Wagtail
allows (Writers do not hold it), except press releases (editorial/sign_off.py).

`setup_editorial(apps)` takes an app registry, so the data migration (historical models, before any news index
exists) and `manage.py setup_editorial` (after the demo or an editor created the news index) share one code path.
"""

from django.conf import settings

WRITERS = "Writers"
EDITORS = "Editors"
COMMS_LEAD = "Communications lead"

NEWS_REVIEW = "News review"
PAGE_REVIEW = "Page review"
EDITORS_APPROVAL = "Editors' approval"
PRESS_RELEASE_SIGN_OFF = "Press release sign-off"

ADMIN_ACCESS = [("wagtailadmin", "access_admin")]
MEDIA = ["add_image", "choose_image", "add_document", "choose_document"]
GROUP_PAGE_ACTIONS = {
    WRITERS: ["add", "change"],  # on the news indexes
    EDITORS: ["add", "change", "publish", "lock", "unlock"],  # on the root
    COMMS_LEAD: ["add", "change", "publish", "lock", "unlock"],  # on the root
}


def setup_editorial(apps):
    Group = apps.get_model("auth", "Group")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in (WRITERS, EDITORS, COMMS_LEAD)}
    _grant_model_permissions(apps, groups.values())

    Page = apps.get_model("wagtailcore", "Page")
    roots = list(Page.objects.filter(depth=1))
    news_indexes = _news_indexes(apps)
    for name in (EDITORS, COMMS_LEAD):
        for root in roots:
            _grant_on_page(apps, groups[name], root, GROUP_PAGE_ACTIONS[name])
    for index in news_indexes:
        _grant_on_page(apps, groups[WRITERS], index, GROUP_PAGE_ACTIONS[WRITERS])

    editors_approval = _task(apps, "wagtailcore", "GroupApprovalTask", EDITORS_APPROVAL)
    editors_approval.groups.add(groups[EDITORS], groups[COMMS_LEAD])
    sign_off = _task(apps, "editorial", "PressReleaseSignOffTask", PRESS_RELEASE_SIGN_OFF)
    sign_off.groups.add(groups[COMMS_LEAD])

    news_review = _workflow(apps, NEWS_REVIEW, [editors_approval, sign_off])
    page_review = _workflow(apps, PAGE_REVIEW, [editors_approval])
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for root in roots:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": page_review})
    for index in news_indexes:
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": news_review})
    return groups


def _news_indexes(apps):
    NewsIndexPage = apps.get_model("news", "NewsIndexPage")
    return list(NewsIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE))


def _grant_model_permissions(apps, groups):
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    access = [Permission.objects.get(content_type__app_label=app, codename=code) for app, code in ADMIN_ACCESS]
    media = list(Permission.objects.filter(codename__in=MEDIA))
    root_collections = list(Collection.objects.filter(depth=1))
    for group in groups:
        group.permissions.add(*access)
        for collection in root_collections:
            for permission in media:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )


def _grant_on_page(apps, group, page, actions):
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for action in actions:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _task(apps, app_label, model_name, name):
    model = apps.get_model(app_label, model_name)
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.get_or_create(app_label=app_label, model=model_name.lower())[0]
    task = model.objects.filter(name=name).first()
    if task is None:
        task = model.objects.create(name=name, content_type=content_type, active=True)
    return task


def _workflow(apps, name, tasks):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    workflow = Workflow.objects.get_or_create(name=name, defaults={"active": True})[0]
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    return workflow
