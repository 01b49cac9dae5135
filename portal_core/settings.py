"""Each plugin's settings are one prefixed dict (``PHOTOS = {...}``) merged over
the plugin's ``DEFAULTS`` into a new dict, once per build; Pelican's settings
are never written to. Unknown keys and out-of-range values stop the build with
a message that names the setting and what is allowed.

Library code (``portal_core``): plugins and tools import it.
"""


class SettingsError(ValueError):
    """A plugin setting the build refuses; the message names it and what to write."""


def merge(settings, name, defaults, error=SettingsError):
    """``defaults`` overlaid with ``settings[name]``, as a new dict."""
    given = settings.get(name) or {}
    if not isinstance(given, dict):
        raise error(f"{name} must be a dict such as {{{next(iter(defaults))!r}: ...}}, not {given!r}")
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        raise error(f"{name}: unknown setting(s) {unknown}; known: {sorted(defaults)}")
    return {**defaults, **given}


def absolute_siteurl(settings):
    """``SITEURL`` when it is absolute (publish builds), else ``PUBLISH_SITEURL``
    (development builds leave SITEURL empty); ``None`` when neither is."""
    for key in ("SITEURL", "PUBLISH_SITEURL"):
        value = (settings.get(key) or "").rstrip("/")
        if value.startswith(("https://", "http://")):
            return value
    return None


def absolute_base(settings, needs, error=SettingsError):
    """``absolute_siteurl(settings)``, or ``error`` when there is none: ``needs``
    says what needs it ("feeds need", "sitemap.xml needs")."""
    value = absolute_siteurl(settings)
    if value:
        return value
    raise error(
        f"{needs} absolute addresses: set PUBLISH_SITEURL in pelicanconf.py to the portal's "
        "address, e.g. 'https://mttq-xa.example.gov.vn' (SITEURL is empty in development)"
    )


def check_bools(options, name, keys, error=SettingsError):
    for key in keys:
        if not isinstance(options[key], bool):
            raise error(f"{name}[{key!r}] must be True or False, not {options[key]!r}")


def check_int(options, name, key, low, high, error=SettingsError):
    value = options[key]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise error(f"{name}[{key!r}] must be a whole number from {low} to {high}, not {value!r}")


def check_number(options, name, key, low, high, error=SettingsError):
    """A number (int or float, not a bool, not NaN) from ``low`` to ``high``."""
    value = options[key]
    if (not isinstance(value, (int, float)) or isinstance(value, bool) or value != value
            or not low <= value <= high):
        raise error(f"{name}[{key!r}] must be a number from {low} to {high}, not {value!r}")


def check_strings(options, name, key, example, error=SettingsError):
    """A list of non-empty strings, e.g. ``example``."""
    value = options[key]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
        raise error(f"{name}[{key!r}] must be a list of non-empty texts such as {example!r}, not {value!r}")
