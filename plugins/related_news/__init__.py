from .related_news import register  # noqa: F401
