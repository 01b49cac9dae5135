from .theme_assets import register  # noqa: F401
