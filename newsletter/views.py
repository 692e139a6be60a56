"""The newsletter sign-up page (/newsletter/) and the confirmation and removal pages its
email links to. None of them sets a cookie or may be kept by a cache: the form is protected
by where the browser says it comes from (website/cross_origin.py), the email links by their
signed tokens. Removal keeps working when the newsletter is switched off."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from newsletter import services, tokens
from newsletter.forms import NewsletterSignupForm
from newsletter.models import NewsletterSignup
from website.client_address import client_address
from website.cross_origin import same_origin_only
from website.models import FooterSettings
from website.signed_links import ExpiredToken, InvalidToken


def _signup_page(request, form, settings, problem=None, status=200):
    context = {
        "form": form,
        "description": settings.newsletter_description(get_language()),
        "signup_problem": problem,
    }
    return TemplateResponse(request, "newsletter/signup.html", context, status=status)


@never_cache
@same_origin_only
@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    """The form, and its target: every outcome is a page a reader can act on, "check your
    email" or the form again with what was typed kept and the problem explained."""
    settings = FooterSettings.for_request(request)
    if not settings.newsletter_enabled:
        raise Http404
    if request.method != "POST":
        return _signup_page(request, NewsletterSignupForm(), settings)
    form = NewsletterSignupForm(request.POST)
    if not form.is_valid():
        return _signup_page(request, form, settings, status=400)
    # Bots are told what people are told, so they learn nothing from the answer.
    if not form.is_spam():
        address = client_address(request)
        if not services.within_limit(address):
            return _signup_page(request, form, settings, problem="too-many", status=429)
        services.count_signup(address)
        services.sign_up(form.signup())
    return TemplateResponse(request, "newsletter/sent.html")


def _link_problem(request, problem, status):
    return TemplateResponse(
        request, "newsletter/link_problem.html", {"problem": problem}, status=status
    )


# The token in the address is the proof that the email's owner sent the post, so no
# cookie is needed; mail programs post the removal link from their own servers.
@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners that open every link must not confirm anything);
    posting it confirms."""
    try:
        signup_id = tokens.signup_id_to_confirm(token)
    except ExpiredToken:
        return _link_problem(request, "expired", status=410)
    except InvalidToken:
        return _link_problem(request, "invalid", status=404)
    signup = NewsletterSignup.objects.filter(pk=signup_id).first()
    if signup is None:
        return _link_problem(request, "gone", status=404)
    if not signup.is_confirmed and timezone.now() > signup.confirmation_expires_at():
        return _link_problem(request, "expired", status=410)
    if request.method == "POST":
        services.confirm(signup)
    return TemplateResponse(request, "newsletter/confirm.html", {"done": signup.is_confirmed})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def remove(request, token):
    """GET shows a button; a post (ours, or a mail program's one-click "List-Unsubscribe=
    One-Click" of RFC 8058) erases the sign-up."""
    try:
        signup_id = tokens.signup_id_to_remove(token)
    except InvalidToken:
        return _link_problem(request, "invalid", status=404)
    signup = NewsletterSignup.objects.filter(pk=signup_id).first()
    if signup is None:
        return _link_problem(request, "removed", status=200)
    done = request.method == "POST"
    if done:
        services.remove(signup)
    return TemplateResponse(request, "newsletter/remove.html", {"done": done})
