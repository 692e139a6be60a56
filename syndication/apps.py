from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    # No models, so nothing of it shows in the admin and it needs no verbose name.
    name = "syndication"
