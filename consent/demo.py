"""Demo consent register: a notice, the people in the demo stories and their consent, so
the gate can be seen working. Everyone here is a demo record: the evidence files say so."""

import datetime
import io
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model
from wagtail.models import Collection

from consent.models import EVIDENCE_COLLECTION_NAME, ConsentNotice, ConsentRecord, Person, Use
from consent.services import record_consent

ALL_STORY_USES = [
    Use.NAME,
    Use.PHOTO,
    Use.QUOTES,
    Use.STORY,
    Use.LOCATION,
    Use.PARTNER_SYNDICATION,
    Use.SOCIAL_MEDIA,
    Use.PRINT,
]

# (public name, role, age band, authority, method, uses, days until expiry, extra fields)
PEOPLE = [
    ("Brian", Person.Role.SUPPORTED, Person.AgeBand.OLDER, ConsentRecord.Authority.SELF,
     ConsentRecord.Method.SIGNED_FORM, [*ALL_STORY_USES, Use.HEALTH, Use.WELSH], 700, {}),
    ("Jeanette", Person.Role.CARER, Person.AgeBand.ADULT, ConsentRecord.Authority.SELF,
     ConsentRecord.Method.SIGNED_FORM, [*ALL_STORY_USES, Use.WELSH], 700, {}),
    ("Angela", Person.Role.CARER, Person.AgeBand.ADULT, ConsentRecord.Authority.SELF,
     ConsentRecord.Method.SIGNED_FORM, [*ALL_STORY_USES, Use.WELSH], 500, {}),
    ("Tina", Person.Role.CARER, Person.AgeBand.ADULT, ConsentRecord.Authority.SELF,
     ConsentRecord.Method.RECORDED_VERBAL, [*ALL_STORY_USES, Use.WELSH], 500, {}),
    ("Debbie", Person.Role.SUPPORTED, Person.AgeBand.ADULT, ConsentRecord.Authority.SELF,
     ConsentRecord.Method.EASY_READ_FORM, [*ALL_STORY_USES, Use.WELSH], 365,
     {"supported_by": "An independent advocate, who went through the Easy Read form with her"}),
    # Linda's consent runs out within 30 days, so the dashboard warns the consent officers.
    ("Linda", Person.Role.SUPPORTED, Person.AgeBand.ADULT, ConsentRecord.Authority.BEST_INTERESTS,
     ConsentRecord.Method.EASY_READ_FORM, [*ALL_STORY_USES, Use.WELSH], 20,
     {"given_by": "Best-interests meeting chaired by her social worker",
      "supported_by": "Her sister and an independent advocate",
      "best_interests_override_reason": (
          "Linda showed clear pleasure at the draft with her photos and asked for a copy; "
          "the meeting agreed sharing it is in her interests and the family supports it."
      )}),
    # Clare agreed to English only, so the Welsh version of her story stays off the site.
    ("Clare", Person.Role.SUPPORTED, Person.AgeBand.ADULT, ConsentRecord.Authority.SELF,
     ConsentRecord.Method.EASY_READ_FORM, ALL_STORY_USES, 400,
     {"supported_by": "Her Shared Lives worker from the Surrey scheme"}),
    ("James", Person.Role.SUPPORTED, Person.AgeBand.ADULT, ConsentRecord.Authority.SELF,
     ConsentRecord.Method.EASY_READ_FORM, [*ALL_STORY_USES, Use.HEALTH], 400, {}),
    ("Phil", Person.Role.CARER, Person.AgeBand.ADULT, ConsentRecord.Authority.SELF,
     ConsentRecord.Method.SIGNED_FORM, ALL_STORY_USES, 400, {}),
]  # fmt: skip


def evidence_pdf(name):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(f"Demo consent form: {name}")
    pdf.drawString(72, 770, f"DEMO consent form for {name}.")
    pdf.drawString(72, 750, "Made by the demo-content command; not a real person's consent.")
    pdf.save()
    return buffer.getvalue()


def evidence_document(name):
    Document = get_document_model()
    document = Document(
        title=f"Demo consent form: {name}",
        collection=Collection.objects.get(name=EVIDENCE_COLLECTION_NAME),
    )
    document.file.save(f"consent-{name.lower()}.pdf", ContentFile(evidence_pdf(name)), save=False)
    document.save()
    return document


def load(log):
    if Person.objects.exists():
        log("The consent register already has people: leaving it as it is.")
        return
    notice = ConsentNotice.objects.create(
        title="Sharing your story",
        version="1",
        text=(
            "We would like to tell your story on our website and, if you agree, in our "
            "printed materials, on social media and on the websites of partners who share "
            "our stories. You choose what we may use: your name, photos, video, your words, "
            "anything about your health, where you live, and whether we translate it into "
            "Welsh. You can change your mind at any time, and we will take your story down "
            "everywhere we put it."
        ),
        easy_read_text=(
            "We want to tell your story.\n"
            "You choose what we can say and show.\n"
            "You can say no.\n"
            "You can change your mind at any time.\n"
            "If you change your mind, we take your story down."
        ),
    )
    today = timezone.localdate()
    # Consent comes before the stories it allows: the earliest demo story is from
    # November 2014, so everyone signed in the September before.
    given_on = datetime.date(2014, 9, 1)
    for name, role, age_band, authority, method, uses, days, extra in PEOPLE:
        person = Person.objects.create(
            public_name=name,
            role=role,
            age_band=age_band,
            full_name=f"{name} (demo person)",
            private_notes="Demo record made by load_demo_content.",
        )
        record_consent(
            person=person,
            by=None,
            notice=notice,
            given_on=given_on,
            method=method,
            authority=authority,
            uses=[str(use) for use in uses],
            expires_on=today + timedelta(days=days),
            review_on=today + timedelta(days=max(days - 60, 10)),
            evidence=evidence_document(name),
            **extra,
        )
    log(f"Created the consent register: {len(PEOPLE)} demo people with consent records.")
