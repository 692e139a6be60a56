"""What keeps the gate honest whichever code path writes: Wagtail's publishing doors,
the admin, services, data imports, factories in tests. The stored verdicts are derived
data, so they follow every write to what they come from (pages, the people they feature
or show in photos, consent records and withdrawals) rather than trusting each writer."""

from wagtail.models import Page, ReferenceIndex

from consent.gate import consent_problems, pages_featuring, pages_using, pages_without_state
from consent.services import refresh_consent_states

# What Wagtail writes when it saves a draft, locks or schedules a page: none of it changes
# who the page features, so the verdict need not be worked out again.
BOOKKEEPING_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
    "go_live_at",
    "expire_at",
}


def unpublish_without_consent(sender, instance, **kwargs):
    """Whatever published the page (the admin button, a workflow, a bulk action, scheduled
    go-live, wagtail-localize publishing a translation, an alias being synced), a page that
    fails the consent check is taken straight back down."""
    if consent_problems(instance):
        instance.unpublish(log_action="consent.blocked_publication")


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS):
        return
    # The verdict reads the images the page uses from Wagtail's reference index, which
    # Wagtail updates after this handler (or later still, from a task queue): bring the
    # page's entries up to date first.
    ReferenceIndex.create_or_update_for_object(instance)
    refresh_consent_states(Page.objects.filter(pk=instance.pk))


def link_changed(sender, instance, raw=False, origin=None, **kwargs):
    # A link removed because its page is being deleted needs nothing: the page's stored
    # verdict goes with it, and writing one now would outlive the page.
    if raw or isinstance(origin, Page):
        return
    refresh_consent_states(Page.objects.filter(pk=instance.page_id))


def image_people_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_consent_states(
            pages_using(type(instance.image).objects.filter(pk=instance.image_id))
        )


def consent_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_consent_states(pages_featuring(instance.person_id))


def fill_missing_states(**kwargs):
    """Pages made by migrations (which send no save signals) get their verdict here."""
    refresh_consent_states(pages_without_state())
