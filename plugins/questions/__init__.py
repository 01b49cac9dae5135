from .questions import register  # noqa: F401
