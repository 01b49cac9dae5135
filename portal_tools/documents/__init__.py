"""Documents ("Văn bản"): the officers' tools behind ``invoke new-van-ban`` (a prefilled
draft) and ``invoke import-van-ban`` (a .csv/.xlsx list added in bulk). They check with
the van_ban plugin's own rules, so what they write is what the build accepts."""
