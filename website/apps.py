from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model
        from wagtail.models import Locale, PageViewRestriction, ReferenceIndex, Site
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from consent.gate import know_restrictions_from
        from consent.signals import consent_changed
        from website import frame
        from website.models import FooterSettings, NavigationSettings
        from website.purge import (
            is_setting,
            purge_consent_changed,
            purge_moved,
            purge_page,
            purge_slug_changed,
            purge_snippet_or_setting,
        )
        from website.signal_handlers import follow_source_schedule
        from website.translated_links import localize_links_to_snippet, localize_page_links

        # What `website.frame` keeps is made of pages, sites, languages, the menus and
        # where view restrictions are.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(frame.start_new_generation, dispatch_uid=f"frame_{id(signal)}")
        for signal in (post_save, post_delete):
            signal.connect(frame.page_changed, dispatch_uid=f"frame_page_{id(signal)}")
            for model in (Site, Locale, NavigationSettings, FooterSettings, PageViewRestriction):
                signal.connect(
                    frame.start_new_generation,
                    sender=model,
                    dispatch_uid=f"frame_{model.__name__}_{id(signal)}",
                )

        know_restrictions_from(frame.view_restrictions_anywhere)

        # Kept picture markup (website/templatetags/picture_tags.py) names rendition files:
        # when renditions go (a new file, a photo withdrawn) or consent changes (a withheld
        # photo coming back), it must be made again.
        post_delete.connect(
            frame.start_new_generation,
            sender=get_image_model().get_rendition_model(),
            dispatch_uid="frame_rendition_deleted",
        )
        consent_changed.connect(frame.start_new_generation, dispatch_uid="frame_consent_changed")

        page_published.connect(follow_source_schedule, dispatch_uid="website_follow_schedule")
        page_published.connect(localize_page_links, dispatch_uid="website_localize_page_links")
        post_save.connect(localize_links_to_snippet, dispatch_uid="website_localize_snippet_links")
        # Every page type: Wagtail sends these with the specific class as the sender.
        page_published.connect(purge_page, dispatch_uid="website_purge_page")
        page_unpublished.connect(purge_page, dispatch_uid="website_purge_unpublished")
        post_page_move.connect(purge_moved, dispatch_uid="website_purge_moved")
        page_slug_changed.connect(purge_slug_changed, dispatch_uid="website_purge_slug_changed")
        consent_changed.connect(purge_consent_changed, dispatch_uid="website_purge_consent")
        post_save.connect(purge_snippet_or_setting, dispatch_uid="website_purge_snippet_saved")
        post_delete.connect(purge_snippet_or_setting, dispatch_uid="website_purge_snippet_deleted")
        # Wagtail's reference index leaves settings out; the menus link to pages, and the
        # purge of such a page must know that it is shown on every page.
        for model in apps.get_models():
            if is_setting(model):
                ReferenceIndex.register_model(model)
