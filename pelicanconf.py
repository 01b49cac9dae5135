"""Pelican settings for local work (see publishconf.py for what publishing changes)."""

import datetime

# ============================================================================
# THÔNG TIN ĐƠN VỊ — khối duy nhất cần sửa để dùng cho xã/phường khác.
# (Commune identity: every setting that names one commune lives in this block.)
# ============================================================================
SITENAME = "Ủy ban MTTQ Việt Nam xã Hòa Phong"
SITEURL = ""  # development builds use root-relative links; publishconf.py sets the real URL
PORTAL_COMMITTEE = "Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Phong"
PORTAL_COMMUNE = "xã Hòa Phong"
PORTAL_DISTRICT = "huyện Hòa Vang"
PORTAL_PROVINCE = "thành phố Đà Nẵng"
PORTAL_TAGLINE = "Cổng thông tin điện tử"
PORTAL_EDITOR = "Nguyễn Thị Thu Hà — Chủ tịch Ủy ban MTTQ Việt Nam xã"
PORTAL_ADDRESS = "Thôn Dương Lâm 1, xã Hòa Phong, huyện Hòa Vang, thành phố Đà Nẵng"
PORTAL_PHONE = "0236 3846 123"
PORTAL_EMAIL = "mttq.hoaphong@example.gov.vn"
PORTAL_LICENCE = ""  # e.g. "Giấy phép số 12/GP-STTTT ngày 01/02/2024"; empty hides the line
PUBLISH_SITEURL = "https://mttq-hoaphong.example.gov.vn"  # address of the published portal
AUTHOR = "Ban Biên tập"  # default author offered by `invoke new`

# Categories, in menu order (display names with diacritics; URL slugs are made ASCII).
PORTAL_CATEGORIES = [
    "Hoạt động Mặt trận",
    "Đại đoàn kết",
    "An sinh xã hội",
    "Giám sát – Phản biện",
    "Gương điển hình",
    "Thông báo",
]
# ============================================================================

# Where `invoke publish` sends the site (every key: portal_tools/deploy/config.py). Each key can be
# overridden by PORTAL_DEPLOY_<KEY>; secrets (SSH key, tokens) never go here, only in the
# environment: PORTAL_DEPLOY_SSH_KEY, PORTAL_DEPLOY_KNOWN_HOSTS, AWS_ACCESS_KEY_ID…
DEPLOY = {
    "target": "directory",  # directory | rsync | pages | s3
    "path": "",  # directory/rsync: folder holding releases/ and current (web root = PATH/current)
    "host": "",  # rsync: user@server
    "keep_releases": 5,
    "pages_branch": "gh-pages",
    "pages_remote": "origin",
}

PATH = "content"
ARTICLE_PATHS = ["posts"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["files"]  # attachments (PDF…); photos are published by the photos plugin
THEME = "theme"
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
DEFAULT_DATE_FORMAT = "%d/%m/%Y"
WITH_FUTURE_DATES = False  # a post dated tomorrow stays a draft until the (daily) rebuild on its day

PLUGIN_PATHS = ["plugins"]
PLUGINS = [
    "vietnamese", "front_matter", "safe_html", "content_files", "news_lists", "related_news", "photos",
    "theme_assets", "feeds", "search_engines", "search_index", "render_cache", "listing_index",
    "page_writer", "van_ban", "work_schedule", "questions", "feedback", "commune", "editor_admin",
]

# Feeds are handled by our own plugin (issue 4); Pelican's writer stays off.
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None
# Our feeds (plugins/feeds): off while writing locally (publishconf.py turns them on).
FEEDS = {"enabled": False, "max_items": 50, "categories": True, "tags": False, "authors": False}
# sitemap.xml and robots.txt (plugins/search_engines).
SEARCH_ENGINES = {"sitemap": True, "robots": True, "exclude": []}

# The officers' web editor at /quan-tri/ (plugins/editor_admin; every key and the sign-in set-up: README).
EDITOR = {
    "backend": "github",  # github | gitlab | gitea (also Forgejo)
    "repo": "",  # owner/name of this repository on that host, e.g. "mttq-hoaphong/cong-tin"
    "branch": "main",
}

# ASCII, readable URLs ("Công tác Mặt trận" -> cong-tac-mat-tran).
ARTICLE_URL = "tin-tuc/{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = DRAFT_URL + "index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = PAGE_URL + "index.html"
DRAFT_PAGE_URL = "drafts/trang/{slug}/"
DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_URL + "index.html"
CATEGORY_URL = "chuyen-muc/{slug}/"
CATEGORY_SAVE_AS = CATEGORY_URL + "index.html"
TAG_URL = "the/{slug}/"
TAG_SAVE_AS = TAG_URL + "index.html"
AUTHOR_URL = "tac-gia/{slug}/"
AUTHOR_SAVE_AS = AUTHOR_URL + "index.html"
# The theme takes every link from the *_URL settings (Pelican has no ARCHIVES_URL etc.; ours).
CATEGORIES_URL = "chuyen-muc/"
CATEGORIES_SAVE_AS = CATEGORIES_URL + "index.html"
TAGS_URL = "the/"
TAGS_SAVE_AS = TAGS_URL + "index.html"
AUTHORS_URL = "tac-gia/"
AUTHORS_SAVE_AS = AUTHORS_URL + "index.html"
ARCHIVES_URL = "tin-da-dua/"
ARCHIVES_SAVE_AS = ARCHIVES_URL + "index.html"
YEAR_ARCHIVE_URL = ARCHIVES_URL + "{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = YEAR_ARCHIVE_URL + "index.html"
MONTH_ARCHIVE_URL = ARCHIVES_URL + "{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_URL + "index.html"
# No page per day: a month page lists its posts under one heading per day, which its
# "Xem theo ngày" links jump to (#ngay-05).  Set DAY_ARCHIVE_SAVE_AS (e.g. to
# DAY_ARCHIVE_URL + "index.html") to write day pages as well; the theme then links them.
DAY_ARCHIVE_URL = ARCHIVES_URL + "{date:%Y}/{date:%m}/{date:%d}/"
DAY_ARCHIVE_SAVE_AS = ""

# "Văn bản" library (plugins/van_ban): documents under content/van-ban/, files under content/files/.
VAN_BAN = {"per_page": 20, "home_count": 5, "max_file_mb": 20}
VAN_BAN_URL = "van-ban/"
VAN_BAN_SAVE_AS = VAN_BAN_URL + "index.html"
VAN_BAN_DOCUMENT_URL = "van-ban/{slug}/"
VAN_BAN_DOCUMENT_SAVE_AS = VAN_BAN_DOCUMENT_URL + "index.html"
VAN_BAN_FILTER_URL = "van-ban/{facet}/{slug}/"  # facet: loai, co-quan, nam, linh-vuc
VAN_BAN_FILTER_SAVE_AS = VAN_BAN_FILTER_URL + "index.html"
VAN_BAN_FEED_RSS = "van-ban/moi-ban-hanh.rss.xml"
VAN_BAN_FEED_ATOM = "van-ban/moi-ban-hanh.atom.xml"
# The day the portal counts from (documents' validity, the schedule's current week): "dd/mm/yyyy"
# in tests; None means today in Asia/Ho_Chi_Minh (the daily rebuild keeps pages true).
PORTAL_BUILD_DATE = None

# Residents' channels (issue 17): work schedule, questions and answers, feedback links.
WORK_SCHEDULE = {"path": "lich-cong-tac", "home_days": 3}
WORK_SCHEDULE_URL = "lich-cong-tac/"
WORK_SCHEDULE_SAVE_AS = WORK_SCHEDULE_URL + "index.html"
WORK_SCHEDULE_WEEK_URL = "lich-cong-tac/{year}/tuan-{number:02d}/"
WORK_SCHEDULE_WEEK_SAVE_AS = WORK_SCHEDULE_WEEK_URL + "index.html"
WORK_SCHEDULE_ARCHIVE_URL = "lich-cong-tac/cac-tuan/"
WORK_SCHEDULE_ARCHIVE_SAVE_AS = WORK_SCHEDULE_ARCHIVE_URL + "index.html"
WORK_SCHEDULE_ICS_URL = "lich-cong-tac/lich-cong-tac.ics"
QUESTIONS = {"path": "hoi-dap", "feed": True}  # list pages: PAGINATED_TEMPLATES["questions"]
QUESTIONS_URL = "hoi-dap/"
QUESTIONS_SAVE_AS = QUESTIONS_URL + "index.html"
QUESTION_URL = "hoi-dap/{slug}/"
QUESTION_SAVE_AS = QUESTION_URL + "index.html"
QUESTIONS_TOPIC_URL = "hoi-dap/chu-de/{slug}/"
QUESTIONS_TOPIC_SAVE_AS = QUESTIONS_TOPIC_URL + "index.html"
QUESTIONS_FEED_STEM = "feeds/hoi-dap"  # .rss.xml and .atom.xml
# "Gửi ý kiến" / "Đặt câu hỏi": mailto: and tel: always; Zalo OA and a form service only when set.
FEEDBACK = {
    "zalo_oa_url": "",  # e.g. "https://zalo.me/<id OA>"; empty hides the link
    "form_action": "",  # address of a form service the commune chose; empty: no form (default)
    "form_owner": "",  # who runs that service, said plainly beside the form
}

# The commune's own sections (plugins/commune; data in content/commune/).
VILLAGE_URL = "thon/{slug}/"
VILLAGE_SAVE_AS = VILLAGE_URL + "index.html"
VILLAGES_URL = "ban-do-hanh-chinh/"
VILLAGES_SAVE_AS = VILLAGES_URL + "index.html"
LINKS_URL = "lien-ket-website/"
LINKS_SAVE_AS = LINKS_URL + "index.html"
ENGLISH_URL = "en/"
ENGLISH_SAVE_AS = ENGLISH_URL + "index.html"

DIRECT_TEMPLATES = ["index", "categories", "tags", "authors", "archives", "search", "404"]
SEARCH_URL = "tim-kiem/"
SEARCH_SAVE_AS = SEARCH_URL + "index.html"
DEFAULT_PAGINATION = 10
PAGINATED_TEMPLATES = {"category": None, "tag": None, "author": None, "questions": None}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/trang/{number}/", "{base_name}/trang/{number}/index.html"),
)

# Escape every value by default: titles and names are text, only content is HTML (|safe).
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
# `date` lets the theme format YEAR/MONTH/DAY_ARCHIVE_URL for a period it only knows by numbers.
JINJA_GLOBALS = {"date": datetime.date}
SLUGIFY_SOURCE = "title"
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = False
READERS = {"rst": None}  # posts are Markdown only; no docutils warnings
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
FILENAME_METADATA = ""  # dates come from front matter only, never guessed from file names
FRONT_MATTER = {"strict_alt": False}  # publishconf.py makes a missing alt text an error
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.sane_lists": {},
    },
    "output_format": "html5",
}
