from .render_cache import register  # noqa: F401
