"""The consent register. Consent data never lives in page fields: page revisions keep every
field forever and translators are sent text fields, so people and their consent are models
of their own, and a page only links to a person and says which uses it makes."""

from consent.models.pages import (
    NoIdentifiablePerson,
    PageConsentState,
    PersonInImage,
    WithheldImage,
)
from consent.models.register import (
    EVIDENCE_COLLECTION_NAME,
    ConsentNotice,
    ConsentRecord,
    ConsentReminder,
    ConsentWithdrawal,
    FeaturedPerson,
    Person,
    Use,
    UsesField,
)

__all__ = [
    "EVIDENCE_COLLECTION_NAME",
    "ConsentNotice",
    "ConsentRecord",
    "ConsentReminder",
    "ConsentWithdrawal",
    "FeaturedPerson",
    "NoIdentifiablePerson",
    "PageConsentState",
    "Person",
    "PersonInImage",
    "Use",
    "UsesField",
    "WithheldImage",
]
