"""The consent officer's side of the sign-off link: making a link for a person (shown once,
as an address and a QR code to print, or emailed), and checking people's answers before
they count."""

import smtplib
from datetime import timedelta

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from consent.models import Person
from consent.signoff import services
from consent.signoff.models import SignoffResponse

MANAGE_CONSENT = "consent.manage_consent"
# What the confirmation form suggests: consent for a year, reviewed a month before it ends.
CONSENT_TERM = timedelta(days=365)
REVIEW_AFTER = timedelta(days=335)


def require_consent_officer(request):
    if not request.user.has_perm(MANAGE_CONSENT):
        raise PermissionDenied


class LinkForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the pages the person sees"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
        help_text=_("They can switch language on every page."),
    )
    email = forms.EmailField(
        label=_("Email the link to (optional)"),
        required=False,
        help_text=_(
            "The address is used once to send the link and is not stored. Leave it empty to "
            "print the link in a letter instead."
        ),
    )


def qr_code(address):
    # segno writes plain SVG with nothing taken from the address but the encoded modules.
    return mark_safe(
        segno.make(address, error="m").svg_inline(scale=5, title=str(_("QR code for the link")))
    )


def email_link(address, email, language, person):
    with translation.override(language):
        subject = str(_("Your story: please check it and tell us what we can share"))
        body = render_to_string(
            "consent/signoff/email.txt",
            {"address": address, "person": person, "days": settings.CONSENT_LINK_DAYS},
        )
    try:
        send_mail(subject, body, None, [email])
    except (smtplib.SMTPException, OSError):
        return False
    return True


def private_link(request, person_id):
    require_consent_officer(request)
    person = get_object_or_404(Person, pk=person_id)
    form = LinkForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            _link, token = services.make_link(person, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            address = services.link_address(token, form.cleaned_data["language"])
            email = form.cleaned_data["email"]
            sent = email and email_link(address, email, form.cleaned_data["language"], person)
            if email and not sent:
                messages.error(request, _("The email could not be sent. Print the link instead."))
            return TemplateResponse(
                request,
                "consent/signoff/admin/link_made.html",
                {
                    "person": person,
                    "address": address,
                    "qr_code": qr_code(address),
                    "emailed_to": email if sent else "",
                    "days": settings.CONSENT_LINK_DAYS,
                },
            )
    return TemplateResponse(
        request,
        "consent/signoff/admin/private_link.html",
        {
            "person": person,
            "form": form,
            "links": person.signoff_links.select_related("created_by").prefetch_related(
                "responses"
            ),
            "now": timezone.now(),
            "days": settings.CONSENT_LINK_DAYS,
        },
    )


def pending_answers(request):
    require_consent_officer(request)
    return TemplateResponse(
        request,
        "consent/signoff/admin/answers.html",
        {
            "pending": SignoffResponse.objects.filter(
                status=SignoffResponse.Status.PENDING
            ).select_related("link__person", "link__notice"),
            "recent": SignoffResponse.objects.exclude(status=SignoffResponse.Status.PENDING)
            .select_related("link__person", "decided_by")
            .order_by("-submitted_at")[:20],
        },
    )


class ConfirmForm(forms.Form):
    expires_on = forms.DateField(
        label=_("Consent expires on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    review_on = forms.DateField(
        label=_("Review on"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        expires_on, review_on = cleaned.get("expires_on"), cleaned.get("review_on")
        if expires_on and review_on and review_on > expires_on:
            self.add_error("review_on", _("Review the consent on or before the day it expires."))
        return cleaned


class DeclineForm(forms.Form):
    note = forms.CharField(
        label=_("Why these answers cannot be used"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


def review_answers(request, response_id):
    """Confirm (a consent record given by private link) or decline one set of answers."""
    require_consent_officer(request)
    response = get_object_or_404(
        SignoffResponse.objects.select_related("link__person", "link__notice"), pk=response_id
    )
    today = timezone.localdate()
    action = request.POST.get("action") if request.method == "POST" else None
    confirm = ConfirmForm(
        request.POST if action == "confirm" else None,
        initial={"expires_on": today + CONSENT_TERM, "review_on": today + REVIEW_AFTER},
    )
    decline = DeclineForm(request.POST if action == "decline" else None, prefix="decline")
    form = confirm if action == "confirm" else decline
    if action in ("confirm", "decline") and form.is_valid():
        try:
            if action == "confirm":
                services.confirm_answers(response, by=request.user, **confirm.cleaned_data)
                messages.success(
                    request, _("Consent recorded for %(name)s.") % {"name": response.person}
                )
            else:
                services.decline_answers(response, by=request.user, **decline.cleaned_data)
                messages.success(request, _("The answers were not confirmed."))
            return redirect("consent_signoff_answers")
        except ValidationError as error:
            form.add_error(None, error)
    return TemplateResponse(
        request,
        "consent/signoff/admin/review.html",
        {
            "response": response,
            "person": response.person,
            "confirm_form": confirm,
            "decline_form": decline,
            "pending": response.status == SignoffResponse.Status.PENDING,
        },
    )
