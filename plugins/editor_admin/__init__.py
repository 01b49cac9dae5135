"""The officers' web editor (Decap CMS) published at ``/quan-tri/``: see ``editor_admin.py``."""

from .editor_admin import register  # noqa: F401
