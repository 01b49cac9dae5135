from .page_writer import register  # noqa: F401
