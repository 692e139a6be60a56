"""The base of every image form Wagtail builds (upload, multiple upload, the chooser's
upload tab), named by WAGTAILIMAGES_IMAGE_FORM_BASE."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from wagtail.images.fields import WagtailImageField

from consent.forms import ImagePeopleForm


def too_many_pixels():
    return ValidationError(
        _(
            "This image has too many pixels for the site to resize safely (at most "
            "%(megapixels)s million, such as 8000 by 6000). Make it smaller in a photo "
            "editor, then upload it again."
        ),
        code="file_too_many_pixels",
        params={"megapixels": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000},
    )


class PixelLimitedImageField(WagtailImageField):
    """Wagtail refuses an image over WAGTAILIMAGES_MAX_IMAGE_PIXELS, but to count the pixels
    it asks Pillow, which raises its own DecompressionBombError for a huge image (twice
    its 89-megapixel warning size) before Wagtail can refuse it: that error was a 500."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except (PillowImage.DecompressionBombError, ValidationError) as error:
            raise too_many_pixels() from error


class ImageForm(ImagePeopleForm):
    """Asks who the photo shows (consent) and refuses images too big to resize."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Swapped here rather than declared on the class: a declared field would be added
        # to the multiple uploader's edit form too, which leaves the file out.
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = PixelLimitedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
