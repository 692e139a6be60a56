from django.urls import re_path

from syndication import views

app_name = "syndication"

urlpatterns = [
    re_path(r"^(?P<section>[a-z]+)\.(?P<fmt>rss|atom|json)$", views.feed, name="feed"),
]
