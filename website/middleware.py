from django.http import JsonResponse
from django.utils.translation import gettext

from website.text import has_control_characters
from website.views import bad_request, json_error_key


def refuse_control_characters(get_response):
    """Answers 400 to an address with a control character (a NUL, an escape...) in its path
    or in any query parameter, before any view sees it. No page, feed or filter of ours
    has one in its address, and every view would otherwise need its own defence against
    PostgreSQL refusing NUL and XML refusing the rest."""

    def middleware(request):
        values = [request.path, *request.GET.keys()]
        values += [value for key in request.GET for value in request.GET.getlist(key)]
        if any(has_control_characters(value) for value in values):
            message = gettext(
                "This address has characters in it that no address on this site uses. "
                "Check the link, or type the address again."
            )
            key = json_error_key(request.path)
            if key:
                return JsonResponse({key: message}, status=400)
            return bad_request(request, message=message)
        return get_response(request)

    return middleware
