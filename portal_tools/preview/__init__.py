"""Preview: the engine of ``invoke livereload`` (see ``preview.py``).

Not a Pelican plugin.  ``serve(...)`` builds, serves on 127.0.0.1 and rebuilds
on save; ``builder.PreviewBuilder`` and ``server.PreviewServer`` are its parts;
``bench`` measures the time from saving a post to the refreshed page.
"""

from .builder import BuildResult, PreviewBuilder  # noqa: F401
from .preview import serve, watch  # noqa: F401
from .server import PreviewServer, inject, page_file  # noqa: F401
