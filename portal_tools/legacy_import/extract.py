"""Lines of a legacy page -> a ``LegacyArticle``: title, date, category, author, body.

The page is read the way an officer reads it, by structure rather than wording:

1. every line that is page furniture on its own (counters, toolbars, footers...)
   is marked by ``boilerplate.classify_line``;
2. the article body is the heaviest run of paragraph-like lines (long, or ending
   a sentence), runs being broken by the lines that end a page ("Tin khác",
   footer, comment box);
3. the title is the best heading-like line above that run: repeated, next to a
   date stamp, marked as the page heading, of title length, not a sentence;
4. date, category and byline are read only around the title and just after the
   body, so a date inside a paragraph (the day of the meeting) is never taken;
5. what follows the article (a bare-name or unit byline, then widgets) is cut, and
   repeated copies of the title, lead or whole article are dropped; a page that
   ends in the middle of a sentence keeps that last line;
6. with no printed date, the lead's event date (``dates.lead_date``) stands in,
   flagged ``date_from_text`` so the post stays a draft to confirm; a date the lead
   gives for a document it cites is never that date;
7. the shapes of a page decide the rest, never one portal's wording: a long line that
   ends no sentence heading the text is the title when nothing above reads as one; a run
   of place-first headlines or ellipsis-cut teasers inside the text is a news list; a
   caption above a tagged lead goes after it; a name with its unit, a degree, or the
   unit's line under the title, and a source credit naming a person, are bylines;
8. the page's frame is not the article (session 5, checked by putting real pages in
   other portals' frames: tests/bench/frames_legacy_import.py): the title is below the
   last sidebar box or contact block above the text, opens with a capital and is never
   a line that only names a unit ("Hội Nông dân tỉnh Bến Tre": the site's name); a date
   above the site's own furniture is its header clock; buttons around the title or after
   the last line change nothing; a unit signs on the article's last line whatever box
   follows it. A date the lead gives for what is still to come ("sẽ", "dự kiến") is no
   event date; a name stays a name with its accents ("Trọng Vy"), with its spaces lost
   ("H’Xiu ÊBan", "TrầnkimPhụng") or with a lower-case middle name before a role.
9. session 6, from the failures of a batch read blind, as classes: lower-case text without
   accents on an accented page is machine text (a photo's file name, keyword spam, button
   labels run together); a title ends with no full stop; a printed date months away from the
   day the lead opens with is a header clock; a person named with their role after a dash is
   a caption, never a title; a name in brackets closing the last paragraph signs it; a
   name-like line with a box's headlines under it heads that box and signs nothing; a stamp
   may share its line with counters, buttons and the section field.

10. session 7: two decisions are learned from the labelled real pages rather than written
   as rules (``roles``): which kept rows are furniture after all, and which short row after
   the text signs it when no rule found a byline. Measured on batches the rules had not seen
   yet (tests/bench/cv_legacy_history.py), they turn 68 of 102 pages fully right into 75.
11. session 9, from batch 11's failures: a quotation alone under the headline opens the text;
   a long first line whose first clause gives a dated day is a lead that lost its full stop; a
   heading run into the lead without a space is the page's label; a caption's length (rules.toml,
   ``[lengths]``) before a cut-off last line keeps both.
12. session 11, from batch 13's failures: one capitalised syllable alone on the article's last
   line, right under a paragraph that ends its sentence, is the writer's given name ("Hoài");
   under a byline or a credit it is a cut-off word; a name before a dash under the title is a
   writer with their unit, never a section label ("Minh Thu - Văn phòng HĐND-UBND").
13. session 11, issue 19's address idea: the page's address holds the title's slug (address.py);
   when nothing above the text reads as a title, the one line between the lead and the next
   paragraph that the slug spells is the title printed under the lead. The slug never makes the
   lead a title (measured: see address.py's commit).
14. session 12: the slug overrides a chosen title only for the one headline above it that it
   spells, with guards (``_title_the_address_names``); the chosen line stays as the text's first,
   unless it restates that headline after a few words of its own (a CMS's summary,
   ``_restates_title``): then it is a copy of the title.
15. session 12: on a page wrapped at a near-constant width whose paragraphs open, again and
   again, with their first words cut off on a short line of their own, each such line opens
   its paragraph whatever its length (``layout.unwrap``); a one-sentence summary the next
   paragraph restates after "Theo đó," stays as the first paragraph; a line longer than any
   headline whose first clause ends with the time of writing ("… năm nay,") is a lead; a name
   alone under a finished paragraph with only other articles' leads under it signs the article.
   Only text printed again from a sentence's start is a copy of the lead (a caption retelling the
   end of the lead's sentence is text of its own); a caption naming people with roles never heads
   its run as the title.
16. session 12, from batch 14's and batch 8's failures: writers joined by dashes sign, never a
   headline (``fields.several_writers``); the title printed again in capitals under it, wrapped
   or a word or two short, is a copy (``layout.title_in_capitals``, one rule for both); a short
   headline the lead opens with, and a line above a labelled view count, score as titles; the
   last piece of a browser's title line ("Site | Section | Title") is a copy of the title; a
   visitor counter's own stamp is no publication date.
17. session 31: a stored copy that opens below its headline (four in ten real copies print no title)
   opens at the lead or at the top photo's caption, which ``find_title`` then takes for the title on
   its length alone. When the address holds a headline's slug (six words or more, Vietnamese
   syllables: no id, hash or section name) and that line shares less than half its words with it,
   the line is the text's (``_another_headline_in_the_address``): no title, and a caption goes after
   the lead. The slug never makes a title here; it only says which line is not one. A chosen line
   unlike the slug with the one line the slug spells under it, above the text or opening it, is the
   site's banner over the headline: that line is the title (``_headline_under_a_banner``).

Input lines may carry the light marks ``html_to_lines`` writes (``# ``, ``## ``,
``- ``, ``*caption*``); plain-text pages simply have none.
"""

import difflib
import itertools
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import unquote, urlsplit

from . import boilerplate as bp
from .address import (address_slug, matches_slug, own_host, section_slugs, site_root, slug_opening, slug_prefix,
                      spelled_slugs, words_of)
from .dates import (TIME_OF_DAY, FoundDate, closing_bracketed_stamp, find_dates, has_edge_date, lead_date,
                    lead_day_month, parse_date_line, stamp_before_lead, strip_dates)
from .decode import fold
from .rules import opens_with_unit, rules
from .fields import (
    Byline,
    abbreviated_unit_signature,
    addresses_someone,
    bare_byline,
    closing_name,
    commune_name_alone,
    credited_caption,
    credited_person,
    cut_before_a_name,
    cut_inside_its_last_word,
    cut_to_a_letter,
    ends_sentence,
    is_caption,
    is_cms_account,
    is_person_name,
    is_roman_heading,
    is_section_label,
    is_source_credit,
    is_unit_name,
    label_value,
    last_word_cut,
    looks_like_label,
    map_category,
    names_person_with_role,
    organisation_signature,
    place_name,
    places_only,
    places_people,
    role_of_unit_signature,
    role_or_unit,
    scene_caption,
    writer_with_post,
    several_writers,
    unit_in_capitals_with_place,
    unit_in_sentence_case,
    vietnamese_syllable,
    without_degree,
    words,
    writers_joined_by_dash,
)
from .layout import (
    _SAPO_OPENER,
    RETOLD_SHARE,
    _SOURCE_TAG,
    CAPTION,
    ITEM_NUMBER,
    LETTERHEAD,
    PARAGRAPH,
    NUMBERED,
    POINTING_BACK,
    QUOTATION,
    SALUTATION,
    Row,
    announcing_colon,
    block_kind,
    bracketed,
    bracketed_caption,
    closing_formula,
    clusters,
    cites_a_document,
    cut_copy_of_the_next,
    dated_bare_byline,
    dated_lead_opening,
    document_heading_line,
    edge_date,
    find_title,
    flattened_table_cells,
    in_quoted_couplet,
    is_teaser,
    lead_told_once,
    letterhead,
    long_paragraph,
    neighbour,
    opening_day,
    opens_at_its_dated_hour,
    opens_with_its_hour_and_day,
    over_box_headings,
    over_contact_lines,
    place_and_day,
    prepare,
    purpose_clause,
    restated_below,
    section_number,
    sentence_like,
    signed_with_unit,
    teaser_of_the_text,
    text_key,
    title_in_capitals,
    title_evidence,
    title_text,
    two_sentences,
    updated_stamp,
    verse_above,
    verse_runs,
    view_count_below,
    without_closing_stop,
    worded_like_text,
)
from . import review, roles
from .procedures import field_name, procedure_record

logger = logging.getLogger(__name__)


# Warning codes (``format_report`` words them for the officer).
NO_TITLE = "no_title"
NO_DATE = "no_date"
NO_CATEGORY = "no_category"
UNMAPPED_CATEGORY = "unmapped_category"
NO_AUTHOR = "no_author"
CMS_AUTHOR = "cms_author"
EMPTY_BODY = "empty_body"
DATE_FROM_TEXT = "date_from_text"   # no printed date: the event date of the lead, to confirm

_DAY_CLAUSE_WORDS = 6   # "Tại hội nghị", "Cùng ngày 17/02/2016": an opening clause before the subject
_HEADER_REACH = 6       # lines above the title searched for category and date
_HEADER_FIELD_MAX_WORDS = 6   # a posting unit's name in the header's list of fields ("Ban Thông tin truyền thông")
_SENTENCE_AS_TITLE_MIN_WORDS = 25   # a headline typed as the lead's whole sentence, its stop included
_TABLE_ROW_MIN_BARS = 3   # a flattened table's row: three cells or more joined by bars
_CLOSING_FORMULA_REACH = 2   # the tail's lines a letter's closing formula may stand among, first of them
_HEADLINE_TAIL_MAX_WORDS = 8   # a headline's last line in capitals under the rest of it ("TẠI HUYỆN XUYÊN MỘC")
_GALLERY_HEADING_WORDS = 12   # "Một số hình ảnh tại ngày hội:" above a gallery's photo numbers
_QUOTATION_MAX_LINES = 6   # lines of a verse quoted in the text's tail, its opening line included
_SPELLED_TITLE_REACH = 4   # the text's first lines searched for the line its address spells
_REWORDED_TITLE_WORDS = 2   # words a summary adds to the title it words again
_TOLD_RUN = 4           # words in a row a caption after the text shares with the text it retells
_TOLD_MIN_WORDS = 6     # shorter lines (a name, a box's label) retell nothing


@dataclass(frozen=True)
class Block:
    """One unit of the article body, kept in page order."""

    kind: str
    text: str


@dataclass
class LegacyArticle:
    """What ``extract`` found on one legacy page."""

    title: str = ""
    date: datetime | None = None
    has_time: bool = False
    category: str | None = None
    raw_category: str | None = None
    author: str | None = None
    body_blocks: list[Block] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    legacy_url: str | None = None
    doubts: list = field(default_factory=list)   # review.Doubt: fields worth comparing with the old page

    @property
    def status(self) -> str:
        """``published`` only when everything the portal requires was found on the page."""
        ready = self.title and self.date and self.category and self.body_blocks
        return "published" if ready and DATE_FROM_TEXT not in self.warnings else "draft"

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.body_blocks]


class _Extraction:
    """Working state of one ``extract`` call (kept out of module scope on purpose)."""

    def __init__(self, rows, categories, legacy_url):
        self.rows = rows
        self.categories = list(categories or ())
        self.article = LegacyArticle(legacy_url=legacy_url)
        self.dates: list[tuple[int, FoundDate]] = []      # (priority, date); lower wins
        self.bylines: list[Byline] = []
        self.bare_author: str | None = None
        self.labels: list[tuple[int, str]] = []           # (priority, raw label)
        self.metadata: set[int] = set()
        self.duplicates: set[int] = set()
        self.after_article: set[int] = set()
        # captions a photo or a hand-over bounds, the list a line announces: the furniture model keeps them
        self.rule_kept: set[int] = set()
        self.between_title_copies: set[int] = set()   # the article's lines printed between two titles
        self.above_the_lead: int | None = None   # the line a copy opened below its headline opens with
        self.unnamed_top: int | None = None   # a first line read as no headline: the address names another
        self.lead_as_title = False                         # the title is a lead's sentence (read_header)
        self.header_day_clock: datetime | None = None      # a weekday and a day alone above the title (read_header)
        self.document_day: datetime | None = None   # the day of a document the page posts under its headline
        self.posted_document: set[int] = set()      # that document's header rows (_posted_document_header)

    # -- header -------------------------------------------------------------
    def read_header(self, title: int, body_start: int | None, *, title_dates: bool = True) -> None:
        """The lines around the title: dates, bylines, labels and copies of the title
        (``title_dates``: whether a date at the title's edge may be its stamp)."""
        title_key = text_key(self.article.title)
        if title_dates and has_edge_date(self.rows[title].text):
            self.dates.append((0, edge_date(self.rows[title].text)))
        self._read_above(title, title_key)
        self._read_below(title, title_key, body_start)
        # a lead's sentence typed as the headline ("Sáng ngày 27/11/2024, … năm 2024."): printed again
        # as the text, one copy that ends its sentence stays its first paragraph (build_blocks)
        # (with its full stop or without; or a sentence of a lead's length closed by its stop: "Sáng nay ngày
        # 21/01/2024 diễn ra Khai mạc Giải bóng đá nam chào mừng … nhiệm kỳ 2024-2029; chào xuân Giáp Thìn 2024.")
        self.lead_as_title = _dated_opening(self.rows[title].text) or (
            self.rows[title].text.rstrip().endswith(".") and words(self.rows[title].text) >= _SENTENCE_AS_TITLE_MIN_WORDS)
        if self.lead_as_title and body_start is not None:
            self.duplicates -= {k for k in self.duplicates if k > title}

    def _title_copy(self, index: int, title_key: str) -> bool:
        """Whether line ``index`` repeats the title (maybe with a date); noted if so."""
        row = self.rows[index]
        if not (row.content and text_key(strip_dates(row.text) or row.text) == title_key):
            return False
        self.duplicates.add(index)
        if has_edge_date(row.text):
            self.dates.append((0, edge_date(row.text)))
        return True

    def _title_in_capitals(self, k: int, title_key: str) -> bool:
        """Whether line ``k``, in capitals and maybe wrapped onto the next line in capitals, prints
        the title again under it with a word or two left out ("THÀNH PHỐ HÀ TIÊN BẦU CỬ ĐIỂM CHỨC
        DANH / TRƯỞNG KHU PHỐ I, …" under "Thành phố Hà Tiên tổ chức bầu cử điểm chức danh
        Trưởng Khu phố I, …"): its words are the title's, in order; noted if so."""
        def capitals(m: int) -> bool:
            row = self.rows[m]
            return row.content and row.text.isupper()
        if not capitals(k):
            return False
        lines = [k]
        m = next((m for m in range(k + 1, len(self.rows)) if not self.rows[m].blank), None)
        if m is not None and capitals(m):
            lines.append(m)
        title = title_key.split()
        for n in range(len(lines), 0, -1):
            copy = " ".join(text_key(self.rows[i].text) for i in lines[:n]).split()
            if title_in_capitals(copy, title):
                self.duplicates.update(lines[:n])
                return True
        return False

    def _read_above(self, title: int, title_key: str) -> None:
        """Upwards: duplicates of the title, date stamps, the category label, breadcrumb."""
        rows = self.rows
        seen = 0
        label_open = True
        j = title - 1
        while j >= 0 and seen < _HEADER_REACH:
            row = rows[j]
            j -= 1
            if row.blank:
                continue
            seen += 1
            if self._title_copy(j + 1, title_key):
                continue
            if row.date is not None:
                counter = next((r for r in reversed(rows[:j + 1]) if not r.blank), None)
                if counter is not None and counter.kind == bp.COUNTER:
                    # the visitor counter's own stamp under its numbers ("Tất cả: …" / "Cập nhật lúc: …")
                    break
                day_clock = (not row.date.has_time and _DAY_CLOCK.fullmatch(fold(row.text).strip())) or (
                    _WORDED_DAY_CLOCK.fullmatch(fold(row.text).strip()))
                if day_clock and counter is not None and (
                        counter.kind in (bp.FOOTER, bp.MENU) or bp.is_upper_line(counter.text)):
                    # the banner's day clock under the site's name in capitals ("XÃ TÂN QUY TÂY" / "THÀNH PHỐ SA ĐÉC" /
                    # "Thứ bảy, 02/07/2022"), the day the page was viewed, over the headline: no stamp of the article
                    self.metadata.add(j + 1)
                    break
                if day_clock:
                    self.header_day_clock = row.date.value   # maybe the header's clock: the lead may tell (check_stamp…)
                self.dates.append((3 + updated_stamp(row.text), row.date))
                self.metadata.add(j + 1)
                self._section_beside_stamp(row.text)
                continue
            if row.byline is not None:
                self.take_byline(j + 1, priority=3)
                continue
            if row.kind == bp.BREADCRUMB:
                stamp = closing_bracketed_stamp(row.text)
                if stamp is not None:
                    # the page's stamp in brackets after the path ("Trang chủ >> Quản lý khoa học   (26-12-2019)")
                    self.dates.append((3, stamp[1]))
                crumbs = [_without_title_at_its_end(c, title_key) for c in bp.breadcrumb_parts(row.text)]
                crumbs = [c for c in crumbs if c]
                for depth, crumb in enumerate(reversed(crumbs)):
                    self.labels.append((2 + depth, crumb))
                self.metadata.add(j + 1)
                break
            if row.kind in (bp.VIEWS, bp.TOOLBAR):
                continue
            if row.kind is not None:
                break
            if is_unit_name(row.text):
                if seen == 1 and self._kicker_under_stamp(j + 1):
                    continue
                break   # the site's name in its header: a clock above it is not the article's date
            explicit = label_value(row.text)
            if explicit:
                self.labels.append((0, explicit))
                self.metadata.add(j + 1)
                continue
            if label_open and (looks_like_label(row.text) or (
                    seen == 1 and words(row.text) <= _LABEL_MAX_WORDS and not ends_sentence(row.text)
                    and not any(ch.isdigit() for ch in row.text)
                    and map_category(row.text, self.categories))) and not is_person_name(row.text):
                self.labels.append((1, row.text))
                self.metadata.add(j + 1)
                label_open = False
                continue
            if label_open and self.label_with_date(j + 1):
                label_open = False
                continue
            self._keep_text_between_title_copies(j + 1, title_key)
            break

    def _kicker_under_stamp(self, k: int) -> bool:
        """Whether row ``k``, right above the headline, is its kicker naming the unit and its place as typed
        ("Đoàn xã Trung Sơn, huyện Đô Lương") under the article's stamp with its clock ("Thứ Ba, 10/09/2019, 09:51
        [GMT+7]"): a news portal's over-title, not the site's name in its header, whose clock tells no article's day."""
        row = self.rows[k]
        above = neighbour(self.rows, k, -1)
        return "," in row.text and not bp.is_upper_line(row.text) and above is not None and (
            self.rows[above].date is not None and self.rows[above].date.has_time)

    def _keep_text_between_title_copies(self, k: int, title_key: str) -> None:
        """A sentence of the article's (its top photo's caption) printed between two copies of
        the title ("Nông dân …" / "Bí thư Tỉnh ủy … tham quan …, huyện Chợ Lách." / "Nông dân …"
        over its stamp): the text's, kept (``_lead_first`` puts a caption after the lead)."""
        copy = next((m for m in range(k - 1, max(-1, k - 1 - _HEADER_REACH), -1)
                     if self.rows[m].content and text_key(self.rows[m].text) == title_key), None)
        if copy is None:
            return
        between = [m for m in range(copy + 1, k + 1) if self.rows[m].content]
        if between and all(self.rows[m].kind is None and (names_person_with_role(self.rows[m].text) or (
                ends_sentence(self.rows[m].text) and words(self.rows[m].text) >= 12)) for m in between):
            for m in between:
                self.rows[m].keep = True
            self.rule_kept.update(between)
            self.between_title_copies.update(between)
            self.duplicates.add(copy)

    def _section_beside_stamp(self, text: str) -> None:
        """"15/04/2024 10:20 | Chuyên mục: Tin tức": the section printed beside the stamp."""
        for piece in re.split(r"\s*[|•]\s*", text):
            value = label_value(piece.strip())
            if value:
                self.labels.append((0, value))

    def _read_below(self, title: int, title_key: str, body_start: int | None) -> None:
        """Downwards, up to the first paragraph: stamps, bylines, copies of the title."""
        rows = self.rows
        end = body_start if body_start is not None else len(rows)
        first_text = True
        headline_above = bp.is_upper_line(rows[title].text)   # the headline in capitals, or its copy, right above
        self._posted_document_header(title, end)
        for k in range(title + 1, len(rows)):
            row = rows[k]
            if k in self.posted_document:
                continue   # the document's own text (_posted_document_header)
            if first_text and row.content and self._document_kind(k):
                # a posted document's kind over its name ("THÔNG BÁO" / "Lịch tiếp công dân …", the headline's words
                # again maybe): the document's own heading, kept as its text
                named = {k, neighbour(rows, k, 1)}
                self.posted_document |= named
                self.duplicates -= named
                first_text = False
                continue
            if row.blank or k in self.duplicates:
                continue   # (a headline's own next line, already read as part of it: "TẠI HUYỆN XUYÊN MỘC")
            if self._title_copy(k, title_key):
                headline_above = bp.is_upper_line(row.text)
                continue
            if first_text and self._title_in_capitals(k, title_key):
                continue
            if first_text and row.content and _title_after_site_name(row.text, self.article.title):
                # the headline printed alone under a title that carries the site's name before it ("Trường THCS Ngô
                # Gia Tự – HOẠT ĐỘNG SINH HOẠT CHUYÊN MÔN CỤM TRƯỜNG" / "HOẠT ĐỘNG …"): a copy, not the text's first
                self.duplicates.add(k)
                continue
            if first_text and row.content and _title_cut_short(row.text, title_key):
                # the headline printed again under it without its last words, in sentence case ("CHƠN THÀNH: GIAO LƯU
                # VĂN HÓA- THỂ THAO … NĂM 2023" / "CHƠN THÀNH: Giao lưu văn hóa- thể thao …"): a copy, no caption
                self.duplicates.add(k)
                continue
            if first_text and row.content and self.article.title and _PLACE_TAG.match(row.text) and (
                    _restates_title(row.text, self.article.title)):
                # the headline restated with a place's tag before it, as NukeViet's summary prints it ("ra mắt mô hình
                # …" over its stamp / "TÂN PHONG: Hội … ra mắt mô hình …"): a copy, not the text's first paragraph
                self.duplicates.add(k)
                continue
            if headline_above and first_text and row.content and bp.is_upper_line(row.text) and (
                    words(row.text) <= _HEADLINE_TAIL_MAX_WORDS) and not ends_sentence(row.text) and not (
                    NUMBERED.match(row.text) or is_roman_heading(row.text)):
                # the headline's next line in capitals under its copy ("… KHÓA 79" / "TẠI HUYỆN XUYÊN MỘC"), whatever
                # buttons stand between the headline and its copy: part of it, no text
                self.duplicates.add(k)
                headline_above = False
                continue
            if row.content or row.kind is None:
                headline_above = False
            if first_text and row.content and is_section_label(row.text) and self._title_copy_below(k, title_key):
                # the section's name over the headline printed again at the text's top ("Tin tức - Sự kiện" / "Ủy ban
                # Nhân dân huyện … năm 2022." / the lead): the page's label, whether or not the text's run holds it
                self.labels.append((1, row.text))
                self.metadata.add(k)
                continue
            if k >= end:
                break
            if row.date is not None:
                # (a structured-data stamp printed as text, "2025-02-19T02:17:13-05:00", yields to the stamp the page
                # prints for its readers, "Thứ tư - 12/02/2025 09:43": an edit may have moved the machine's)
                machine = 1 if _MACHINE_STAMP.fullmatch(row.text.strip()) else 0
                self.dates.append(((2 if first_text else 4) + updated_stamp(row.text) + machine, row.date))
                self.metadata.add(k)
                self._section_beside_stamp(row.text)
                continue
            if row.byline is not None:
                self.take_byline(k, priority=2 if first_text else 4)
                continue
            if row.content and self._header_text(k, row, first_text):
                continue
            if row.content and (row.body_like or ends_sentence(row.text) or words(row.text) > 3):
                first_text = False

    def _posted_document_header(self, title: int, end: int) -> set[int]:
        """The rows under the headline, down to the text's first paragraph, of a document the page posts
        (``layout.letterhead``: its issuer, number, the national name and motto, its place and day, its kind and
        name: "ỦY BAN NHÂN DÂN" / "XÃ ĐỨC HỢP" / "Số: …/TB-UBND" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / … /
        "THÔNG BÁO"): the document's own text, kept in the body in its order (a button's or a footer's shape
        of a short line in capitals says nothing there), never a stamp or a byline. Its day, the last one its
        heading lines give, dates the post only when nothing else does (``date_from_lead``), as the text's."""
        rows = self.rows
        posted = {k for k in letterhead(rows, end) if k > title}
        heads = [k for k in posted if document_heading_line(rows[k].text)]
        for k in sorted(posted):
            row = rows[k]
            if heads and k <= max(heads):
                row.mark = LETTERHEAD   # its issuer and heading lines print as lines of text, no headings
            found = [f for f in find_dates(row.text) if f.value.year > 1900]
            if found and (document_heading_line(row.text) or place_and_day(row.text) or row.date is not None):
                self.document_day = found[-1].value
            row.kind, row.byline, row.date = None, None, None
            self.duplicates.discard(k)
            self.rule_kept.add(k)
        self.posted_document |= posted
        return posted

    def _document_kind(self, k: int) -> bool:
        """Whether row ``k`` is a posted document's kind in capitals ("THÔNG BÁO", rules.toml
        ``paragraphs.document_kinds``) with the document's text going on under it: its heading, kept as text."""
        row, below = self.rows[k], neighbour(self.rows, k, 1)
        return row.text.isupper() and fold(row.text).strip(" .:") in rules().document_kinds and (
            below is not None and self.rows[below].content)

    def _title_copy_below(self, k: int, title_key: str) -> bool:
        """Whether the line right under row ``k`` prints the title again."""
        below = neighbour(self.rows, k, 1)
        return below is not None and text_key(self.rows[below].text) == title_key

    def _header_text(self, k: int, row, first_text: bool) -> bool:
        """Whether text line ``k`` under the title is header matter (taken if so):
        a label with its date, an explicit label, the author's bare name, a UI word."""
        if not first_text:
            return False
        if self.label_with_date(k):
            return True
        explicit = label_value(row.text)
        if explicit:
            self.labels.append((0, explicit))
            self.metadata.add(k)
            return True
        if is_section_label(row.text) and row.mark not in ("li", "caption") and not signed_with_unit(row.text) and (
                not is_caption(row.text)) and not several_writers(row.text) and not is_roman_heading(row.text):
            # (a heading numbered in Roman figures, "I. PHẦN GIỚI THIỆU", opens the text's first part)
            # ("Các đại biểu dự ngày hội" holds a label's word, but is a caption; "Văn Đoàn - Quốc Việt" one
            # too, a family name, but two writers' names joined by a dash)
            # A section's name printed between the title and the text ("Thời sự - Chính trị"); a
            # name before the dash makes it the writer and their unit ("Minh Thu - Văn phòng HĐND-UBND").
            self.labels.append((1, row.text))
            self.metadata.add(k)
            return True
        named = without_degree(row.text).strip()
        below = neighbour(self.rows, k, 1)   # (also read by the posting unit's rule below)
        if named.endswith(",") and below is not None and opens_with_unit(self.rows[below].text):
            named = named.rstrip(",").strip()   # the writer, a comma, then their unit on the next line
        post = None
        if named.endswith((" -", " –")) and below is not None and role_or_unit(self.rows[below].text) and (
                not ends_sentence(self.rows[below].text)):
            # the writer, a dash left open, then their post on the next line ("ThS. Nguyễn Thành Nhân -" / "Phó
            # Hiệu trưởng Trường Chính trị Tôn Đức Thắng"): the post is the byline's, no text
            named, post = named.rstrip("-– ").strip(), below
        if not self.bare_author and row.mark != "caption" and is_person_name(named):
            self.bare_author = named   # "Th.s Nguyễn Thị Loan" -> the name
            self.metadata.add(k)
            if post is not None:
                self.metadata.add(post)
            return True
        if not self.bare_author and row.mark != "caption" and several_writers(row.text):
            # Writers joined by dashes under the title ("Thùy Linh- Mạnh Thường"): all of them sign.
            self.bare_author = row.text.strip()
            self.metadata.add(k)
            return True
        signed = signed_with_unit(row.text) if row.mark != "caption" and not has_edge_date(row.text) else None
        if signed and not self.bylines:
            # The writer and their unit under the title: "Văn Vương - Trung tâm VH,TT&TT".
            self.bylines.append(Byline(signed, False, None))
            self.metadata.add(k)
            return True
        if not self.bare_author and not self.bylines and row.mark != "caption" and writer_with_post(row.text):
            # the writer and their post after a dash under the title ("Triệu Thị Thanh Hằng- Học sinh lớp 5A")
            self.bare_author = writer_with_post(row.text)
            self.metadata.add(k)
            return True
        if (self.bare_author or self.bylines) and (organisation_signature(row.text) or unit_in_sentence_case(row.text)):
            # The writer's unit on the line after their name ("Trường Chính trị Nghệ An", "Khoa Lý luận cơ sở").
            self.metadata.add(k)
            return True
        dated = dated_bare_byline(row.text) if row.mark != "caption" else None
        if dated is not None and (not self.bylines or self.bylines[-1].author == dated.author):
            # (the same writers and date printed again under the first: one byline, printed twice)
            if not self.bylines:
                self.bylines.append(dated)
                self.dates.append((2, dated.date))
            self.metadata.add(k)
            return True
        if words(row.text) <= 3 and not ends_sentence(row.text) and (
                row.mark not in ("li", "caption") and not is_caption(row.text)) and not NUMBERED.match(row.text):
            # A bare UI label between title and text ("Chi tiết", "In"); a numbered part's heading ("1. Mở đầu")
            # opens the text.
            row.kind = bp.TOOLBAR
            return True
        above = neighbour(self.rows, k, -1)
        if row.mark == "li" and words(row.text) <= _HEADER_FIELD_MAX_WORDS and not ends_sentence(row.text) and any(
                m is not None and self.rows[m].mark == "li" and (self.rows[m].date is not None or (
                    m == above and m in self.metadata)) for m in (below, above)):
            # the posting unit in the header's list of fields, over or under its bulleted stamp ("- Sở VHTT&DL" /
            # "- 21/03/2025 08:26:00" / "- 31 lượt xem"; "- 01/06/2020" / "- Ban Thông tin truyền thông" / "- 566"):
            # the site's own unit, no writer, and the view count
            self.metadata.add(k)
            return True
        return False

    def read_header_without_title(self, body_start: int) -> None:
        """No title found: stamps and bylines printed just above the first paragraph.

        Only up to the page's own furniture (a menu, a site name, a box): a clock in the
        site's header above it is the day the page was viewed, not the article's date.
        """
        seen = 0
        for j in range(body_start - 1, -1, -1):
            row = self.rows[j]
            if row.blank:
                continue
            seen += 1
            if seen > _HEADER_REACH or row.kind not in (None, bp.VIEWS, bp.TOOLBAR, bp.IMAGE_NAME) or (
                    row.content and is_unit_name(row.text)):
                break
            if row.date is not None:
                self.dates.append((3 + updated_stamp(row.text), row.date))
                self.metadata.add(j)
            elif row.byline is not None:
                self.take_byline(j, priority=3)

    def label_with_date(self, index: int) -> bool:
        """A section label and the date on one line: "CHÍNH TRỊ-KINH TẾ | 06/07/2021"."""
        row = self.rows[index]
        if not has_edge_date(row.text):
            return False
        label = strip_dates(row.text)
        if not looks_like_label(label) or not (
                bp.is_upper_line(label) or map_category(label, self.categories) or label_value(label)
                or is_section_label(label)):
            return False
        self.labels.append((1, label_value(label) or label))
        self.dates.append((2, edge_date(row.text)))
        self.metadata.add(index)
        return True

    def take_byline(self, index: int, priority: int = 5) -> None:
        row = self.rows[index]
        self.metadata.add(index)
        if row.byline.cms_account:
            row.kind = bp.CMS_ACCOUNT
            if CMS_AUTHOR not in self.article.warnings:
                self.article.warnings.append(CMS_AUTHOR)
        elif row.byline.author:
            self.bylines.append(row.byline)
        if row.byline.date is not None:
            self.dates.append((priority, row.byline.date))

    def _credit_beside_byline(self, index: int) -> None:
        """A source credit after the writer on the byline's line ("Tác giả: N.V.T - Nguồn:
        BCDNTM. TV", NukeViet's author and source fields): the writer signs, the credit stays as
        the article's last line, as a credit on its own line does (the README's "Nguồn: <a unit>")."""
        row = self.rows[index]
        match = re.search(r"\s[-–—|]\s*((?:Nguồn|Theo)\b.*)$", row.text)
        if match and is_source_credit(match.group(1)) and credited_person(match.group(1)) is None:
            row.text, row.byline, row.keep = match.group(1).strip(), None, True
            self.metadata.discard(index)

    # -- body ---------------------------------------------------------------
    def select_body(self, title: int | None, body: list[int] | None) -> None:
        rows = self.rows
        start = (title + 1) if title is not None else self.body_start_without_title(body)
        if body and len(body) >= 2 and _signs_with_post(rows[body[-1]].text):
            body = body[:-1]   # the writer's name and post closing the run with a full stop: the tail's signature
        if body:
            last = self._before_a_signature_over_furniture(start, body[-1])
            end = next((k for k in range(last + 1, len(rows)) if self.ends_page(k, last)), len(rows))
        else:
            last = start - 1
            end = next((k for k in range(start, len(rows)) if self.ends_page(k, start)), len(rows))
        self.mark_headline_lists(start, min(end, last + 1))
        self.mark_headlines_under_a_tagged_lead(start, end)   # (down to the tail: the run may stand past the body)
        self.mark_teasers_after_signature(start, min(end, last + 1))
        in_box = False
        for k in range(start, min(end, last + 1)):
            if k in self.metadata or k in self.duplicates:
                continue
            row = rows[k]
            if row.kind == bp.RELATED:
                in_box = True
                continue
            if in_box and _listed_in_a_box(row):
                row.kind = bp.RELATED  # a headline listed in a related-news box
                continue
            if row.content:
                in_box = False
            if row.kind == bp.CONTACT:
                row.kind = None  # a lone contact line inside the text is part of the article
            if row.date is not None and self.dates and self._same_day(row.date):
                self.metadata.add(k)
                continue
            if row.date is not None and _STAMP_REST.fullmatch(row.text[: row.date.start] + row.text[row.date.end:]) and (
                    row.date.has_time or (not self.dates and not row.text[: row.date.start].strip() and sum(
                        1 for m in range(start, k) if rows[m].content) == 1)):
                # (a day alone, with no clock, under the summary when the page printed no stamp above: "30/12/2025")
                # a stamp with its clock alone on a line, its view count maybe after it ("03/08/2023 09:58    56"),
                # under the summary a portal prints above it: the page's stamp, no line of the text
                self.dates.append((4, row.date))
                self.metadata.add(k)
                continue
            if row.byline is not None:
                self.take_byline(k)
                continue
            if row.date is not None and row.kind is None and not row.byline:
                row.keep = True
                continue
            if row.content:
                row.keep = True
        if in_box:
            # a news box the body's last rows list goes on under them: its other headlines ("Những tin cũ hơn" over
            # items, one wrapped long enough to count as text) are the box's, not the tail's
            for k in range(last + 1, end):
                row = rows[k]
                if not row.text or row.kind == bp.RELATED or k in self.duplicates:
                    continue
                if not _listed_in_a_box(row):
                    break
                row.kind = bp.RELATED
        # captions a hand-over line announces inside the text ("Dưới đây là một số hình ảnh …" / "Cô giúp trẻ
        # chia bột nặn" / …) are the writer's, which the learned furniture filter must not take back
        self.rule_kept |= self._worded(self._photo_captions([k for k in range(start, min(end, last + 1)) if rows[k].text],
                                                            start))
        self.rule_kept |= self._items_a_colon_announces(start, min(end, last + 1))
        lead = next((k for k in range(start, min(end, last + 1)) if rows[k].keep and rows[k].content), None)
        dated = (_DATED_SOURCE_TAG.match(rows[lead].text) or _TAG_THEN_ITS_DAY.match(rows[lead].text)) if (
            lead is not None) else None
        if dated:
            # the site's tag and the day it posted the item, opening the lead ("(BVBNĐ-05/12/2017) Qua …"): a dateline
            found = find_dates(dated.group(1))
            if found:
                self.dates.append((5, found[0]))
        self.read_tail(last + 1, end)

    def _before_a_signature_over_furniture(self, start: int, last: int) -> int:
        """The body's last row, or the row before the writer's byline when furniture (no photo's file name) stands
        between that byline and the few lines the body ends with ("CTV Anh Tuấn - ST" / "Click để đánh giá bài
        viết" / "Thư viện ảnh" / "Nội dung thông tin …:"): those lines are read as the tail under a signature is
        (``read_tail``)."""
        rows = self.rows
        signed = max((k for k in range(start, last + 1) if rows[k].byline is not None and rows[k].byline.author),
                     default=None)
        if signed is None:
            return last
        below = [k for k in range(signed + 1, last + 1) if rows[k].text]
        content = [k for k in below if rows[k].content]
        if not content or len(content) > _AFTER_SIGNATURE_MAX_LINES or not any(
                not rows[k].content and rows[k].kind not in (None, bp.IMAGE_NAME) for k in below if k < content[0]):
            return last
        return signed - 1

    def _items_a_colon_announces(self, start: int, stop: int) -> set[int]:
        """The short lines right under a text line ending with a colon, down to the next sentence ("Kết quả nổi bật của
        nhà trường:" / "Giải Nhất – Tốp ca múa" / "Giải Nhì – Song tam ca"): the list it announces, the writer's,
        which the learned furniture filter must not take back, bullets or none."""
        rows = self.rows
        kept = [k for k in range(start, stop) if rows[k].keep and rows[k].content]
        found: set[int] = set()
        for above, k in zip(kept, kept[1:]):
            if (above in found or rows[above].text.rstrip().endswith(":")) and not ends_sentence(rows[k].text) and (
                    words(rows[k].text) <= rules().caption_max_words) and not rows[k].text.rstrip().endswith(":"):
                found.add(k)
        return found

    def mark_headline_lists(self, start: int, end: int) -> None:
        """Headlines of other articles listed inside the text without a box heading.

        Portals of the Front print "Bắc Giang: Gặp mặt, tri ân …" lines between two
        paragraphs: a run of lines of the same shape (a place, a colon, a headline that
        ends no sentence). Three in a row, or two when the title itself has that shape,
        are a news list, not the article.
        """
        rows = self.rows
        need = 2 if _PLACE_HEADLINE.match(self.article.title or "") else 3
        run: list[int] = []
        days: list[int] = []

        def bracketed_day(m) -> bool:   # a list item's day alone on the next line ("(20/07/2023)")
            return m is not None and rows[m].date is not None and bool(_DAY_ALONE_IN_BRACKETS.fullmatch(rows[m].text))
        for k in [*range(start, end), None]:
            row = rows[k] if k is not None else None
            if row is not None and row.blank:
                continue
            if row is not None and run and bracketed_day(k):
                days.append(k)
                continue
            if row is not None and row.content and words(row.text) <= 25 and not ends_sentence(row.text) and (
                    (not row.mark and _PLACE_HEADLINE.match(row.text))
                    # a list's headline closed by its day in brackets ("- Xã Diễn Quảng (Diễn Châu) đón Bằng
                    # công nhận chuẩn nông thôn mới (9/4/2018)"), as a portal's other-news list prints them, or
                    # with its day on the next line ("• GIỚI THIỆU LÀO CAI" / "(20/07/2023)")
                    or (row.mark in ("", "li") and _DAY_IN_BRACKETS_AT_END.search(row.text))
                    or (row.mark == "li" and bracketed_day(neighbour(rows, k, 1)))):
                run.append(k)
                continue
            # (two bulleted headlines closed by their days end a stored copy as its other-news list does: "- Tổng kết
            # Đảng bộ xã (18/01/2016)" / "- Việt Nam đã đề xuất … (03/12/2015)", nothing after them)
            dated_pair = len(run) == 2 and all(rows[m].mark == "li" and _DAY_IN_BRACKETS_AT_END.search(rows[m].text)
                                               for m in run) and not any(
                rows[m].content for m in range(run[-1] + 1, len(rows)))
            if len(run) >= need or dated_pair:
                for m in run + days:
                    rows[m].kind = bp.RELATED
                if row is not None and row.content and row.mark == "li" and not ends_sentence(row.text) and (
                        days and not any(rows[m].content for m in range(k + 1, end))):
                    rows[k].kind = bp.RELATED   # the list's last item, the copy cut inside it ("• PS XÃ NGHÈO NỖ LỰ")
            run, days = [], []

    def mark_headlines_under_a_tagged_lead(self, start: int, end: int) -> None:
        """Other articles' headlines a portal prints right under the lead that opens with its source's tag in
        brackets ("(Mặt trận) - Sáng 4/9/2020, …" / "Thống nhất danh sách sơ bộ người ứng cử …" / "Họp Ban Vận
        động cứu trợ tỉnh Lạng Sơn" / …): a run of ``_HEADLINES_UNDER_LEAD`` lines or more, none ending a sentence,
        none a list's item, each a headline's length, down to the text going on or the copy's end (the list cut
        there). The photos' captions under such a lead end with a stop or name who does what."""
        rows = self.rows
        # (headlines of the list already read as such, "Tây Ninh: Đại hội …" after "Lào Cai sẵn sàng …", count)
        content = [k for k in range(start, end) if rows[k].content or (rows[k].text and rows[k].kind == bp.RELATED)]
        if not content or not _BRACKETED_LEAD_TAG.match(rows[content[0]].text):
            return
        run = []
        for k in content[1:]:
            text = rows[k].text
            if rows[k].kind == bp.RELATED and not rows[k].content:
                run.append(k)
                continue
            if rows[k].mark or ends_sentence(text) or words(text) > _HEADLINE_MAX_WORDS or text.rstrip().endswith(
                    (":", ",", ";", "…", "...", "|")) or names_person_with_role(text):
                break   # (a photo's caption naming who does what, or closed by a gallery's bar: the text's own)
            run.append(k)
        if len(run) >= _HEADLINES_UNDER_LEAD:
            for k in run:
                rows[k].kind = bp.RELATED

    def mark_teasers_after_signature(self, start: int, end: int) -> None:
        """Other articles' leads printed after the writer's name, without a box heading.

        A person's name alone right under a paragraph that ends its sentence, with nothing but
        long one-line paragraphs under it down to the page's end, each opening as a lead opens
        (the day or the time of its event, a source's tag, or a person named with their role:
        "Sáng ngày 13-11, …", "Đồng chí … - Ủy viên …") and none naming that person: the name
        signs the article and those lines are a news list's teasers. Two at least: one line
        after a name may be the text going on under a portrait's caption. The name signs too over
        nothing but its unit's name and the photos' captions that close the page, which stay.
        """
        rows = self.rows
        content = [k for k in range(start, end) if rows[k].text and k not in self.metadata]
        for position, k in enumerate(content[1:], start=1):
            row, above = rows[k], rows[content[position - 1]]
            if not (row.content and not row.mark and is_person_name(row.text) and bare_byline(row.text)):
                continue
            if not (above.content and above.body_like and ends_sentence(above.text)):
                continue
            below = content[position + 1:]
            name = text_key(row.text)
            if len(below) >= 2 and all(
                    rows[m].content and not rows[m].mark and long_paragraph(rows[m].text)
                    and ends_sentence(rows[m].text) and _opens_a_lead(rows[m].text)
                    and name not in text_key(rows[m].text) for m in below):
                self.bare_author = row.text.strip()
                self.metadata.add(k)
                for m in below:
                    rows[m].kind = bp.RELATED
            if self._closing_captions(below):
                # the name over nothing but its unit's furniture and the photos' captions closing the page ("Tâm An" /
                # "Ban CTXH&TT.HMTN" / "Đồng chí …, Chủ tịch Hội … trao quà cho người dân"): it signs; the
                # captions stay the text's
                self.bare_author = row.text.strip()
                self.metadata.add(k)
            return   # (only the first name under a finished paragraph may sign)

    def _closing_captions(self, below: list[int]) -> bool:
        """Whether the rows ``below`` a name are photos' captions closing the page (not sentences, a caption's length,
        worded as captions are), maybe under the writer's unit on the first of them, and furniture."""
        rows = self.rows
        if not any(rows[m].content for m in below) or organisation_signature(rows[below[-1]].text):
            return False

        def caption(m: int) -> bool:
            text = rows[m].text
            return rows[m].mark != "li" and not ends_sentence(text) and words(text) <= _CLOSING_CAPTION_MAX_WORDS and (
                is_caption(text) or names_person_with_role(text))

        return all(not rows[m].content or (m == below[0] and organisation_signature(rows[m].text)) or caption(m)
                   for m in below)

    def _bar_table_under_text(self, content: list[int]) -> set[int]:
        """The tail's first rows when they are a table's under the text, its cells joined by bars ("STT | HỌ VÀ TÊN
        … |" / "1 | Phạm Ngọc Hiếu | … | 1A | 0974747575 |" / … / "5 | Dươn", the copy cut in a row): two rows of
        three bars or more, then any row holding a bar. The table is the text's."""
        rows = self.rows
        run = []
        for k in content:
            if "|" not in rows[k].text:
                break
            run.append(k)
        above = max((m for m in range(content[0]) if rows[m].text), default=None) if content else None
        full = [k for k in run if rows[k].text.count("|") >= _TABLE_ROW_MIN_BARS]
        if len(full) < 2 or above is None or not rows[above].content:
            return set()
        return set(run)

    def _next_section_of_the_text(self, k: int) -> bool:
        """Whether row ``k`` opens with the number that follows a section number the text opened an earlier line with,
        in the same style, paragraphs of the text between them ("II- TIẾN TRÌNH …" under "I- DUYÊN KHỞI:" and its
        text, "3. Kết quả" under "2. …"): the text's next part, however the copy cut it, never a box of the page's
        frame (a box numbers no part of the article)."""
        number = section_number(self.rows[k].text)
        if number is None or number[1] < 2:
            return False
        style, n = number
        return any(self.rows[m].content and section_number(self.rows[m].text) == (style, n - 1) and any(
            self.rows[j].content and self.rows[j].body_like for j in range(m + 1, k)) for m in range(k))

    def _under_the_last_sentence(self, k: int, stop_lost: bool = False) -> bool:
        """Whether the line above row ``k`` is a paragraph of the text that ends its sentence (a photo's name or
        placeholder between them, "%image_alt%", aside); with ``stop_lost``, a long paragraph that lost its full
        stop does too (``long_paragraph``)."""
        between = (bp.IMAGE_NAME, bp.UNACCENTED)
        above = max((m for m in range(k) if self.rows[m].text and self.rows[m].kind not in between), default=None)
        return above is not None and self.rows[above].content and self.rows[above].body_like and (
            ends_sentence(self.rows[above].text) or (stop_lost and long_paragraph(self.rows[above].text)))

    def _given_name_signs(self, k: int) -> bool:
        """Row ``k``, the article's last line, is one capitalised syllable alone ("Hoài") right
        under a paragraph that ends its sentence: the writer signs with a given name. A stored
        copy cut off mid-word ends the same way ("Tổ", "Ti"), but under a line that ends no
        sentence (a byline, a credit, the cut text itself); a theme's "English" is no syllable."""
        text = self.rows[k].text.strip()
        above = max((m for m in range(k) if self.rows[m].text), default=None)
        if self.rows[k].mark == "li":
            return False   # a list's item cut after its first word ("- Tổng"), under items, no signature
        if above is None or len(text.split()) != 1 or not is_person_name(text, min_words=1) or _opener_cut(text):
            return False   # ("Trong", "Đây": a new paragraph's first word, the copy cut after it; "Vớ": cut inside "Với")
        row = self.rows[above]
        if unicodedata.normalize("NFC", text).lower() not in rules().given_names:
            return False   # "Đo", "Phá": a new paragraph's first word or letters where the copy stopped, no one's name
        return bool(vietnamese_syllable(text)) and row.content and row.body_like and ends_sentence(row.text) and (
            not is_caption(row.text) and row.mark != "caption")

    def body_start_without_title(self, body):
        if not body:
            return 0
        k = body[0]
        while k - 1 >= 0 and (self.rows[k - 1].blank or (self.rows[k - 1].content and (
                ends_sentence(self.rows[k - 1].text) or self.rows[k - 1].mark == "caption"
                or is_caption(self.rows[k - 1].text) or names_person_with_role(self.rows[k - 1].text)
                or self._numbered_before(k - 1, body) or long_paragraph(self.rows[k - 1].text)
                or SALUTATION.match(self.rows[k - 1].text)))):
            k -= 1  # sentences, photo captions, a paragraph's length of text and a letter's salutation just above the
            #         first paragraph are the article's ("Dự và chủ trì hội nghị có đồng chí: …; Văn phòng HĐND-UBND
            #         xã", its stop not typed; "Kính gửi: Quý Ông/Bà")
        # a list numbered from 1 right above the text, under a paragraph's length of text that announces it (the names
        # elected, "1. Nguyễn Tiến Hải" … "15. Trương Đăng Khoa", under "Chiều ngày 27/10/2020, … Kết quả: …"): the list
        # and the paragraph over it are the text's
        listed = self._numbered_list_above(k)
        if listed is not None:
            return self.body_start_without_title([listed])
        # a document the page posts without a headline: its letterhead and what stands under it are its text
        # (_posted_document_header)
        posted = self._posted_document_header(-1, k)
        if posted:
            return min(posted)
        # the line ending with a colon above the list items right above the text ("Tham dự hội nghị có:" / "- …")
        announcing = announcing_colon(self.rows, neighbour(self.rows, k, -1))
        if announcing is not None:
            return self.body_start_without_title([announcing])
        verse = verse_above(self.rows, k)
        # (the sentences, salutation and long paragraphs right above the verse are the text's too: a letter's "Thân
        # gửi: …" / "Nhân dịp …, mẹ … xin chúc …" / "Đôi dòng tâm sự." over its poem)
        return self.body_start_without_title([verse[0]]) if verse else k

    def _numbered_list_above(self, k: int) -> int | None:
        """The paragraph over a list numbered 1, 2, 3 … whose last item stands right above row ``k``: a line of a
        paragraph's length (``layout.long_paragraph``) right above item 1, or None."""
        rows = self.rows
        above = [m for m in range(k - 1, -1, -1) if rows[m].text]
        expected = None
        for position, m in enumerate(above):
            number = ITEM_NUMBER.match(rows[m].text)
            if number is None or not rows[m].content or (expected is not None and int(number.group(1)) != expected):
                return None
            expected = int(number.group(1)) - 1
            if expected == 0:
                over = above[position + 1] if position + 1 < len(above) else None
                return over if over is not None and rows[over].content and long_paragraph(rows[over].text) else None
        return None

    def _numbered_before(self, k: int, body: list[int]) -> bool:
        """Whether row ``k`` is a numbered section's heading ("1. THỜI GIAN") whose next number heads a section of
        the text below it ("2. ĐỊA ĐIỂM …" above the first paragraph, "3. …" in it): a notice's first part."""
        number = ITEM_NUMBER.match(self.rows[k].text)
        if not number and re.match(r"I[.)]\s+\S", self.rows[k].text):
            # the first part in Roman figures over its first numbered section ("I. Tình hình chăn nuôi gia cầm …" /
            # "1. Tình hình chăn nuôi" / …), or before its second part ("II. …")
            below = neighbour(self.rows, k, 1)
            return (below is not None and bool(re.match(r"1[.)]\s+\S", self.rows[below].text))) or any(
                re.match(r"II[.)]\s+\S", self.rows[m].text) for m in range(k + 1, max(body) + 1))
        if not number:
            return False
        following = int(number.group(1)) + 1
        return any((item := ITEM_NUMBER.match(self.rows[m].text)) and int(item.group(1)) == following
                   for m in range(k + 1, max(body) + 1))

    def ends_page(self, k: int, after: int) -> bool:
        row = self.rows[k]
        if k <= after:
            return False
        if row.kind in bp.ENDING_KINDS:
            return True
        if row.kind == bp.CONTACT:
            nearby = [r for r in self.rows[k + 1:k + 5] if r.text][:3]
            return any(r.kind in (bp.CONTACT, bp.FOOTER) for r in nearby) or all(
                not r.content or not r.body_like for r in self.rows[k + 1:])
        return False

    def read_tail(self, start: int, end: int) -> None:
        """Lines between the last paragraph and the end of the page's article part."""
        rows = self.rows
        tail = [k for k in range(start, end) if rows[k].text and k not in self.duplicates]
        self.mark_photo_indexes(tail)
        self.mark_headline_lists(start, end)   # (an other-news list under the source's credit and the buttons)
        # buttons after the last line change nothing ("Bản in | Quay lại" under a cut-off copy)
        last_line = max((k for k in range(len(rows)) if rows[k].text and rows[k].kind not in (bp.TOOLBAR, bp.VIEWS)),
                        default=None)
        # The article's last line, where a unit signs: the last text line before the page
        # ends or a box that ends it ("Tin khác", a footer), whatever buttons stand after it.
        closing = last_line
        if end == len(rows) or rows[end].kind in bp.ENDING_KINDS:
            closing = max((k for k in tail if rows[k].content), default=None)
        # A box under a bare label ("TIÊU ĐIỂM" and its headlines) ends the article too.
        box = next((k for k in tail if rows[k].content and words(rows[k].text) <= 6
                    and not ends_sentence(rows[k].text) and self._heads_a_box(k)), None)
        if box is not None:
            closing = max((k for k in tail if k < box and rows[k].content), default=closing)
        closed_at = None
        for position, k in enumerate(tail):
            row = rows[k]
            if row.date is not None and row.kind == bp.RELATED:
                continue   # a listed headline's day ("(20/07/2023)" under "• GIỚI THIỆU LÀO CAI"), no date of this page
            if row.date is not None:
                self.dates.append((4, row.date))
                self.metadata.add(k)
                continue
            # (a word cut in lower case; on the page's last line also a name cut inside its last word, "Trần Qu": the
            # copy stopped there, no one signs. Known cost: "Thiên N" under a list of sources no longer closes it as a
            # signature would, and the list goes with the tail)
            cut_word = (cut_inside_its_last_word(row.text) and row.text.split()[-1].islower()) or (
                k == last_line and _name_cut_inside_its_last_word(row.text))
            if k == closing and row.content and (cut_word or (
                    _sentence_opening(row.text) and not (organisation_signature(row.text)
                                                         or unit_in_sentence_case(row.text)))
                    or self._unit_opening_cut(k, start)):
                break   # "Hội ng", "Tại hội": the copy cut a new sentence's first words, no one signs
            if row.byline is not None:
                self.take_byline(k, priority=4)
                if row.byline.author:
                    closed_at = k
                    self._credit_beside_byline(k)
                    break
                continue
            if not row.content:
                continue
            later_text = any(rows[m].content and rows[m].body_like for m in tail[position + 1:])
            # a labelled byline further down signs ("Tác giả: Văn Toàn" under the photos' captions,
            # "Ông Trần Văn Thức - Phó Chủ tịch UBND huyện trao giải …"): no bare name above it does
            later_text = later_text or any(rows[m].byline is not None and rows[m].byline.author
                                           for m in tail[position + 1:])
            # (a bulleted line is an item of a list, "- Hoạt cảnh Lý Tự Trọng", never a writer signing; nor is a name
            # in the list a line ending with a colon announces: "LHPer and AFC U23 Championship 2018:" / "Trâm Anh")
            # (the page's last line may still sign under a photo set a colon announces: "Chùm ảnh …:" / "Phương Thu")
            bare = None if (self.bylines or later_text or row.mark in ("caption", "li") or (
                k != closing and self._announced_by_colon(k))) else bare_byline(row.text)
            if bare is None and not (self.bylines or later_text) and k == closing:
                # a unit signing with the site's own address after a dash ("ITC - lehongphong.edu.vn")
                signed = self._without_own_address(row.text)
                bare = bare_byline(signed) if signed is not None else None
                sent = _NEWS_FROM.match(row.text.strip())
                if bare is None and sent and organisation_signature(sent.group(1)):
                    bare = (sent.group(1).rstrip("."), None)   # "Tin từ Đoàn Thanh niên": the unit sends the item
            if bare and (self._heads_a_box(k) or over_box_headings(rows, k)):
                bare = None   # "CÔNG NGHỆ", "Tiêu Điểm" above a sidebar box's lines: its heading
            if bare is None and not (self.bylines or later_text) and credited_person(row.text):
                bare = (credited_person(row.text), None)   # "Nguồn: <a person>" signs the article
            if bare is None and not self.bylines and k == closing and not over_contact_lines(rows, k) and not (
                    place_name(row.text)) and (   # ("TP Hồ Chí Minh" alone, a weather box's city: no unit signing)
                    organisation_signature(row.text) or abbreviated_unit_signature(row.text)
                    or role_of_unit_signature(row.text) or unit_in_sentence_case(row.text)
                    or (commune_name_alone(row.text) and (self._under_the_last_sentence(k) or (
                        k == last_line and any(rules().photo_announcement.match(fold(rows[m].text))
                                               for m in tail[:position]))))):
                # (or closing the page under the photos' captions a hand-over line announced: "Một số hình ảnh tại
                # buổi liên hoan:" / … / "Phường Quán Toan")
                bare = (row.text.strip().rstrip("|").strip().rstrip("."), None)
            if bare is None and not (self.bylines or later_text) and k == closing and self._given_name_signs(k):
                bare = (row.text.strip(), None)
            if bare:
                self.bare_author, stamp = bare
                if stamp is not None:
                    self.dates.append((4, stamp))
                self.metadata.add(k)
                closed_at = k
                break
        after_end = next((m for m in range(end + 1, len(rows))
                          if rows[m].text and rows[m].kind not in (bp.TOOLBAR, bp.VIEWS)), None)
        if closed_at is None and not self.bylines and not self.bare_author and (
                end < len(rows) and rows[end].kind == bp.FOOTER and not bp.copyright_line(rows[end].text) and (
                    organisation_signature(rows[end].text) or unit_in_capitals_with_place(rows[end].text))) and (
                after_end is None or rows[after_end].kind in bp.ENDING_KINDS - {bp.FOOTER}
                or self._heads_a_box(after_end)):
            # The page's very last line names the unit that wrote it ("Ban biên tập phường
            # Đông Xuyên.", "ỦY BAN NHÂN DÂN PHƯỜNG 1"): a signature, although the same words open a
            # site's footer. So does the line right before another box ("Tin khác"): a footer goes on
            # with footer lines, a signature does not.
            self.bare_author = rows[end].text.strip().rstrip(".")
            rows[end].kind = None
            self.metadata.add(end)
        if closed_at is not None:
            # the photos a hand-over line announces ("Một số hình ảnh Đại hội …") and the
            # signature under them bound a gallery: its captions are the writer's, which the
            # learned furniture filter must not take back
            handed = next((k for k in tail if k < closed_at and rows[k].content
                           and rules().photo_announcement.match(fold(rows[k].text))), None)
            if handed is not None:
                self.rule_kept.update(
                    k for k in tail if handed < k < closed_at and rows[k].content and k not in self.metadata
                    and words(rows[k].text) <= rules().caption_max_words)
            after = [k for k in tail if k > closed_at][:3]
            for k in after:
                if rows[k].date is not None:
                    self.dates.append((4, rows[k].date))
                    self.metadata.add(k)
                elif rows[k].content and rows[k].kind is None and k == after[0] and opens_with_unit(rows[k].text) and (
                        words(rows[k].text) <= _UNIT_LINE_MAX_WORDS and not ends_sentence(rows[k].text)):
                    continue   # the writer's unit on the line under the name ("Tô Phượng" / "Đài truyền thanh - …")
                elif rows[k].content and rows[k].kind is None and k == after[0] and _PHOTOS_CREDIT.match(rows[k].text):
                    self.metadata.add(k)   # the photos' credit under the writer's name ("Mai Chi" / "Ảnh: Cổng TTĐT …")
                elif rows[k].content and rows[k].kind is None and k == after[0] and is_source_credit(rows[k].text) and (
                        credited_person(rows[k].text) is None):
                    # the source under the writer's name ("Quốc Vũ" / "Nguồn CV 2642/UBND-KT ngày 19/11/2010."): the
                    # article's last line, as a credit on the byline's own line is (``_credit_beside_byline``)
                    rows[k].keep = True
                elif rows[k].content and rows[k].kind is None:
                    # a headline between the signature and a stamp: the stamp is that item's,
                    # in a news list after the article ("Tặng quà …" / "02:27 24-05-2024 -")
                    break
        # A long line printed once stays wherever it stands in the tail: a photo gallery's long
        # caption that ends no sentence, the cut-off last paragraph after captions.
        announced = self._announced_list(tail, start) | self._captions_at_the_end(tail, end) | (
            self._colon_captions_go_on(tail, start, end))
        self.rule_kept |= announced
        # the captions a hand-over line announces ("Sau đây là một số hình ảnh …:") are the writer's too
        photos = self._photo_captions(tail, start)
        self.rule_kept |= self._worded(photos)
        # and so is the hand-over sentence itself, alone on its line with its colon, whether the copy holds the
        # photos or not ("Sau đây là một số hình ảnh:")
        self.rule_kept |= {k for k in tail if rows[k].content and rows[k].kind is None and k not in self.metadata
                           and rows[k].text.rstrip().endswith(":")
                           and rules().photo_announcement.match(fold(rows[k].text).strip())}
        quoted = self._quotation_lines(tail)
        self.rule_kept |= quoted
        files = {k for k in tail if rows[k].content and _HANDED_OVER_FILE.search(fold(rows[k].text))
                 and words(rows[k].text) >= 4}
        self.rule_kept |= files
        lone = self._lone_paragraphs(tail) | photos | announced | quoted | files
        last_article_line = None
        told = self._told_in_text(tail, start)
        # the photo the text ends with: its file name right under the last paragraph, its caption
        # under that ("Media/…/Images/hdnd-23-….jpg" / "Điểm bỏ phiếu số 5 - khu 2 + khu 3 thôn Đông")
        # (and so on, photo by photo, while each file name has its caption under it: "z3820551723226_….jpg" /
        # "Trường TH … hướng dẫn các em tập bơi" / "z3820551728297_…" / "Lớp phổ cập bơi theo dự án!")
        pair = 0
        while pair + 1 < len(tail) and rows[tail[pair]].kind == bp.IMAGE_NAME and rows[tail[pair + 1]].content and (
                # (a later caption may end with an exclamation, "Lớp phổ cập bơi theo dự án!"; never with a full stop)
                not rows[tail[pair + 1]].text.rstrip().endswith(".") if pair else not ends_sentence(
                    rows[tail[pair + 1]].text)) and (
                words(rows[tail[pair + 1]].text) <= rules().caption_max_words) and (
                not is_teaser(rows[tail[pair + 1]].text)) and not self._heads_a_box(tail[pair + 1]):
            told.add(tail[pair + 1])
            self.rule_kept.add(tail[pair + 1])
            pair += 2
        # a caption the text retells, wrapped over two lines at the end of the stored page: its second line goes with
        # it ("Các thế hệ đảng viên … nhân kỷ niệm 90 năm Ngày thành lập" / "Đảng Cộng sản Việt Nam (3/2/1930 -
        # 3/2/2020)")
        content = [k for k in tail if rows[k].content and k not in self.metadata]
        if len(content) >= 2 and content[-2] in told and closing == content[-1] and not ends_sentence(
                rows[content[-2]].text) and not rows[content[-2]].text.rstrip().endswith((",", ":", ";")) and (
                words(rows[content[-2]].text) + words(rows[content[-1]].text) <= _CLOSING_CAPTION_MAX_WORDS) and not (
                ends_sentence(rows[content[-1]].text) or is_teaser(rows[content[-1]].text)
                or self._heads_a_box(content[-1]) or rows[content[-1]].mark):
            told.add(content[-1])
        for k in tail:
            if closed_at is not None and k >= closed_at:
                break
            if self._article_like(rows[k]) or k in told:
                last_article_line = k
        if closed_at is None and last_article_line is not None and self._last_caption_of_the_run(
                [k for k in tail if k > last_article_line and rows[k].content and k not in self.metadata],
                last_article_line, last_line):
            last_article_line = last_line
        # a line cut right after a form of address ("…, đồng chí") is cut off wherever the page goes on:
        # boxes the copy's frame prints after it ("Tin khác", a footer) are no text of the article
        cut_line = closing if closing in tail and cut_before_a_name(rows[closing].text) else last_line
        goes_on = False
        if closed_at is None and (last_article_line is None or last_article_line < cut_line) and (
                self._cut_off_end(tail, cut_line, lone) or (goes_on := self._cut_after_the_kept_run(
                    tail, cut_line, last_article_line))):
            if goes_on:
                # the kept line the cut-off one goes on from is the text's too ("Cùng chụp ảnh kỉ niệm nào!" over
                # "Ngày đầu tiên khép lại nhưng đã mở ra biết bao điều thú"), which the learned furniture filter
                # must not take back
                self.rule_kept.add(last_article_line)
            # the photos' captions between the text and its cut-off end are the text's, which the learned furniture
            # filter must not take back either ("Ban chấp hành mới ra mắt và nhận nhiệm vụ" over "Đ")
            self.rule_kept |= {k for k in tail if (last_article_line is None or k > last_article_line) and k < cut_line
                               and rows[k].content and k not in self.metadata
                               and words(rows[k].text) <= rules().caption_max_words}
            last_article_line = cut_line
            text = rows[cut_line].text
            if words(text) >= _CUT_WORD_MIN_WORDS or _ends_on_a_joint(text) or _NUMBER_ALONE.fullmatch(text.strip()) or (
                    _cut_in_a_word(text)):
                # the text's cut-off end ("Tại buổi ra quân, hơn 3", "Tại Hội nghị,", a new paragraph's number "10"),
                # which the learned furniture filter must not take back (a shorter line, "Scroll to Top", it judges)
                self.rule_kept.add(cut_line)
        # a photo's caption right above such a line stays with it, wherever the page ends
        content = [k for k in tail if rows[k].content and k not in self.metadata]
        bar_table = self._bar_table_under_text(content)
        lone |= {k for k, nxt in zip(content, content[1:]) if nxt in lone and not ends_sentence(rows[k].text)
                 and words(rows[k].text) <= rules().caption_max_words and not bp.is_upper_line(rows[k].text)
                 and not self._heads_a_box(k)}
        for k in tail:
            row = rows[k]
            if k in self.metadata or not row.content:
                continue
            if k in bar_table and (closed_at is None or k < closed_at):
                row.keep = True   # a table's rows under the text, cells joined by bars (``_bar_table_under_text``)
                self.rule_kept.add(k)
                continue
            if closing_formula(row.text) and k in content[:_CLOSING_FORMULA_REACH] and all(
                    ends_sentence(rows[m].text) for m in content[: content.index(k)]) and (
                    closed_at is None or k < closed_at):
                # a letter's closing formula right under its text ("Trân trọng./." under a reply to a resident's
                # feedback, maybe under its thanks: "Chân thành cảm ơn quý Ông/Bà."): the letter's last line
                row.keep = True
                self.rule_kept.add(k)
                continue
            if place_and_day(row.text) and (closed_at is None or k < closed_at):
                # a letter's place and day under its text, over its signer ("Quảng Trị, ngày 25 tháng 06 năm 2014"):
                # the letter's own line, kept as its text (it signs nothing: ``fields.bare_byline``)
                row.keep = True
                self.rule_kept.add(k)
                continue
            if box is not None and k >= box and (closed_at is None or closed_at < box) and (
                    self._bare_box_label(rows[box].text)) and box not in photos:   # (a first caption in title case)
                self.after_article.add(k)   # the box under a bare label ("TIÊU ĐIỂM") and its headlines
                continue
            if closed_at is not None and k > closed_at:
                listed = row.mark == "li" and any(m is not None and rows[m].mark == "li"
                                                  for m in (neighbour(rows, k, 1), neighbour(rows, k, -1)))
                # (a bulleted item among more items under the signature is one of a list of other news, however long,
                # its last one included)
                if (row.body_like and words(row.text) >= 12 or k in lone) and not listed or is_source_credit(row.text) or (
                        row.mark == "caption" or is_caption(row.text)):
                    row.keep = True  # a long paragraph, a credit or a photo's caption after the byline
                else:
                    self.after_article.add(k)
                continue
            if closed_at is not None or (last_article_line is not None and k <= last_article_line) or (
                    k in lone):
                # Before a byline everything is still the article (captions of a photo
                # gallery included); without one, a trailing run of short lines that
                # are not sentences is the sidebar.
                row.keep = True
            else:
                self.after_article.add(k)
        # a list a line ending with a colon announces above the signature, and that line: the writer's, photos'
        # captions naming people one to a line included ("LHPer and AFC U23 Championship 2018:" / "Trâm Anh" / …)
        if closed_at is not None:
            items = {k for k in self._items_a_colon_announces(start, closed_at) if words(rows[k].text) >= 2}
            self.rule_kept |= items | {k for k in tail if k < closed_at and rows[k].keep and neighbour(rows, k, 1) in items}
        # the line that carries the official end mark is the writer's, which the learned furniture filter
        # must not take back ("Trân trọng ./." under a notice)
        self.rule_kept.update(k for k in tail if rows[k].keep and _END_MARK.search(rows[k].text))

    def _last_caption_of_the_run(self, after: list[int], above: int, last_line: int | None) -> bool:
        """Whether the page's last line, alone after the text's last line, is the last of the photos' captions that
        line closes ("Bà … phát biểu ý kiến chỉ đạo" / "BCH Công đoàn NK 2023-2028 ra mắt Đại hội"): worded as a
        caption is, the line above it one too, nothing after it."""
        if after != [last_line]:
            return False
        text, prev = self.rows[last_line].text, self.rows[above].text
        return 3 <= words(text) <= rules().caption_max_words and not ends_sentence(text) and worded_like_text(text) and (
            not bp.is_upper_line(text)) and self.rows[last_line].date is None and not has_edge_date(text) and not (
            self._heads_a_box(last_line) or is_teaser(text)) and not ends_sentence(prev) and (
            words(prev) <= roles.CAPTION_RUN_MAX_WORDS) and worded_like_text(prev) and not is_source_credit(prev)

    def _unit_opening_cut(self, k: int, start: int) -> bool:
        """Row ``k`` is a unit's name and one word in lower case that the text above goes on from ("Ban Thường vụ
        Huyện uỷ thông" under "… Ban Thường vụ Huyện uỷ thông báo lịch …"): the copy cut a sentence the unit opens,
        no unit signing."""
        text = self.rows[k].text.strip()
        head, _, last = text.rpartition(" ")
        if not (head and last.isalpha() and last.islower() and organisation_signature(head)):
            return False
        said = " ".join(self.rows[m].text for m in range(start) if self.rows[m].keep)
        # (the text going on with a name, "Thư viện tỉnh An Giang", keeps the unit's short name signing)
        return any(found.group(1).islower() for found in re.finditer(
            r"(?:^|\s)(?i:" + re.escape(text) + r")\s+([^\W\d_])", said))

    def _announced_by_colon(self, k: int) -> bool:
        """Whether row ``k`` is an item of the list a line ending with a colon announces above it, the lines between
        short ones that end no sentence (photos' captions naming the people one to a line)."""
        rows = self.rows
        for m in range(k - 1, max(-1, k - 1 - _ANNOUNCED_ITEMS_MAX), -1):
            if not rows[m].text:
                continue
            if not rows[m].content:
                return False
            if rows[m].text.rstrip().endswith(":"):
                return True
            if ends_sentence(rows[m].text) or words(rows[m].text) > rules().caption_max_words:
                return False
        return False

    def _without_own_place(self, author: str) -> str:
        """The writer without the site's own place after a dash ("Bích Thảo – Ninh Phú" on ninhphu.gov.vn: the
        commune she writes for, no second writer)."""
        host = own_host(self.article.legacy_url)
        pieces = re.split(r"\s+[-–—]\s+", author, maxsplit=1)
        if host is None or len(pieces) != 2:
            return author
        spelled = re.sub(r"[^a-z0-9]", "", fold(pieces[1]))
        return pieces[0] if len(spelled) >= 4 and host.split(".")[0] == spelled and is_person_name(pieces[0]) else author

    def _spells_own_host(self, author: str) -> bool:
        """Whether a writer's name spells the site's own host ("Bình Long" on binhlong.binhphuoc.gov.vn, a NukeViet
        post's author field left at the site's name): the site, no writer."""
        host = own_host(self.article.legacy_url)
        spelled = re.sub(r"[^a-z0-9]", "", fold(author))
        # (a unit the host spells signs for itself: "Sở Công Thương" on socongthuong.tuyenquang.gov.vn)
        return host is not None and len(spelled) >= 4 and host.split(".")[0] == spelled and is_person_name(author)

    def _without_own_address(self, text: str) -> str | None:
        """``text`` without the site's own address after a dash at its end ("ITC - lehongphong.edu.vn" -> "ITC"),
        else None."""
        found = _ADDRESS_AFTER_DASH.search(text)
        host = own_host(self.article.legacy_url)
        if found is None or host is None or found.group(1).lower().removeprefix("www.") != host:
            return None
        return text[: found.start()].strip() or None

    def _quotation_lines(self, tail: list[int]) -> set[int]:
        """The lines of a quotation opened on one line and closed a few lines below (a couplet the text ends with:
        "“Chẳng thơm cũng thể hoa nhài" / "Dẫu không thanh lịch cũng người Tràng An”"): the writer's words, line by
        line, wherever the page ends."""
        rows = self.rows
        content = [k for k in tail if rows[k].content]
        found: set[int] = set()
        for position, k in enumerate(content):
            text = rows[k].text
            if text.count("“") <= text.count("”") or words(text) > rules().caption_max_words:
                continue
            run = [k]
            for m in content[position + 1: position + _QUOTATION_MAX_LINES]:
                below = rows[m].text
                if "“" in below or words(below) > rules().caption_max_words:
                    break
                run.append(m)
                if "”" in below:
                    found.update(run)
                    break
        return found

    def _lone_paragraphs(self, tail: list[int]) -> set[int]:
        """The tail lines no rule may drop: long (``layout.long_paragraph``), no news list's
        teaser cut short with an ellipsis, and no copy of a line printed above them: the same
        words, inside a longer line or with a few more around them (the title printed again as
        a photo's alt text with the photo's number after it). Of a line printed twice, the
        first print is the one kept."""
        rows = self.rows
        found = [k for k in tail if rows[k].content and long_paragraph(rows[k].text) and not is_teaser(rows[k].text)]
        if not found:
            return set()
        printed = [(m, f" {text_key(row.text)} ", words(row.text)) for m, row in enumerate(rows[:found[-1] + 1])
                   if row.text and words(row.text) >= 12]
        keys = {m: (key, n) for m, key, n in printed}
        return {k for k in found if not any(
            m < k and (keys[k][0] in key or (key in keys[k][0] and keys[k][1] - n <= 3)) for m, key, n in printed)}

    def _photo_captions(self, tail: list[int], start: int) -> set[int]:
        """The short lines under a sentence that hands over to the photos ("… Sau đây là một số hình
        ảnh ngày hội", rules.toml ``captions.photo_announcements``), closing the last paragraph or
        alone on its line: the photos' captions, the writer's, up to the first line of another shape
        (a sentence, a caption's length passed, capitals, a box's label in title case as "Thể Thao",
        furniture). Captions in a row look like a box's headlines (``_heads_a_box``): the hand-over
        tells them apart."""
        rows = self.rows
        above = max((k for k in range(start) if rows[k].content), default=None)
        lines = [k for k in ([above] if above is not None else []) + tail if rows[k].text]
        found, handed_over, first = set(), False, False
        for k in lines:
            text = rows[k].text
            if not rows[k].content or k in self.metadata:
                handed_over = False   # a byline, a stamp or furniture ends the photos ("Tin, bài và ảnh: …")
                continue
            # (a caption in title case right under the hand-over closed by its colon is the first photo's, "Sau đây là
            # một số hình ảnh của các đội thi:" / "Phần Thi Kiến Thức", no box's label)
            if handed_over and k in tail and rows[k].kind is None and not ends_sentence(text) and (
                    words(text) <= rules().caption_max_words) and not bp.is_upper_line(text) and not (
                    self._heads_a_box(k) and all(w[:1].isupper() for w in text.split()) and not first) and (
                    not is_cms_account(text)):
                found.add(k)   # (the poster's account under the photos, "Admin", captions none)
                first = False
                continue
            last_sentence = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
            # (or its last clause: "Các em đều rất tích cực tham gia …, dưới đây là một số hình ảnh:")
            handed_over = any(rules().photo_announcement.match(fold(part).strip())
                              for part in (last_sentence, last_sentence.rsplit(",", 1)[-1]))
            first = handed_over and text.rstrip().endswith(":")
        return found

    def _worded(self, captions: set[int]) -> set[int]:
        """The captions (``_photo_captions``) that hold words, not ".jpg)" left by a photo's file name."""
        return {k for k in captions if words(self.rows[k].text) >= 2 and not self.rows[k].text.isascii()}

    def _captions_at_the_end(self, tail: list[int], end: int) -> set[int]:
        """A few short lines after the last paragraph that end the stored page, nothing after them ("Hướng dẫn
        người dân xúc rửa lu" / "Đậy kín vật chứa nước" / "Các hòn non bộ … thả cá bảy màu"): the photos' captions
        a copy keeps without their photos. No sentence, no teaser, no furniture among or after them, and none names a
        unit, a place or a year: a news list's headlines after the text do ("Hội Nông dân xã sơ kết …", "… tại ấp Tân
        Hòa năm 2024"), a caption says what the photo shows."""
        rows = self.rows
        if end != len(rows) and rows[end].kind not in _AFTER_END_CAPTIONS or not tail:
            return set()   # (the page ends there, or what ends an article stands there: "Tin khác", a footer, buttons)
        run = [k for k in tail if rows[k].text]
        while run and rows[run[-1]].kind in _AFTER_END_CAPTIONS:
            run.pop()   # buttons after the captions change nothing ("Bản in | Gửi email | Quay lại")
        if not 2 <= len(run) <= _END_CAPTIONS_MAX or any(
                not rows[k].content or k in self.metadata or rows[k].mark or ends_sentence(rows[k].text)
                or not _END_CAPTION_MIN_WORDS <= words(rows[k].text) <= rules().caption_max_words
                or is_teaser(rows[k].text) or bp.is_upper_line(rows[k].text) or _names_who_or_when(rows[k].text)
                for k in run):
            return set()
        return set(run)

    def _colon_captions_go_on(self, tail: list[int], start: int, end: int) -> set[int]:
        """A photo report's captions, each a line closed by a colon over its photo ("Thi làm lồng đèn giấy:" /
        "Hội thi trang trí mâm cỗ:"): under the text's last line closed so, the same short lines that open the tail,
        ``_COLON_CAPTIONS_MIN`` of them at least with the text's, are its last captions, whatever box follows."""
        rows = self.rows
        last = max((k for k in range(start) if rows[k].keep and rows[k].content), default=None)
        if last is None or not rows[last].text.rstrip().endswith(":"):
            return set()
        run = list(itertools.takewhile(lambda k: rows[k].content and not rows[k].mark and _colon_caption(rows[k].text),
                                       [k for k in tail if rows[k].text]))
        return set(run) if len(run) + 1 >= _COLON_CAPTIONS_MIN else set()

    def _announced_list(self, tail: list[int], start: int) -> set[int]:
        """The bulleted items right under a text line ending with a colon ("Buổi ngoại khóa diễn ra gồm 3 phần:" /
        "- Hoạt cảnh Lý Tự Trọng" / "- Phần thi khán giả" …): the list that line announces, the writer's."""
        rows = self.rows
        lines = [k for k in range(max(start - 1, 0), len(rows)) if rows[k].text and (k >= start or rows[k].keep)]
        found: set[int] = set()
        for above, k in zip(lines, lines[1:]):
            # (unbulleted too, under the text's own last line: "Đó là các thầy cô:" / "Thầy giáo Nguyễn Trọng Huỳnh -
            # dự thi môn Toán 7" / …, short lines that end no sentence)
            item = rows[k].mark == "li" or (
                lines[0] < start and rows[lines[0]].text.rstrip().endswith(":") and (
                    2 <= words(rows[k].text) <= rules().caption_max_words and not ends_sentence(rows[k].text)
                    and not is_teaser(rows[k].text) and rows[k].text[:1].isalnum()))
            if k in tail and item and rows[k].content and (
                    above in found or rows[above].text.rstrip().endswith(":")):
                found.add(k)
        return found

    def _told_in_text(self, tail: list[int], start: int) -> set[int]:
        """The tail lines that retell a phrase of the article's text: a photo's caption
        naming what the text reports ("Tháo dỡ bảng quảng cáo rao vặt trái phép" under "…
        tháo dỡ các bảng quảng cáo rao vặt …"), not a sidebar's headline of another article.
        A caption's length (rules.toml ``[lengths]``), a run of ``_TOLD_RUN`` words the text
        holds in that order, and most of its words in the text, accents and case aside."""
        rows = self.rows
        text = [text_key(rows[k].text).split() for k in range(start) if rows[k].keep]
        runs = {tuple(t[i:i + _TOLD_RUN]) for t in text for i in range(len(t) - _TOLD_RUN + 1)}
        vocabulary = {w for t in text for w in t}
        told = set()
        seen: list[str] = []
        for k in tail:
            if not rows[k].content or k in self.metadata:
                continue
            key = text_key(without_photo_number(rows[k].text))
            if any(key == earlier or key.startswith(earlier + " ") for earlier in seen):
                continue   # a photo's caption printed again as its alternative text, its number after it: a copy
            seen.append(key)
            tokens = text_key(rows[k].text).split()
            printed = re.findall(r"[^\W_]+", rows[k].text)
            if not _TOLD_MIN_WORDS <= len(tokens) <= _CLOSING_CAPTION_MAX_WORDS or len(printed) != len(tokens):
                continue
            # the shared words are a phrase of the text, in lower case: a name ("Ủy ban Nhân dân
            # Huyện …", a site's or a unit's) may be printed in the text and after it alike
            phrase = any(tuple(tokens[i:i + _TOLD_RUN]) in runs and all(
                w[:1].islower() for w in printed[i + 1:i + _TOLD_RUN]) for i in range(len(tokens) - _TOLD_RUN + 1))
            if phrase and sum(w in vocabulary for w in tokens) * 2 > len(tokens):
                told.add(k)
        return told

    def mark_photo_indexes(self, tail: list[int]) -> None:
        """A gallery the stored text does not hold: a short line ending in a colon ("Một số
        hình ảnh tại ngày hội:") with nothing under it but the photos' numbers, counting up
        ("1", "2", … "13"), then the page's end, a byline or its furniture. The heading
        introduces no text of the article: it goes with the numbers."""
        rows = self.rows
        for position, k in enumerate(tail):
            text = rows[k].text
            if not rows[k].content or not text.rstrip().endswith(":") or words(text) > _GALLERY_HEADING_WORDS:
                continue
            numbers = []
            for m in tail[position + 1:]:
                if not (rows[m].content and re.fullmatch(r"\d{1,3}", rows[m].text.strip())):
                    break
                numbers.append(m)
            values = [int(rows[m].text) for m in numbers]
            later = tail[position + 1 + len(numbers):]
            if len(values) >= 2 and values == sorted(set(values)) and not any(
                    rows[m].content and rows[m].body_like for m in later):
                for m in (k, *numbers):
                    rows[m].kind = bp.IMAGE_NAME
                return

    def _heads_a_box(self, k: int) -> bool:
        """Whether the name-like line at ``k`` heads a box: the next two lines are a box's
        headlines. A writer signing ("THANH TUYỀN", "Hồng Nhung")
        ends the article: after the name come the page's end, its furniture ("Tin khác", a
        footer, buttons), a date, the writer's unit, a source credit, a photo's caption or
        more paragraphs (another article's teasers)."""
        following = [m for m in range(k + 1, len(self.rows)) if self.rows[m].text][:2]
        if writers_joined_by_dash(self.rows[k].text):
            return False   # two writers' names ("Hồng Quân - Phan Thiên") head no box, a related list under them
        if _signed_with_a_given_name(self.rows[k].text):
            return False   # a writer's name ending with a given name ("Văn Thắng") over a list of other news signs
        # a box lists different articles: one line printed twice is a copy, not a list
        return len(following) == 2 and all(self._box_item(self.rows[m]) for m in following) and (
            text_key(self.rows[following[0]].text) != text_key(self.rows[following[1]].text))

    @staticmethod
    def _bare_box_label(text: str) -> bool:
        """A box's bare label: a section's name in capitals or title case ("TIÊU ĐIỂM", "Thể Thao"),
        no photo's caption ("Múa lân lớp 5-6 tuổi") and no source credit ("Nguồn: Hà Nội mới")."""
        return not is_source_credit(text) and (bp.is_upper_line(text) or (
            looks_like_label(text) and all(w[:1].isupper() for w in text.split() if w[:1].isalpha())))

    @staticmethod
    def _box_item(row: Row) -> bool:
        """A box's headline: a plain line of five words or more that is no paragraph. A short
        label ("TIÊU ĐIỂM") under a name is the next box's heading: the name signs the text."""
        text = row.text
        return row.content and words(text) >= 5 and not row.body_like and row.mark != "caption" and not (
            is_caption(text) or is_source_credit(text) or organisation_signature(text) or is_unit_name(text))

    def _cut_after_the_kept_run(self, tail: list[int], last_line: int | None, kept: int | None) -> bool:
        """The page's last line, cut off in the middle of its sentence, right under a line the article
        keeps (a photo report's captions down to "Phó Bí thư …, chủ tịch UBND tỉnh … xem Nghệ nhân trình
        diễn đánh đàn đá tại Khu Bảo"): the copy stopped inside the run, which goes on to it. Only a
        line of ``_CUT_RUN_MIN_WORDS`` words or more that ends no sentence, no heading, no dated teaser."""
        if last_line is None or kept is None or last_line not in tail:
            return False
        previous = max((k for k in tail if k < last_line and self.rows[k].content), default=None)
        text = self.rows[last_line].text
        # (a shorter one when the copy stopped inside its last word: "BGK và mâm cỗ trung th", no syllable ends it)
        least = _CUT_WORD_MIN_WORDS if last_word_cut(text) else _CUT_RUN_MIN_WORDS
        if previous == kept and ends_sentence(self.rows[kept].text) and _running_words(text):
            least = _CUT_WORD_MIN_WORDS   # (a new sentence's first words under a finished one: "Từ xa xưa cha ông ta đã về")
        return previous == kept and words(text) >= least and not ends_sentence(text) and not (
            text.rstrip().endswith((":", "…", "...")) or bp.is_upper_line(text) or has_edge_date(text)
            or self._heads_a_box(last_line))

    def _cut_off_end(self, tail: list[int], last_line: int | None, lone: set[int] = frozenset()) -> bool:
        """The page ends in the middle of a sentence of the article (a stored copy cut short).

        One line after the last paragraph and nothing after it on the page, reading as
        running text (mostly lower-case words), is the article's cut-off end, not a
        sidebar: a sidebar is a run of lines, and a byline is a name.
        """
        # A photo's caption may stand between the last paragraph and the cut-off line, and so
        # may the title printed again as a photo's alternative text ("… Việt Nam.  1") and a
        # long paragraph that stays anyway (``lone``: after a gallery's photos).
        title_key = text_key(self.article.title) if self.article.title else None
        content = [k for k in tail if self.rows[k].content and k not in self.metadata and (
            last_line is None or k <= last_line) and not (
            k != last_line and (self.rows[k].mark == "caption" or is_caption(self.rows[k].text) or k in lone
                                or names_person_with_role(self.rows[k].text)
                                or text_key(without_photo_number(self.rows[k].text)) == title_key))]
        if last_line is None or content[-1:] != [last_line]:
            return False
        text = self.rows[last_line].text
        parts = text.split()
        if self._next_section_of_the_text(last_line):
            return True   # "II- TIẾN TRÌNH … TỔ CHỨC G" under the text's "I- DUYÊN KHỞI:": its next part
        under_captions = all(
            words(self.rows[k].text) <= rules().caption_max_words and not ends_sentence(self.rows[k].text)
            and not is_teaser(self.rows[k].text) for k in content[:-1])
        if cut_before_a_name(text) and under_captions:
            return True   # "Phát biểu tại ngày hội, đồng chí": cut off, the photos' captions above it stay
        if len(content) > 1 and under_captions and (_opener_cut(text) or cut_inside_its_last_word(text)) and (
                text.strip()[:1].isupper() and self._under_the_last_sentence(content[0])) and all(
                worded_like_text(self.rows[k].text) for k in content[:-1]):
            # "Các gươ" of "Các gương …", "Học sinh th", under the photos' captions that close a finished paragraph
            # (worded as text is: a writer's name and unit, "Phạm Duy Thơi Phòng 8 - VKSND tỉnh |", signs, and a box
            # may follow it)
            return True
        if len(content) > 1 and _sentence_opening(text) and all(
                words(self.rows[k].text) <= rules().caption_max_words and worded_like_text(self.rows[k].text)
                and not is_teaser(self.rows[k].text) and not self.rows[k].mark
                and not re.search(r"[.!?]\s+\S", self.rows[k].text) for k in content[:-1]) and (
                self._under_the_last_sentence(content[0], stop_lost=True)) and not self._heads_a_box(last_line):
            return True   # "Nhân dịp" under the photos' captions that close a finished paragraph ("Lãnh đạo phường tặng
            #               hoa chúc mừng."): a new paragraph's first words, the copy cut there (a comment box's two
            #               sentences, "Chưa có lời bình nào. Bắt đầu", are no caption)
        if len(content) == 2:
            # One short line that ends no sentence before a long cut-off line is a caption whose
            # wording gives no sign of one ("Ra mắt Hội quán …", "Đại diện các đơn vị … tặng quà
            # cho bà con …": a caption's length, rules.toml); a headline is never 20 words long,
            # so two lines of a sidebar do not pass.
            caption = self.rows[content[0]].text
            # (a sentence about someone after its opening clause, "Tại hội nghị, đồng chí Huỳnh Minh Thuyên – Tr",
            # is no headline either, however short the copy left it; nor one opening with its time, "Nhiệm kỳ 2025 -
            # 2030, Hội CCB tỉnh … đề ra nhiệm vụ trọng tâm: Tiếp tụ"; nor its opening clause the copy cut at the comma,
            # "Trong khuôn khổ hội trại,", under a subheading)
            sentence = _clause_then_someone(text) or _time_clause_opening(text) or text.rstrip().endswith(",")
            if (len(parts) < 20 and not sentence) or words(caption) > rules().caption_max_words or (
                    ends_sentence(caption) or is_teaser(caption)):
                return False
        elif len(content) != 1:
            return False
        if (addresses_someone(text) or _clause_then_someone(text) or _time_clause_opening(text)) and (
                not ends_sentence(text)):
            # "Đồng chí Nguyễn", "Bà Lê Thị", "Tại hội nghị, đồng chí Huỳnh": about someone, cut short; "Cuối
            # tháng 5/2017, Hội Liên hiệp": a sentence opening with its time, cut short
            return True
        if len(content) == 1 and len(parts) >= 3 and cut_to_a_letter(text):
            return True   # the copy stopped after a word's first letter ("TS Đoàn Mạnh Quỳnh đ"): no name ends so
        above = max((m for m in range(last_line) if self.rows[m].text), default=None)
        if len(content) == 1 and ((_opener_cut(text) and text.strip()[:1].isupper()) or _two_letters_cut(text) or (
                _letter_alone(text)) or (
                # (not under the end mark a writer types after the last sentence: "… 2016-2019./." / "Ngu" of a name)
                (_word_cut_alone(text) or _name_cut_inside_its_last_word(text) or (
                    # (a name and the comma before what they are: "GS.TS Nguyễn Thị Doan,", a sentence going on)
                    _ends_on_a_joint(text) and words(text) >= 2)) and above is not None
                and not _END_MARK.search(self.rows[above].text)) or (
                _NUMBER_ALONE.fullmatch(text.strip()) and self._under_the_last_sentence(last_line))):
            # a new paragraph's first word, or its first letters ("Vớ" of "Với", "Đ"), under a finished one: the copy
            # stops there (the fixtures README's decision: a cut-off last line is the last paragraph as stored); so is a
            # number alone right under the text's last sentence ("10" of "10 năm qua, …"), where a view count
            # stands under a signature
            # (a paragraph closing its list with an ellipsis is finished too: "… chế độ chính sách …" / "Các ki")
            return above is not None and (ends_sentence(self.rows[above].text) or self.rows[above].text.rstrip().endswith(
                ("…", "...")))
        # (the photos' captions the text closes with may stand between: "Đồng chí Đinh Văn Hùng – UVBTV …, tặng hoa …"
        # / "Nhiệm kỳ")
        captions = [k for k in tail if self.rows[k].content and k not in self.metadata and k < last_line]
        if len(content) == 1 and _sentence_opening(text) and (self._under_the_last_sentence(last_line) or (
                captions and self._under_the_last_sentence(captions[0], stop_lost=True))) and not (
                self._heads_a_box(last_line) or _END_MARK.search(self.rows[above].text)):
            # a new sentence's first two words under a finished one ("Mục tiêu", "Tại hội"): the copy stops there; not
            # under the end mark a writer types after the text's last sentence ("… 870 685./." / "Thông b" of a box)
            return True
        if len(parts) < 3 or is_person_name(text) or bp.is_upper_line(text) or has_edge_date(text):
            return False  # a name, a heading, or a dated headline of a news list
        lower = sum(1 for p in parts[1:] if p[:1].islower())
        # a long line is a sentence even when names and titles fill it ("Đồng chí Trần Xuân
        # Anh - Phó Bí thư Tỉnh đoàn, … cho biết: “Các hoạt động củ"): no headline is that long
        return lower * 2 >= len(parts) - 1 or len(parts) >= 20

    @staticmethod
    def _article_like(row: Row) -> bool:
        if not row.content:
            return False
        text = row.text
        return (ends_sentence(text) and words(text) >= 3) or row.mark in ("li", "caption") or bool(
            NUMBERED.match(text)) or is_caption(text) or names_person_with_role(text) or is_source_credit(text)

    def _same_day(self, found: FoundDate) -> bool:
        return any(d.value.date() == found.value.date() for _, d in self.dates)

    # -- fields -------------------------------------------------------------
    def settle_fields(self) -> None:
        art = self.article
        if self.dates:
            # Lowest priority number wins; among equals, a stamp with a time.
            _, best = min(self.dates, key=lambda pd: (pd[0], not pd[1].has_time))
            art.date = best.value.replace(second=0, microsecond=0)
            art.has_time = best.has_time
        if self.bylines:
            art.author = self.bylines[0].author
        elif self.bare_author and not is_cms_account(self.bare_author):
            # (a posting account's name alone under its label's line, "Người đăng" / "ABC", signs nothing)
            art.author = None if self._spells_own_host(self.bare_author) else self._without_own_place(self.bare_author)
        if self.labels:
            ordered = sorted(self.labels, key=lambda pl: pl[0])
            art.raw_category = ordered[0][1]
            for _, label in ordered:
                mapped = map_category(label, self.categories)
                if mapped:
                    art.category = mapped
                    if ordered[0][0] >= 2:  # breadcrumbs: report the crumb that matched
                        art.raw_category = label
                    break

    def build_blocks(self) -> None:
        art = self.article
        rows = self.rows
        title_key = text_key(art.title) if art.title else None
        author_key = text_key(art.author) if art.author else None
        seen: dict[str, int] = {}
        kept: list[tuple[int, Block]] = []
        previous_dup_of = None
        for k, row in enumerate(rows):
            if not row.keep or k in self.metadata or k in self.duplicates:
                continue
            block = Block(block_kind(row), row.text)
            key = text_key(block.text)
            position = len(kept)
            # (the document a page posts names itself with the headline's words under its kind: "KẾ HOẠCH" / "…")
            if title_key and (title_key in (key, text_key(without_photo_number(block.text))) or _with_site_suffix(
                    block.text, art.title)) and not (self.lead_as_title and not kept and ends_sentence(block.text)) and (
                    k not in self.posted_document):
                self.duplicates.add(k)
                previous_dup_of = None
                continue
            if author_key and key == author_key:
                self.metadata.add(k)
                continue
            if key in seen:
                original = seen[key]
                continues_run = previous_dup_of is not None and original == previous_dup_of + 1
                if words(block.text) >= 8 or continues_run:
                    self.duplicates.add(k)
                    previous_dup_of = original
                    continue
            previous_dup_of = None
            seen.setdefault(key, position)
            kept.append((k, block))
        # When the whole article is printed twice, its bare byline sits just before
        # the second copy instead of at the end of the page.
        for k, block in kept:
            nxt = next((m for m in range(k + 1, len(rows)) if rows[m].text), None)
            if nxt is None or nxt not in self.duplicates or block.kind == CAPTION:
                continue
            bare = bare_byline(block.text)
            if bare and (art.author is None or text_key(bare[0]) == author_key):
                art.author = art.author or bare[0]
                author_key = text_key(art.author)
                self.metadata.add(k)
        kept = [(k, b) for k, b in kept if k not in self.metadata]
        # A lead printed twice with a little extra text: keep the longer copy.
        drop = set()
        keys = [text_key(b.text) for _, b in kept]
        for a in range(len(kept)):
            if words(kept[a][1].text) < 12:
                continue
            # Only a copy of a sentence (or most of one): a caption naming what a paragraph
            # also says ("Ra mắt mô hình …") is no second print of the lead.
            if not ends_sentence(kept[a][1].text) and words(kept[a][1].text) < 20:
                continue
            for b in range(max(0, a - 2), min(len(kept), a + 3)):
                # (a lead opening with its day over a paragraph that tells it again after a sentence of its own,
                # "Sáng ngày 22 tháng 3 năm 2021 trường … tổ chức …" / "Nhằm đẩy mạnh … . Sáng ngày 22 tháng 3 …", or over
                # another paragraph before its longer print, is the text's first paragraph: both are kept)
                summary_first = a == 0 < b and _opens_dated(kept[a][1].text) and (
                    (not keys[b].startswith(keys[a]) and not _opens_dated(kept[b][1].text)) or b > a + 1)
                if a != b and b not in drop and len(keys[b]) > len(keys[a]) and _copy_of_sentences(
                        keys[a], kept[b][1].text) and not _restates(keys[a], keys[b]) and not summary_first:
                    drop.add(a)
                    break
        # After the official end mark, a last line that repeats the opening words of a paragraph printed whole above
        # it and stops is a list's teaser under the article ("… môi trường học tập mới./." / "Theo đó, để giúp cho tất
        # cả các cháu lớp"): printed already, no paragraph. (Without the end mark such a line is the copy cut inside
        # a paragraph printed twice, which stays.)
        if len(kept) >= 2 and _END_MARK.search(kept[-2][1].text) and not ends_sentence(kept[-1][1].text) and (
                words(kept[-1][1].text) >= _REPEATED_OPENING_MIN_WORDS) and any(
                key.startswith(keys[-1]) and len(key) > len(keys[-1]) for key in keys[:-1]):
            drop.add(len(kept) - 1)
        for a in sorted(drop):
            self.duplicates.add(kept[a][0])
        kept = [pair for i, pair in enumerate(kept) if i not in drop]
        between = self.between_title_copies
        if len(kept) >= 2 and kept[0][0] in between and kept[1][0] not in between and (
                not _SAPO_OPENER.match(fold(kept[0][1].text)) and not _dated_opening(kept[0][1].text)):
            # the top photo's caption printed between the title's two copies goes after the lead
            kept = [kept[1], kept[0], *kept[2:]]
        elif len(kept) >= 2 and kept[0][0] == self.above_the_lead and kept[1][1].kind == PARAGRAPH and (
                not ends_sentence(kept[0][1].text) and ends_sentence(kept[1][1].text)
                and words(kept[1][1].text) >= rules().lead_min_words):
            # a copy opened below its headline, at the top photo's caption: the caption goes after the lead
            kept = [kept[1], kept[0], *kept[2:]]
        elif len(kept) >= 2 and kept[0][0] == self.unnamed_top and kept[1][1].kind == PARAGRAPH and (
                words(kept[0][1].text) <= _BRACKETED_CAPTION_MAX_WORDS and kept[0][1].text.count(",") <= 1
                and words(kept[1][1].text) >= rules().long_lead_min_words
                and not _SAPO_OPENER.match(fold(kept[0][1].text)) and not _dated_opening(kept[0][1].text)):
            # a copy opened under a headline it does not print (the address names it), at a line a caption's
            # length (one clause: a lead's opening clauses, "Tạ ơn Chúa, vừa qua, …", stay first) over a lead's
            # length of text: the top photo's caption, which goes after the lead
            kept = [kept[1], kept[0], *kept[2:]]
        art.body_blocks = _lead_first([b for _, b in kept], art.title)
        self.unglue_section_label()
        self.unglue_opening_stamp()
        self.closing_byline()

    def unglue_opening_stamp(self) -> None:
        """The article's stamp run onto its lead on one line ("20:33 20/05/2021 Sáng 20-5, Quận …"),
        as a page stored without its headline line prints it: the stamp, digits only, is the page's
        date (nearer the article than any stamp of a list below it) and the lead opens after it."""
        art = self.article
        if not art.body_blocks or art.body_blocks[0].kind != PARAGRAPH:
            return
        text = art.body_blocks[0].text
        split = _stamp_run_onto_lead(text)
        if split is None:
            return
        found, start = split
        art.body_blocks[0] = Block(PARAGRAPH, text[start:])
        art.removed.append((bp.METADATA, text[:start].strip()))
        art.date = found.value.replace(second=0, microsecond=0)
        art.has_time = found.has_time

    def closing_byline(self) -> None:
        """The writer's name in brackets at the end of the article's last paragraph
        ("… khó khăn (Phi Hồng)"), when nothing else signs it: the author, off the text."""
        art = self.article
        if art.author or not art.body_blocks or art.body_blocks[-1].kind != PARAGRAPH:
            return
        found = closing_name(art.body_blocks[-1].text)
        if found is None:
            return
        text, art.author = found
        art.body_blocks[-1] = Block(PARAGRAPH, text)
        art.removed.append((bp.METADATA, f"({art.author})"))

    def unglue_section_label(self) -> None:
        """A section's name glued before the lead's source tag ("Thanh niên tình nguyện
        Web.ĐTN: Trong 3 ngày …"): the tag opens the article, the words before it are the
        link to the section, taken as the page's label. So is a portlet's heading run into
        the lead without a space (``_glued_heading_end``)."""
        art = self.article
        if not art.body_blocks or art.body_blocks[0].kind != PARAGRAPH:
            return
        text = art.body_blocks[0].text
        match = _GLUED_TAG.match(text)
        if match and looks_like_label(match.group(1).strip()):
            label, start = match.group(1).strip(), match.start(2)
        else:
            start = _glued_heading_end(text)
            if start is None:
                start = _section_name_before_lead(text, art.legacy_url)
            if start is None:
                return
            label = text[:start].strip()
        art.body_blocks[0] = Block(PARAGRAPH, text[start:])
        art.removed.append((bp.METADATA, label))
        if not art.category and map_category(label, self.categories):
            art.category = map_category(label, self.categories)
            art.raw_category = label

    def check_stamp_against_lead(self) -> None:
        """A printed date that the lead's own day contradicts is no stamp of this article
        (``dates.stamp_before_lead``): a header clock months after "Chiều 17/11 tại …"."""
        art = self.article
        if art.date is None:
            return
        lead = next((b for b in art.body_blocks if b.kind == PARAGRAPH
                     and words(b.text) >= rules().lead_min_words), None)
        if lead is not None and not stamp_before_lead(art.date, lead.text):
            art.date, art.has_time = None, False
        elif lead is not None and art.date == self.header_day_clock and _event_long_before(lead.text, art.date):
            # a weekday and a day alone above the title ("Thứ bảy,  13/08/2022") years after the event the lead
            # opens with ("LSO-Ngày 11/5/2016, …"): the header's clock of the day the page was stored
            art.date, art.has_time = None, False
        elif lead is not None and art.date == self.header_day_clock and _event_long_after(lead.text, art.date):
            # the same clock years before the day the lead reports as done ("Thứ 6 - 26/02/2016" over "Từ ngày
            # 28-30/3/2025, Tỉnh đoàn … tổ chức thành công …"): a header's clock stopped, not this article's stamp
            art.date, art.has_time = None, False

    def date_from_lead(self) -> None:
        """No printed date: the date of the event the lead reports, to be confirmed.

        Only the first paragraphs count (a date further down is a detail of the
        story), and only a date with a year (``dates.lead_date``); the post stays a
        draft and the report asks the officer to confirm the date.
        """
        art = self.article
        if art.date is not None:
            return
        # (the notice's subject in its headline, or in its first paragraph when no headline is stored)
        subject = art.title or next((b.text for b in art.body_blocks if b.kind == PARAGRAPH), "")
        if (art.title and rules().notice_title.match(fold(art.title))) or rules().days_off_notice.search(
                unicodedata.normalize("NFC", subject).lower()):
            self._date_from_the_document()   # (a notice's days are its schedule: "Thông báo tựu trường …" reports
            return                           #  no event; nor do a notice's days off: "… nghỉ Tết Âm lịch …")
        # a subheading that repeats the title ("Trao nhận học bổng năm học 2017 – 2018") is no lead
        paragraphs = [b for b in art.body_blocks if b.kind == PARAGRAPH]
        lead = [b for b in paragraphs if (words(b.text) >= rules().lead_min_words or (
                    # (the lead's opening clause alone, its line broken by a hard-wrapped copy: "Ngày 11/9/2013, tại
                    #  Trung tâm" / "Bồi dưỡng chính trị thị xã …")
                    b is paragraphs[0] and not ends_sentence(b.text) and _opens_with_its_day(b.text)))
                and (ends_sentence(b.text) or words(b.text) >= 25 or dated_lead_opening(b.text)
                     or _opens_with_its_day(b.text) or _HOUR_THEN_DAY.match(fold(b.text)))]   # (a lead typed without
        #   its full stop; a lead broken before its event's name: "Lúc 7giờ 30phút sáng ngày 23/5/2015 trường … tổ chức")
        # the documents a notice rests on, each its own clause closed by a semicolon ("Căn cứ thông tư số … ;" /
        # "Căn cứ kế hoạch năm học …;"), come before its lead
        while lead and rules().citing_opener.match(fold(lead[0].text)) and lead[0].text.rstrip().endswith(";"):
            lead = lead[1:]
        table = rules()
        further = lead[table.lead_paragraphs: table.lead_paragraphs + table.dated_paragraph_window]
        # a lead opening with its event's day but no year ("Sáng ngày 29/8, …"): a later paragraph's date of
        # another day is some other event's ("… đi vào hoạt động từ ngày 1/9/1999"), not the lead's
        told_day = lead_day_month(lead[0].text) if lead else None
        # (a later paragraph opening with its event's day, or telling its hour and day with the year: "Được sự thống
        # nhất của …, vào lúc 19h00, ngày 28/3/2023, Ủy ban MTTQ … tổ chức Hội nghị …")
        for block in lead[: table.lead_paragraphs] + [b for b in further if _opens_with_its_day(b.text) or (
                _HOUR_THEN_DAY.search(fold(b.text)))]:
            found = lead_date(block.text)
            if table.background_opener.match(fold(block.text)) and (found is None or found.start < _first_sentence_end(
                    block.text)):
                continue   # "Trước đó, ngày 18 tháng 10 năm 2019, …": what came before the event (a later sentence of
                #            the paragraph may still tell it: "Cách đây hơn 79 năm, … . Với ý nghĩa đó, vào lúc 15h
                #            ngày 13 tháng 3 năm 2019, Liên đội … tổ chức …")
            if found is not None and block is not lead[0] and told_day is not None and (
                    (found.value.day, found.value.month) != told_day):
                continue
            if found is not None:
                art.date = found.value
                art.has_time = False
                art.warnings.append(DATE_FROM_TEXT)
                return
        self._date_from_the_document()

    def _date_from_the_document(self) -> None:
        """No printed date and none in the lead: the day of the document the page posts, to be confirmed."""
        art = self.article
        if self.document_day is not None:
            art.date, art.has_time = self.document_day, False
            art.warnings.append(DATE_FROM_TEXT)

    def record_removed(self, title: int | None) -> None:
        art = self.article
        for k, row in enumerate(self.rows):
            if not row.text or k == title:
                continue
            if k in self.duplicates:
                art.removed.append((bp.DUPLICATE, row.raw))
            elif k in self.metadata:
                art.removed.append((row.kind or bp.METADATA, row.raw))
            elif row.keep and k not in self.after_article:
                continue
            elif row.kind and row.kind != bp.EMPTY:
                art.removed.append((row.kind, row.raw))
            elif k in self.after_article:
                art.removed.append((bp.WIDGET, row.raw))
            elif title is not None and k < title:
                art.removed.append((bp.MENU, row.raw))
            else:
                art.removed.append((bp.WIDGET, row.raw))

    def warn(self) -> None:
        art = self.article
        codes = []
        if not art.title:
            codes.append(NO_TITLE)
        if art.date is None:
            codes.append(NO_DATE)
        if art.raw_category and not art.category:
            codes.append(UNMAPPED_CATEGORY)
        elif not art.category:
            codes.append(NO_CATEGORY)
        if not art.author:
            codes.append(NO_AUTHOR)
        if not art.body_blocks:
            codes.append(EMPTY_BODY)
        art.warnings = codes + [w for w in art.warnings if w not in codes]


_TITLE_CUT_MIN_WORDS = 5   # a copy of the headline shorter than this may be a label that opens it
_TITLE_CUT_MAX_LEFT = 3    # words a shorter copy of the headline may leave off its end ("năm 2023")


def _without_title_at_its_end(crumb: str, title_key: str) -> str:
    """A breadcrumb's piece without the headline it ends with: a trail whose crumbs only runs of spaces set apart
    reaches here as one piece ("Trang chủ Thực tiễn Hoạt động giám sát, …"), whose last words name no section."""
    parts = crumb.split()
    size = len(title_key.split())
    if size and len(parts) >= size and text_key(" ".join(parts[-size:])) == title_key:
        return " ".join(parts[:-size])
    return crumb


def _title_cut_short(line: str, title_key: str) -> bool:
    """Whether ``line`` is the headline's opening words, only its last few words left off."""
    copy, title = text_key(line).split(), title_key.split()
    return _TITLE_CUT_MIN_WORDS <= len(copy) < len(title) <= len(copy) + _TITLE_CUT_MAX_LEFT and (
        copy == title[: len(copy)]) and not ends_sentence(line)


_TITLE_PARTS = re.compile(r"\s+(?:-|–|—|\||::|»)\s+")   # "Site – Headline", "Site | Headline"


def _title_after_site_name(line: str, title: str) -> bool:
    """Whether ``line`` is the title's last part after a dash or a bar ("HOẠT ĐỘNG … CỤM TRƯỜNG" under "Trường
    THCS Ngô Gia Tự – HOẠT ĐỘNG … CỤM TRƯỜNG"), of a headline's length, ending no sentence."""
    parts = _TITLE_PARTS.split(title)
    if len(parts) < 2 or ends_sentence(line):
        return False
    tail = text_key(parts[-1]).split()
    return len(tail) >= _TITLE_CUT_MIN_WORDS and text_key(line).split() == tail


_PLACE_TAG = re.compile(r"[^\W\d_][^:–\-]{0,40}?\s*[:–\-]\s")   # "TÂN PHONG: …", "Hoài Nhơn - …": a summary's tag


def _restates_title(line: str, title: str) -> bool:
    """Whether ``line`` ends with the title's words after a few of its own (a place's tag, the
    unit's name), ending no sentence: the headline restated, as a CMS's summary prints it."""
    words_line, words_title = text_key(line).split(), text_key(title).split()
    extra = len(words_line) - len(words_title)
    lengths = rules()
    return len(words_title) >= lengths.restated_title_min_words and (
        0 < extra <= lengths.restated_title_max_extra_words) and words_line[extra:] == words_title and (
        not ends_sentence(line))


def _without_title_printed_twice(rows, body: list[int] | None) -> list[int] | None:
    """The run without its first line when that line is printed again right under it
    (once as typed, once in capitals): a title read as a sentence, not the first paragraph."""
    if not body or len(body) < 3 or words(rows[body[0]].text) > 40:
        return body
    nxt = next((k for k in range(body[0] + 1, len(rows))
                if rows[k].text and rows[k].kind not in (bp.TOOLBAR, bp.VIEWS)), None)
    if nxt is None:
        return body
    key = text_key(rows[body[0]].text)
    above = [k for k in range(body[0]) if rows[k].content]
    if text_key(rows[nxt].text) == key and not (above and text_key(rows[above[-1]].text) == key):
        # (a line printed a third time above them, over its stamp, is the title: these are the text's)
        return [k for k in body if k > nxt] or body
    # Printed again further down, whole, as its photos' alternative text ("… Việt Nam.  1"):
    # a one-sentence headline-length line that opens the run is the title (session 11); its
    # copies are no text.
    copies = [k for k in body[1:] if text_key(without_photo_number(rows[k].text)) == key]
    if copies and words(rows[body[0]].text) <= rules().title_max_words and (
            not ends_sentence(rows[body[0]].text) or _one_stopped_sentence(rows[body[0]].text)):
        # the text starts on the first line under the title that is no copy of it, even one
        # too short for the run (a lead printed between the title and its copy)
        first = next((k for k in range(body[0] + 1, len(rows)) if rows[k].content and k not in copies), None)
        rest = [k for k in body[1:] if k not in copies]
        return sorted({first, *rest}) if first is not None and rest else body
    return body


_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")


def _copy_of_sentences(copy: str, paragraph: str) -> bool:
    """Whether ``copy`` (a ``text_key``) is ``paragraph``'s text from one of its sentences' start:
    a lead printed again with more after it. A line whose words start inside a sentence ("Đoàn
    đến thăm …" within "… làm Trưởng đoàn đến thăm …") is a photo's caption retelling part of
    it, text of its own (issue 19's hard rule: no paragraph lost)."""
    sentences = _SENTENCE_BREAK.split(paragraph.strip())
    return any(text_key(" ".join(sentences[i:])).startswith(copy) for i in range(len(sentences)))


def _restates(summary: str, paragraph: str) -> bool:
    """Whether ``paragraph`` restates ``summary`` (both ``text_key``s) after words pointing back
    at it ("Theo đó, <the summary> …", rules.toml ``paragraphs.restating_openers``): the summary is a
    paragraph of its own, not a shorter print of the same text."""
    match = rules().restating_opener.match(paragraph)
    return bool(match) and paragraph[match.end():].startswith(summary)


def without_photo_number(text: str) -> str:
    """A line without the photo's number a gallery prints after its alternative text ("… 2", "…- Ảnh 1.")."""
    return re.sub(r"(?:\s*[-–]\s*(?:[Ảả]nh|[Hh]ình)\s*\d{1,2}\.?|\s+\d{1,2})\s*$", "", text)


# How a lead opens: the source's tag "(Haiphong.gov.vn) -", "(Mặt trận) -" or a dateline
# "Đà Nẵng - " (one to three capitalised words, no honorific).
_LEAD_TAG = re.compile(r"^(?:\([^)]{1,30}\)|(?!(?:Ông|Bà|Anh|Chị|Đồng|Cô|Chú)\b)"
                       r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,2})\s*[-–—]\s*\S")


# How much of a paragraph is read for a person named with their role (``_opens_a_lead``): the
# honorific, the name, a dash and the role come first; the cut keeps a long lead inside the
# caption's length ``fields.names_person_with_role`` accepts (60 words). A bound, not a tunable.
_LEAD_OPENING_WORDS = 30


def _opens_a_lead(text: str) -> bool:
    """Whether a paragraph opens as a news item's lead: with the day or time of its event
    ("Sáng ngày 13-11, …"), a source's tag ("(MTTQ) - …") or a person named with their role
    ("Đồng chí Lê Thị Xuân Trang - Ủy viên Ban Thường vụ, …")."""
    opening = " ".join(text.split()[:_LEAD_OPENING_WORDS])
    return bool(_SAPO_OPENER.match(fold(text)) or _dated_opening(text) or _LEAD_TAG.match(text)
                or names_person_with_role(opening))


# Up to six words, then a source tag that opens a lead: "(Mặt trận) -", "Web.ĐTN:".
# (a day alone in the brackets is the source's dateline, the tag before it its own: "GPVO (13/10/2025) – Vào lúc …")
_GLUED_TAG = re.compile(r"^((?:\S+\s+){1,6}?)(\((?!\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\))[^)]{1,30}\)\s*[-–—]\s*\S|"
                        r"[^\W\d_]+\.[A-ZĐ]{2,}\s*:\s*\S)")

# A headline that names its place first: "Bắc Giang: Gặp mặt, tri ân các chiến sĩ Điện Biên".
_DAY_ALONE_IN_BRACKETS = re.compile(r"\(\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)")
_DAY_IN_BRACKETS_AT_END = re.compile(r"\(\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*\)\s*$")
_PLACE_HEADLINE = re.compile(r"^[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}(?:\s*\([^)]{1,30}\))?\s*:"
                             r"\s+\S+(?:\s+\S+){3,}")


def _listed_in_a_box(row) -> bool:
    """Whether a text row under a news box's heading reads as one of its items: no sentence of eight words or more, or
    a teaser cut short, or a document named by its kind and number, its full stop and all ("Nghị quyết số
    165/2025/NQ-HĐND … của HĐND tỉnh."), or a bulleted line ("- Phường Hồng Gai sôi nổi … năm 2024.")."""
    return row.content and (is_teaser(row.text) or not (ends_sentence(row.text) and words(row.text) >= 8)
                            or bool(_NAMED_DOCUMENT.match(row.text)) or row.mark == "li")


# A structured-data stamp printed as text ("2025-02-19T02:17:13-05:00").
_MACHINE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?", re.I)
# A document named by its kind and number, as a news box lists it ("Nghị quyết số 165/2025/NQ-HĐND ngày 29/10/2025
# về …").
_NAMED_DOCUMENT = re.compile(r"^(?:Nghị quyết|Nghị định|Quyết định|Kế hoạch|Thông báo|Thông tư|Công văn|Công điện|"
                             r"Chỉ thị|Hướng dẫn|Báo cáo|Tờ trình|Luật)(?:\s+số)?\s*:?\s*\d+\s*/")
# A lead opening with its site's tag and the day in one pair of brackets: "(BVBNĐ-05/12/2017) Qua …".
# The source's tag, then the day it posted the item in brackets, opening the lead: "GPVO (13/10/2025) – Vào lúc …".
_TAG_THEN_ITS_DAY = re.compile(r"^[A-ZĐ][\w.]{1,15}\s*\(\s*(\d{1,2}/\d{1,2}/\d{4})\s*\)\s*[-–—]+\s*\S")
_DATED_SOURCE_TAG = re.compile(r"^\(\s*[^\W\d_][^()\d]{1,24}?\s*[-–—,:]\s*(\d{1,2}/\d{1,2}/\d{4})\s*\)\s*\S")


# A document the text hands over with its link ("Đề án sắp xếp khu phố …: Xem tại đây"): the name is the text's,
# kept wherever it stands in the tail (the link's words alone, "Xem tại đây", are a button).
# So is a sentence naming the attached file after its colon ("Chi tiết như tệp đính kèm:cv437.signed.pdf").
_HANDED_OVER_FILE = re.compile(r"\S\s*:\s*(?:xem|tai)\s+(?:tai day|ve|xuong|chi tiet(?:\s+tai day)?)\s*\.?$"
                               r"|\bdinh kem\s*:\s*[\w.\-]+\.(?:pdf|docx?|xlsx?|pptx?|rar|zip)$")


def _ends_on_a_joint(text: str) -> bool:
    """Whether a line stops on a comma or a spaced dash ("Tại Hội nghị,", "Từ 1975 –"): its sentence goes on."""
    return text.rstrip().endswith((",", " –", " -", " —"))


_CUT_WORD_MAX_LETTERS = 4   # a syllable's first letters, the rest cut ("Ngh", "th"); an English button's name is longer


def _cut_in_a_word(text: str) -> bool:
    """Vietnamese words, the last of them cut ("Ngh", "Các ki", "G"): no button's name, a copy stopped inside a word."""
    parts = text.split()
    return bool(parts) and (last_word_cut(text) and len(parts[-1]) <= _CUT_WORD_MAX_LETTERS and (
        parts[-1][1:].islower() or len(parts[-1]) == 1) or _letter_alone(text)) and (
        all(vietnamese_syllable(p) for p in parts[:-1]) and bp.classify_line(text) is None)


def _running_words(text: str) -> bool:
    """A capital, then words in lower case only ("Từ xa xưa cha ông ta đã về"): a sentence's words, no name, no
    headline naming a place or a body in capitals."""
    parts = text.split()
    return bool(parts) and parts[0][:1].isupper() and all(p[:1].islower() for p in parts[1:])


def _sentence_opening(text: str) -> bool:
    """Two words as a sentence opens, a capital then lower case ("Mục tiêu", "Tại hội", "Toàn xã"), no figure, and
    not a writer's credit's ("Tin và" of "Tin và ảnh: …", rules.toml ``bylines.colon_labels``) nor a notice's
    courtesy closing ("Trân trọng", ``paragraphs.courtesy_closings``)."""
    parts = text.split()
    return len(parts) == 2 and parts[0][:1].isupper() and parts[0].isalpha() and parts[1].rstrip(",").isalpha() and (
        parts[1][:1].islower()) and not rules().byline_colon_label.match(fold(parts[0]) + ":") and (
        fold(text.strip()) not in rules().courtesy_closings)


def _opener_cut(text: str) -> bool:
    """One word that is a paragraph's usual first word or its first letters (rules.toml ``bylines.paragraph_openers``:
    "Trong", "Vớ" of "Với"), or that word and the next one's first letters ("Các ki"): where a copy cut off a new
    paragraph stops, never a given name signing."""
    typed = unicodedata.normalize("NFC", text.strip()).lower()
    parts = text.split()
    if len(parts) == 2 and parts[1][:1].islower() and parts[1].isalpha() and parts[0].lower() in rules().paragraph_openers:
        return True   # the opener whole and the next word's first letters ("Các ki" of "Các kiến nghị")
    return len(typed.split()) == 1 and any(opener.startswith(typed) for opener in rules().paragraph_openers)


def _letter_alone(text: str) -> bool:
    """One capital letter alone ("G", "Ê"): the first letter of a new paragraph where the copy stopped, whatever word it
    began (the fixtures README's decision); not a window's close button "X"."""
    letter = unicodedata.normalize("NFC", text.strip())
    return len(letter) == 1 and letter.isalpha() and letter.isupper() and letter != "X"


def _two_letters_cut(text: str) -> bool:
    """Two letters alone, a capital then a lower-case one ("Ho", "Ti", "Tr"): the first letters of a word the copy
    stopped in, which the labels read under the text's last sentence as a new paragraph cut off (the fixtures README's
    decision), whatever word it began. A two-letter given name ("Hà", "Vi") was read as the writer signing before."""
    word = unicodedata.normalize("NFC", text.strip())
    return len(word) == 2 and word.isalpha() and word[0].isupper() and word[1].islower()


def _word_cut_alone(text: str) -> bool:
    """One capitalised syllable alone, in lower case after its capital, that opens no given name and is no widget's
    word ("Chư", "Lĩnh"): a new paragraph's first word or letters where the copy stopped. A given name, or its first
    letters ("Hạn" of "Hạnh", "Phá" of "Phát"), may be a writer signing or a signature the copy cut (the labels read
    it either way: ``_given_name_signs``); "PYU", "AT" in capitals are a unit's or a writer's initials."""
    word = text.strip()
    typed = unicodedata.normalize("NFC", word).lower()
    return len(word.split()) == 1 and word[:1].isupper() and word[1:].islower() and vietnamese_syllable(word) and (
        not any(name.startswith(typed) for name in rules().given_names)) and bp.classify_line(word) is None


# The credit of a page's photos on a line of its own, a few words: "Ảnh: Cổng TTĐT Thanh Oai", "Ảnh: PV".
_PHOTOS_CREDIT = re.compile(r"^\s*(?:Ảnh|Hình ảnh|Ảnh minh họa)\s*:\s*\S+(?:\s+\S+){0,6}\s*$")


def _name_cut_inside_its_last_word(text: str) -> bool:
    """Vietnamese syllables, then a last word the copy cut ("Trần Qu", "Văn Phòng H"): a name or a unit it stopped in,
    no writer's whole name. A name of the Central Highlands' peoples spells no syllables ("H Yur Je")."""
    return cut_inside_its_last_word(text) and all(vietnamese_syllable(w) for w in text.split()[:-1])


# A unit's sign-off that says it sent the item: "Tin từ Đoàn Thanh niên".
_NEWS_FROM = re.compile(r"^(?:Tin|Bài|Tin, ảnh|Tin và ảnh) từ\s+(\S.*)$")


# The most items a line ending with a colon announces above a name (photos' captions one to a line).
_ANNOUNCED_ITEMS_MAX = 12
# A site's address after a dash at a line's end: "ITC - lehongphong.edu.vn".
_ADDRESS_AFTER_DASH = re.compile(r"\s+[-–—|]\s+(?:https?://)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)/?\s*$", re.I)


# The fewest words of a last line that repeats a paragraph's opening, to be read as its copy.
_REPEATED_OPENING_MIN_WORDS = 5


# The official end mark a writer types after the text's last sentence: "./." (or "/.").
_END_MARK = re.compile(r"\S\s*\.?/\.\s*$")


# A title's slug is made of Vietnamese syllables written without their marks (``fields.vietnamese_syllable``); a hash
# or an id ('fyyxdoiwfew', '1a99e3db') or a slug that lost its accented letters ('tru-ng-th-y-s-n') is not
_HEADLINE_SLUG_MIN_WORDS = 6      # a section's name is shorter ('tin-van-hoa-xa-hoi')
_HEADLINE_SLUG_SYLLABLES = 0.8    # share of its words that are syllables or numbers
_WEAK_TITLE_EVIDENCE = 1.5        # find_title's score of a line only its length speaks for
_SLUG_SHARE_OF_A_TITLE = 0.5      # words a title and its slug share, either way


def _headline_slug(url: str | None) -> tuple[str, ...] | None:
    """The address's slug when it reads as a headline's (its words Vietnamese syllables), else None."""
    slug = address_slug(url)
    if slug is None or len(slug) < _HEADLINE_SLUG_MIN_WORDS:
        return None
    spelled = sum(1 for w in slug if w.isdigit() or vietnamese_syllable(w))
    return slug if spelled >= _HEADLINE_SLUG_SYLLABLES * len(slug) else None


def _slug_shares(text: str, slug: tuple[str, ...]) -> tuple[float, float] | None:
    """The share of the slug's words the line holds and the share of the line's (distinct) words the slug holds, or
    None for a line of no words."""
    own = set(words_of(strip_dates(text) or text))
    if not own:
        return None
    return sum(w in own for w in slug) / len(slug), sum(w in set(slug) for w in own) / len(own)


def _slug_share(text: str, slug: tuple[str, ...]) -> float:
    """The share of words a line and a slug have in common, the larger of the two ways."""
    shares = _slug_shares(text, slug)
    return 1.0 if shares is None else max(shares)   # (a line of no words says nothing against the slug)


def _another_headline_in_the_address(rows, title: int, body_start: int | None, url: str | None) -> bool:
    """Whether the line ``find_title`` chose for its length only (``_WEAK_TITLE_EVIDENCE``) shares less than half its
    words with the address's headline slug (``_headline_slug``), either way: a stored copy that opens below its
    headline, at a photo's caption ("Các đại biểu cùng toàn thể các thầy cô …" at '/truong-thpt-chuyen-tran-phu-tung-
    bung-khai-giang-nam-hoc-moi') or its lead. A line in capitals is let be (a portal renames its articles and keeps
    the first address; captions are not typed in capitals), and so is a line a theme frames in square brackets as
    it frames headlines ("[Những điều người lao động cần biết về chế độ thai sản]")."""
    slug = _headline_slug(url)
    text = rows[title].text
    framed = text.lstrip().startswith("[") and bracketed(text)
    return slug is not None and not bp.is_upper_line(text) and not framed and (
        _slug_share(text, slug) < _SLUG_SHARE_OF_A_TITLE) and (
        title_evidence(rows, title, body_start) <= _WEAK_TITLE_EVIDENCE)


def _headline_under_a_banner(rows, body: list[int] | None, title: int, url: str | None) -> int | None:
    """The one line under the chosen title and above the text that the address's headline slug spells, when
    the chosen line shares less than half its words with the slug, in capitals or not: the site's banner or motto
    over the headline ("Chào mừng ngày Quốc tế phụ nữ 8-3" over "LIÊN ĐỘI … TỔ CHỨC HỘI THU KẾ HOẠCH NHỎ …" at
    '/lien-doi-th-mo-che-to-chuc-hoi-thu-ke-hoach-nho-nam-hoc-2021.html'), maybe the text's first line when more
    text follows. The line ends no sentence, opens no lead and is no longer than a long headline; the chosen line is
    left above the title, with the page's frame."""
    slug = _headline_slug(url)
    if slug is None or not body or not title < body[0] or _slug_share(rows[title].text, slug) >= _SLUG_SHARE_OF_A_TITLE:
        return None
    hits = [k for k in range(title + 1, body[0] + 1) if rows[k].content and matches_slug(rows[k].text, slug)]
    if len({text_key(rows[k].text) for k in hits}) != 1 or (hits[0] == body[0] and len(body) < 2):
        return None
    text = rows[hits[0]].text.strip()
    if ends_sentence(text) or not rules().title_min_words <= words(text) <= _SLUG_HEADLINE_MAX_WORDS or (
            _opens_a_lead(text)):
        return None
    return hits[0]


def _slug_spells_most(text: str, slug: tuple[str, ...]) -> bool:
    """Whether the slug opens ``text`` and spells half its words or more (a CMS cut it at its length), or the line is
    a headline's length (``_SLUG_SHORT_LINE_WORDS``). A slug the CMS cut inside a word ('…-cac-tieu-chi-xay-du' for
    "… các tiêu chí xây dựng NTM …") counts when it spells ``slug_prefix_min_words`` words or more."""
    spelled = slug_prefix(text, slug)
    if spelled is None:
        opening = slug_opening(text, slug)
        spelled = opening if opening >= rules().slug_prefix_min_words else None
    return spelled is not None and (2 * spelled >= len(words_of(text)) or words(text) <= _SLUG_SHORT_LINE_WORDS)


# The hour, then the day with its year: "vào lúc 19h00, ngày 28/3/2023", "lúc 8 giờ 30 phút ngày 12/10/2024" (folded).
_HOUR_THEN_DAY = re.compile(r"(?<![a-z])luc\s+\d{1,2}\s*(?:h|gio)\s*(?:\d{1,2}\s*(?:phut)?)?\s*,?\s*"
                            r"(?:(?:sang|chieu|toi)\s+)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")


def _first_sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends (a full stop, "!" or "?" before a space), else its length."""
    found = re.search(r"[.!?](?=\s)", text)
    return found.end() if found else len(text)


# A Drupal header's clock, its weekday, the month in words and the time ("Thứ sáu, 25 Tháng 4, 2025 - 23:25"): the hour
# the page was stored, when the lead says its event was long before (``check_stamp_against_lead``).
_WORDED_DAY_CLOCK = re.compile(r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,\s*\d{1,2}\s+thang\s+\d{1,2}\s*,"
                               r"\s*\d{4}\s*-\s*\d{1,2}:\d{2}")
# A weekday and a day alone, no clock: "Thứ bảy, 02/07/2022", "Chủ nhật, ngày 5/3/2023", "Thứ 6 - 26/02/2016" (folded).
_DAY_CLOCK = re.compile(r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*[,\-–]?\s*(?:ngay\s*)?\d{1,2}/\d{1,2}/\d{4}")
_UNIT_LINE_MAX_WORDS = 10   # a unit's name on the line under its writer's
_NUMBER_ALONE = re.compile(r"\d{1,3}")
_SLUG_SHORT_LINE_WORDS = 25   # a headline of its common length, which a short slug may open
_SLUG_HEADLINE_MAX_WORDS = 50   # a long headline's length at most (a lead's first line runs on)
_STAMP_REST = re.compile(r"[\s|\-–]*(?:\d{1,7}\s*)?")   # what a stamp line holds besides its date: a view count
_HEADLINES_UNDER_LEAD = 3   # other articles' headlines in a row under a tagged lead, at least (the Front's portal prints three)
_HEADLINE_MAX_WORDS = 35   # a long headline's words, at most (a Front headline naming the bodies a reform joins: 28)
_BRACKETED_LEAD_TAG = re.compile(r"^\([^()]{1,30}\)\s*[-–—]\s*\S")
_AFTER_SIGNATURE_MAX_LINES = 3   # a box's few lines under a signature and its furniture, at the body's end
_DAYS_IN_YEAR = 366   # a year mistyped in a date, at most (a bound)
_OPENING_STAMP_MAX_WORDS = 4   # "20:33 20/05/2021", "20/05/2021 - 20:33": a stamp's few tokens
_CLOSING_CAPTION_MAX_WORDS = 45   # a photo's caption naming who gives what to whom, at its longest


_COLON_CAPTIONS_MIN = 3   # a photo report's captions closed by colons, in a row at the page's end


def _colon_caption(text: str) -> bool:
    """A short line closed by a colon that hands over to its photo ("Thi làm lồng đèn giấy:")."""
    return text.rstrip().endswith(":") and 2 <= words(text) <= rules().caption_max_words and not bp.is_upper_line(text)


def _event_long_before(lead: str, stamp: datetime) -> bool:
    """Whether ``lead`` opens with its event's day and year (``_dated_opening``, its first clause) more than
    ``dates.stamp_after_lead_max_days`` before ``stamp``: a report is published in the weeks after its event."""
    found = lead_date(lead)
    # (the day in words counts as one word: "Chiều ngày 12 tháng 4 năm 2024, …", ``layout.opening_day``)
    return found is not None and (_dated_opening(lead) or opening_day(lead) is not None) and (
        (stamp - found.value).days > rules().stamp_after_lead_max_days)


def _event_long_after(lead: str, stamp: datetime) -> bool:
    """Whether ``lead`` opens with its event's day and year and reports it done (``_opens_with_its_day``)
    more than a year and ``dates.stamp_after_lead_max_days`` after ``stamp``: a page is not stamped before the
    event it reports (a year mistyped in either explains a year: "22/01/2017" over "Sáng ngày 16/01/2018, …")."""
    return _opens_with_its_day(lead) and (opening_day(lead).value - stamp).days > (
        _DAYS_IN_YEAR + rules().stamp_after_lead_max_days)


_GLUED_TWELVE_HOUR_STAMP = re.compile(
    r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp][Mm])(?=[^\W\d_])")


def _stamp_run_onto_lead(text: str) -> tuple[FoundDate, int] | None:
    """A stamp of digits alone (a clock and a date, either order) opening a line whose rest opens
    as a lead does (``_SAPO_OPENER``, ``_dated_opening``): the stamp and where the lead starts. A date
    with its 12-hour clock may have the lead glued to its "AM"/"PM" (an ASP.NET portal's stamp)."""
    if not text[:1].isdigit():
        return None
    glued = _GLUED_TWELVE_HOUR_STAMP.match(text)
    if glued:
        # the date and its 12-hour clock with the lead glued to "AM"/"PM" ("11/20/2020 1:27:44 PMThực hiện …")
        found, rest = parse_date_line(glued.group(1)), text[glued.end():]
        if found is not None and (_SAPO_OPENER.match(fold(rest)) or _dated_opening(rest) or words(rest) >= 25):
            return found, glued.end()
    tokens = list(re.finditer(r"\S+", text))
    for n in range(min(_OPENING_STAMP_MAX_WORDS, len(tokens) - 1), 0, -1):
        head, rest = text[: tokens[n - 1].end()], text[tokens[n].start():]
        if re.search(r"[^\W\d_]", head):
            continue
        found = parse_date_line(head)
        if found is not None and (_SAPO_OPENER.match(fold(rest)) or _dated_opening(rest)):
            return found, tokens[n].start()
    return None


def _glued_heading_end(text: str) -> int | None:
    """Where the lead starts when a heading is run into it with no space ("Chi tiết bài viết -
    Xã Gio Châu - Gio LinhChiều ngày 17/3/2023, …"): a lower-case letter glued to a capital
    within the first words, before a lead's opening words; the heading before it holds no
    clause (no comma, no full stop)."""
    for match in re.finditer(r"\S+", text):
        if len(text[: match.start()].split()) >= 12:
            return None
        word = match.group()
        for p in range(1, len(word) - 1):
            if word[p - 1].islower() and word[p].isupper() and word[p + 1].islower():
                start = match.start() + p
                head = text[:start]
                if "," in head or ends_sentence(head) or re.search(r"[.!?;]\s", head):
                    return None
                return start if _SAPO_OPENER.match(fold(text[start:])) else None
    return None


def _section_name_before_lead(text: str, url: str | None) -> int | None:
    """Where the lead starts when the name of the section the address files the article under is printed
    before it on its line ("Thanh niên tình nguyện Chiều 3/7, Bí thư …" at '/tin-tuc/thanh-nien-tinh-nguyen/
    <slug>'): the section's words open the line, and a lead's opening words follow them, capitalised."""
    tokens = list(re.finditer(r"[^\W_]+", text))
    for section in section_slugs(url):
        count = slug_prefix(text, section)
        if count is None or count >= len(tokens):
            continue
        start = tokens[count].start()
        if text[start:start + 1].isupper() and _SAPO_OPENER.match(fold(text[start:])):
            return start
    return None


# "Ngay" typed without its accent opens "Ngay sau khi …" (right after …), no day ("Ngày …"), though
# both fold to "ngay": such a paragraph does not open as a dated lead does.
_ADVERB_NGAY = re.compile(r"^\s*Ngay\s")


def _lead_first(blocks: list[Block], title: str | None = None) -> list[Block]:
    """The blocks with the lead first: a photo's caption a page prints between the title
    and a lead that opens with its source's tag or dateline goes right after the lead
    (moved, never dropped); so does a caption naming a person and their role above it, one labelled as the
    photo's ("Hình ảnh: …"), one closing with its photo's credit ("… . Ảnh: PV"), or one worded as a caption that
    ends no sentence ("Quang cảnh hội nghị") or names the scene it shows, its full stop typed or not ("Toàn cảnh buổi thăm … xã Cao
    Bồ.", ``fields.scene_caption``) above a paragraph of a lead's length. A summary that words the ``title`` again
    with a word added ("Công đoàn … đã hoàn thành …" under "Công đoàn … hoàn thành …") is no
    caption: it stays first."""
    table = rules()
    if blocks and (section_number(blocks[0].text) is not None or SALUTATION.match(blocks[0].text)):
        return blocks   # "1. Vắc-xin là gì?": the text's first part's heading; "Thân gửi quý phụ huynh,": a letter's
        #                 salutation; no caption either
    if len(blocks) >= 2 and (names_person_with_role(blocks[0].text) or credited_caption(blocks[0].text)
                             or places_people(blocks[0].text) or (
                                 (bracketed_caption(blocks[0].text) or _PHOTO_LABEL.match(fold(blocks[0].text)))
                                 and words(blocks[0].text) <= _BRACKETED_CAPTION_MAX_WORDS)) and (
            blocks[1].kind == PARAGRAPH) and (
            ends_sentence(blocks[1].text) and words(blocks[1].text) >= table.lead_min_words):
        return [blocks[1], blocks[0], *blocks[2:]]
    scene = scene_caption(blocks[0].text) if blocks else False
    if len(blocks) >= 2 and (blocks[0].kind == CAPTION or is_caption(blocks[0].text) or scene) and (
            scene or (blocks[0].kind == CAPTION or not ends_sentence(blocks[0].text)) and (
                words(blocks[0].text) <= table.caption_max_words)) and not (
            table.photo_announcement.match(fold(blocks[0].text))) and blocks[1].kind == PARAGRAPH and (
            ends_sentence(blocks[1].text) and words(blocks[1].text) >= table.long_lead_min_words
            or scene and not ends_sentence(blocks[1].text) and long_paragraph(blocks[1].text)):
        # (under a caption naming the scene, a paragraph's length of text that lost its stop is the lead)
        return [blocks[1], blocks[0], *blocks[2:]]
    if len(blocks) >= 2 and blocks[0].kind == PARAGRAPH and blocks[1].kind == PARAGRAPH and (
            words(blocks[0].text) <= table.caption_max_words and not ends_sentence(blocks[0].text)
            and not blocks[0].text.rstrip().endswith((":", ",", ";")) and not QUOTATION.match(blocks[0].text)
            and _SAPO_OPENER.match(fold(blocks[1].text)) and not _SAPO_OPENER.match(fold(blocks[0].text))
            and not _ADVERB_NGAY.match(blocks[1].text) and not _rewords_title(blocks[0].text, title)
            and not _widens_title(blocks[0].text, title)
            and (words(blocks[1].text) >= table.long_lead_min_words or _dated_opening(blocks[1].text) and (
                words(blocks[1].text) >= table.lead_min_words)) and (
                ends_sentence(blocks[1].text) or _lead_lost_its_stop(blocks[1].text))):
        # A short line that ends no sentence between the title and a lead that opens as leads
        # do ("Nhằm …", "Sáng ngày …"; a shorter lead when it opens with its day and year) is the photo's caption: it
        # goes after the lead. A
        # quotation (a motto, a couplet in quotation marks) is no caption: the text opens with it.
        return [blocks[1], blocks[0], *blocks[2:]]
    # Two photos' captions or more above a lead that opens as any paragraph does: the first a
    # caption by its wording ("Các đại biểu dự ngày hội"; a hand-over to the photos is none), the
    # next short lines that end no sentence, then a full paragraph: the captions go after the
    # lead, in their order. (One caption there stays first unless a rule above moves it.)
    run = 0
    while run < len(blocks) - 1 and words(blocks[run].text) <= table.caption_max_words and not ends_sentence(
            blocks[run].text) and (run > 0 or blocks[0].kind == CAPTION or is_caption(blocks[0].text)) and not (
            rules().photo_announcement.match(fold(blocks[run].text))):
        run += 1
    if run >= 2 and blocks[run].kind == PARAGRAPH and words(blocks[run].text) >= table.long_lead_min_words and (
            ends_sentence(blocks[run].text)):
        return [blocks[run], *blocks[:run], *blocks[run + 1:]]
    for position in (1, 2):
        if len(blocks) <= position or not _LEAD_TAG.match(blocks[position].text):
            continue
        before = blocks[:position]
        if all(words(b.text) <= 35 and not _LEAD_TAG.match(b.text) and not _SAPO_OPENER.match(fold(b.text))
               for b in before):
            return [blocks[position], *before, *blocks[position + 1:]]
        break
    return blocks


_BRACKETED_CAPTION_MAX_WORDS = 35   # a caption wholly in brackets may run long, never a paragraph's length
# A caption labelled as the photo's ("Hình ảnh: Lãnh đạo xã, ấp … chụp hình lưu niệm tại Lễ …"), as long as one in
# brackets may be.
_PHOTO_LABEL = re.compile(r"^(?:hinh anh|anh)\s*:\s*[^\W\d_]")


def _rewords_title(line: str, title: str | None) -> bool:
    """Whether ``line`` is the title worded again with a word or two added (``_REWORDED_TITLE_WORDS``):
    every word of the title, in order, and the added ones ("Công đoàn … đã hoàn thành …" under "Công đoàn …
    hoàn thành …"). A line with fewer words than the title is a shortened print of it, not a summary."""
    if not title:
        return False
    ours, theirs = text_key(line).split(), text_key(title).split()
    if len(theirs) < rules().restated_title_min_words or not 0 < len(ours) - len(theirs) <= _REWORDED_TITLE_WORDS:
        return False
    return _in_order(theirs, ours)


def _in_order(theirs: list[str], ours: list[str]) -> bool:
    """Whether every word of ``theirs`` stands among ``ours``, in the same order (others between them)."""
    remaining = iter(ours)
    return all(word in remaining for word in theirs)


def _widens_title(line: str, title: str | None) -> bool:
    """Whether ``line`` is the title widened in its middle: it opens with the title's first word and closes with its
    last, every word of the title among its own in order ("Lịch tiếp công dân của Chủ tịch UBND xã Phù Ninh năm 2022"
    under "Lịch Tiếp công dân năm 2022"): the subtitle the page prints under its headline, no photo's caption."""
    if not title:
        return False
    ours, theirs = text_key(line).split(), text_key(title).split()
    if len(theirs) < 4 or len(ours) <= len(theirs) or ours[0] != theirs[0] or ours[-1] != theirs[-1]:
        return False
    return _in_order(theirs, ours)


def _dated_opening(text: str) -> bool:
    """Whether a line opens as a lead does: a clause of a few words closed by a comma gives a
    day with its year ("Cùng ngày 17/02/2016, tại …", "Sáng 02/7/2021, …"), first or after a
    lead-in ("Nhân kỷ niệm ngày Quốc tế Người cao tuổi …, Ngày 26/09/2019, Hội …"), or the first
    clause ends with the time of writing ("Đợt giao nhận quân năm nay, …", rules.toml
    ``dates.relative_time_endings``)."""
    clauses = text.split(",")[:-1]
    if any(words(c) <= _DAY_CLAUSE_WORDS and any(f.value.year > 1900 for f in find_dates(c)) for c in clauses):
        return True
    return bool(clauses) and words(clauses[0]) <= _DAY_CLAUSE_WORDS and bool(
        rules().relative_time_ending.search(fold(clauses[0])))


def _opens_with_its_day(text: str) -> bool:
    """Whether a paragraph opens with its event's day and year in a clause of its own
    (``layout.opening_day``) and reports it done, not planned (``dates.planned_words``)."""
    if opening_day(text) is None:
        return False
    # a day still to come ("Ngày 20/4/2024, đoàn giám sát sẽ trở lại …") is a detail of the story
    sentence = re.split(r"[.!?;]\s", text.lower(), maxsplit=1)[0].rstrip(" .!?;…")
    return not rules().planned_clause.search(sentence + " ")


# Words a page's cut-off last line needs to go on the kept run above it: longer than a sidebar's line
# commonly is (a bound, not a tunable; 15 until session 27, when two photo reports' cut-off lines of 12 and 13
# words showed it too long and a portal's idle-session notice, the one such line of furniture on the tune
# pages, became a page notice in rules.toml).
_CUT_RUN_MIN_WORDS = 12
_CUT_WORD_MIN_WORDS = 4   # the same, when the copy stopped inside the line's last word


def _lead_lost_its_stop(text: str) -> bool:
    """Whether a line that ends no sentence is a lead's first line all the same: longer than any
    headline (``lengths.title_max_words``) and opening as a lead does (``_dated_opening``), or, at
    any length, opening with the time of day and its dated day (``layout.dated_lead_opening``: a wrap
    may have cut it short, "Sáng 25/02/2025, tại Trung tâm …, Hội đồng"). A long line holding the time of day and
    its day as a clause of their own (", sáng ngày 5/9, các thầy cô …") or opening with them ("Chiều ngày 21 và sáng
    ngày 22 tháng 12 năm 2022 Đảng ủy xã …") is a lead too."""
    return (words(text) > rules().title_max_words and (_dated_opening(text) or bool(
        _TIMED_DAY.search(fold(text))) or bool(_TIMED_DAY_CLAUSE.search(fold(text))) or bool(
        _TIMED_OPENING.match(fold(text))))) or dated_lead_opening(text) or (
        opens_at_its_dated_hour(text)) or opens_with_its_hour_and_day(text)


# The time of day and the event's day with its year inside a sentence ("…, sáng nay ngày 05/9/2025 các Trường …
# đã tổ chức …"): a lead's words, which no headline longer than any headline's length is.
# (its day in words too, maybe after a comma: "…, sáng nay, ngày 21 tháng 1 năm 2020 chi bộ …")
_TIMED_DAY = re.compile(r"(?<![a-z])" + TIME_OF_DAY
                        + r"(?:\s+nay)?(?:\s+|\s*,\s*)(?:ngay\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|"
                        r"\s+thang\s+\d{1,2}\s+nam\s+)\d{4}")
# The time of day and the day opening the line, with or without a comma ("Chiều ngày 21 và sáng ngày 22 tháng 12 năm
# 2022 Đảng ủy xã …").
_TIMED_OPENING = re.compile(r"^" + TIME_OF_DAY + r"(?:\s+nay)?\s+(?:ngay\s+)?\d{1,2}(?!\d)")
# The same as a clause of its own, the year left to the sentence (", sáng ngày 5/9, các thầy cô …").
_TIMED_DAY_CLAUSE = re.compile(r",\s*" + TIME_OF_DAY + r"(?:\s+nay)?\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*,")


def _with_lead_above(rows, body: list[int] | None) -> list[int] | None:
    """The run with the line right above it when that line is a lead that lost its full stop
    (``_lead_lost_its_stop``), the lead's clause citing the document the event carries out
    (``layout.cites_a_document``) or a lead opening with its source's tag ("Laocaitv.vn - Ngày 1/10,
    …"). Such a line is not long enough for a paragraph by shape alone."""
    if not body:
        return body
    above = next((k for k in range(body[0] - 1, -1, -1) if rows[k].text), None)
    table = flattened_table_cells(rows)
    if above in table:
        # a table flattened to one cell per line between the lead and the run, and the short line that announces it
        # ("3 sản phẩm gồm"): the lead is the line above them
        top = min(k for k in table if k <= above and all(m in table or not rows[m].text for m in range(k, above)))
        above = next((k for k in range(top - 1, -1, -1) if rows[k].text), None)
        if above is not None and rows[above].content and not ends_sentence(rows[above].text) and (
                words(rows[above].text) <= rules().caption_max_words):
            above = next((k for k in range(above - 1, -1, -1) if rows[k].text), None)
    if above is not None and rows[above].content and in_quoted_couplet(rows, above):
        # the verse the text opens with, quoted over two lines above it ('" Muốn sang thì bắc cầu kiều' / 'Muốn con
        # hay chữ phải yêu lấy thầy"' / "Đây là một trong những câu ca dao …"): the text's first lines
        opening = neighbour(rows, above, -1)
        return [opening, above, *body] if opening is not None and in_quoted_couplet(rows, opening) else body
    if above is None or not rows[above].content or rows[above].mark or ends_sentence(rows[above].text):
        return body
    lead = next((k for k in range(above - 1, -1, -1) if rows[k].text), None)
    if lead is not None and rows[lead].content and not rows[lead].mark and not ends_sentence(rows[lead].text) and (
            words(rows[above].text) <= rules().caption_max_words and not _lead_lost_its_stop(rows[above].text)
            and (_dated_opening(rows[lead].text) or _lead_lost_its_stop(rows[lead].text))
            and words(rows[lead].text) >= rules().long_lead_min_words):
        # a photo's caption between a dated lead that lost its stop and the run ("Ngày 26-27/12/2019, tại Sở …" /
        # "Hội đồng tư vấn …" / the text): both are the text's; so is one under a lead opening with the time of day
        # and its day, the year left to the sentence ("Chiều 30/8, tại Tỉnh đoàn …, … tổng kết năm học 2018 – 2019 …")
        return [lead, above, *body]
    return [above, *body] if _lead_lost_its_stop(rows[above].text) or cites_a_document(rows[above].text) or (
        _first_of_numbered_parts(rows, above, body)) or (
        POINTING_BACK.match(rows[above].text) and words(rows[above].text) >= rules().lead_min_words) or (
        _SOURCE_TAG.match(rows[above].text)) or (
        _page_top(rows, above + 1) == above and lead_told_once(rows, above)) else body


def _first_of_numbered_parts(rows, k: int, body: list[int]) -> bool:
    """Row ``k``, right above the run, is the text's first heading: it opens with part number 1 and a line of the run
    with part number 2 in the same style ("1. Vắc-xin là gì?" over the text, "2. Tính an toàn của vắc-xin" in it), or
    with part I in Roman numbers, or with part 1 under nothing but furniture (the parts after it may be cut off)."""
    number = section_number(rows[k].text)
    if number is None or number[1] != 1 or not rows[k].content or words(rows[k].text) > _HEADLINE_MAX_WORDS:
        return False
    # (part I: "I. SỰ HÌNH THÀNH NGÀY PHÁP LUẬT VIỆT NAM", "I. BỐI CẢNH" under the headline and its writers; part 1 under
    # a stamp alone: "1. Mục tiêu, quan điểm và phân vùng quy hoạch")
    return number[0] == "roman" or _page_top(rows, k + 1) == k or any(
        section_number(rows[m].text) == (number[0], 2) for m in range(body[0], len(rows)) if rows[m].content)


def _printed_twice_over_its_text(rows, body: list[int] | None) -> bool:
    """Whether the run's first two lines are one line printed twice, a headline's length, ending no sentence, with
    more text under them: a Liferay page's headline in its breadcrumb ("null Xe ô tô, xe gắn máy tăng cường tuyên
    truyền … trong tình hình mới…", its 'null' dropped; an ellipsis ends no sentence here) and again over the lead, a
    menu's line between them. A sentence printed twice (a caption under its photo's alternative text) is no headline."""
    if not body or len(body) < 3:
        return False
    first, second = rows[body[0]].text, rows[body[1]].text
    if text_key(first) != text_key(second) or rows[body[0]].mark in ("li", "caption"):
        return False
    return rules().title_min_words <= words(first) <= _SLUG_HEADLINE_MAX_WORDS and (
        not ends_sentence(first) or first.rstrip().endswith(("…", "...")))


def _heads_its_run(rows, body: list[int] | None) -> bool:
    """Whether the first line of the paragraph run is a long title printed without a
    heading mark (a notice's title of 40 words and more looks like a paragraph)."""
    if not body or len(body) < 2:
        return False
    row = rows[body[0]]
    if _lead_lost_its_stop(row.text) or lead_told_once(rows, body[0]) or cites_a_document(row.text) or (
            _SOURCE_TAG.match(row.text)) or two_sentences(row.text) or teaser_of_the_text(rows, body[0], body[1]) or (
            POINTING_BACK.match(row.text)) or purpose_clause(row.text) or restated_below(rows, body[0]) or (
            section_number(row.text) is not None):
        return False   # "Cùng ngày 17/02/2016, tại huyện …": a lead that lost its full stop (or its end to a wrap);
        # "Thực hiện Kế hoạch số …": the lead's first clause; "(TTV) - Sáng 5/9, …": a lead by its source's tag;
        # "Đây là hoạt động chào mừng …": a sentence about what the page told above it; "1. Tình hình chăn nuôi": a
        # part's heading
    if _retold_by_the_lead(row.text, rows[body[1]].text) and row.mark not in ("li", "caption"):
        return True
    # a person named with their role ("Đồng chí … - Bí thư …, … tặng quà …") is a photo's caption,
    # never a title, as ``find_title`` and ``_title_at_the_top`` read it
    return (row.mark not in ("li", "caption") and not ends_sentence(row.text) and words(row.text) <= 60
            and not row.text.rstrip().endswith((",", "…", "...")) and not is_caption(row.text)
            and not names_person_with_role(row.text) and ends_sentence(rows[body[1]].text))


def _retold_by_the_lead(text: str, lead: str) -> bool:
    """A headline typed with its full stop above a dated lead that tells it again ("Tư vấn xác định nhiệm vụ
    KH&CN cấp tỉnh bổ sung năm 2023: Ứng dụng … tại tỉnh Phú Yên." over "Sáng ngày 02/8/2023, Sở … đã tổ chức
    họp hội đồng … tư vấn xác định nhiệm vụ … năm 2023: Ứng dụng …"): the lead's own day opens it, with its year
    or without ("Sáng 11/8, Ủy ban MTTQ … tổ chức hội nghị tổng kết …"), so the line above is no paragraph of it but
    its title, however long."""
    own = [w for w in words_of(text) if len(w) > 1]
    if len(own) < rules().title_min_words or words(text) > 60 or opening_day(text) or (
            opening_day(lead) is None and lead_day_month(lead) is None):
        return False
    used = set(words_of(lead))
    return sum(w in used for w in own) >= RETOLD_SHARE * len(own)


def _page_top(rows, before: int) -> int | None:
    """The page's first text line when only furniture stands above it (menus, a site's name,
    stamps): the place where a stored copy that starts with its article prints the title."""
    for k in range(before):
        row = rows[k]
        if row.blank or row.kind is not None or row.date is not None or row.byline is not None:
            continue
        if row.content and (is_unit_name(row.text) or places_only(row.text)):
            continue   # (a site's name, and its place under it: "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH")
        return k
    return None


# A headline's subject before its colon: one to four capitalised words ("Thanh Ba:", "Hội Nông dân xã:").
_HEADLINE_SUBJECT = re.compile(r"^(?:[A-ZĐ][^\W\d_]*\s+){0,3}[A-ZĐ][^\W\d_]*:\s")


def _names_another_headline(text: str, slug: tuple[str, ...] | None) -> bool:
    """Whether the address's slug names a headline other than ``text``: a line holding few of its words
    ("nhieu-mo-hinh-tro-luc-giup-phu-nu-thoat-ngheo-o-thang-binh" over "Mô hình nuôi heo đất tiết kiệm của Chi hội
    phụ nữ thôn Trà Long.") is not the headline the CMS slugified. One way only, unlike ``_slug_share``: a short
    caption's words may all stand in a long slug ("Hội nghị tổng kết." under '/hoi-nghi-tong-ket-cong-tac-mat-tran-
    xa-tan-lap-nam-2024') without its being the headline."""
    if not slug:
        return False
    named = set(slug)
    return len(named & set(words_of(text))) < _HEADLINE_SHARE_OF_ITS_SLUG * len(named)


# The share of its address's slug words a headline holds. Of the tune pages whose first line was read as the
# headline and whose address has a slug other than that line's (session 42, 20 pages), the headlines held 0.85 of
# those words or more (a CMS drops or adds a word or two), the photos' captions and the leads 0.73 or less.
_HEADLINE_SHARE_OF_ITS_SLUG = 0.8


def _title_at_the_top(rows, body: list[int] | None, slug: tuple[str, ...] | None = None) -> int | None:
    """The title of a page that starts with its article when no heading-like line was found.

    Two shapes the rules above refuse on their own (batch 10): a headline that opens in lower
    case right above the text ("xã Tri Hải đã tổ chức ra quân …": the copy lost its first
    word's capital), and a short headline typed with a full stop, read as the run's first
    sentence ("Thanh niên Châu Thành hưởng ứng ngày hội hiến máu tình nguyện năm 2019.").
    Either is the page's first text line; a lead is longer, has clauses, and comes after it.
    """
    if not body or len(body) < 2:
        return None
    table = rules()
    top = _page_top(rows, body[0] + 1)
    if top is None or restated_below(rows, top):
        return None   # ("… ban hành Thông báo số 681/TB-UBND … về việc treo cờ Tổ quốc." / "Theo đó, …": the lead)
    if top < body[0] and looks_like_label(rows[top].text) and words(rows[top].text) < table.title_min_words and not any(
            rows[k].content for k in range(top + 1, body[0])):
        top = body[0]   # a section's short label over a headline typed with its full stop ("Tin nghiệp vụ" / "… .")
    row = rows[top]
    text = row.text.strip()
    if row.mark in ("li", "caption") or is_caption(text) or scene_caption(text) or is_person_name(text) or (
            names_person_with_role(text)) or is_section_label(text) or NUMBERED.match(text) or (
            _SAPO_OPENER.match(fold(text))) or is_teaser(text) or _LEAD_TAG.match(text) or _SOURCE_TAG.match(text) or (
            POINTING_BACK.match(text)) or purpose_clause(text) or place_and_day(text) or bp.postal_address(text) or (
            SALUTATION.match(text)):
        return None   # ("Nhằm hỗ trợ nhân dân … tết Nguyên Đán Tân sửu." over "Ngày 03/02/2021. …": a purpose clause;
        #               "Kính gửi: Quý Ông, Bà" over a reply to a resident: a letter's salutation;
        #               "Hải Phòng, ngày 20 tháng 10 năm 2019": a document's place and day; "1115/41 đường …, phường …,
        #               Quận 7, …": a postal address)
    if top < body[0]:
        between = [k for k in range(top + 1, body[0]) if rows[k].content]   # buttons and stamps may stand there
        headline = table.title_min_words <= words(text) <= table.title_max_words
        return top if not between and headline and not ends_sentence(text) and (
            not text.endswith((",", ":", ";"))) else None
    # (a headline may list with commas, "Các hoạt động văn hóa, văn nghệ, thể thao chào mừng …": a lead's
    # sentence that opens with its day or a lead-in clause does not pass)
    # (a headline's subject before a colon, "Thanh Ba: Chỉ đạo tổ chức …", is no sentence's end)
    one_sentence = text.endswith(".") and not text.endswith("..") and not re.search(
        r"[.!?;:]\s", _HEADLINE_SUBJECT.sub("", text)) and (
        "," not in text or not _dated_opening(text))
    nxt = rows[body[1]].text
    # a summary the lead then repeats word for word is the text's, not a headline over it
    key, lead_key = text_key(without_closing_stop(text)), text_key(nxt)
    restated = key in lead_key
    if restated and _one_stopped_sentence(text) and (
            table.title_min_words <= words(text) <= table.title_max_words):
        # ... unless the lead puts the day, with its year, in front of the headline's words
        # ("Trong sáng ngày Chủ nhật, 14/12/2025, <the headline's words> …", session 11): a
        # summary is the lead's own sentence, a headline over a lead that dates it is not
        opening = " ".join(nxt.split()[: len(lead_key[: lead_key.index(key)].split())])
        if 0 < words(opening) <= _DATED_RESTATEMENT_MAX_WORDS and any(
                f.value.year > 1900 for f in find_dates(opening)):
            return top
    if one_sentence and slug and table.title_min_words <= words(text) <= table.title_max_words and (
            slug_opening(text, slug) >= table.slug_prefix_min_words):
        # the address spells the line, maybe cut at the CMS's length: the headline, however the lead retells it
        return top
    short = table.title_min_words <= words(text) <= table.stopped_title_max_words
    if one_sentence and table.title_min_words <= words(text) <= table.title_max_words and (
            _opens_dated(nxt) and not _opens_dated(text)) and words(nxt) > words(text):
        # a line typed with a full stop over a lead that opens with its event's day ("Họp hội đồng tư vấn …" / "Sáng
        # ngày 18 tháng 9 năm 2019 tại …"): the text starts with the lead, the line above it is the headline
        return top
    return top if one_sentence and short and words(nxt) > words(text) and not restated else None


_OPENING_REACH = 40   # characters from a lead's start to its day ("Sáng ngày 18 tháng 9 năm 2019 tại …")


def _opens_dated(text: str) -> bool:
    """Whether a line opens with the day of its event, with its year, in digits or in words."""
    found = lead_date(text)
    return found is not None and found.start <= _OPENING_REACH


# a section's name printed above the title that names a category (_read_above), however long: "Hoạt động mặt trận tổ
# quốc và các đoàn thể chính trị - xã hội" (Liferay portals of Hà Nội's wards)
_LABEL_MAX_WORDS = 15
_DATED_RESTATEMENT_MAX_WORDS = 10   # "Trong sáng ngày Chủ nhật, 14/12/2025," before a headline's words
_BANNER_MAX_ROWS = 2     # paragraph-like rows above a headline and its stamp that are a banner, not text
_LONG_HEADLINE_MAX_WORDS = 45   # a headline's most words (``layout.title_score`` counts more against it)


def _article_after_a_list(rows, body: list[int] | None) -> list[int] | None:
    """The article under a headline and its stamp when the heaviest run above them is a list.

    A box of other items printed above the article (a portal's list of decisions or news, each a long
    line) may outweigh an article cut to one paragraph; its lines end no sentence, as headlines do,
    where an article's paragraphs end theirs. Under the run, a headline-length line that ends no
    sentence over a stamp or its writers and date ("Lễ khánh thành …" / "Phạm Hảo 11:23 10/10/2025") opens
    the article: its text starts under the stamp (``sontay-…``)."""
    if not body or any(ends_sentence(rows[k].text) for k in body):
        return body
    table = rules()
    for k in range(body[-1] + 1, len(rows)):
        row = rows[k]
        if not row.content or row.kind is not None or ends_sentence(row.text) or not (
                table.title_min_words <= words(row.text) <= table.title_max_words):
            continue
        stamp = neighbour(rows, k, 1)
        if stamp is None or not (rows[stamp].date is not None or dated_bare_byline(rows[stamp].text)):
            continue
        text = next((m for m in range(stamp + 1, len(rows)) if rows[m].content), None)
        if text is not None and rows[text].kind is None and words(rows[text].text) >= table.lead_min_words:
            return [text]
        return body
    return body


def _headline_over_its_stamp(rows, body: list[int], position: int) -> bool:
    """Whether the run's row at ``position`` is a headline that reads as a paragraph, over its printed date or
    its view count (``_after_headline_and_stamp``)."""
    table = rules()
    first, nxt = body[position], body[position + 1]
    # (buttons and a view count, maybe a bare number, may stand between the headline and its stamp; the text
    # under them may be one paragraph, as a short notice's is)
    def count(k) -> bool:   # a view count printed as a bare number
        return k is not None and rows[k].date is None and bool(re.fullmatch(r"\d[\d.,]*", rows[k].text))

    stamps = [k for k in range(first + 1, nxt) if not rows[k].blank and rows[k].kind not in (
        bp.TOOLBAR, bp.VIEWS, bp.COUNTER) and not count(k)]
    under = neighbour(rows, first, 1)
    if count(under):
        under = neighbour(rows, under, 1)
    head = rows[first].text
    if stamps and rows[stamps[0]].date is not None and rows[stamps[0]].kind is None and (
            (_one_stopped_sentence(head) and (
                table.title_min_words <= words(head) <= table.title_max_words
                # (a long one too when the stamp stands right under it: "UBND Huyện Triển Khai … Khen Thưởng của
                # Các cấp." / "Ngày 26/01/2015 09:25:58")
                or (words(head) <= _LONG_HEADLINE_MAX_WORDS and stamps[0] == under)
                # a lead's sentence typed as the headline, of any length, when the text under the stamp
                # opens with it again ("Sáng ngày 27/11/2024, … năm 2024." / "29/11/2024" / the same sentence)
                or text_key(rows[nxt].text).startswith(text_key(head))))
            # a long headline ending no sentence right over its stamp ("UBND tỉnh … lựa chọn 06 điển hình
            # … do Hội đồng TĐKT Trung ương tổ chức" / "Submitted by admin on T4, …"): a paragraph never
            # stands over a stamp on its own line
            # (a semicolon typed after it is no sentence's end: "Tình hình kinh tế - xã hội … tỉnh Đồng Nai;")
            or ((not ends_sentence(head) or head.rstrip().endswith(";"))
                and table.title_min_words <= words(head) <= _LONG_HEADLINE_MAX_WORDS and stamps[0] == under)):
        return True
    # a view count alone right under a one-sentence line ("Thực hiện Công văn số … năm 2021." / "Lượt xem:
    # 227"): a portal counts the views under its headline, never under a paragraph
    return view_count_below(rows, first) and _one_stopped_sentence(head) and (
        table.title_min_words <= words(head) <= _LONG_HEADLINE_MAX_WORDS)


_BANNER_MAX_WORDS = 20   # a site's motto above the headline: a line of a banner's length


def _after_headline_and_stamp(rows, body: list[int] | None) -> list[int] | None:
    """The run without what stands above a headline and its printed date inside it.

    A slogan banner ("Nhiệt liệt chào mừng 81 năm Ngày thành lập Quân đội …!") may read as a
    paragraph and open the run, while the page's headline and its stamp follow: an article's
    text never has a date stamp on its own line right under a headline-length line that ends
    no sentence. The text starts after that stamp; one or two rows above it are the banner.
    A headline typed with a full stop (one sentence, no other sentence end inside it) reads as
    a paragraph and opens the run itself (session 11: "Tổ chức đối thoại … huyện Tuy Đức."
    above "cms-publish-date 17/04/2018 | 08:03"): the text starts after its stamp too.
    """
    if not body or len(body) < 2:
        return body
    table = rules()
    if _headline_over_its_stamp(rows, body, 0):
        return body[1:]
    if len(body) >= 3 and words(rows[body[0]].text) <= _BANNER_MAX_WORDS and _headline_over_its_stamp(rows, body, 1):
        # a site's motto that reads as a sentence ("Khuyến nông … đồng hành … cùng bà con nông dân!") above the
        # headline typed with its full stop, its view count and its stamp
        return body[2:]
    # A news slider's teasers, cut short with an ellipsis, above the article's stamp and its
    # headline ("… chính thức khai mạc ngày…" / "Ngày cập nhật 31/10/2023" / "<headline>"): the
    # text starts under the headline, the teasers are the slider's.
    for position in range(1, min(_BANNER_MAX_ROWS, len(body) - 1) + 1):
        if not is_teaser(rows[body[position - 1]].text):
            break
        between = [k for k in range(body[position - 1] + 1, body[position]) if rows[k].content or rows[k].date]
        stamp = next((k for k in between if rows[k].date is not None and rows[k].kind is None), None)
        if stamp is not None and any(
                k > stamp and rows[k].content and not rows[k].body_like and not ends_sentence(rows[k].text)
                and table.title_min_words <= words(rows[k].text) <= table.title_max_words for k in between):
            return body[position:]
    # A stamp with the headline right under it and the text right under that ("Công đoàn tỉnh … đổi mới nội dung, …
    # phát triển nhanh và bền vững." / "Thứ sáu, 07 Tháng 9 2018 14:58" / "<headline>" / the lead): what stands
    # above the stamp is the site's motto, the text starts under the headline.
    for position in range(1, min(_BANNER_MAX_ROWS, len(body) - 2) + 1):
        stamp = neighbour(rows, body[position - 1], 1)
        headline = neighbour(rows, stamp, 1) if stamp is not None else None
        if headline is None or rows[stamp].date is None or rows[stamp].kind is not None or (
                neighbour(rows, headline, 1) != body[position]):
            continue
        text = rows[headline].text
        if rows[headline].content and not rows[headline].body_like and not ends_sentence(text) and (
                table.title_min_words <= words(text) <= table.title_max_words):
            return body[position:]
    if len(body) < _BANNER_MAX_ROWS + 1:
        return body
    for position in range(1, _BANNER_MAX_ROWS + 1):
        for k in range(body[position - 1] + 1, body[position]):
            if rows[k].date is None or rows[k].kind is not None:
                continue
            above = neighbour(rows, k, -1)
            if above is None or above <= body[position - 1] or not rows[above].content:
                break
            text = rows[above].text
            if rows[above].body_like or ends_sentence(text) or not (
                    table.title_min_words <= words(text) <= table.title_max_words):
                break
            rest = body[position:]
            return rest if len(rest) >= 2 else body
    return body


def _title_under_lead(rows, body: list[int] | None, slug: tuple[str, ...] | None) -> int | None:
    """The title printed under the lead, heard from the page's address (``tayson-…``).

    When no line above the text reads as a title, a line between the run's first paragraph
    and its second whose folded words are the address's slug (address.py) is the line the
    CMS made the slug from: the title, printed under the lead. Only one such line, of title
    length (a lead that opens with the title's words is longer). The lead stays the first
    paragraph; the run's own first line is never made the title by the address (a stored
    text without a title line keeps none, the labels' convention, even when its lead is
    the sentence the CMS slugified).
    """
    if not slug or not body:
        return None
    limit = rules().title_max_words
    # (a text of one paragraph: the few lines under it, "… xã Ninh sở đạt giải nhì" / "<headline> - Xã Ninh Sở" /
    # "<headline>" / its stamp)
    stop = body[1] if len(body) >= 2 else min(len(rows), body[0] + _HEADER_REACH)
    hits = [k for k in range(stop) if rows[k].content and words(rows[k].text) <= limit
            and matches_slug(rows[k].text, slug)]
    if len(hits) > 1:
        # the headline printed again with the site's name after it: the one with the fewest words past the slug
        extra = {k: len(words_of(rows[k].text)) - (slug_prefix(rows[k].text, slug) or 0) for k in hits}
        hits = [k for k in hits if extra[k] == min(extra.values())]
    return hits[0] if len(hits) == 1 and body[0] < hits[0] else None


def _stamp_between(rows, first: int, line: int) -> bool:
    """Whether a stamp (a row holding the page's date) stands between the run's first paragraph
    ``first`` and the line the address spells under it."""
    return any(rows[k].date is not None for k in range(first + 1, line))


_SPELLED_HEADLINE_MAX_WORDS = 45   # the longest headline taken because the address spells it whole


def _title_the_address_names(rows, body: list[int] | None, title: int, slug: tuple[str, ...] | None,
                             categories) -> int | None:
    """The line above the text that the address's slug spells, instead of the chosen title
    (``ninhthuan-…``: the lower-case title above its stamp, not the heading in capitals under it).

    Only when the evidence is one line that can only be the headline, above the chosen one:
    the chosen title does not match the slug, is no heading mark and is not printed twice;
    exactly one distinct line matches (a lead that opens with the slug's words, or two
    different matching lines, make it abstain); that line stands above the chosen title with
    nothing but stamps, buttons and bylines between them and the text; it is title-length and
    no sentence (no sentence end; a line cut by a break is already joined to the next); a
    slug that only opens a longer line (cut by the CMS) must spell ``slug_prefix_min_words``
    words; a line that reads as a section's name is none. The chosen line then stays where it
    stands, the text's first line under the title (the fixtures' decision on ``ninhthuan-…``: a
    heading inside the text is its first paragraph), unless ``extract`` finds it restates the
    headline (``_restates_title``): the override itself drops no line. A slug line under the
    chosen title would drop it as the page's frame; that is left to the rules.
    """
    if not slug or not body or matches_slug(rows[title].text, slug) or rows[title].mark == "h1":
        return None
    table = rules()
    chosen = text_key(rows[title].text)
    if sum(1 for k, row in enumerate(rows) if row.content and text_key(row.text) == chosen) > 1:
        return None   # a title the page prints twice is the page's own word on it
    hits = [k for k, row in enumerate(rows) if row.content and matches_slug(row.text, slug)]
    if len({text_key(rows[k].text) for k in hits}) != 1 or not hits[0] < title < body[0]:
        return None
    named = hits[0]
    if any(rows[k].content and not writer_with_post(rows[k].text) for k in range(named + 1, body[0]) if k != title):
        return None   # only the stamp, buttons, a writer and the chosen line between the headline and the text
    row = rows[named]
    text = row.text.strip()
    spelled_whole = (slug_prefix(text, slug) or 0) >= len(slug) and all(
        w.isdigit() for w in words_of(text)[len(slug):])
    if row.mark in ("li", "caption") or row.body_like or ends_sentence(text) or not (
            table.title_min_words <= words(text) <= table.title_max_words or (
                # a long headline the slug spells whole, to its figures ("Hội Nông dân các phường ra quân …, nhiệm kỳ
                # 2023-2028" at '/hoi-nong-dan-cac-phuong-ra-quan-…-nhiem-ky-2023-2028/', 32 words)
                spelled_whole and words(text) <= _SPELLED_HEADLINE_MAX_WORDS)):
        return None
    if _section_name(text, categories):
        return None   # a section's name above the title, as _read_above reads one; some paths spell it
    line = words_of(text)
    spelled = slug_prefix(text, slug)
    if any(not w.isdigit() for w in line[spelled:]) and spelled < table.slug_prefix_min_words:
        return None   # a short slug opening a longer line: a CMS cut, or another line's start
    return named


def _line_the_slug_spells(rows, body: list[int] | None, title: int, url: str | None) -> int | None:
    """The one line near the top of the page that spells the address's headline slug (``_headline_slug``) nearly word
    for word, when the chosen title shares fewer than half its words with the slug: the headline, where the rules took
    a section's name, a caption, a related item or a counter's line for it ("Kết quả tiếp công dân hàng tháng" over
    "Báo cáo tình hình, kết quả công tác tiếp công dân …" at '/…-bao-cao-tinh-hinh-ket-qua-cong-tac-tiep-cong-dan-…').

    Nearly word for word: eight in ten of the line's words are the slug's and eight in ten of the slug's are the line's,
    in any order (a CMS drops or reorders a word, cuts a long slug, spells "đ" as "d" or drops it). Only when the rules
    chose a title (a page they read as printing none is left alone: its lead or a caption often retells the slug), the
    line is the only one of its wording that spells the slug, opens with a capital (a line cut inside a sentence does
    not), opens no lead ("Sáng 13/02, Ủy ban MTTQ …": the lead the slug was made from) and is a headline's length, and
    the chosen title is not the same words with more ("Tuyên truyền giáo dục sức khỏe" under a longer headline)."""
    slug = _headline_slug(url)
    if slug is None or not body or _slug_words_shared(rows[title].text, slug) >= _SLUG_SHARE_OF_A_TITLE:
        return None
    top = [k for k, row in enumerate(rows) if row.content][:_SLUG_LINE_TOP_ROWS]
    hits = [k for k in top if k != title and _slug_words_shared(rows[k].text, slug) >= _SLUG_SPELLED_SHARE]
    if len({text_key(rows[k].text) for k in hits}) != 1:
        return None
    text = rows[hits[0]].text.strip()
    if not text[:1].isupper() or _opens_a_lead(text) or words(text) > _SLUG_SPELLED_MAX_WORDS or (
            set(words_of(text)) <= set(words_of(rows[title].text))):
        return None
    return hits[0]


def _slug_words_shared(text: str, slug: tuple[str, ...]) -> float:
    """The share of words a line and a slug have in common, the smaller of the two ways (``_slug_share`` takes the
    larger: a long lead holding every word of a short slug shares all of it)."""
    shares = _slug_shares(text, slug)
    return 0.0 if shares is None else min(shares)


_SLUG_LINE_TOP_ROWS = 25        # rows with text from the page's top where a headline is looked for
_SLUG_SPELLED_SHARE = 0.8       # a line that spells the slug nearly word for word, both ways
_SLUG_SPELLED_MAX_WORDS = 40    # a headline's length at most, for such a line


def _with_site_suffix(line: str, title: str) -> bool:
    """Whether ``line`` is the title followed by the site's name after a dash or a bar, as a browser's title bar
    prints it ("Lễ hội … tháng 3-2018 - Trang thư viện báo Quảng Ninh điện tử")."""
    parts = re.split(r"\s+[-–|]\s+", line.strip())
    for cut in range(len(parts) - 1, 0, -1):
        head, rest = " - ".join(parts[:cut]), " - ".join(parts[cut:])
        if text_key(head) == text_key(title):
            rest = rest.rstrip(" .")   # (a stop left alone on the next line may be joined to it)
            return words(rest) <= _SITE_SUFFIX_MAX_WORDS and not ends_sentence(rest)
    return False


_SITE_SUFFIX_MAX_WORDS = 12   # a site's name after the title in a browser's title bar


def _section_name(text: str, categories) -> bool:
    """A line that reads as a section's name (a label, or one the alias table maps), as ``_read_above`` reads one."""
    return looks_like_label(text) or (words(text) <= _LABEL_MAX_WORDS and not any(ch.isdigit() for ch in text)
                                      and bool(map_category(text, categories)))


def _dated_in_its_wording(rows, title: int, url: str | None = None) -> bool:
    """Whether the date at the title's edge is the title's own wording, not its stamp: the
    page prints a stamp of another day on its own line right above or under the title ("Tây
    Giang rộn ràng ngày bầu cử 23.5.2021" over "Ngày 01/07/2021"), or the address's slug, made
    from the headline, spells the date too ("Kỷ niệm ngày Di sản văn hóa Việt Nam 23/11/2022" at
    '/ky-niem-ngay-di-san-van-hoa-viet-nam-23-11-2022-402287')."""
    text = rows[title].text
    if not has_edge_date(text):
        return False
    found = edge_date(text)
    if found.start > 0 and rules().occasion_clause.search(fold(text[: found.start])[-120:]):
        return True   # the occasion's day the headline names ("… NHÂN NGÀY THƯƠNG BINH LIỆT SỸ 27/7/2025")
    if found.start > 0 and _slug_spells_date(text[found.start: found.end], url):
        return True
    if found.start > 0 and _DAY_IN_WORDS.search(fold(text[found.start: found.end])):
        return True   # a day written out ("… Đô Lương ngày 11 tháng 2 năm 2019"): the headline's words; stamps are figures
    day = found.value.date()
    for step in (1, -1):
        k = neighbour(rows, title, step)
        if k is not None and rows[k].date is not None and rows[k].kind is None:
            return rows[k].date.value.date() != day
    return False


_DAY_IN_WORDS = re.compile(r"\bthang\s+\d{1,2}\b")


def _slug_spells_date(date_text: str, url: str | None) -> bool:
    """Whether the address's slug, made from the headline, spells a date as printed: its figures in order, each a word
    ('…-viet-nam-23-11-2022-402287') or glued ('…-nam-2021-26032021'). The slug is the address's last segment that
    holds words (``address_slug`` drops the figures at its end, as ids); a segment of figures alone is the CMS's date
    folder, no headline's."""
    figures = re.findall(r"\d+", date_text)
    if not url or len(figures) < 3:
        return False
    segments = [re.sub(r"[^0-9a-z]+", "-", fold(unquote(s))).strip("-") for s in urlsplit(url).path.split("/")]
    worded = [s for s in segments if len(re.findall(r"[a-z]+", s)) >= rules().slug_min_words]
    if not worded:
        return False
    slug = f"-{worded[-1]}-"
    return f"-{'-'.join(figures)}-" in slug or "".join(figures) in slug


_GLUED_LEAD_MAX_WORDS = 4   # a summary's first words a headline may carry run on, its summary cut


def _without_the_leads_opening(title: str, lead: str) -> str:
    """The headline without the summary's first words the page ran onto it, the summary cut ("Sẵn sàng Hội thi …
    năm học 2025-2026 Theo Kế" over "Theo Kế hoạch, Hội thi …"): a capitalised lead's opener ("Theo", "Sáng",
    "Nhằm") and at most a few words after it that open the text's first paragraph, as printed."""
    pieces = title.split()
    for count in range(1, _GLUED_LEAD_MAX_WORDS + 1):
        tail = " ".join(pieces[-count:])
        if len(pieces) - count < rules().title_min_words:
            break
        if tail[:1].isupper() and _SAPO_OPENER.match(fold(tail)) and lead.startswith(tail) and len(lead) > len(tail):
            return " ".join(pieces[:-count])
    return title


def _headline_over_its_buttons(rows, body: list[int] | None) -> int | None:
    """The run's first line when it is a headline typed with its full stop and the page's buttons stand between it
    and the text, as they stand under a headline ("Thị đoàn … năm 2018." / "Font size : A- A A+" / "Vừa qua, …"):
    one sentence of a headline's length (longer than ``stopped_title_max_words`` allows alone), the next
    paragraph longer."""
    if not body or len(body) < 2:
        return None
    first, text = body[0], rows[body[0]].text
    between = [k for k in range(first + 1, body[1]) if rows[k].text]
    lengths = rules()
    if between and all(rows[k].kind in (bp.TOOLBAR, bp.VIEWS) for k in between) and _one_stopped_sentence(text) and (
            lengths.title_min_words <= words(text) <= lengths.title_max_words) and (
            words(rows[body[1]].text) > words(text)) and rows[first].mark not in ("li", "caption"):
        return first
    return None


def _one_stopped_sentence(text: str) -> bool:
    """A line that is one sentence ending with a single full stop, no other sentence end in it
    (a headline's colon after its place or unit, "Hội Chữ thập đỏ tỉnh: Triển khai …", allowed; so is a
    semicolon between two clauses of one headline, "… phòng chống ma túy; xây dựng tình bạn đẹp …")."""
    text = text.rstrip()
    return text.endswith(".") and not text.endswith("..") and not re.search(r"[.!?]\s", text)


_SIGNED_WITH_POST = re.compile(r"(\S+(?:\s+\S+){1,3})\s+[-–—]\s+(\S.*?)\.")


def _signs_with_post(text: str) -> bool:
    """Whether a line is a writer's name and post closed by a full stop ("Bùi Thị Hường – Chủ tịch HND xã An Lư,
    huyện Thủy Nguyên."): long enough to pass for a paragraph, it signs the article as the same line without its stop
    does. The post must read as one (a role's or a unit's first words) and tell of no deed ("… trao quà cho …")."""
    match = _SIGNED_WITH_POST.fullmatch(text.strip())
    return bool(match) and words(text) <= 20 and is_person_name(match.group(1)) and role_or_unit(match.group(2)) and (
        not rules().caption_deed.search(match.group(2))) and not ends_sentence(match.group(2))


def _signed_with_a_given_name(text: str) -> bool:
    """Whether a line is a person's name of two to four words ending with a common given name ("Văn Thắng", "Nguyễn Thị
    Hoa"): a writer, never a box's heading ("Tiêu Điểm", "Thể Thao"), whose last words name no one."""
    names = text.strip().split()
    return 2 <= len(names) <= 4 and is_person_name(text.strip()) and not is_section_label(text) and (
        unicodedata.normalize("NFC", names[-1].lower()) in rules().given_names)


def page_layout(lines) -> tuple[list[Row], list[int] | None]:
    """The page's rows and its heaviest paragraph run (the body before the title is chosen)."""
    rows = prepare(lines)
    # Short notices may have no long paragraph at all: fall back to plain sentences.
    runs = clusters(rows) or clusters(rows, sentence_like)
    # a run of teasers only, every paragraph cut short by the portal ("… Chỉ thị số 35-CT/TW, ngày 30/5/2019..."),
    # is a news list's summaries, not the article, while another run is left
    runs = [run for run in runs if not (len(run) >= 2 and all(is_teaser(rows[i].text) for i in run))] or runs
    body = max(runs, key=lambda c: sum(words(rows[i].text) for i in c)) if runs else None
    return rows, _without_title_printed_twice(rows, _after_headline_and_stamp(rows, _with_lead_above(
        rows, _article_after_a_list(rows, body))))


def _section_path(text: str) -> bool:
    """A section's name, a colon and a subsection's ("Tin tức - Sự kiện: Tin tổng hợp"): a breadcrumb printed with a
    colon. A labelled field ("Chuyên mục: Tin tức", "Tin ảnh: Minh Khoa") is none: its left side names no section."""
    match = re.fullmatch(r"([^:]{3,40}):\s*([^:]{3,40})", text.strip())
    return bool(match) and words(text) <= 10 and "." not in match.group(1) and is_section_label(match.group(1)) and (
        looks_like_label(match.group(2)) and not is_person_name(match.group(2))) and not re.match(
        r"(?:chuyen muc|danh muc|the loai|category)\b", fold(match.group(1))) and (   # ("Lễ bàn giao nhà. Ảnh: Minh Nhựt")
        # a photo's label and its caption ("Hình ảnh: Đường cờ Kim Liên") names no section either
        not re.fullmatch(r"(?:hinh anh|hinh|anh)(?:\s*\d+)?", fold(match.group(1)).strip())) and (
        not _HANDED_OVER_FILE.search(fold(text)))   # nor a file's name and its link ("Bản vẽ …: Xem tại đây")


def _names_who_or_when(text: str) -> bool:
    """Whether a line names a unit, a place or a person (a capitalised word after its first) or a year."""
    return bool(re.search(r"\b(?:19|20)\d\d\b", text)) or any(w[:1].isupper() for w in text.split()[1:])


_END_CAPTIONS_MAX = 6   # photos' captions a stored page ends with, no photo left (a longer run is a list's; 4 until session 27)
_END_CAPTION_MIN_WORDS = 4   # such a caption's fewest words ("Trân trọng cảm ơn" is a courtesy, no caption)
# what may stand after them: what ends an article ("Tin khác", a footer, a counter) and buttons ("Bản in | Quay lại")
_AFTER_END_CAPTIONS = bp.ENDING_KINDS | {bp.TOOLBAR}


_POLL_HEADING = re.compile(r"^(?:tham do y kien|y kien tham do|binh chon|bieu quyet)\b")


def _mark_by_address_and_neighbours(rows, legacy_url: str | None) -> None:
    """Furniture only the page's address or a row's neighbours tell: a site's home address (another site's is a
    credit, the page's own is its footer's), the section the address names, a section path with a colon, a
    summary cut after the lead's first clause over the lead, a poll's question under its heading."""
    host = own_host(legacy_url)
    sections = section_slugs(legacy_url)
    spelled = spelled_slugs(legacy_url)
    for row in rows:
        if row.kind == bp.WIDGET and row.text and tuple(words_of(row.text)) in spelled:
            # a box's heading words the address spells whole ("Lịch Tiếp công dân năm 2022" at
            # '/lich-tiep-cong-dan-nam-2022-403782'): the page of that name, its headline
            row.kind = None
        root = site_root(row.text) if host and row.text else None
        if root is not None and row.kind == bp.MENU and root != host:
            row.kind = None   # another site's home address alone ("http://baolamdong.vn/"): the source, a credit
        elif root is not None and row.kind is None and root == host:
            row.kind = bp.MENU   # the page's own site's address alone ("quangnam.edu.vn"): its footer's, no credit
        elif row.kind is None and row.content and tuple(words_of(row.text)) in sections:
            row.kind = bp.BREADCRUMB   # the section the address names, printed above the article: no title
    lines = [row for row in rows if row.text]
    if len(lines) >= 2 and bp.image_mark_tail(lines[0].text) and (
            lines[1].kind is None and lines[1].content and not lines[1].mark and not bp.is_upper_line(lines[1].text)
            and words(lines[1].text) <= rules().caption_max_words):
        # a copy cut inside the mark of the photo it opens with (".jpg)"): the short line under it is that photo's
        # caption, no headline ("Đồng diễn “Tiến bước dưới cờ Đoàn”.")
        lines[1].mark = "caption"
    above = None
    for k, row in enumerate(rows):
        if row.kind is None and row.content and _section_path(row.text):
            row.kind = bp.BREADCRUMB   # "Tin tức - Sự kiện: Tin tổng hợp": a section and its subsection, no title
        elif row.kind is None and row.content and cut_copy_of_the_next(rows, k):
            row.kind = bp.DUPLICATE   # a summary cut after the lead's first clause, over the lead: a copy
        elif row.content and row.text.rstrip().endswith("?") and above is not None and above.kind == bp.WIDGET and (
                _POLL_HEADING.match(fold(above.text))):
            row.kind = bp.WIDGET   # a poll's question under its heading ("Ý kiến thăm dò" / "Bạn quan tâm …?")
        above = row if row.text else above


# (and a term or period of years: "Nhiệm kỳ 2025 - 2030, Hội CCB tỉnh …", "Giai đoạn 2021-2025, …")
_MONTH_OR_YEAR = re.compile(r"\b(?:thang\s+\d{1,2}\s*[/.-]\s*\d{4}|(?:thang\s+\d{1,2}\s+)?nam\s+\d{4}|"
                            r"(?:nhiem\s+ky|giai\s+doan)\s+\d{4}\s*[-–]\s*\d{4})\b")


def _headline_the_slug_opens_above(rows, start: int, slug: tuple[str, ...]) -> int | None:
    """The nearest line above the text that the address's slug opens, ``slug_prefix_min_words`` words or more of it
    and at least half its words (``_slug_spells_most``), when the rules chose no title: the headline, however it reads
    ("Đồng chí Lê Văn Tuấn, Ủy viên …, Phó Chủ tịch UBND xã Thanh Phong, làm việc với … ." over its stamp, at
    '/dong-chi-le-van-tuan-uy-vien-ban-chap-hanh-dang-uy-pho-chu-tich-ubnd-xa-thanh-phong-lam-viec-voi-599540':
    a person named with her post, two commas and a full stop weigh against a title, and it opens as a lead does)."""
    for k in range(start - 1, -1, -1):
        text = rows[k].text
        if not rows[k].content or words(text) > _SLUG_HEADLINE_MAX_WORDS:
            continue
        spelled = slug_prefix(text, slug)
        if spelled is not None and spelled >= rules().slug_prefix_min_words and _slug_spells_most(text, slug):
            return k
    return None


def _title_the_address_spells(rows, body: list[int], spelled: set[tuple[str, ...]]) -> int | None:
    """The line the address spells word for word, however short or lower-case ("Trung thu năm 2020-2021" at
    '/…/trung-thu-nam-2020-2021.aspx'): above the text, or among the text's first lines under a summary the page
    prints again below ("Hôm nay (28-8), học sinh … tựu trường. …" / "Náo nức tựu trường" twice / the lead again).
    A lead above that line which the page does not print again stays where it is: no title there. A posted
    document's issuer ("UỶ BAN NHÂN DÂN" at '/…/uy-ban-nhan-dan', a section's address) is its letterhead's."""
    posted = set(letterhead(rows, body[0]))

    def spells(k: int) -> bool:   # (a sentence opening as a lead does, printed once, is the lead the address was made
        #                              from; printed again as the lead's first sentence it is the headline)
        return rows[k].content and tuple(words_of(rows[k].text)) in spelled and not (
            ends_sentence(rows[k].text) and _opens_a_lead(rows[k].text) and not _opens_a_later_line(rows, k)) and (
            k not in posted)

    start = body[0]
    above = next((k for k in range(start) if spells(k)), None)
    if above is not None:
        return above
    inside = next((k for k in range(start, body[:_SPELLED_TITLE_REACH][-1] + 1) if spells(k)), None)
    return inside if inside is not None and _printed_again_below(rows, start, inside) else None


# A headline typed again in capitals under the page's own, wrapped over two lines and a word or two changed: its
# fewest words, and how alike the two prints' words are (difflib's ratio over the word sequences).
_REWORDED_HEADLINE_MIN_WORDS = 8
_REWORDED_HEADLINE_LIKENESS = 0.85


def _headline_printed_whole_above(rows, title: int) -> tuple[int, set[int]] | None:
    """The line above ``title`` that prints, whole on one line, the heading ``title`` makes with the line right above
    it ("TRƯỜNG TIỂU HỌC HÒA CHUNG THAM GIA HỘI KHỎE PHÙ ĐỔNG …" over "TRƯỜNG TIỂU HỌC HÒA CHUNG THAM GIA" /
    "HỘI KHỎE PHÙ ĐỔNG …") or with the line in capitals right under it, a word or two changed ("LỄ TỐT NGHIỆP TRONG
    MÙA DỊCH CỦA CÁC CÁC BẠN LỚP LÁ …" over "LỄ TỐT NGHIỆP RA TRƯỜNG TRONG MÙA DỊCH CỦA CÁC BẠN" / "LỚP LÁ …."):
    that line and the two lines of the copy, else None."""
    pieces = [title]
    for _ in range(2):   # (broken over two lines or three: "TRƯỜNG TIỂU HỌC PHẠM TU …" / "KẾ HOẠCH NHỎ ĐỢT 1 …" / "HÀNH …")
        above = neighbour(rows, pieces[0], -1)
        if above is None or not rows[above].content:
            break
        pieces.insert(0, above)
        joined = text_key(" ".join(rows[k].text for k in pieces))
        whole = next((k for k in range(max(0, above - _HEADER_REACH), above)
                      if rows[k].content and text_key(rows[k].text) == joined), None)
        if whole is not None:
            return whole, set(pieces)
    below = neighbour(rows, title, 1)
    if below is None or not rows[below].content or not (
            bp.is_upper_line(rows[title].text) and bp.is_upper_line(rows[below].text)) or ends_sentence(rows[title].text):
        return None
    joined = text_key(rows[title].text + " " + rows[below].text).split()
    for k in range(max(0, title - _HEADER_REACH), title):
        printed = text_key(rows[k].text).split()
        if rows[k].content and bp.is_upper_line(rows[k].text) and len(printed) >= _REWORDED_HEADLINE_MIN_WORDS and (
                difflib.SequenceMatcher(None, printed, joined).ratio() >= _REWORDED_HEADLINE_LIKENESS):
            return k, {title, below}
    return None


def _opens_a_later_line(rows, k: int) -> bool:
    """Whether a line under row ``k`` opens with its text (the lead printing the headline again as its first sentence)."""
    key = text_key(rows[k].text)
    return any(rows[m].content and text_key(rows[m].text).startswith(key) for m in range(k + 1, len(rows)))


def _printed_again_below(rows, start: int, title: int) -> bool:
    """Whether every line of text from ``start`` down to ``title`` is printed again under it (a summary above the
    headline that the lead repeats)."""
    below = {text_key(rows[k].text) for k in range(title + 1, len(rows)) if rows[k].content}
    return all(text_key(rows[k].text) in below for k in range(start, title) if rows[k].content)


def _time_clause_opening(text: str) -> bool:
    """A sentence's opening clause that dates it, then a comma: a day (``_dated_opening``: "Sáng 12/3/2024, …")
    or a month or year ("Cuối tháng 5/2017, …")."""
    clause, comma, rest = text.partition(",")
    return _dated_opening(text) or (bool(comma) and bool(rest.strip()) and words(clause) <= _DAY_CLAUSE_WORDS
                                    and bool(_MONTH_OR_YEAR.search(fold(clause))))


def _clause_then_someone(text: str) -> bool:
    """A sentence's opening clause, then a form of address ("Tại hội nghị, đồng chí Huỳnh …")."""
    clause, comma, rest = text.partition(",")
    # (one speaking for a body names it first, however long its name: "Thay mặt Ban quản trị Thánh đường, Ông …")
    most = _ON_BEHALF_CLAUSE_WORDS if fold(clause).strip().startswith("thay mat ") else _DAY_CLAUSE_WORDS
    return bool(comma) and 1 <= words(clause) <= most and addresses_someone(rest.strip())


_ON_BEHALF_CLAUSE_WORDS = 12


def extract(lines, categories=(), *, legacy_url: str | None = None) -> LegacyArticle:
    """Title, date, category, author and clean body of one legacy page.

    ``lines``: the page as lines (plain text split on newlines, or ``html_to_lines``
    output). ``categories``: the portal's configured categories, for mapping the
    page's label. Never raises on odd input; what it could not find is listed in
    ``warnings`` and what it dropped in ``removed``.
    """
    rows, body = page_layout(lines)
    _mark_by_address_and_neighbours(rows, legacy_url)
    state = _Extraction(rows, categories, legacy_url)
    procedure_name = None
    body_start = body[0] if body else None
    if roles.active("title") is not None:
        # the learned title ranker (roles.py), switched on by roles.use()
        title, body = roles.choose_title(rows, body, roles.active("title"))
        body_start = body[0] if body else None
    elif (record := procedure_record(rows)) is not None:
        # an administrative procedure's record: its name is the title, its fields down to the last are the text
        title, procedure_name = record.title, record.name
        first = record.first_field if title is None else title + 1
        last = max(body[-1] if body else first, record.last_field)
        for k in range(first, last + 1):
            if rows[k].kind is not None and rows[k].text and field_name(rows[k].text) is not None:
                rows[k].kind = None   # a field is the record's text, whatever box it looks like ("Phòng ban xử lý: …")
        body = [k for k in range(first, last + 1) if rows[k].content] or None
        body_start = body[0] if body else None
    else:
        slug = address_slug(legacy_url)
        title = find_title(rows, body_start)
        opens_below_its_headline = title is not None and body_start is not None and (
            _another_headline_in_the_address(rows, title, body_start, legacy_url))
        if opens_below_its_headline and not worded_like_text(rows[title].text):
            # a line of names ("Xã Minh Tâm - Hớn Quản - Bình Phước") is the site's: no title, and no text either
            title, opens_below_its_headline = None, False
        spelled = next((k for k in range(title + 1, body_start) if rows[k].content and matches_slug(
            rows[k].text, slug)), None) if opens_below_its_headline and slug else None
        if spelled is not None:
            # the line the address spells stands under the chosen one, above the text (a Liferay page's section name
            # over its headline and stamp, the section's words matching nothing of the address's 'urlTitle'): the title
            title = spelled
        elif opens_below_its_headline:
            # the copy opens below its headline: the chosen line is the text's (a photo's caption, the lead)
            body = [title, *body]
            body_start, title, state.above_the_lead = title, None, title
        elif title is None and _printed_twice_over_its_text(rows, body):
            # the run opens with one line printed twice over the text: the headline and its copy
            state.duplicates.add(body[0])
            title, body = body[1], body[2:]
            body_start = body[0]
        elif title is None and _heads_its_run(rows, body):
            # Nothing above the text reads as a title, and the run opens with a long line
            # that ends no sentence above real paragraphs: that line is the title.
            title, body = body[0], body[1:]
            body_start = body[0]
        elif title is None:
            title = _headline_over_its_buttons(rows, body)
            if title is None:
                title = _title_at_the_top(rows, body, slug)
                if title is not None and _names_another_headline(rows[title].text, slug):
                    # the copy opens under a headline it does not print, at the top photo's caption or the lead
                    state.unnamed_top, title = title, None
            if title is not None and title == body[0]:
                body = body[1:]
                body_start = body[0]
        under = _headline_under_a_banner(rows, body, title, legacy_url) if title is not None else None
        if under is not None:
            title, body = under, [k for k in body if k != under]
            body_start = body[0]
        named = _title_the_address_names(rows, body, title, slug, categories) if title is not None else None
        if named is not None:
            if _restates_title(rows[title].text, rows[named].text):
                # the displaced line restates the headline with a few words before it, as NukeViet's
                # summary does ("TÂN PHONG: Hội … xã Tân Phong ra mắt mô hình …" under "ra mắt mô hình
                # …"): a copy of the title, not the text's first paragraph
                state.duplicates.add(title)
            title = named
        spelled_line = None if title is None or named is not None else (
            _line_the_slug_spells(rows, body, title, legacy_url))
        if spelled_line is not None:
            title, body = spelled_line, [k for k in body if k != spelled_line]
            body_start = body[0] if body else None
        if title is None and body and len(body) > 1 and slug and words(rows[body[0]].text) <= _SLUG_HEADLINE_MAX_WORDS and (
                _slug_spells_most(rows[body[0]].text, slug)) and not _opens_a_lead(rows[body[0]].text):
            # the text's first line is the one the address was made from, however it ends ("Hội thi … chủ đề:
            # Rạng ngời … tiến lên Đoàn." at '/hoi-thi-tim-hieu-kien-thuc-lich-su-chu-de-rang-ngoi-trang-su.html',
            # the slug cut at its length): the headline printed at the top of the stored copy. A line opening as a
            # lead does ("Sáng 13/02, Ủy ban MTTQ …") is the lead, a title made of it or not; so is a long sentence a
            # short slug only opens ("Chiến dịch tình nguyện “Mùa hè xanh” năm 2025 của … diễn ra từ ngày …")
            title, body = body[0], body[1:]
            body_start = body[0]
        if title is None and body and slug:
            over = _headline_the_slug_opens_above(rows, body[0], slug)
            if over is not None:
                title = over
        spelled = spelled_slugs(legacy_url) if title is None and body_start is not None else set()
        if spelled:
            title = _title_the_address_spells(rows, body, spelled)
            if title is not None and title in body:
                body = [k for k in body if k != title]
                body_start = body[0] if body else None
        under_lead = _title_under_lead(rows, body, slug) if title is None else None
        if under_lead is not None and _stamp_between(rows, body[0], under_lead):
            # a stamp stands between the run's first paragraph and the line the address spells: that line heads
            # the article with its stamp over it, and the paragraph above is another item (a slider's news,
            # ``ccb-hungyen-…``), not a lead printed over its title
            title, body = under_lead, [k for k in body if k > under_lead]
            body_start = body[0] if body else None
            under_lead = None
        if under_lead is not None:
            state.article.title = title_text(rows[under_lead].text)
            state.duplicates.add(under_lead)
    if title is not None:
        whole = _headline_printed_whole_above(rows, title)
        if whole is not None:
            # the heading the chosen line is part of, broken over two lines, is the headline printed whole above it
            title, copy = whole
            state.duplicates.update(copy)
        worded = _dated_in_its_wording(rows, title, legacy_url)
        state.article.title = title_text(procedure_name or rows[title].text, keep_dates=worded)
        state.read_header(title, body_start, title_dates=not worded)
    elif body_start is not None:
        state.read_header_without_title(body_start)
    state.select_body(title, body)
    # a poem's lines one to a row inside the text, which the learned furniture filter must not take back
    state.rule_kept |= verse_runs(rows, [k for k, row in enumerate(rows) if row.keep])
    roles.after_body(state)   # the learned furniture filter and byline (roles.py), when switched on
    state.settle_fields()
    state.build_blocks()
    if state.article.title and state.article.body_blocks:
        state.article.title = _without_the_leads_opening(state.article.title, state.article.body_blocks[0].text)
    state.check_stamp_against_lead()
    state.date_from_lead()
    state.record_removed(title)
    state.warn()
    state.article.doubts = review.doubts(state.article)
    logger.debug("extract: title=%r date=%s blocks=%d", state.article.title, state.article.date,
                 len(state.article.body_blocks))
    return state.article
