from .search_engines import register  # noqa: F401
