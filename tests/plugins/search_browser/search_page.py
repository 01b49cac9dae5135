"""The search page as the header's form uses it: open ``?q=…``, wait, read the results."""

from urllib.parse import quote


def wait_for_status(page):
    page.wait_for_function(
        "() => { const s = document.querySelector('[data-search-status]');"
        " return s && s.textContent.trim() && !document.querySelector('[data-search][aria-busy]'); }",
        timeout=15000,
    )
    return page.text_content("[data-search-status]").strip()


def search(page, base, query, path="/tim-kiem/", **params):
    """Open the search page as the header's form does (GET ?q=…); return (status, results)."""
    url = f"{base}{path}?q={quote(query)}" + "".join(f"&{k}={quote(v)}" for k, v in params.items())
    page.goto(url)
    status = wait_for_status(page)
    results = page.eval_on_selector_all(
        ".ct-search__result",
        """items => items.map(li => ({
            title: li.querySelector('h2 a').textContent,
            href: li.querySelector('h2 a').getAttribute('href'),
            meta: li.querySelector('.ct-search__result-meta').textContent,
            excerpt: (li.querySelector('.ct-search__result-excerpt') || {}).textContent || '',
            marks: [...li.querySelectorAll('mark')].map(m => m.textContent),
        }))""",
    )
    return status, results


def titles(results):
    return [r["title"] for r in results]


def pagefind_titles(page, base, query, exact=False, root="/"):
    """Titles of the pages the site's Pagefind bundle itself finds for ``query`` (in
    quotes: as a phrase), in its order, with ``exactDiacritics`` set to ``exact``:
    one tier of what the search page shows."""
    page.goto(f"{base}{root}tim-kiem/")
    return page.evaluate(
        """async ([root, query, exact]) => {
            const pagefind = await import(root + "pagefind/pagefind.js");
            await pagefind.options({ noWorker: true, exactDiacritics: exact });
            const search = await pagefind.search(query);
            const found = [];
            for (const result of search.results) { found.push((await result.data()).meta.title); }
            return found;
        }""",
        [root, query, exact],
    )
