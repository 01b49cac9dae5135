"""The officers' tools behind ``invoke`` (``tasks.py``): ``check`` (invoke check,
new), ``deploy`` (publish, rollback), ``preview`` (livereload), ``legacy_import``
(import-legacy).  Never Pelican plugins: Pelican does not load them."""
