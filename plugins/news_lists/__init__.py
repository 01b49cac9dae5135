from .news_lists import register  # noqa: F401
