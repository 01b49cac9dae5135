"""Python's cyclic garbage collector kept off the content a build has read.

A build reads every post once and keeps it (and its categories, tags, lists of
related posts…) until the build ends.  Python's collector walks every object it
tracks at each full collection, and a build makes enough new objects to start
several: at 10,000 posts four to six full collections of 60,000–280,000 objects,
about 0.5 s of CPU in all, each finding nothing to free.  ``hold_read_content``
moves what is alive into the collector's permanent generation (``gc.freeze``)
once the posts are read (``article_generator_pretaxonomy``) and again once every
generator has read its content (``all_generators_finalized``), so collections
walk only the objects made after.  Reference counting still frees what a build
drops; only cycles among held objects wait.  At the end of the build, even a
failed one, they are released (``gc.unfreeze``), so a process that builds again
(tests, a preview) collects the last build's cycles.

The automatic collections are also off in the build process while it runs
(``gc.disable``): even walking only the young objects, the build's own
process spent some 0.6 CPU s of a 10,000-post rebuild (one post edited) in
about 900 collections — each object the build keeps is walked once as young,
once as older, and again at each full collection of what is not frozen —
and they found some 2,000 objects to free in all (the build keeps what it
makes until it ends).  Reference counting frees everything else as before;
the collections resume at the end (or are left off when something else had
turned them off).  The work spread by ``portal_core.workers.fork_map``
(Markdown, documents, page rendering: templates make cycles at every page)
runs with them on, in this process's share as in the forked workers.

``portal_core.workers.fork_map`` freezes too (its forked children then leave the
inherited objects alone) and leaves a hold it finds in place.
"""

import gc


def _hold(*args, **kwargs):
    gc.freeze()


def hold_read_content(pelican_object):
    """Make ``pelican_object.run()`` hold what it has read from the collector
    until it returns (wraps ``run`` on this instance, as ``stamp`` does)."""
    from pelican import signals

    run = pelican_object.run

    def held_run():
        if gc.get_freeze_count():  # someone else holds objects: leave their hold alone
            return run()
        collecting = gc.isenabled()
        gc.disable()
        signals.article_generator_pretaxonomy.connect(_hold)
        signals.all_generators_finalized.connect(_hold)
        try:
            return run()
        finally:
            signals.article_generator_pretaxonomy.disconnect(_hold)
            signals.all_generators_finalized.disconnect(_hold)
            gc.unfreeze()
            if collecting:
                gc.enable()

    pelican_object.run = held_run
