"""Pelican settings for local work (see publishconf.py for what publishing changes)."""

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
    "vietnamese", "front_matter", "news_lists", "related_news", "photos", "theme_assets", "feeds",
    "search_engines", "search_index", "render_cache", "listing_index", "page_writer",
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
CATEGORIES_SAVE_AS = "chuyen-muc/index.html"
TAGS_SAVE_AS = "the/index.html"
AUTHORS_SAVE_AS = "tac-gia/index.html"
ARCHIVES_SAVE_AS = "tin-da-dua/index.html"
YEAR_ARCHIVE_URL = "tin-da-dua/{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = YEAR_ARCHIVE_URL + "index.html"
MONTH_ARCHIVE_URL = "tin-da-dua/{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_URL + "index.html"
DAY_ARCHIVE_URL = "tin-da-dua/{date:%Y}/{date:%m}/{date:%d}/"
DAY_ARCHIVE_SAVE_AS = DAY_ARCHIVE_URL + "index.html"

DIRECT_TEMPLATES = ["index", "categories", "tags", "authors", "archives", "search", "404"]
SEARCH_URL = "tim-kiem/"
SEARCH_SAVE_AS = "tim-kiem/index.html"
DEFAULT_PAGINATION = 10
PAGINATED_TEMPLATES = {"category": None, "tag": None, "author": None}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/trang/{number}/", "{base_name}/trang/{number}/index.html"),
)

# Escape every value by default: titles and names are text, only content is HTML (|safe).
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
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
