from .vietnamese import register  # noqa: F401
