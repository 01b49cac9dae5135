"""Not a build plugin: the local editor server behind `invoke editor` (see ``editor_local.py``)."""

from .editor_local import EditorServer, LocalBackend, LocalBackendError  # noqa: F401
