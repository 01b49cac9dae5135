"""The importer's rule tables (``rules.toml``), folded once for matching.

Words in the table are written the way officers write them; here they are folded
(``decode.fold``: no accents, lower case) because every rule matches folded text.
"""

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .decode import fold

RULES_FILE = Path(__file__).with_name("rules.toml")


@dataclass(frozen=True)
class Rules:
    stamp_label: re.Pattern          # a publication-date label at the end of a text
    stamp_label_anywhere: re.Pattern # the same labels anywhere in a stamp's line
    field_name: re.Pattern           # a template's raw field name and the number after it
    wording_before_date: frozenset[str]
    relative_time_ending: re.Pattern   # "năm nay" closing a lead's first clause (folded)
    document_clause: re.Pattern      # a cited document's name ending in "ngày", before its date
    issued_clause: re.Pattern        # after a date, in its clause: an authority issuing a numbered document
    issuer_then_document: re.Pattern   # after a date's comma: an authority issuing a document, numbered or not
    planned_clause: re.Pattern       # a sentence announcing what is to come, before a date (lower case, accents kept)
    request_clause: re.Pattern       # a sentence asking for something, before a date (lower case, accents kept)
    cutoff_clause: re.Pattern        # right before a date, a count's cut-off ("tính đến"), folded
    occasion_clause: re.Pattern      # an occasion celebrated, a few words before its date (folded)
    lead_paragraphs: int
    dated_paragraph_window: int      # paragraphs after the lead where one opening with its day dates the article
    background_opener: re.Pattern    # "Trước đó, …": a paragraph about what came before (folded)
    notice_title: re.Pattern         # "Thông báo …": a headline of a notice, whose text dates no event (folded)
    days_off_notice: re.Pattern      # "… nghỉ Tết …": a notice of days off or working hours, anywhere (lower case)
    lead_min_words: int
    stamp_after_lead_max_days: int   # how long after the lead's day (no year) a printed date may be
    title_min_words: int             # a headline at the top of a page that starts with its article
    title_max_words: int
    stopped_title_max_words: int     # a headline typed with a full stop
    caption_max_words: int           # a photo's caption that ends no sentence
    long_lead_min_words: int         # a lead that a caption may stand above
    cut_off_opening_max_width: float    # a wrapped paragraph's first words alone, share of the width
    cut_off_opening_next_min_width: float   # the line under them, share of the width
    cut_off_openings_min: int        # how often that shape recurs on a page before it is trusted
    full_line_min_width: float       # a line that fills the editor's width, share of the width
    full_line_max_width: float       # ... and at most, for a line ending in ';' that goes on
    capitals_copy_title_min_words: int      # a title long enough to be printed again in capitals
    capitals_copy_min_share: float          # the share of its words a whole copy in capitals holds
    capitals_first_line_min_share: float    # the share a wrapped copy's first line opens with
    restated_title_min_words: int    # a headline long enough to be restated by a CMS's summary
    restated_title_max_extra_words: int      # the summary's own words before the headline's
    lead_subject_min_words: int      # a short headline the lead opens with
    lead_subject_max_words: int
    browser_title_min_words: int     # the last piece of a browser's title line that copies the title
    byline_colon_label: re.Pattern   # a label that signs with its colon ("T/h: Thanh Xuân")
    cms_accounts: frozenset[str]     # a CMS account's name, folded, words joined by one space
    paragraph_openers: frozenset[str]   # a paragraph's first word, never a given name (lower case, accents kept)
    cms_account_piece: re.Pattern    # the same name, maybe after "by" or "Người đăng:" (folded)
    organisation_opener_as_typed: re.Pattern   # a unit's first words, with their accents ("Đài" is not "Đại")
    organisation_event_as_typed: re.Pattern    # an event's first words that open as a unit's do ("Hội thi")
    organisation_max_words: int
    publication_name: re.Pattern     # a publication's name alone ("Báo Hậu Giang"; lower case, accents kept)
    joined_writers_max: int          # writers' names a byline joins with dashes or commas
    place_opener_as_typed: re.Pattern   # "huyện ", "thị trấn " opening a place's name (accents kept)
    any_place_opener: re.Pattern        # the same, or a village's word ("thôn ", "ấp "), any case, accents kept
    place_names: frozenset[str]         # provinces and cities no writer is named after, folded
    name_prefix: re.Pattern          # a degree or title before a writer's name
    lower_case_middle_names: frozenset[str]   # as typed, accents kept
    given_names: frozenset[str]      # common given names, lower case, accents kept
    address_opener: re.Pattern       # "Đồng chí ", "Bà " opening a line (lower case, accents kept)
    not_initials: frozenset[str]     # letter groups that are abbreviations, not a signature
    not_name_words: re.Pattern       # a word that shows a line in capitals is not a name
    trailing_heading: re.Pattern     # a box heading at the end of a line
    caption_honorific: re.Pattern    # "Đ/c ", "Bà ", "Đồng chí: " opening a caption that names a person
    caption_role: re.Pattern         # a role after that person's name and a dash
    photo_announcement: re.Pattern   # a line handing over to the photos ("Dưới đây là một số hình ảnh")
    caption_deed: re.Pattern         # what a caption's person does, after their role (" dâng hương", accents kept)
    restating_opener: re.Pattern     # "Theo đó" before a summary's words restated (on ``text_key``s)
    citing_opener: re.Pattern        # "Thực hiện Kế hoạch số 81/KH-UBND …": a lead's clause citing a document
    purpose_opener: re.Pattern       # "Nhằm hỗ trợ …", "Để …": a lead's purpose clause (lower case, accents kept)
    courtesy_closings: frozenset[str]   # "trân trọng": a notice's closing, whole (folded)
    document_kinds: frozenset[str]   # "thông báo", "kế hoạch": a posted document's kind heading its text (folded)
    stopped_abbreviations: frozenset[str]   # "TP." inside a line: no sentence's end (folded, no stop)
    headline_verb: re.Pattern        # a capitals headline's second line opening with what its subject did (accents kept)
    unit_members: re.Pattern         # "học sinh " before a unit's name as a headline's subject (accents kept)
    category_aliases: dict[str, tuple[str, ...]]
    toolbar_tokens: re.Pattern       # one toolbar word or button
    comment_heading: re.Pattern      # a line opening the comment box
    view_switch: re.Pattern          # a mobile theme's prompt to switch to the desktop view
    slogan: re.Pattern               # a banner's slogan opening a line ("Quyết tâm thực hiện thắng lợi …")
    comment_notice: re.Pattern       # a comment form's rules for readers, however long
    browser_notice: re.Pattern       # a page's notice to turn scripts on, however long
    image_placeholder: re.Pattern    # a theme's alternative text for any photo, alone on a line
    english_function_words: frozenset[str]   # a theme's notice left in English is made of these (lower case)
    generated_alt: re.Pattern        # the opening of a social network's automatic alternative text
    widget_line_max_words: int       # a counter's or a view switch's line, at most
    slug_min_words: int              # words a path segment needs to be a title's slug
    slug_prefix_min_words: int       # words a slug needs to name a title it only opens
    generic_slugs: frozenset[str]    # segment names that are views or sections (folded, '-'-joined)
    toolbar_words_as_typed: dict[str, frozenset[str]]   # a button of one or two words, folded -> its accented spellings
    procedure_field: re.Pattern      # a procedure record's field name opening a line (folded); group 1: the name
    procedure_name_label: re.Pattern   # the label before a procedure's name on its line (folded); group 1: ":" or "|"
    procedure_min_fields: int        # different fields a page prints to be a procedure's record


def _alternatives(words) -> str:
    folded = sorted({fold(w).strip() for w in words}, key=len, reverse=True)
    # (a slash may stand between spaces as typed: "T/ h:", "S / T:")
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("/", r"\s*/\s*") for w in folded if w)


@cache
def rules() -> Rules:
    """The rule tables, read once per process (the file is part of the package)."""
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    dates, bylines, endings, furniture = data["dates"], data["bylines"], data["endings"], data["boilerplate"]
    lengths = data["lengths"]
    return Rules(
        stamp_label=re.compile(r"(?:^|[\s|\-–—(\[,:;])(?:" + _alternatives(dates["stamp_labels"])
                               + r")\s*:?\s*$"),
        stamp_label_anywhere=re.compile(r"(?<![a-z])(?:" + _alternatives(dates["stamp_labels"]) + r")(?![a-z])"),
        field_name=re.compile(r"(?<![a-z0-9\-_])(?=[a-z0-9]*(?:[-_][a-z0-9]+)+)(?:[a-z0-9]+[-_])*(?:"
                              + _alternatives(dates["field_name_words"]) + r")(?:[-_][a-z0-9]+)*"
                              r"(?![a-z0-9\-_])(?:\s*:?\s*\d[\d.,]*(?![\d/]))?"),
        wording_before_date=frozenset(fold(w) for w in dates["wording_before_date"]),
        relative_time_ending=re.compile(r"(?:^|\s)(?:" + _alternatives(dates["relative_time_endings"]) + r")\s*$"),
        # "Ngày 22 tháng 8 năm 2025, UBND thành phố Đà Nẵng ra Quyết định số 1093/QĐ-UBND …": the day a document
        # was issued, as a cited document's "… ngày <date>" is, never the day of the event the lead reports
        # (its number typed without "số": "… đã ký quyết định 669/QĐ-TTg …"; a head of state signs an order, "ký Lệnh
        # số 30/2005/L-CTN công bố Luật …")
        issued_clause=re.compile(r"^[^.;!?]{0,150}?\b(?:ban hanh|ra|ky|phe duyet)\s+(?:" + _alternatives(
            [*dates["document_words"], "lệnh"]) + r")\s+(?:so\b|\d)"),
        # "…, ngày 30 tháng 6 năm 2022, UBND tỉnh Đồng Tháp ban hành Đề án …": the issuer right after the day's
        # comma ("… về việc ban hành Kế hoạch …" names a document's subject, no issuing)
        issuer_then_document=re.compile(r"^\s*,\s*(?:(?!ve viec|trinh)[^,.;!?]){0,60}?\bban hanh\s+(?:"
                                        + _alternatives(dates["document_words"]) + r")(?![a-z])"),
        document_clause=re.compile(r"(?:^|[^a-z])(?:" + _alternatives(dates["document_words"])
                                   + r")(?![a-z])(?:[^.;!?,]{0,160}\bngay|\s+so\b(?:(?!\scua\s)[^.;!?,]){0,40},\s*(?:(?:ban hanh|ky)\s+)?ngay)"
                                   r"\s*$"),
        # (after the number, "của <issuer>," closes the document's name: "Kế hoạch số 01/KH-UBND của UBND
        # xã, ngày 02/10/2025, Đoàn …" dates the event; "Quy định số 11-QĐi/TW, ngày …" and "Hướng dẫn số
        # 310-HD/HVCTQG, ban hành ngày …" the document)
        planned_clause=re.compile(r"(?:^|[^\w])(?:" + _as_typed_alternatives(
            dates["planned_words"])
            + r")(?!\w)[^.;!?,]*$"),   # same clause: no comma between
        # (the nouns are no request: "Theo đề nghị của …", "Hưởng ứng lời kêu gọi của …, ngày …")
        request_clause=re.compile(r"(?:^|[^\w])(?<!theo )(?<!hiện )(?<!ứng )(?<!lời )(?<!các )(?:" + _as_typed_alternatives(
            dates["request_words"])
            + r")(?!\w)(?!\s+của\b)[^.;!?]*$"),   # same sentence: commas allowed
        cutoff_clause=re.compile(r"(?:^|[^a-z])(?:" + _alternatives(dates["cutoff_words"]) + r")(?:\s+ngay)?\s*$"),
        occasion_clause=re.compile(r"(?:^|[^a-z])(?:" + _alternatives(dates["occasion_words"])
                                   + r")(?![a-z])[^.;!?,]{0,80}$"),   # same clause, a few words on
        lead_paragraphs=int(dates["lead_paragraphs"]),
        dated_paragraph_window=int(dates["dated_paragraph_window"]),
        background_opener=re.compile(r"^\W*(?:" + _alternatives(dates["background_openers"]) + r")(?![a-z])"),
        notice_title=re.compile(r"^\W*(?:" + _alternatives(dates["notice_titles"]) + r")(?![a-z])"),
        days_off_notice=re.compile(r"(?<!kỳ )(?<![^\W\d_])(?:" + _as_typed_alternatives(dates["days_off_notices"])
                                   + r")(?![^\W\d_])"),
        lead_min_words=int(dates["lead_min_words"]),
        stamp_after_lead_max_days=int(dates["stamp_after_lead_max_days"]),
        title_min_words=int(lengths["title_min_words"]),
        title_max_words=int(lengths["title_max_words"]),
        stopped_title_max_words=int(lengths["stopped_title_max_words"]),
        caption_max_words=int(lengths["caption_max_words"]),
        long_lead_min_words=int(lengths["long_lead_min_words"]),
        cut_off_opening_max_width=float(lengths["cut_off_opening_max_width"]),
        cut_off_opening_next_min_width=float(lengths["cut_off_opening_next_min_width"]),
        cut_off_openings_min=int(lengths["cut_off_openings_min"]),
        full_line_min_width=float(lengths["full_line_min_width"]),
        full_line_max_width=float(lengths["full_line_max_width"]),
        capitals_copy_title_min_words=int(lengths["capitals_copy_title_min_words"]),
        capitals_copy_min_share=float(lengths["capitals_copy_min_share"]),
        capitals_first_line_min_share=float(lengths["capitals_first_line_min_share"]),
        restated_title_min_words=int(lengths["restated_title_min_words"]),
        restated_title_max_extra_words=int(lengths["restated_title_max_extra_words"]),
        lead_subject_min_words=int(lengths["lead_subject_min_words"]),
        lead_subject_max_words=int(lengths["lead_subject_max_words"]),
        browser_title_min_words=int(lengths["browser_title_min_words"]),
        paragraph_openers=frozenset(unicodedata.normalize("NFC", w).lower() for w in bylines["paragraph_openers"]),
        cms_accounts=frozenset(" ".join(fold(w).split()) for w in bylines["cms_accounts"]),
        cms_account_piece=re.compile(r"(?:by\s+|(?:nguoi dang|nguoi tao)\s*:?\s*)?(?:" + _alternatives(bylines["cms_accounts"]) + r")"),
        byline_colon_label=re.compile(r"^(?:" + _alternatives(bylines["colon_labels"]) + r")\s*:\s*"),
        organisation_opener_as_typed=re.compile(r"^(?:" + _as_typed_alternatives(bylines["organisation_openers"]) + r")\s"),
        organisation_event_as_typed=re.compile(
            r"^(?:" + _as_typed_alternatives(bylines["organisation_event_openers"]) + r")\s"),
        organisation_max_words=int(bylines["organisation_max_words"]),
        publication_name=re.compile(r"^(?:" + _as_typed_alternatives(bylines["publication_openers"]) + r")\s+\S"),
        joined_writers_max=int(bylines["joined_writers_max"]),
        place_opener_as_typed=re.compile(r"^(?:" + _as_typed_alternatives(bylines["place_openers"]) + r")\s+\S"),
        place_names=frozenset(fold(w) for w in bylines["place_names"]),
        any_place_opener=re.compile(r"^(?:" + _as_typed_alternatives(
            bylines["place_openers"] + bylines["village_openers"] + ["tp"]) + r")\.?\s+\S", re.IGNORECASE),
        name_prefix=re.compile(r"^(?:" + _alternatives(bylines["name_prefixes"]) + r")(?:\s+|(?<=\.)(?=[a-z]))"),
        lower_case_middle_names=frozenset(unicodedata.normalize("NFC", w) for w in bylines["lower_case_middle_names"]),
        given_names=frozenset(unicodedata.normalize("NFC", w) for w in bylines["given_names"]),
        address_opener=re.compile(r"^(?:" + _as_typed_alternatives(bylines["address_words"]) + r")\s+\S"),
        not_initials=frozenset(fold(w) for w in bylines["not_initials"]),
        not_name_words=re.compile(r"\s(?:" + _alternatives(bylines["not_name_words"]) + r")\s"),
        caption_honorific=re.compile(r"^(?:" + _alternatives(data["captions"]["honorifics"]) + r")(?:\s*:)?\s+"),
        caption_deed=re.compile(r"\s(?:" + _as_typed_alternatives(data["captions"]["deeds"]) + r")(?=\s|$)"),
        photo_announcement=re.compile(r"^(?:" + _alternatives(data["captions"]["photo_announcements"]) + r")(?![a-z])"),
        restating_opener=re.compile(r"^(?:" + _alternatives(data["paragraphs"]["restating_openers"]) + r")\s"),
        citing_opener=re.compile(r"^(?:" + _alternatives(data["paragraphs"]["citing_openers"]) + r")\s"),
        courtesy_closings=frozenset(fold(w) for w in data["paragraphs"]["courtesy_closings"]),
        document_kinds=frozenset(fold(w) for w in data["paragraphs"]["document_kinds"]),
        purpose_opener=re.compile(r"^(?:" + _as_typed_alternatives(data["paragraphs"]["purpose_openers"]) + r")\s"),
        stopped_abbreviations=frozenset(fold(w) for w in data["paragraphs"]["stopped_abbreviations"]),
        headline_verb=re.compile(r"^(?:" + _as_typed_alternatives(data["paragraphs"]["headline_verbs"]) + r")\s"),
        unit_members=re.compile(r"^(?:" + _as_typed_alternatives(data["paragraphs"]["unit_members"]) + r")\s+"),
        caption_role=re.compile(r"^(?:" + _alternatives(data["captions"]["roles"]) + r")(?![a-z])"),
        # (one box's heading after another: "Đỗ Thị Gẫm Tin cùng nhóm Các tin khác")
        trailing_heading=re.compile(r"(?:\s(?:" + _alternatives(endings["trailing_headings"])
                                    + r")\s*[:.>»]*)+\s*$"),
        category_aliases={name: tuple(fold(a) for a in aliases)
                          for name, aliases in data["categories"]["aliases"].items()},
        toolbar_tokens=re.compile(r"(?<![a-z])(?:" + _alternatives(furniture["toolbar"]) + r")(?![a-z])"),
        comment_heading=re.compile(r"^(?:" + _alternatives(furniture["comment_headings"]) + r")\b"),
        view_switch=re.compile(r"(?<![a-z])(?:" + _alternatives(furniture["view_switches"]) + r")(?![a-z])"),
        slogan=re.compile(r"^(?:" + _alternatives(furniture["slogans"]) + r")(?![a-z])"),
        comment_notice=re.compile(r"(?<![a-z])(?:" + _alternatives(furniture["comment_notices"]) + r")(?![a-z])"),
        browser_notice=re.compile(r"(?<![a-z])(?:" + _alternatives(furniture["browser_notices"]) + r")(?![a-z])"),
        english_function_words=frozenset(w.lower() for w in furniture["english_function_words"]),
        image_placeholder=re.compile(r"^(?:" + _alternatives(furniture["image_placeholders"]) + r")$"),
        generated_alt=re.compile(r"^(?:" + _alternatives(furniture["generated_alt_openers"]) + r")(?![a-z])"),
        widget_line_max_words=int(furniture["widget_line_max_words"]),
        slug_min_words=int(data["addresses"]["slug_min_words"]),
        slug_prefix_min_words=int(data["addresses"]["slug_prefix_min_words"]),
        generic_slugs=frozenset("-".join(re.sub(r"[\W_]+", " ", fold(w)).split()) for w in data["addresses"]["generic_slugs"]),
        toolbar_words_as_typed=_as_typed(w for w in furniture["toolbar"] if len(w.split()) <= 2),
        procedure_field=re.compile(r"^(?:[-+*•·]\s*|[a-zđ][.)]\s*)?(" + _alternatives(data["procedures"]["fields"])
                                   + r")(?:\s*:|\s*$|\s+(?=\S))"),
        procedure_name_label=re.compile(r"^(?:" + _alternatives(data["procedures"]["name_labels"])
                                        + r")(?:\s*([:|])\s*|\s+)(?=\S)"),
        procedure_min_fields=int(data["procedures"]["min_fields"]),
    )


def opens_with_unit(text: str) -> bool:
    """Whether ``text`` opens with a unit's first words (rules.toml ``bylines.organisation_openers``), matched with
    their accents: "Đại biểu …" is no "Đài …", "Đại hội …" no "Đài …"; nor is an event's name ("Hội thi …",
    ``bylines.organisation_event_openers``)."""
    typed = unicodedata.normalize("NFC", text).strip().lower() + " "
    table = rules()
    return bool(table.organisation_opener_as_typed.match(typed)) and not table.organisation_event_as_typed.match(typed)


def _as_typed_alternatives(words) -> str:
    """Like ``_alternatives``, accents kept: lower case, NFC, longest first."""
    typed = sorted({unicodedata.normalize("NFC", w).lower().strip() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in typed if w)


def _as_typed(words) -> dict[str, frozenset[str]]:
    """Each word folded -> the spellings (lower case, accents kept) the table gives it."""
    found: dict[str, set[str]] = {}
    for word in words:
        found.setdefault(fold(word), set()).add(unicodedata.normalize("NFC", word).lower())
    return {key: frozenset(value) for key, value in found.items()}
