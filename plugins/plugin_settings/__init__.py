"""Shared checking of our plugins' prefixed settings dicts (a library, not a build plugin)."""

from .plugin_settings import SettingsError, check_bools, check_int, merge  # noqa: F401
