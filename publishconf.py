"""Settings for the production build: pelicanconf.py plus what publishing changes."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402,F403

# The deploy may override the address (e.g. a Pages preview) without editing files.
SITEURL = os.environ.get("PORTAL_SITEURL", PUBLISH_SITEURL).rstrip("/")  # noqa: F405
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True

# Drafts are never written by a publish build (development shows them under drafts/).
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""

# Residents using screen readers must get every photo described.
FRONT_MATTER = {"strict_alt": True}

# RSS/Atom feeds for residents and aggregators (off in development).
FEEDS = {**FEEDS, "enabled": True}  # noqa: F405
