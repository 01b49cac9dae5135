from .feedback import register  # noqa: F401
