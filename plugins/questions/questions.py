"""Hỏi đáp: residents' questions answered in public.

One Markdown file per question under ``content/<path>/`` (front matter: the
question, who asked it and when, who answered and when, an optional topic;
body: the answer; format in ``entries.py`` and the README).  Files are checked
like posts; problems go to the build's ``ProblemCollector`` (``build_state(context).problems``), which
``front_matter`` reports with every other problem before anything is written.
A question without an answer is never published: no page, no listing entry,
no feed item, no sitemap entry, no search record.

Pages written: ``QUESTIONS_SAVE_AS`` (every answered question, newest answer
first, paginated as ``PAGINATED_TEMPLATES["questions"]`` says), one page per
question (``QUESTION_SAVE_AS``, ``{slug}``), one paginated list per topic
(``QUESTIONS_TOPIC_SAVE_AS``); feeds ``QUESTIONS_FEED_STEM``.rss.xml / .atom.xml
(feedgen, through ``feeds.render``) when ``FEEDS["enabled"]`` and
``QUESTIONS["feed"]`` are on.

Settings read: ``QUESTIONS`` (dict, defaults in ``DEFAULTS``: ``path``, the
folder under content/; ``feed``); ``QUESTIONS_URL``/``_SAVE_AS``,
``QUESTION_URL``/``_SAVE_AS``, ``QUESTIONS_TOPIC_URL``/``_SAVE_AS``,
``QUESTIONS_FEED_STEM`` (defaults in ``URLS``); ``FEEDS``, ``MARKDOWN``,
``SITEURL``, ``PUBLISH_SITEURL``, ``SITENAME``, ``PORTAL_COMMITTEE``,
``PORTAL_EMAIL``, ``DEFAULT_LANG``, ``RELATIVE_URLS``.
Template variables provided, on the Q&A pages: ``question`` (a ``Question``)
and ``last_change`` (its answer date, for the sitemap) on its page; ``questions_topic`` (a ``Topic`` or None) and Pelican's
``articles_page`` / ``articles_paginator`` (of ``Question``s) on the lists;
``questions_topics`` (every ``Topic``), ``questions_feed_links`` (the feeds,
as ``feeds`` makes them; empty when off) on all of them.
``QuestionsGenerator.search_records()`` gives the answered questions to the
search index (kind "Hỏi đáp").
"""

import logging
import os
from urllib.parse import urlsplit

from markdown import Markdown
from markupsafe import Markup, escape
from pelican import signals
from pelican.generators import Generator

from feeds.feeds import absolute_links, link_list, load_options as feed_options, moment, plain, tag_uri
from feeds.render import FORMATS, render_within
from front_matter.rules import ContentProblem
from portal_core.settings import SettingsError, absolute_siteurl, check_bools, merge
from portal_core.lifecycle import build_state
from portal_core.files import write_if_changed
from safe_html.safe_html import checked_body

from .entries import duplicate_slugs, group_topics, newest_first, read_question

logger = logging.getLogger(__name__)

DEFAULTS = {
    "path": "hoi-dap",  # folder under content/ holding one Markdown file per question
    "feed": True,  # RSS and Atom of the answers (when FEEDS["enabled"])
}
URLS = {
    "QUESTIONS_URL": "hoi-dap/",
    "QUESTIONS_SAVE_AS": "hoi-dap/index.html",
    "QUESTION_URL": "hoi-dap/{slug}/",
    "QUESTION_SAVE_AS": "hoi-dap/{slug}/index.html",
    "QUESTIONS_TOPIC_URL": "hoi-dap/chu-de/{slug}/",
    "QUESTIONS_TOPIC_SAVE_AS": "hoi-dap/chu-de/{slug}/index.html",
    "QUESTIONS_FEED_STEM": "feeds/hoi-dap",
}
KIND = "Hỏi đáp"


def load_options(settings):
    options = merge(settings, "QUESTIONS", DEFAULTS)
    check_bools(options, "QUESTIONS", ["feed"])
    if not isinstance(options["path"], str) or not options["path"].strip("/"):
        raise SettingsError("QUESTIONS['path'] must be a folder under content/, e.g. 'hoi-dap'")
    return options


def urls(settings):
    return {key: settings.get(key) or default for key, default in URLS.items()}


def markdown_converter(settings):
    config = dict(settings["MARKDOWN"])
    config["extensions"] = [e for e in config.get("extensions", []) if e != "markdown.extensions.meta"]
    for name in config.get("extension_configs", {}):
        if name not in config["extensions"]:
            config["extensions"].append(name)
    return Markdown(**config)


def question_html(question):
    """The question's paragraphs as HTML (plain text escaped)."""
    return Markup("".join(f"<p>{escape(p)}</p>" for p in question.paragraphs))


def search_record(question):
    """The search index's record of one answered question (see the shared design)."""
    meta = {"Người hỏi": question.asker + (f", {question.village}" if question.village else ""),
            "Người trả lời": question.answered_by + (f", {question.position}" if question.position else "")}
    if question.topic_name:
        meta["Chủ đề"] = question.topic_name
    return {
        "url": f"/{question.url}",  # site-relative: search_index maps it to the saved page
        "title": question.title,
        "date": question.answered,
        "kind": KIND,
        "lead_html": str(question_html(question)),
        "body_html": str(question_html(question)) + question.answer_html,
        "meta": meta,
    }


def feed_item(question, base, host):
    return {
        "title": question.title,
        "url": f"{base}/{question.url}",
        "id": tag_uri(host, question.answered, question.url),
        "published": moment(question.answered),
        "updated": moment(question.answered),
        "authors": [question.answered_by],
        "categories": [KIND] + ([question.topic_name] if question.topic_name else []),
        "summary": plain(question_html(question)),
        "content": absolute_links(str(question_html(question)) + question.answer_html, base),
        "enclosure": None,
    }


class QuestionsGenerator(Generator):
    """Reads and checks the questions (``generate_context``), writes their pages and feeds."""

    search_kinds = (KIND,)  # what search_index offers in the search page's "Loại" filter

    def generate_context(self):
        self.options = load_options(self.settings)
        self.urls = urls(self.settings)
        folder = os.path.join(self.path, self.options["path"])
        questions, problems, unanswered = [], [], 0
        converter = None
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            for name in sorted(names):
                if name.startswith("."):
                    continue
                path = os.path.join(root, name)
                shown = os.path.relpath(path)
                if not name.endswith((".md", ".markdown")):
                    problems.append(ContentProblem(shown, 1, "tệp này không phải tệp câu hỏi (.md)",
                                                   "đổi tên tệp cho có đuôi .md, hoặc chuyển tệp ra khỏi thư mục hỏi đáp"))
                    continue
                with open(path, "rb") as handle:
                    question, found, answered = read_question(handle.read(), shown)
                problems.extend(found)
                unanswered += not answered
                if question is None:
                    continue
                converter = converter or markdown_converter(self.settings)
                converter.reset()
                found, question.answer_html = checked_body(converter.convert(question.body), path, self.settings)
                problems.extend(found)
                question.url = self.urls["QUESTION_URL"].format(slug=question.slug)
                question.save_as = self.urls["QUESTION_SAVE_AS"].format(slug=question.slug)
                questions.append(question)
        problems.extend(duplicate_slugs(questions))
        build_state(self.context).problems.extend(problems)
        self.questions = newest_first(questions)
        self.topics = group_topics(self.questions)
        for topic in self.topics:
            topic.url = self.urls["QUESTIONS_TOPIC_URL"].format(slug=topic.slug)
            topic.save_as = self.urls["QUESTIONS_TOPIC_SAVE_AS"].format(slug=topic.slug)
        if unanswered:
            logger.info("questions: %d question(s) not answered yet, not published", unanswered)
        self.feeds_on = self.options["feed"] and feed_options(self.settings)["enabled"] and bool(self.questions)
        siteurl = self.settings.get("SITEURL", "")
        self.feed_links = (link_list(siteurl, self.urls["QUESTIONS_FEED_STEM"], f"Hỏi đáp — {self.settings['SITENAME']}")
                           if self.feeds_on else [])

    def search_records(self):
        """Every answered question as a search record (kind "Hỏi đáp"), newest first."""
        return [search_record(question) for question in self.questions]

    def generate_output(self, writer):
        relative = self.settings.get("RELATIVE_URLS", False)
        shared = {"questions_topics": self.topics, "questions_feed_links": self.feed_links}
        page = self.get_template("question")
        for question in self.questions:
            writer.write_file(question.save_as, page, self.context, relative_urls=relative,
                              question=question, last_change=question.answered, **shared)
        listing = self.get_template("questions")
        lists = [(self.urls["QUESTIONS_SAVE_AS"], self.urls["QUESTIONS_URL"], None, self.questions)]
        lists += [(t.save_as, t.url, t, t.questions) for t in self.topics]
        for save_as, url, topic, questions in lists:
            writer.write_file(save_as, listing, self.context, relative_urls=relative,
                              paginated={"articles": questions}, template_name="questions", url=url,
                              questions_topic=topic, **shared)
        self._write_feeds()

    def _write_feeds(self):
        stem = self.urls["QUESTIONS_FEED_STEM"]
        paths = [os.path.join(self.output_path, f"{stem}.{fmt}.xml") for fmt in FORMATS]
        if not self.feeds_on:
            for path in paths:
                if os.path.exists(path):
                    os.remove(path)
            return
        base = absolute_siteurl(self.settings)
        host = urlsplit(self.settings.get("PUBLISH_SITEURL") or base).netloc or urlsplit(base).netloc
        limit = feed_options(self.settings)["max_items"]
        items = [feed_item(q, base, host) for q in self.questions[:limit]]
        channel = {
            "title": f"Hỏi đáp — {self.settings['SITENAME']}",
            "description": f"Câu hỏi của Nhân dân và trả lời của {self.settings.get('PORTAL_COMMITTEE') or self.settings['SITENAME']}",
            "language": self.settings.get("DEFAULT_LANG") or "vi",
            "publisher": self.settings.get("PORTAL_COMMITTEE") or self.settings["SITENAME"],
            "email": self.settings.get("PORTAL_EMAIL") or "",
            "page": f"{base}/{self.urls['QUESTIONS_URL']}",
            "urls": {fmt: f"{base}/{stem}.{fmt}.xml" for fmt in FORMATS},
            "updated": items[0]["updated"],
        }
        for fmt, path in zip(FORMATS, paths):
            data, _ = render_within(channel, items, fmt, feed_options(self.settings)["max_bytes"])
            write_if_changed(path, data)


def get_generators(pelican_object):
    # get_generators: the only way to add a generator of our own to the build.
    return QuestionsGenerator


def content_folder(settings):
    """The folder under ``PATH`` this section reads (content_files: its Markdown is not stray)."""
    return load_options(settings)["path"].strip("/")


def register():
    signals.get_generators.connect(get_generators)
