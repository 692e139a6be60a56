from documents.services import describe_document


def describe_saved_document(sender, instance, raw=False, **kwargs):
    # Fixture loading (`raw`) restores rows as they were, details included.
    if not raw:
        describe_document(instance)
