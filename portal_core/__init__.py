"""Library code the Pelican plugins (``plugins/``) and the officers' tools
(``portal_tools``) share: ``settings`` (prefixed settings dicts merged and
checked), ``problems`` (content problems and the build's collector),
``workers`` (forked worker processes) and ``lifecycle`` (the one seam over
Pelican's private API: build state, read phase, incremental writer, the
preview's two passes).  Never a Pelican plugin."""
