"""Consent register permissions, and a private collection for consent evidence.

Wagtail's collection permissions apply to every collection below the one they are granted
on, so document permissions granted on the root collection would reach the evidence too.
They move to a "Website documents" collection beside it; only consent officers are given
anything on "Consent evidence", whose files are served to them alone."""

from django.db import migrations

from website.migration_helpers import grant_permissions, permission

EVIDENCE = "Consent evidence"
WEBSITE_DOCUMENTS = "Website documents"

GRANTS = {
    "Writers": ["consent.view_person"],
    "Editors": ["consent.view_person"],
    "Translators": ["consent.view_person"],
    "Consent officers": [
        "consent.add_person",
        "consent.change_person",
        "consent.view_person",
        "consent.view_private_details",
        "consent.manage_consent",
        "consent.add_consentnotice",
        "consent.change_consentnotice",
        "consent.view_consentnotice",
        "consent.add_consentrecord",
        "consent.view_consentrecord",
        "consent.view_consentwithdrawal",
    ],
}
EVIDENCE_PERMISSIONS = [
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]

STEP = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def child_path(parent, index):
    """Treebeard's materialised path for the index-th child (historical models in a
    migration have no tree methods)."""
    digits = ""
    while index:
        index, remainder = divmod(index, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return parent.path + digits.rjust(STEP, "0")


def add_child_collection(Collection, parent, name):
    def children():
        return Collection.objects.filter(depth=parent.depth + 1, path__startswith=parent.path)

    collection = children().filter(name=name).first()
    if collection:
        return collection
    index = max((int(child.path[-STEP:], 36) for child in children()), default=0) + 1
    collection = Collection.objects.create(
        name=name, path=child_path(parent, index), depth=parent.depth + 1, numchild=0
    )
    parent.numchild = children().count()
    parent.save(update_fields=["numchild"])
    return collection


def set_up(apps, schema_editor):
    grant_permissions(apps, GRANTS)
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")

    officers = Group.objects.get(name="Consent officers")

    root = Collection.objects.get(depth=1)
    # Wagtail keeps sibling collections in name order; add them in that order.
    evidence = add_child_collection(Collection, root, EVIDENCE)
    website_documents = add_child_collection(Collection, root, WEBSITE_DOCUMENTS)

    GroupCollectionPermission.objects.filter(
        collection=root, permission__content_type__app_label="wagtaildocs"
    ).update(collection=website_documents)
    for name in EVIDENCE_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=officers, collection=evidence, permission=permission(apps, name)
        )
    restriction, _created = CollectionViewRestriction.objects.get_or_create(
        collection=evidence, restriction_type="groups"
    )
    restriction.groups.set([officers])


class Migration(migrations.Migration):
    dependencies = [
        ("consent", "0001_initial"),
        ("website", "0003_welsh_locale"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
