"""The public side of sign-ups: the form's target, and the confirmation and removal pages
the email links to. None of them sets a cookie: the form is protected by where the browser
says it comes from (website/cross_origin.py), the email links by their signed tokens.
None of them may be kept by a cache either: each answers one person."""

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail import views as wagtail_views
from wagtail.models import Page

from campaigns import services, tokens
from campaigns.forms import SignupForm
from campaigns.models import CampaignPage, Signup
from consent.gate import page_is_public
from website.client_address import client_address
from website.cross_origin import same_origin_only

SIGN_UP_PATH = "sign/"


def render_campaign(request, campaign, status=200, **extra_context):
    """The campaign page again, with the form as it was sent and what went wrong."""
    context = {**campaign.get_context(request), **extra_context}
    return TemplateResponse(request, campaign.get_template(request), context, status=status)


@never_cache
@same_origin_only
@require_http_methods(["GET", "HEAD", "POST"])
def sign(request, path):
    """The form's target, at `<campaign address>sign/`. Every outcome is a page a reader
    can act on: "check your email", or the campaign page again with what was typed kept
    and the problem explained."""
    page = Page.find_for_request(request, path)
    if page is None:
        raise Http404
    campaign = page.specific
    if not isinstance(campaign, CampaignPage):
        # This address is not a campaign's form: it is a page of its own called "sign".
        return wagtail_views.serve(request, path + SIGN_UP_PATH)
    if not page_is_public(campaign):
        raise Http404
    if request.method != "POST":
        return HttpResponseRedirect(campaign.url + "#sign")
    if not campaign.is_open:
        return render_campaign(request, campaign, signup_problem="closed")
    form = SignupForm(request.POST)
    if not form.is_valid():
        return render_campaign(request, campaign, form=form)
    # Bots are told what people are told, so they learn nothing from the answer.
    if not form.is_spam():
        address = client_address(request)
        if not services.within_limit(address):
            return render_campaign(
                request, campaign, form=form, signup_problem="too-many", status=429
            )
        services.count_signup(address)
        services.sign_up(campaign, form.save(commit=False))
    return TemplateResponse(
        request, "campaigns/signup_sent.html", {"page": campaign, "campaign": campaign}
    )


def _signup(signup_id):
    return Signup.objects.select_related("campaign").filter(pk=signup_id).first()


def _link_problem(request, problem, status):
    return TemplateResponse(
        request, "campaigns/signup_link_problem.html", {"problem": problem}, status=status
    )


# The token in the address is the proof that the email's owner sent the post, so no
# cookie is needed; mail programs post the removal link from their own servers.
@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners that open every link must not confirm anything);
    posting it counts the supporter."""
    try:
        signup = _signup(tokens.signup_id_to_confirm(token))
    except tokens.ExpiredToken:
        return _link_problem(request, "expired", status=410)
    except tokens.InvalidToken:
        return _link_problem(request, "invalid", status=404)
    if signup is None:
        return _link_problem(request, "gone", status=404)
    if not signup.is_confirmed and timezone.now() > signup.confirmation_expires_at():
        return _link_problem(request, "expired", status=410)
    if request.method == "POST":
        services.confirm(signup)
    context = {
        "signup": signup,
        "campaign": signup.campaign.localized,
        "done": signup.is_confirmed,
    }
    return TemplateResponse(request, "campaigns/signup_confirm.html", context)


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def remove(request, token):
    """GET shows a button; a post (ours, or a mail program's one-click "List-Unsubscribe=
    One-Click" of RFC 8058) erases the sign-up."""
    try:
        signup = _signup(tokens.signup_id_to_remove(token))
    except tokens.InvalidToken:
        return _link_problem(request, "invalid", status=404)
    if signup is None:
        return _link_problem(request, "removed", status=200)
    context = {"campaign": signup.campaign.localized, "done": request.method == "POST"}
    if context["done"]:
        services.remove(signup)
    return TemplateResponse(request, "campaigns/signup_remove.html", context)
