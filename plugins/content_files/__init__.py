from .content_files import register  # noqa: F401
