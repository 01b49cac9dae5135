"""Feedback without a server of ours: "Gửi ý kiến" / "Đặt câu hỏi" links.

Every article and the Q&A page offer a ``mailto:`` link to the committee with
the subject and body filled in (the article's title and address), the
committee's phone as a ``tel:`` link and, when set, its Zalo Official Account;
optionally a plain HTML form posting to a form service the commune chose (off
by default; when on, the page says plainly where the message goes).  Nothing
is loaded from another host and nothing needs JavaScript.

Settings read: ``FEEDBACK`` (dict, defaults in ``DEFAULTS``: ``zalo_oa_url``,
``form_action`` (https address of the form service, empty for no form),
``form_owner`` (who runs it, required with ``form_action``)); ``PORTAL_EMAIL``,
``PORTAL_PHONE``.
Template variables provided: ``feedback`` (the merged ``FEEDBACK`` options
plus ``email``, ``phone``, ``tel``); the Jinja filter ``mailto``
(``email|mailto(subject, body)``: an RFC 6068 address with the subject and
body percent-encoded, lines joined by CRLF).
"""

from urllib.parse import quote, urlsplit

from pelican import signals

from portal_core.settings import SettingsError, merge

DEFAULTS = {
    "zalo_oa_url": "",  # "https://zalo.me/<id>" of the committee's Official Account; empty hides it
    "form_action": "",  # https address of a form service; empty: no form (the default)
    "form_owner": "",  # who runs that service, named beside the form
}


def load_options(settings):
    options = merge(settings, "FEEDBACK", DEFAULTS)
    for key in DEFAULTS:
        if not isinstance(options[key], str):
            raise SettingsError(f"FEEDBACK[{key!r}] must be text, not {options[key]!r}")
    for key in ("zalo_oa_url", "form_action"):
        if options[key] and urlsplit(options[key]).scheme != "https":
            raise SettingsError(f"FEEDBACK[{key!r}] must be an https:// address, not {options[key]!r}")
    if options["form_action"] and not options["form_owner"].strip():
        raise SettingsError("FEEDBACK['form_owner'] must say who runs the form service at "
                            f"{options['form_action']!r}, e.g. 'Google Forms của Ủy ban MTTQ xã'")
    return options


def mailto(email, subject="", body=""):
    """``mailto:`` address with ``subject`` and ``body`` (RFC 6068: %20 for spaces, CRLF lines)."""
    fields = []
    if subject:
        fields.append("subject=" + quote(" ".join(str(subject).split()), safe=""))
    if body:
        text = "\r\n".join(str(body).splitlines())
        fields.append("body=" + quote(text, safe=""))
    return f"mailto:{email}" + ("?" + "&".join(fields) if fields else "")


def tel(phone):
    """``tel:`` form of a phone number as officers write it ("0236 3846 123")."""
    return "".join(c for c in str(phone) if c.isdigit() or c == "+")


def provide(generator):
    # generator_init: each generator's Jinja env exists; the options are checked once per generator.
    settings = generator.settings
    options = load_options(settings)
    generator.env.filters["mailto"] = mailto
    generator.context["feedback"] = {
        **options,
        "email": settings.get("PORTAL_EMAIL") or "",
        "phone": settings.get("PORTAL_PHONE") or "",
        "tel": tel(settings.get("PORTAL_PHONE") or ""),
    }


def register():
    signals.generator_init.connect(provide)
