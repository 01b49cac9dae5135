from .commune import register  # noqa: F401
