from django.urls import path, re_path

from syndication import views

app_name = "syndication"

urlpatterns = [
    path("", views.partners, name="partners"),
    re_path(r"^(?P<section>[a-z]+)\.(?P<fmt>rss|atom|json)$", views.feed, name="feed"),
]
