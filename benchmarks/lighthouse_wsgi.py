"""The site as `make lighthouse` serves it: production settings, with uploaded media served
beside it as the web server in front serves them in production (README, "Production")."""

import os

from whitenoise import WhiteNoise

from website.wsgi import application as site

# Renditions are made while pages render, after the server starts: autorefresh finds them.
application = WhiteNoise(
    site, root=os.environ["MEDIA_ROOT"], prefix="media/", autorefresh=True, max_age=31536000
)
