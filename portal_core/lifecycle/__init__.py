"""The build's lifecycle: the one place that goes beyond Pelican's public API.

A build is read → checked → indexed → rendered → written (see the README).
Pelican runs it (``Pelican.run()``); our code steps in through signals, and
wherever it needs more than signals it goes through this package, so that a
Pelican upgrade is one diff to read here (``tests/portal_core/test_lifecycle.py``
builds the demo portal with Pelican's stock ``Writer`` and with ours and
compares every file byte for byte):

- ``state``: ``build_state(context)``, what one build's plugins share (the
  ``ProblemCollector``, each plugin's options merged once);
- ``reading``: Pelican's read phase alone (``read_site``, for ``invoke check``
  and the live preview: ``Pelican._get_generator_classes``), its logs captured
  with a fresh start of Pelican's duplicate-log filter (``captured_logs``:
  ``LimitFilter._raised_messages``), and the
  generator internals a plugin replaces or calls (``replace_period_archives``:
  ``ArticlesGenerator._build_period_archives``; ``update_context``:
  ``Generator._update_context``);
- ``writer``: ``IncrementalWriter``, the writer of every build (given to
  Pelican by the page_writer plugin) and of the live preview's two passes:
  Pelican's ``Writer.write_file`` (context, pagination) re-done so that pages
  are queued, rendered on every core when their inputs changed, and announced
  (``content_written``) once their file is on disk;
- ``passes``: the live preview's write phase with that same writer (the pages
  open in the browser first, then the rest, interruptible);
- ``content``: a post's body as its reader made it (``Content._content``);
- ``fingerprint``: the digests that decide which pages to render again;
- ``urls``: ``memoize_content_urls``, each post's ``url``/``save_as`` (and its
  source path relative to ``PATH``) formatted once while its inputs stay the
  same (``Content.get_url_setting``, ``Content.get_relative_source_path``);
- ``links``: ``skip_linkless_bodies``, Pelican's resolution of intrasite
  links (``Content._update_content``, ``Content.get_static_links``) skipped for
  a body that holds neither character a link starts with;
- ``statics``: ``copy_changed_statics``, a static file (attachment) copied
  again only when its size or modification time differs from its copy's
  (``StaticGenerator._file_update_required``, ``_copy_staticfile``);
- ``translations``: ``linear_translations``, Pelican's grouping of
  translations (``process_translations``, as the generators call it) given
  one group at a time, so that it is linear in the number of posts;
- ``summaries``: ``memoize_summaries``, the summaries cut from unchanged
  bodies kept from the last build (``Content.get_summary``);
- ``collector``: ``hold_read_content``, what a build has read moved out of the
  garbage collector's way (``gc.freeze``) until the build ends (wraps
  ``Pelican.run`` on the instance, as ``stamp`` does);
- ``abandon``: ``abandon(output_path)``, what a failed build still runs in other
  processes (registered by its plugin with ``on_abandon``) stops before the
  build's output is removed;
- ``stamp``: ``skip_unchanged_builds``, a build whose inputs, date and output
  are the last build's is skipped (wraps ``Pelican.run`` on the instance:
  Pelican has no signal that can stop a build).
"""

from .reading import (  # noqa: F401
    captured_logs,
    fresh_log_filter,
    read_site,
    replace_period_archives,
    update_context,
)
from .abandon import abandon, on_abandon  # noqa: F401
from .collector import hold_read_content  # noqa: F401
from .content import body_html, set_body_html  # noqa: F401
from .links import skip_linkless_bodies  # noqa: F401
from .passes import Passes, write_in_two_passes  # noqa: F401
from .stamp import skip_unchanged_builds  # noqa: F401
from .statics import copy_changed_statics  # noqa: F401
from .summaries import memoize_summaries  # noqa: F401
from .translations import linear_translations  # noqa: F401
from .urls import memoize_content_urls  # noqa: F401
from .state import BuildState, build_state  # noqa: F401
from .writer import IncrementalWriter  # noqa: F401
