/* Tìm kiếm: the search page's script. Queries the Pagefind bundle that
   plugins/search_index writes at <site>/pagefind/ (pagefind.js, the low-level
   API), and shows title, date, category and an excerpt with the matches marked;
   a record of another section (a document: kind "Văn bản") shows its kind and
   its details line (number, date issued) instead of the category.

   Vietnamese without diacritics: Pagefind folds tone marks itself, and the
   index files each đ-word under its d-spelling too (plugins/search_index/
   merge.py), so "dang" finds "Đảng". A query typed with diacritics runs
   first with exactDiacritics (exact matches first), then folded; within each,
   pages holding a multi-word query as a phrase come first. */
(function () {
  "use strict";

  var root = document.querySelector("[data-search]");
  if (!root) { return; }

  var PAGE_SIZE = 10;
  var EXCERPT_WORDS = 32;
  var MIN_LIVE_LENGTH = 2;

  var form = root.querySelector("[data-search-form]");
  var input = root.querySelector("[data-search-input]");
  var category = root.querySelector("[data-search-category]");
  var year = root.querySelector("[data-search-year]");
  var kind = root.querySelector("[data-search-kind]");
  var status = root.querySelector("[data-search-status]");
  var list = root.querySelector("[data-search-results]");
  var more = root.querySelector("[data-search-more]");
  var help = root.querySelector("[data-search-help]");
  var headerInput = document.getElementById("ct-search-q");

  // The bundle lives beside the site root, which may be a sub-path in publish builds;
  // only the path is kept so the page also works when served from another host.
  var siteRoot = new URL(root.getAttribute("data-search-root") || "/", window.location.href).pathname;
  if (siteRoot.slice(-1) !== "/") { siteRoot += "/"; }

  var pagefindPromise = null;
  var running = Promise.resolve();
  var generation = 0;
  var shown = { results: [], count: 0, query: null };

  // Letters and digits of Latin script (Vietnamese included) and the combining marks.
  // Plain ranges, not \p{…}: an old phone's browser must still parse this file
  // and tell its reader that search is unavailable.
  var LETTERS = "0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF";
  var EDGES = new RegExp("^([^" + LETTERS + "]*)(.*?)([^" + LETTERS + "]*)$");

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  function core(word) {
    // [leading punctuation, the word, trailing punctuation]
    var match = EDGES.exec(word);
    return [match[1], match[2], match[3]];
  }

  function importModule(url) {
    // `import()` stays out of the parsed source for the same reason: where it is
    // missing, this throws when called, and the page says search is unavailable.
    try {
      return new Function("url", "return import(url)")(url);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  function loadPagefind() {
    if (!pagefindPromise) {
      pagefindPromise = importModule(siteRoot + "pagefind/pagefind.js").then(function (pagefind) {
        return pagefind.options({
          noWorker: true, // one file less to download; a commune's index searches in milliseconds
          ranking: { metaWeights: { title: 5 } }
        }).then(function () { return pagefind.init(); }).then(function () { return pagefind; });
      });
      pagefindPromise.catch(function () { pagefindPromise = null; });
    }
    return pagefindPromise;
  }

  function currentFilters() {
    var filters = {};
    var cat = category && category.selectedOptions[0];
    if (cat && cat.value) { filters.category = cat.getAttribute("data-name"); }
    if (year && year.value) { filters.year = year.value; }
    if (kind && kind.value) { filters.kind = kind.value; }
    return filters;
  }

  function searchIds(pagefind, term, exact, filters) {
    return pagefind.options({ exactDiacritics: exact }).then(function () {
      return pagefind.search(term, { filters: filters });
    }).then(function (search) { return (search && search.results) || []; });
  }

  // Every page found, in tiers: with diacritics typed, exact-diacritic matches
  // before folded ones; within each, pages holding the words as a phrase first;
  // within a tier, Pagefind's own ranking. Each page once, remembering whether its
  // match was exact (its excerpt then marks the exact words only).
  function rankedResults(pagefind, query, filters) {
    var multiword = query.indexOf(" ") > 0;
    var levels = fold(query) !== query.toLowerCase() ? [true, false] : [false];
    var seen = {};
    var ranked = [];
    return levels.reduce(function (chain, exact) {
      return chain.then(function () {
        return searchIds(pagefind, query, exact, filters);
      }).then(function (words) {
        var phrase = multiword ? searchIds(pagefind, "\"" + query + "\"", exact, filters) : Promise.resolve([]);
        return phrase.then(function (inPhrase) {
          var isPhrase = {};
          var isWords = {};
          inPhrase.forEach(function (result) { isPhrase[result.id] = true; });
          words.forEach(function (result) { isWords[result.id] = true; });
          var order = words.filter(function (r) { return isPhrase[r.id]; })
            .concat(inPhrase.filter(function (r) { return !isWords[r.id]; }))
            .concat(words.filter(function (r) { return !isPhrase[r.id]; }));
          order.forEach(function (result) {
            if (!seen[result.id]) {
              seen[result.id] = true;
              ranked.push({ result: result, exact: exact });
            }
          });
        });
      });
    }, Promise.resolve()).then(function () { return ranked; });
  }

  function matcher(query, exact) {
    var keys = query.split(" ").map(function (word) {
      var key = core(word)[1];
      return exact ? key.toLowerCase() : fold(key);
    }).filter(Boolean);
    return function (word) {
      var key = core(word)[1];
      if (!key) { return false; }
      key = exact ? key.toLowerCase() : fold(key);
      return keys.some(function (k) { return key.indexOf(k) === 0; });
    };
  }

  function appendWords(parent, words, isMatch) {
    words.forEach(function (word, i) {
      if (i > 0) { parent.appendChild(document.createTextNode(" ")); }
      if (!isMatch(word)) {
        parent.appendChild(document.createTextNode(word));
        return;
      }
      var parts = core(word);
      var mark = document.createElement("mark");
      mark.textContent = parts[1];
      parent.appendChild(document.createTextNode(parts[0]));
      parent.appendChild(mark);
      parent.appendChild(document.createTextNode(parts[2]));
    });
  }

  // The EXCERPT_WORDS-word window of the article with the most matches.
  function excerptWindow(words, isMatch) {
    var hits = words.map(function (word) { return isMatch(word) ? 1 : 0; });
    var size = Math.min(EXCERPT_WORDS, words.length);
    var count = 0;
    var best = 0;
    var bestCount = -1;
    for (var i = 0; i < words.length; i += 1) {
      count += hits[i];
      if (i >= size) { count -= hits[i - size]; }
      if (i >= size - 1 && count > bestCount) {
        bestCount = count;
        best = i - size + 1;
      }
    }
    // Start a few words before the first match so it reads in context.
    if (bestCount > 0) {
      var first = hits.indexOf(1, best);
      best = Math.max(0, Math.min(best, first - 4));
    }
    return { start: best, end: Math.min(words.length, best + size) };
  }

  function formatDate(iso) {
    var parts = (iso || "").split("-");
    return parts.length === 3 ? parts[2] + "/" + parts[1] + "/" + parts[0] : "";
  }

  function renderResult(data, query, exact) {
    var isMatch = matcher(query, exact);
    var item = document.createElement("li");
    item.className = "ct-search__result";

    var heading = document.createElement("h2");
    heading.className = "ct-search__result-title";
    var link = document.createElement("a");
    link.href = data.url;
    appendWords(link, (data.meta.title || data.url).split(/\s+/), isMatch);
    heading.appendChild(link);
    item.appendChild(heading);

    var filters = data.filters || {};
    var iso = (filters.date || [])[0];
    var meta = document.createElement("p");
    meta.className = "ct-search__result-meta";
    if (iso) {
      var time = document.createElement("time");
      time.dateTime = iso;
      time.textContent = formatDate(iso);
      meta.appendChild(time);
    }
    var details = data.meta.details;
    var cat = (filters.category || [])[0];
    if (details) {
      // Another section's record: its kind and details say more than a date ("Số/ký hiệu: …").
      meta.textContent = ((filters.kind || [])[0] || "") + " · " + details;
    } else if (cat) {
      meta.appendChild(document.createTextNode((iso ? " · " : "") + "Chuyên mục: " + cat));
    }
    item.appendChild(meta);

    var words = (data.content || "").split(/\s+/).filter(Boolean);
    if (words.length) {
      var span = excerptWindow(words, isMatch);
      var excerpt = document.createElement("p");
      excerpt.className = "ct-search__result-excerpt";
      if (span.start > 0) { excerpt.appendChild(document.createTextNode("… ")); }
      appendWords(excerpt, words.slice(span.start, span.end), isMatch);
      if (span.end < words.length) { excerpt.appendChild(document.createTextNode(" …")); }
      item.appendChild(excerpt);
    }
    return item;
  }

  function describeFilters(filters) {
    var parts = [];
    if (filters.category) { parts.push("chuyên mục “" + filters.category + "”"); }
    if (filters.year) { parts.push("năm " + filters.year); }
    if (filters.kind) { parts.push("loại “" + filters.kind + "”"); }
    return parts.length ? ", trong " + parts.join(", ") : "";
  }

  function say(message) {
    status.textContent = message;
  }

  function showPage(from, token) {
    var slice = shown.results.slice(from, from + PAGE_SIZE);
    return Promise.all(slice.map(function (entry) { return entry.result.data(); })).then(function (all) {
      if (token !== generation) { return null; }
      var firstNew = null;
      all.forEach(function (data, i) {
        var item = renderResult(data, shown.query, slice[i].exact);
        list.appendChild(item);
        firstNew = firstNew || item;
      });
      list.hidden = !list.children.length;
      more.hidden = list.children.length >= shown.results.length;
      return firstNew;
    });
  }

  function updateUrl(query) {
    var params = new URLSearchParams();
    if (query) { params.set("q", query); }
    if (category && category.value) { params.set("chuyen-muc", category.value); }
    if (year && year.value) { params.set("nam", year.value); }
    if (kind && kind.value) { params.set("loai", kind.value); }
    var search = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
  }

  function cleanQuery(text) {
    return (text || "").normalize("NFC").replace(/["“”]/g, " ").replace(/\s+/g, " ").trim();
  }

  function run(rawQuery) {
    var query = cleanQuery(rawQuery);
    var filters = currentFilters();
    var token = (generation += 1);
    updateUrl(query);
    if (headerInput && headerInput.value !== rawQuery) { headerInput.value = rawQuery; }
    if (!query) {
      list.textContent = "";
      list.hidden = true;
      more.hidden = true;
      help.hidden = true;
      say("");
      return Promise.resolve();
    }
    root.setAttribute("aria-busy", "true");
    running = running.then(function () {
      if (token !== generation) { return null; }
      return loadPagefind().then(function (pagefind) {
        return rankedResults(pagefind, query, filters);
      }).then(function (ranked) {
        if (token !== generation) { return null; }
        shown = { results: ranked, count: ranked.length, query: query };
        list.textContent = "";
        return showPage(0, token).then(function () {
          if (token !== generation) { return; }
          var where = describeFilters(filters);
          var noun = filters.kind && filters.kind !== "Tin tức" ? filters.kind.toLowerCase() : "bài viết";
          if (!ranked.length) {
            say("Không tìm thấy " + noun + " nào có “" + query + "”" + where + ".");
            help.hidden = false;
          } else {
            say("Tìm thấy " + ranked.length + " " + noun + " có “" + query + "”" + where + ".");
            help.hidden = true;
          }
        });
      }).catch(function () {
        if (token !== generation) { return; }
        list.textContent = "";
        list.hidden = true;
        more.hidden = true;
        help.hidden = false;
        say("Chưa tải được bộ tìm kiếm. Xin thử lại sau, hoặc tìm tin theo ngày đăng và chuyên mục.");
      }).then(function () {
        if (token === generation) { root.removeAttribute("aria-busy"); }
      });
    });
    return running;
  }

  var liveTimer = null;
  function runSoon() {
    window.clearTimeout(liveTimer);
    liveTimer = window.setTimeout(function () {
      var query = cleanQuery(input.value);
      if (!query || query.length >= MIN_LIVE_LENGTH) { run(input.value); }
    }, 350);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(liveTimer);
    run(input.value);
  });
  input.addEventListener("input", runSoon);
  input.addEventListener("focus", function () { loadPagefind().catch(function () {}); }, { once: true });
  [category, year, kind].forEach(function (select) {
    if (select) { select.addEventListener("change", function () { run(input.value); }); }
  });
  more.addEventListener("click", function () {
    var token = generation;
    var from = list.children.length;
    showPage(from, token).then(function (firstNew) {
      if (!firstNew) { return; }
      say("Đang hiện " + list.children.length + " trong " + shown.count + " bài viết tìm thấy.");
      firstNew.querySelector("a").focus();
    });
  });

  if (!window.fetch || !window.URLSearchParams || !window.WebAssembly || !String.prototype.normalize) {
    say("Trình duyệt này chưa dùng được chức năng tìm kiếm.");
    help.hidden = false;
    return;
  }

  // Start from the address: the header's form sends ?q=…
  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  if (category && params.get("chuyen-muc")) { category.value = params.get("chuyen-muc"); }
  if (year && params.get("nam")) { year.value = params.get("nam"); }
  if (kind && params.get("loai")) { kind.value = params.get("loai"); }
  form.hidden = false;
  root.setAttribute("data-search-ready", "");
  if (cleanQuery(input.value)) { run(input.value); }
}());
