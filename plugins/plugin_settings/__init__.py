"""Shared checking of our plugins' prefixed settings dicts (a library, not a build plugin)."""

from .plugin_settings import SettingsError, absolute_siteurl, check_bools, check_int, merge  # noqa: F401
