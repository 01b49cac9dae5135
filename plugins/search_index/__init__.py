def register():
    # Pelican's adapter is imported when Pelican registers the plugin, not with the
    # package: the indexing process (``python -m search_index.indexer``) imports this
    # package first and needs neither Pelican nor the adapter (0.2 CPU s of imports).
    from .search_index import register as connect

    connect()
