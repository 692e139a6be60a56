from consent.services import consent_problems


def unpublish_without_consent(sender, instance, **kwargs):
    """Whatever published the page (the admin button, a workflow, a bulk action, scheduled
    go-live, wagtail-localize publishing a translation, an alias being synced), a page that
    fails the consent check is taken straight back down."""
    if consent_problems(instance):
        instance.unpublish(log_action="consent.blocked_publication")
