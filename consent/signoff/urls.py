from django.urls import path

from consent.signoff import views

app_name = "consent_signoff"

urlpatterns = [
    path("<str:token>/", views.start, name="start"),
    path("<str:token>/page/<int:page_id>/", views.preview, name="preview"),
    path("<str:token>/photo/<int:image_id>/", views.photo, name="photo"),
    path("<str:token>/answer/", views.answer, name="answer"),
    path("<str:token>/receipt/", views.receipt, name="receipt"),
    path("<str:token>/take-down/", views.take_down, name="take_down"),
    # Anything else under /consent/ is a mistyped link: the same plain page, kept private.
    path("<path:mistyped>", views.mistyped),
]
