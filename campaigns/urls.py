from django.urls import path, re_path

from campaigns.views import signups

# Under the language prefix, before Wagtail's own pages (website/urls.py).
urlpatterns = [
    path("campaigns/confirm/<str:token>/", signups.confirm, name="campaign_signup_confirm"),
    path("campaigns/remove/<str:token>/", signups.remove, name="campaign_signup_remove"),
    # A campaign page's address followed by "sign/", the form's target. Matched on any page
    # address, as Wagtail matches pages, so that it follows the campaigns section wherever
    # editors put it and whatever its slug in Welsh.
    re_path(r"^(?P<path>(?:[-\w]+/)+)sign/$", signups.sign, name="campaign_signup"),
]
