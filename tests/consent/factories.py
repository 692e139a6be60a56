import datetime
import io

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model
from wagtail.models import Collection

from consent.models import (
    EVIDENCE_COLLECTION_NAME,
    ConsentNotice,
    ConsentRecord,
    ConsentWithdrawal,
    Person,
    Use,
)

EVERY_USE = [str(use) for use in Use]


class PersonFactory(factory.django.DjangoModelFactory):
    public_name = factory.Sequence(lambda n: f"Person {n}")
    role = Person.Role.SUPPORTED
    age_band = Person.AgeBand.ADULT
    full_name = factory.LazyAttribute(lambda person: f"{person.public_name} Private-Surname")
    private_notes = "Lives near the day centre; prefers morning visits."

    class Meta:
        model = Person


class ConsentNoticeFactory(factory.django.DjangoModelFactory):
    title = "Sharing your story"
    version = factory.Sequence(str)
    text = "We would like to publish your story."
    easy_read_text = "We want to tell your story."

    class Meta:
        model = ConsentNotice


def signed_form_pdf():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "I agree to my story being shared. Signed: a test person.")
    pdf.save()
    return buffer.getvalue()


def evidence_collection():
    return Collection.objects.get(name=EVIDENCE_COLLECTION_NAME)


class EvidenceFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Signed consent form {n}")
    file = factory.LazyFunction(lambda: ContentFile(signed_form_pdf(), name="consent-form.pdf"))
    collection = factory.LazyFunction(evidence_collection)

    class Meta:
        model = get_document_model()


class ConsentRecordFactory(factory.django.DjangoModelFactory):
    person = factory.SubFactory(PersonFactory)
    notice = factory.SubFactory(ConsentNoticeFactory)
    given_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    method = ConsentRecord.Method.SIGNED_FORM
    authority = ConsentRecord.Authority.SELF
    uses = factory.LazyFunction(lambda: list(EVERY_USE))
    expires_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=365))
    review_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=300))
    evidence = factory.SubFactory(EvidenceFactory)

    class Meta:
        model = ConsentRecord


class ConsentWithdrawalFactory(factory.django.DjangoModelFactory):
    person = factory.SubFactory(PersonFactory)
    reason = "Asked us to take the story down."

    class Meta:
        model = ConsentWithdrawal


def lapse_consent(person):
    """Records consent that ran out today. The register is append-only and only the latest
    record counts, so this is how a test says a person's consent has lapsed without waiting
    for the clock."""
    return ConsentRecordFactory(person=person, expires_on=timezone.localdate())
