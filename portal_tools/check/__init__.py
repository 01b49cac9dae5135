"""Content check: every post and page checked without writing the site.

Not a Pelican plugin: tools called by ``tasks.py`` (``invoke check``,
``invoke publish``, ``invoke new``).  ``check_site(settings_file, overrides)``
runs Pelican's reading phase and returns a ``Report`` (errors, warnings,
notes); ``links`` is the pure core (links between pages, duplicate titles);
``new_post`` makes the file of a new draft post.
"""

from .check import Report, check_site, read_site, site_map  # noqa: F401 (read_site: portal_core.lifecycle's)
from .links import Document, SiteMap, check_links, duplicate_titles, find_links  # noqa: F401
from .new_post import NewPostError, new_post, pick_category  # noqa: F401
