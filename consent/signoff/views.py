"""The pages a featured person reaches through their private link, without an account.

Every answer is private to them: never cached, never indexed, and the token never leaves
in a Referer header. A wrong token and a link past its date give the same plain page, so
neither says whose link it was; a link past its date still takes a story down.

The forms are exempt from Django's CSRF check: with no Referer the browser sends
`Origin: null`, which the check refuses, and it would guard nothing here anyway. A forged
post would need the token in its address, and whoever holds the token can post directly;
the person has no session or cookie for another site to ride on."""

import io
from functools import wraps

from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from PIL import Image

from consent.gate import images_of, pages_featuring, public_images
from consent.models import Use
from consent.services import withheld_storage
from consent.signoff import services
from consent.signoff.forms import AnswersForm
from consent.signoff.limits import allow_request
from consent.signoff.models import SignoffResponse
from consent.signoff.questions import question, uses_to_ask


def private(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def not_working(request, token):
    return TemplateResponse(
        request, "consent/signoff/not_working.html", {"token": token}, status=404
    )


def too_many(request):
    response = TemplateResponse(request, "consent/signoff/too_many.html", status=429)
    response["Retry-After"] = "600"
    return private(response)


def link_view(*, giving):
    """Finds the link for the token in the address, within the rate limit. `giving` views
    need a link still open for consent; the others work for as long as the link exists."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, token, *args, **kwargs):
            if not allow_request(request):
                return too_many(request)
            link = services.find_link(token)
            if link is None or (giving and not link.open_for_consent()):
                return private(not_working(request, token))
            # The token is kept on the link for this request only, to build its addresses.
            link.token = token
            return private(view(request, link, *args, **kwargs))

        return wrapper

    return decorator


def versions_to_show(person):
    """Each page featuring `person` once, in the visitor's language where it exists (the
    latest revision, published or not: what it will look like)."""
    chosen = {}
    for page in pages_featuring(person).filter(alias_of__isnull=True).select_related("locale"):
        current = chosen.get(page.translation_key)
        if current is None or page.locale.language_code == get_language():
            chosen[page.translation_key] = page
    return [page.get_latest_revision_as_object() for page in chosen.values()]


def page_uses(person):
    """The uses the person's pages make of them: what the pages link them for, and the
    photo use when a photo of them is recorded."""
    uses = {use for link in person.page_links.all() for use in link.uses}
    if images_of(person).exists():
        uses.add(Use.PHOTO)
    return uses


@require_http_methods(["GET"])
@link_view(giving=True)
def start(request, link):
    return TemplateResponse(
        request,
        "consent/signoff/start.html",
        {
            "link": link,
            "person": link.person,
            "pages": versions_to_show(link.person),
            "photos": images_of(link.person).order_by("title"),
        },
    )


PHOTO_SIZE = (720, 720)


@require_http_methods(["GET"])
@link_view(giving=True)
def photo(request, link, image_id):
    """A photo of the person, for their eyes only. A photo of someone who has not (yet)
    agreed to photos is withheld from the public site, so it is read from wherever its
    original is and sent scaled down, never stored as a public rendition."""
    image = images_of(link.person).filter(pk=image_id).first()
    if image is None:
        return not_working(request, link.token)
    shown = public_images(images_of(link.person)).filter(pk=image_id).exists()
    storage = image.file.storage if shown else withheld_storage()
    try:
        with storage.open(image.file.name, "rb") as original:
            picture = Image.open(original)
            picture.thumbnail(PHOTO_SIZE)
            scaled = io.BytesIO()
            picture.convert("RGB").save(scaled, "JPEG", quality=85)
    except OSError:
        return not_working(request, link.token)
    return HttpResponse(scaled.getvalue(), content_type="image/jpeg")


@require_http_methods(["GET"])
@link_view(giving=True)
def preview(request, link, page_id):
    """The page exactly as it will look, with a band at the top leading back."""
    pages = {page.pk: page for page in versions_to_show(link.person)}
    if page_id not in pages:
        return not_working(request, link.token)
    page = pages[page_id]
    request.is_preview, request.preview_mode = True, page.default_preview_mode
    request.signoff_link = link
    return page.serve_preview(request, page.default_preview_mode)


@csrf_exempt
@require_http_methods(["GET", "POST"])
@link_view(giving=True)
def answer(request, link):
    uses = uses_to_ask(page_uses(link.person))
    form = AnswersForm(request.POST if request.method == "POST" else None, uses=uses)
    if request.method == "POST" and form.is_valid():
        services.take_answers(
            link,
            answers=form.answers(),
            supported_by=form.cleaned_data["supported_by"],
            language=get_language(),
        )
        return redirect("consent_signoff:receipt", link.token)
    return TemplateResponse(
        request,
        "consent/signoff/answer.html",
        {"link": link, "person": link.person, "form": form},
    )


@require_http_methods(["GET"])
@link_view(giving=False)
def receipt(request, link):
    response = link.responses.first()
    if response is None:
        return redirect("consent_signoff:start", link.token)
    rows = [(question(use), agreed) for use, _label, agreed in response.answer_rows()]
    return TemplateResponse(
        request,
        "consent/signoff/receipt.html",
        {
            "link": link,
            "person": link.person,
            "response": response,
            "rows": rows,
            "Status": SignoffResponse.Status,
        },
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def take_down(request, token):
    """Asks before taking the story down. The question names nobody, so it is the same
    page whatever the token; only a real link can then take a story down."""
    if request.method == "GET":
        if not allow_request(request):
            return too_many(request)
        return private(
            TemplateResponse(request, "consent/signoff/take_down.html", {"token": token})
        )
    return confirm_take_down(request, token)


@link_view(giving=False)
def confirm_take_down(request, link):
    services.take_down_by_link(link, language=get_language())
    return redirect("consent_signoff:receipt", link.token)


def mistyped(request, mistyped):
    if not allow_request(request):
        return too_many(request)
    return private(not_working(request, mistyped.split("/")[0]))
