"""Library code the Pelican plugins (``plugins/``) and the officers' tools
(``portal_tools``) share: ``settings`` (prefixed settings dicts merged and
checked), ``workers`` (forked worker processes).  Never a Pelican plugin."""
