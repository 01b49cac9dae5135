"""Which lines of a legacy page are page furniture rather than the article.

Each rule looks at one line, spelled without accents and in lower case (see
``decode.fold``), and is anchored to the start of a *short* line: a counter, a
toolbar or a footer label is a line of its own on every portal we have seen,
while an article sentence that merely mentions "trang chủ" is long. Kinds that
open the end of a page ("Tin khác", the footer, the comment box...) are listed in
``ENDING_KINDS``: once the article has started, nothing after them is article.
"""

import re
import unicodedata

from .decode import fold
from .rules import opens_with_unit, rules

# Kind identifiers (stable: tests and the report use them).
VIEWS = "views"              # "Lượt xem: 293"
COUNTER = "counter"          # visitor statistics: "Đang online: 14", "Tất cả: 4,288,561"
TOOLBAR = "toolbar"          # "Bản in", "Quay lại", "Chia sẻ", "Gửi email"
PAGINATION = "pagination"    # "Trang 1 / 6 1 2 3", "Go To", "Xem theo ngày"
IMAGE_NAME = "image_name"    # "IMG_20230604_081522.jpg"
FOOTER = "footer"            # editor, licence, copyright, site name
CONTACT = "contact"          # "Địa chỉ:", "Điện thoại:", "Email:" (footer only when grouped)
RELATED = "related"          # "Tin khác", "Tin liên quan", "Tin đã đưa"... and their items
COMMENTS = "comments"        # "Ý kiến bạn đọc", "Họ và tên:", "Mã xác nhận"
WIDGET = "widget"            # sidebar boxes, banners, "Văn bản mới ban hành"
MENU = "menu"                # navigation lines, page header, site name above the article
BREADCRUMB = "breadcrumb"    # "Trang chủ > Tin tức > Hoạt động Mặt trận"
EMPTY = "empty"              # symbols only
DUPLICATE = "duplicate"      # repeated copies of the title, lead or whole article
METADATA = "metadata"        # date/byline/category lines consumed into front matter
CMS_ACCOUNT = "cms_account"  # "Người đăng: admin": an account name, not an author
SERVER_MESSAGE = "server_message"   # "Deprecated: Function … in C:\\xampp\\…\\functions.php on line 5737"
UNACCENTED = "unaccented"    # lower-case words without accents on an accented page:
                             # "16 doan ket" (a photo's file name), keyword spam, "leftcenterrightdel"

ENDING_KINDS = frozenset({COUNTER, FOOTER, RELATED, COMMENTS, WIDGET, PAGINATION})

_BULLET = re.compile(r"^[\s\-–—•·*+>»›▪■□◦●○]+")
_SYMBOLS_ONLY = re.compile(r"^[\W_]*$")

_HOME = r"(?:trang chu|trang nhat|home)"
# Only breadcrumbs join names with double angles ("Site >> Section", "Tin tức » Sự kiện"); a single
# ">" or "/" may stand in a headline.
_DOUBLE_ANGLE = re.compile(r"\s(?:>>|»)\s")
# A section path whose names a slash joins without spaces and closes: two to five names of letters.
_SLASHED_PATH = re.compile(r"(?:\(?[^\W\d_][^/]{0,60}/){2,5}")
_CRUMB_SEP = re.compile(r"\s(?:>|»|›|/|->|=>|>>|\\)\s|^\s*(?:>|»|›)|(?<=\S)(?:\s{3,}|\t)(?=\S)")
# A stock photo's label may name its source in brackets or after a stop: "Ảnh minh họa (Nguồn baolangson.vn)",
# "Ảnh minh họa. Nguồn: Internet" (folded).
_PHOTO_SOURCE = re.compile(r"(?<=\w)\s*(?:[(\[]\s*(?:nguon|theo|anh)\b[^()\[\]]*[)\]]"
                           r"|[.;–-]\s*(?:nguon|theo)\b[^()\[\]]*)\s*$")

# (Liferay's English field, "View count: 25929", "cms-view-count: 19681")
_VIEWS = (r"(?:(?:(?:so )?(?:luot|lan) (?:xem|doc)|da xem|da doc|(?:cms-)?view[- ]count|views?|hits?|luot thich)"
          r"\s*:?\s*[\d.,]*|"
          r"\d[\d.,]*\s*(?:(?:luot|lan) (?:xem|doc)|xem|views?|hits?)|"   # the count first: "158 Xem"
          r"(?:binh luan|phan hoi|comments?)\s*:?\s*\d[\d.,]*|"   # a comment count, never the box's heading
          # a rating box's count and mean ("0 người đã bình chọn. Trung bình 0"), its score ("[ Điểm đánh giá5/5 ]")
          r"\d[\d.,]*\s*(?:nguoi|luot) (?:da )?binh chon|trung binh\s*:?\s*\d[\d.,]*|diem danh gia\s*:?\s*[\d.,/]*)")
_TOOL = (
    r"ban in|in bai(?: viet)?|in trang|in tin(?: bai)?|in ra|in|\[in\]|"
    r"quay (?:lai|ve)|tro (?:ve|lai)|(?:ve|len) dau trang|dau trang|ve trang truoc|a|"
    r"gui (?:email|e-mail|mail|bai(?: viet)?|tin(?: bai)?|cho ban(?: be)?|ban be|y kien)|e-?mail|"
    r"chia se(?: bai viet)?(?: len)?|share|tweet|like|thich|facebook|zalo|twitter|google\+?|linkedin|"
    r"pinterest|luu(?: bai viet| bai| tin| lai)?|phong to|thu nho|co chu|a\s*[+-]|"
    r"(?:decrease|enlarge|increase|reset) font(?: size)?|"   # a Joomla theme's font buttons
    r"nghe (?:doc|bai(?: viet)?)|doc bai(?: viet)?|print|back|top|copy link|sao chep(?: lien ket)?|"
    r"danh gia(?: bai viet)?|binh chon|chi tiet(?: tin| bai viet)?|noi dung chi tiet|tin chi tiet|"
    r"xem tiep|rss|pdf|tai ve|download|gop y|(?:tai (?:ve )?)?(?:tep|file|tai lieu) dinh kem|"
    r"[\d.,]+ (?:binh luan|y kien|comments?)"
)
# The name of a portal's article view, alone or before the site's name after a dash or a bar ("Chi tiết tin tức -
# Huyện Triệu Phong", "Tin chi tiết | UBND xã …"), or before its section's name with no separator (a Liferay portlet's
# title bar, "Chi tiết bài viết Tin nổi bật"): the page's heading, the same over every article.
_DETAIL_VIEW = re.compile(r"^(?:chi tiet (?:tin tuc|tin bai|bai viet|tin)|tin tuc chi tiet|tin chi tiet|noi dung chi tiet)"
                          r"(?:\s*$|\s+[-–—|:]\s+\S|\s+(?:tin|bai viet|thong bao|su kien|hoat dong)\b[^.!?:]{0,30}$)")
_DETAIL_VIEW_MAX_WORDS = 14
# A document's date fields on one line, nothing else: "Ngày ban hành: 13/4/2022Ngày hiệu lực: 13/4/2022" (folded).
_DOCUMENT_FIELDS = re.compile(r"(?:\s*(?:ngay (?:ban hanh|hieu luc|het hieu luc|ky|co hieu luc))\s*:?\s*"
                              r"\d{1,2}/\d{1,2}/\d{4}\s*[|,;]?)+")
# A toolbar's buttons on one line, each named ("A- A A+ | Chia sẻ bài viết lên facebook Chia sẻ bài viết lên
# twitter … Tăng tương phản Giảm tương phản"): every word is a button's, so a long line still is one.
_TOOLBAR_MAX_WORDS = 30
# photos as a stored copy writes them: Markdown's image syntax ("![Ảnh 1](/uploads/a.jpg)"), or a tag holding the
# image's address and its alternative text ('<image>data:image/…" alt="Nhấn vào ảnh để phóng to"</image>'), one or
# more on a line
_STORED_IMAGES = re.compile(
    r"(?:\s*(?:!\[[^\]\n]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|<image>[^<>]*</image>))+\s*")
# an attachment's name and its download button after a dash ("Thông báo tiếp công dân - Tải văn bản"): the post
# links its files itself
_ATTACHMENT_LINK = re.compile(r"\S\s+[-–|]\s*(?:tai (?:van ban|ve|xuong|file|tep|tai lieu)|download)\s*$")
_ATTACHMENT_MAX_WORDS = 30
# One phrase of a word to three printed three times or more on one line, nothing else: a box's empty items.
_REPEATED_PHRASE = re.compile(r"\W*(\w+(?:\s+\w+){0,2})(?:\W+\1){2,}\W*")
# A comment form's counter of the characters left ("Bạn còn 500/500 ký tự", "Còn lại 1000 ký tự").
_CHARACTERS_LEFT = re.compile(r"^(?:ban\s+)?con(?:\s+lai)?\s*:?\s*\d+(?:\s*/\s*\d+)?\s*ky tu\W*$")
# The longest automatic alternative text a social network writes ("Có thể là hình ảnh về 2 người, … và văn bản cho
# biết '…'"): a bound of that text's shape, not a tunable.
_GENERATED_ALT_MAX_WORDS = 40
_TOOLBAR_TOKENS = re.compile(r"(?<![a-z])(?:" + _VIEWS + "|" + _TOOL + r")(?![a-z])")
_VIEWS_TOKEN = re.compile(r"(?<![a-z])" + _VIEWS)

_COUNTER_LABEL = (
    r"(?:(?:nguoi )?dang (?:online|truy cap|xem)|truc tuyen|online|hom nay|hom qua|trong ngay|"
    r"trong tuan|tuan (?:nay|truoc)|trong thang|thang (?:nay|truoc|hien tai)|trong nam|"
    r"nam (?:nay|truoc)|tat ca|tong(?: cong| so)?(?: luot)?(?: truy cap| hits?)?|khach|thanh vien|"
    r"may chu|bots?|(?:so )?luot truy cap|so nguoi (?:online|truy cap)|nguoi online|truy cap|"
    r"visitors?|total|today|yesterday)"
)
# The longest counter label ("Tổng cộng lượt truy cập:"): a label alone with its colon is no
# longer (a bound of the label list, not a tunable; it also turns away that longest label with its
# colon typed apart, six words).
_COUNTER_LABEL_MAX_WORDS = 5
_COUNTER_TOKENS = re.compile(r"(?<![a-z])" + _COUNTER_LABEL + r"\s*[:\-]?\s*[\d.,]+")
_COUNTER_HEADING = re.compile(
    r"^(?:thong ke(?: truy cap| luot truy cap)?|(?:so )?luot truy cap|bo dem(?: truy cap)?|"
    r"truy cap|visitors?(?: counter)?|tong (?:so )?luot truy cap)\s*:?$"
)
# A weather box's reading: temperatures ("30°C/27°C - 33°C") after a place's name at most; a
# sentence that gives a temperature goes on with words of its own.
# (the degree sign typed as a letter o: "15oC")
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:[.,]\d)?\s?(?:°\s?[CFcf]?|o[CF])(?![a-z])")
_WEATHER_PLACE_MAX_WORDS = 4
# The box's other readings: the day's lowest and highest, or its humidity and wind, their figures lost ("Thấp nhất
# 13°C, cao nhất 17°C. Trời nhiều mây, .", "Độ ẩm trung bình %. Tốc độ gió km/h").
_WEATHER = re.compile(r"\bthap nhat \d{1,2}\s*°\s*c?\s*,?\s*cao nhat \d{1,2}\s*°|do am trung binh\b.*\btoc do gio\b")

_PAGE_STRONG = re.compile(
    r"trang\s*\d+\s*(?:/|tren|of)\s*\d+|trang (?:dau|cuoi|truoc|sau|tiep(?: theo)?|ke)|"
    r"go ?to|xem theo ngay|«|»|<<|>>|‹|›"
)
_PAGE_TOKENS = re.compile(
    r"trang\s*\d+\s*(?:/|tren|of)\s*\d+|trang (?:dau|cuoi|truoc|sau|tiep(?: theo)?|ke)|"
    r"go ?to|xem theo ngay|«|»|<<|>>|‹|›|<|>|(?<![a-z])(?:dau|cuoi|truoc|sau|tiep|next|prev(?:ious)?|"
    r"first|last|trang|xem|ok)(?![a-z])|\d+|\.\.\.|…"
)

# Attached documents are listed by file name too; neither survives the move.
IMAGE_EXT = r"\.(?:jpe?g|png|gif|bmp|webp|tiff?|jfif|heic|svg|pdf|docx?|xlsx?|pptx?|zip|rar)"
# A file name may be a whole caption typed as one ("… 65 năm tuổi Đảng .jpg"): its length
# says nothing, the extension closing a line of plain words does (classify_line stops at 30 words).
# A relative path is one too ("Media/224_TayGiang/FolderFunc/202107/Images/hdnd-23-….jpg").
# (and a Windows path: "D:\\Desktop\\2-1.jpg")
_IMAGE_NAME = re.compile(r"^(?:(?:[a-z]:\\)?[\w\-.()%+~ /\\]{1,200}" + IMAGE_EXT + r"\s*)+$")
# The tail of an image mark whose head the stored copy cut off (".jpg)", "2024/anh-1.png?w=800)"): the photo's
# address, no word of the text.
_PHOTO_FIELD = re.compile(r"^(?:description|alt|mo ta)\s*:\s*")
_IMAGE_MARK_TAIL = re.compile(r"^\S*" + IMAGE_EXT + r"(?:\?\S*)?\)$")
# A camera's or an editor's photo name: a prefix and a number ("DSC06921", "IMG_2031", "anh 123").
CAMERA_NAME = r"(?:img|dsc|dscn|dji|pic|photo|image|anh|hinh)[_\- ]?\d{3,}[\w\-]*"
# A phone's photo named by the moment it was taken, maybe saved again as a copy ("20200202 162317 copy",
# "20231105_091233(1)"): the day and the time of day, digits only.
_STAMPED_PHOTO = r"(?:img[_\- ]?)?(?:19|20)\d{6}[_\- ]\d{6}(?:\s*(?:copy|\(\d{1,2}\)|-\d{1,2}))*"
_CAMERA_NAME = re.compile(r"^(?:" + CAMERA_NAME + r"|" + _STAMPED_PHOTO + r")$")

_FOOTER = re.compile(
    r"^(?:(?:pho )?(?:truong )?ban bien tap\b|(?:nguoi )?chiu trach nhiem\b|(?:tong )?bien tap(?: vien)?\s*:|"
    r"ban quyen\b|copyright\b|©|\(c\) ?\d{4}|giay phep\b|so giay phep\b|"
    r"(?:thiet ke|phat trien|xay dung|van hanh|don vi thiet ke)(?: va (?:phat trien|van hanh|xay dung))?"
    r"(?: boi| website)?\s*:|thiet ke boi\b|phat trien boi\b|powered by\b|designed by\b|"
    r"co quan chu quan\b|don vi chu quan\b|co quan\s*:|ghi ro nguon\b|khi phat hanh lai\b|chu y\s*:\s*viec dang lai|"
    r"(?:cong|trang) (?:thong tin|tt) dien tu\b|cong ttdt\b|trang ttdt\b)"
)
_CONTACT = re.compile(
    r"^(?:dia chi|tru so|dien thoai|so dien thoai|dt|tel|hotline|duong day nong|fax|e-?mail|website|web)\s*:"
)
# A theme's previous/next links, their label glued to the headline they link ("Bài trướcNa Rì tổ chức …", "Bài tiếp
# theoVăn bản về việc …") or before a colon ("Tin sau: …"); matched on the line as typed, the case telling the glue.
_PREV_NEXT_LINK = re.compile(r"(?i:bài|tin|bài viết)\s+(?i:trước|sau|tiếp theo|kế tiếp)(\s*:\s*)?(\w)")
_RELATED = re.compile(
    r"^(?:cac |nhung )?(?:tin|bai|bai viet|tin bai|tin tuc|thong tin)(?: tuc)? "
    r"(?:khac|lien quan|co lien quan|cung (?:chuyen muc|danh muc|nhom|loai|the loai|chu de)|da dua|da dang|"
    r"moi(?: hon| nhat| cap nhat| dang)?|cu(?: hon)?|xem nhieu(?: nhat)?|doc nhieu(?: nhat)?|"
    # an archive box may end its heading with its date picker's label ("Các tin đã đưa ngày:")
    r"noi bat|tieu diem|truoc|sau|tiep(?: theo)?|hot|nong|tong hop)\b(?:\s+(?:tu |den )?ngay\s*:)?[\s:.>»]*$|"
    r"^(?:xem|doc) them(?: tin| bai(?: viet)?)?[\s:.>»]*$|^cung chuyen muc[\s:.>»]*$|"
    r"^(?:xem|doc) nhieu(?: nhat)?[\s:.>»]*$|"   # a most-read box's bare heading ("Xem nhiều nhất")
    r"^lien ket (?:co )?lien quan[\s:.>»]*$|^co the ban quan tam|^bai viet (?:khac|lien quan|moi)|"
    # an English theme's box headings left untranslated ("Related Post", "Recent Posts")
    r"^(?:related|recent|latest|more)(?: posts?| news| articles?| stories)[\s:.>»]*$"
)
_COMMENT_HEADING = re.compile(
    r"^(?:y kien (?:ban doc|cua ban|phan hoi)|(?:cac |gui |viet |them |de lai )?binh luan\b|"
    # ("GÓP Ý KIẾN" only alone on its line: "Góp ý kiến vào dự thảo …" is a headline)
    r"gui y kien|dong gop y kien|gop y kien\s*:?$|chua co (?:binh luan|y kien)|"
    r"dang nhap de binh luan|ban can dang nhap|email cua ban|"
    r"(?:nhap )?ma (?:xac nhan|bao mat|xac thuc|kiem tra)\b)"
)
# (a theme's "Trả lời" heading over its reply form has no colon: "TRẢ LỜI:" labels the answer of a question-and-answer
# item, "Cử tri xã … đề nghị: …" / "TRẢ LỜI:" / "Về việc này, …", the page's text)
_COMMENT_FIELD = re.compile(
    r"^(?:(?:ho (?:va )?ten|ten cua ban|noi dung(?: binh luan| y kien)?|phan hoi|gui|"
    r"gui di|nhap lai|xoa|email|dien thoai|tieu de)\s*[:*]?|tra loi\s*\*?)$"
)
# (a schedule for one weekday, "Lịch làm việc thứ 5", is a post of its own, no box's heading;
# the photo box's "Tin ảnh" heading; with a colon and a name after it, "Tin ảnh: Minh Khoa" is a byline;
# a poll's "Biểu quyết" heading stands alone: "Biểu quyết bầu Đoàn Chủ tịch, …" is a caption)
_WIDGET = re.compile(
    r"^(?:van ban(?: moi(?: ban hanh)?| chi dao(?: dieu hanh)?| dieu hanh| phap luat| quy pham)?|"
    r"ban do(?: hanh chinh)?|lien ket(?: web(?:site)?)?|website(?: lien ket| cac| khac)?|"
    r"tham do y kien|y kien tham do|"
    r"lich (?:cong tac|lam viec|tiep cong dan)(?!\s+(?:thu\s+(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu nhat)\b)|"
    r"thu vien (?:anh|video|hinh anh)|"
    r"video(?: clip)?|clip|album anh|hoi dap|hoi - dap|tim kiem|dang nhap|dang ky|"
    r"tra cuu(?: thong tin| van ban| ho so)?\s*:?$|"   # a search box's heading ("TRA CỨU THÔNG TIN")
    r"so do (?:cong|trang|site|website)|lien he|banner|quang cao|thong tin can biet|"
    r"danh ba(?: dien thoai)?|du bao thoi tiet|thoi tiet|ty gia|gia vang|tien ich|chuyen muc|"
    r"danh muc|dich vu cong(?: truc tuyen)?|thu tuc hanh chinh|menu|tin anh(?!\s*:\s*\S)|media|podcast|"
    r"fanpage|mang xa hoi|(?:chung toi|chung ta) tren mang xa hoi|ket noi(?: voi chung toi)?|theo doi(?: chung toi)?|ho tro truc tuyen|"
    r"bieu quyet(?!\s+[^\W\d_])|xem ket qua|xem tin theo ngay|hom nay\b|(?:tu khoa|tags?|the|nhan)\s*:|"
    r"tong so diem|click (?:de|vao) danh gia|danh gia bai viet|xep hang|bai viet (?:rat )?(?:kem|tot)|"
    r"chao mung (?:ban|quy vi) (?:da )?den voi|chao mung den voi (?:website|trang|cong)|"
    # the national trust seal's badge ("Chứng nhận Tín nhiệm Mạng", its alternative text often unaccented)
    r"(?:chung nhan )?tin nhiem mang|"
    # a theme's placeholder for a box without a heading ("No title...")
    r"no title\s*(?:\.{3}|…)?$|untitled$)"
)
# A portal's greeting to its visitors in its header, maybe after the day's clock: "Chào mừng quý khách đến với cổng
# thông tin điện tử thị xã …!", "Hôm nay ngày: 25/11/2017. Chào mừng …".
_WELCOME = re.compile(r"^(?:hom nay(?: la)?(?: ngay)?\s*:?\s*[^.!]{0,40}[.!]\s*)?chao mung\s+(?:(?:ban|quy vi|quy khach)\s+"
                      r"(?:da\s+)?)?den\s+(?:voi\s+)?(?:cong|trang|website|web|site)\b")
# A header's clock printed with its template's English field names: "Thứ sáu, Day 29 Month 08 Year 2025".
_TEMPLATE_CLOCK = re.compile(r"^(?:(?:thu \w+|chu nhat)\s*,?\s*)?day \d{1,2}\s*,?\s*month \d{1,2}\s*,?\s*year \d{4}$")
# A label in Chinese characters with a colon and maybe its number: a theme's string left untranslated.
_FOREIGN_LABEL = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,8}\s*[:：]\s*[\d.,]*")
# An advertising slot's label: the word heads the line ("Banner Tỉnh ủy …", "Quảng cáo") or
# closes a label of a few words ("Site banner", "Liên hệ quảng cáo: 0123 …"). Inside a clause it
# is the article's word ("Tháo dỡ bảng quảng cáo rao vặt trái phép, …": a caption, kept).
_AD_WORD = r"(?:banner|quang cao|advertisement)(?![a-z])"
_AD_SLOT = re.compile(r"^" + _AD_WORD + r"|^(?:\S+\s+){1,2}" + _AD_WORD + r"\s*(?::|$)")
# A photo's credit alone on a line, in brackets, naming no more than its source: nothing of a
# caption is left with it ("( Ảnh: St)", "(Nguồn ảnh: Internet)"); one naming its photographer stays.
# An address alone on a line (folded): the page's own, its logo's or a photo's, or a credit's source.
ADDRESS_ALONE = re.compile(r"(?:https?://|www\.)\S+")
# What a portal tells a visitor idle too long: words no article writes.
_SESSION_NOTICE = re.compile(r"duy tri trang thai dang nhap|phien (?:lam viec|dang nhap) (?:cua ban )?(?:da )?het han|"
                             r"thoi gian cho\s*:\s*\d+\s*giay")
# An image's or a link's field name, in English as a theme prints it, before an address and nothing else (a
# credit's "Nguồn: http://…" names the source and stays).
_FIELD_ADDRESS = re.compile(r"(?:description|alt|src|image|img|url|link)\s*:\s*(?:https?://|www\.)\S+")
# A telephone number alone (Vietnamese: 0 or +84 then 9-10 digits, maybe grouped) and an e-mail address alone.
_PHONE_ALONE = re.compile(r"(?:\+84|0)\s?\d{2,4}(?:[\s.\-]?\d{2,4}){2,3}")
_EMAIL_ALONE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# A house, floor or street number opening a postal address: "Số 586 đường …", "Tầng 1, SH2-19, …", "12 Lê Lợi".
_STREET = re.compile(r"^(?:(?:so|tang|lo|nha)\s*\d|\d+(?:/\d+)*[a-z]?\s+[a-z])")   # (an alley's house: "1115/41 đường …")
# A postal address's words: a house or floor number, a street, a ward or commune, a district, a city or province.
_POSTAL_WORDS = re.compile(r"(?<![a-z])(?:so \d|tang \d|duong|pho|phuong|xa|quan|huyen|thi xa|tp|thanh pho|tinh|"
                           r"khu do thi|to dan pho|thon|ap)(?![a-z])")
_LONE_CREDIT = re.compile(r"^\(\s*(?:anh|hinh|hinh anh|nguon anh)\s*:\s*[^\s()]+(?:\s+[^\s()]+)?\s*\)$")


def _names_a_person(credit: str) -> bool:
    """Whether a bracketed credit names its photographer ("(Ảnh: Thanh Hà)", "(Ảnh: T.H)"): a
    name of two capitalised words or dotted initials. That credit is the article's; a source
    without a name ("St", "Internet", "Tư liệu") is not."""
    name = credit.strip("() ").split(":", 1)[1].split()
    return (len(name) == 1 and "." in name[0].strip(".")) or (
        len(name) == 2 and all(word[:1].isupper() for word in name))


_ORG_NAME = re.compile(
    r"^(?:uy ban|ubnd|ubmttq|mat tran to quoc|hdnd|dang uy|dang bo|cong thong tin|trang thong tin)\b"
    r".*\b(?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|tp)\b"
)
_PLACE_WORD = re.compile(r"\b(?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|tp)\b")
_UNIT_PLACE_WORDS = 5     # "PHƯỜNG MỸ LONG", "THÀNH PHỐ BUÔN MA THUỘT": a place's name is short


def _names_unit_only(folded: str) -> bool:
    """Whether an all-capitals line only names a unit and its place, as a site's name or a
    signature does. A headline in capitals may open with the same words, then says what the
    unit did ("MẶT TRẬN … PHƯỜNG MỸ LONG NHIỀU HOẠT ĐỘNG CHÀO MỪNG … (18/11/2023)!"): after the
    place come more words than a place's name has, a date or a colon with a headline after it.
    """
    if not _ORG_NAME.match(folded) or re.search(r":\s*\S+(?:\s+\S+){2,}", folded):
        return False
    if re.search(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}", folded):
        return False   # a unit's name carries no date; a headline may
    # every place after the unit's opener is a short name ("XÃ HÒA PHONG HUYỆN TÂY HÒA"); a headline
    # may close on a place word after its own words ("ĐẢNG ỦY XÃ BÌNH SƠN HỘI NGHỊ … ĐẠI BIỂU HĐND XÃ")
    places = _PLACE_WORD.split(folded[_PLACE_WORD.search(folded).start():])[1:]
    return all(len(re.findall(r"[^\W\d_]+", place)) <= _UNIT_PLACE_WORDS for place in places)


_MENU_SEP = re.compile(r"\s[|•·]\s|\s{3,}")


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text)


def _words(text: str) -> int:
    return len(text.split())


def is_upper_line(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _only(tokens: re.Pattern, folded: str) -> bool:
    rest = tokens.sub(" ", folded)
    return not re.sub(r"[\W\d_]+", "", rest)


# What a photo's file name leaves when a CMS prints it without its extension: a Zalo
# export ("z4098687894916"), a hash ("446f11e68819b134bdc85760ece0b58a"), a long number.
_ID_TOKEN = re.compile(r"^(?:[a-z]{0,4}[_\-]?\d{8,}[\w\-]*|(?=[a-f0-9]*\d)(?=[a-f0-9]*[a-f])[a-f0-9]{16,})$")


_FILE_SIZE = re.compile(r"\(\s*[\d.,]+\s*(?:kb|mb|gb|b|bytes?)\s*\)")   # "image001.jpg (241 KB)"


# Photo names glued together without their extensions ("ddkddk1ddk2": ddk.jpg, ddk1.jpg,
# ddk2.jpg), and the placeholder a gallery prints for a photo that did not load ("Hình 1"), also as
# the empty label of a caption never written ("Ảnh 1:"), which is no writer signing either.
_GLUED_NAMES = re.compile(r"^[a-z]*(?:[a-z]{2,12}[_\-]?\d{1,4}){2,}$")
# One to three lower-case tokens of up to four letters without a vowel: no Vietnamese word, no
# writer's initials (those are capitals), the alternative text an editor left on photos.
_VOWELLESS_ALT = re.compile(r"(?:[b-df-hj-np-tv-xzđ]{1,4})(?:\s+[b-df-hj-np-tv-xzđ]{1,4}){0,2}")
# Lower-case words and a photo's number, no mark of punctuation: an editor's name for a numbered photo.
_NUMBERED_ALT = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*\s+\d{1,2}")
_PHOTO_PLACEHOLDER = re.compile(r"^(?:hinh|anh|hinh anh|photo|image|picture)\s*\d{1,3}\s*:?$")


# A photo's file name without its extension, as one token of three parts or more joined by "_"
# or "-" with a long number in it (a timestamp, a phone's counter): "FB_IMG_1712345678901",
# "anh-1-1712345678", "Screenshot_2024-04-15-10-20-30". Text never joins its words that way.
_SLUG = re.compile(r"^[a-z0-9]+(?:[_\-][a-z0-9]+){2,}$")


# One token of ASCII letters and digits joined by dashes or underscores, holding a run of letters longer than any
# Vietnamese syllable ("NVH-yenkhanh2", "map_xatamphuoc"): syllables glued into a file's or an element's name.
_GLUED_SLUG_TOKEN = re.compile(r"(?=[A-Za-z0-9_-]*[a-z]{8})[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+")
_HYPHENED_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)+")


def _file_slug(stripped: str, folded: str) -> bool:
    return stripped.isascii() and bool(_SLUG.match(folded)) and bool(re.search(r"\d{4,}", folded)) and bool(
        re.search(r"[a-z]", folded))


def _only_ids(folded: str) -> bool:
    tokens = folded.split()
    return bool(tokens) and all(_ID_TOKEN.match(t) for t in tokens)


_SHORTCODE = re.compile(r"\[/?(?:caption|gallery|embed|video|audio)\b[^\]]*\]", re.IGNORECASE)
# An image mark with no alternative text ("![]()", "![](anh.jpg)") and the bar a theme prints
# after it: a photo the stored text does not hold, not a word of its caption.
_EMPTY_IMAGE = re.compile(r"!\[\s*\]\([^)]*\)(?:\s*\|(?=\s|$))?")


def toolbar_words(text: str) -> int:
    """How many toolbar words or buttons a line holds (a feature of ``roles``)."""
    return len(_TOOLBAR_TOKENS.findall(fold(text)))


def strip_shortcodes(text: str) -> str:
    """A line without the WordPress shortcodes an export leaves in the text
    ("[caption id=… align=…]Quang cảnh hội nghị[/caption]" -> "Quang cảnh hội nghị") and
    without empty image marks ("![]() Anh Nguyễn Văn A tặng quà …" -> the caption)."""
    if "[" not in text:
        return text
    return " ".join(_EMPTY_IMAGE.sub(" ", _SHORTCODE.sub(" ", text)).split())


_NAME_PIECES = re.compile(r"\s+[-–—|:]\s+")
_PLACE_OPENER = re.compile(r"^(?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|tp)\b")


def _page_name(stripped: str, folded: str) -> bool:
    """A page's own name as a browser tab or a portlet prints it: a button's or a view's label
    ("Chi tiết", "Tin chi tiết") and the site's or unit's name, joined by a dash or a bar
    ("Chi tiết - Ban Dân tộc", "Xã Tân Lập | Chi tiết tin"). Never a headline: a headline says
    what happened, its pieces are no bare label and no bare name."""
    pieces = [p for p in _NAME_PIECES.split(stripped) if p.strip()]
    if not 2 <= len(pieces) <= 4 or not any(_ui_label(p) for p in (pieces[0], pieces[-1])):
        return False
    names = [p for p in pieces if not _ui_label(p)]
    return bool(names) and all(_names_a_site(p) for p in names)


def _ui_label(piece: str) -> bool:
    folded = fold(piece).strip()
    return bool(re.search(r"[a-z]", folded)) and _only(_TOOLBAR_TOKENS, folded)


def _names_a_site(piece: str) -> bool:
    """A unit's or a place's name alone: "Ban Dân tộc", "Xã Gio Châu", "Gio Linh"."""
    piece = piece.strip()
    folded = fold(piece)
    if not 1 <= _words(piece) <= 8 or re.search(r"[\d.!?;,:]", piece):
        return False
    if opens_with_unit(piece) or _PLACE_OPENER.match(folded):
        return True
    return all(w[:1].isupper() for w in piece.split())


def other_accents(stripped: str) -> bool:
    """A line of one or two words typed with accents other than the button's that folds the same: "đồng" (a
    word of a text broken after each word) is no "Đóng" button, "Đồng Lai" (a writer) no "Đóng lại". Typed
    without accents it may be one."""
    word = " ".join(unicodedata.normalize("NFC", stripped.strip(" .,:;!?|[]()")).lower().split())
    typed = rules().toolbar_words_as_typed.get(fold(word)) if word else None
    return typed is not None and not word.isascii() and word not in typed


def phone_alone(text: str) -> bool:
    """A telephone number alone on its line ("0913871088", "+84 213 351 2388")."""
    return bool(_PHONE_ALONE.fullmatch(fold(text).strip()))


def postal_address(text: str) -> bool:
    """A line that is a postal address ("Tầng 1, SH2-19, … Số 586 đường …, phường Gia Sàng, TP Thái
    Nguyên."): at most 30 words and one sentence, opening with a house, floor or street number, with
    three postal words or more. Text may name places too: only beside a contact line is it an address
    (``layout._contact_blocks``)."""
    folded = fold(text)
    return _words(folded) <= 30 and not re.search(r"[.!?]\s+\S", text) and bool(_STREET.search(folded)) and (
        len(_POSTAL_WORDS.findall(folded)) >= 3)


# Field names of a CMS template printed as they are when a theme does not render them: English
# words no Vietnamese article line is made of ("content:", "post_excerpt:")
_TEMPLATE_FIELD = re.compile(r"(?:post[_ -]?)?(?:content|body|excerpt|summary|description|null|undefined)\s*:?")


def copyright_line(text: str) -> bool:
    """A footer's line naming who owns the site ("Bản quyền thuộc TRƯỜNG TIỂU HỌC …", "© 2023 …"): whatever
    unit it names, it signs no article."""
    return bool(re.match(r"\W*(?:ban quyen|copyright|©)", fold(text)))


def image_mark_tail(text: str) -> bool:
    """Whether a line is the tail of an image mark whose head the stored copy cut off (".jpg)")."""
    return bool(_IMAGE_MARK_TAIL.match(_FILE_SIZE.sub("", fold(text)).strip()))


# A template's module name printed where its box did not load ("PublishingPortal - Block_BanTin_ViewData"):
# a few identifiers, each joining its parts by "_" or by a capital inside it, which no sentence's word does (a
# photo's file name, "HBT_2488", joins a number).
_CODE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z][A-Za-z0-9]*)+|[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*")
_CODE_NAMES_MAX = 4
_CODE_NAME_SEPARATOR = re.compile(r"[-|:/>]+")


def _code_names(stripped: str) -> bool:
    """Whether a line is a few template identifiers and the separators between them, no word of a sentence."""
    tokens = [t for t in stripped.split() if not _CODE_NAME_SEPARATOR.fullmatch(t)]
    return 1 <= len(tokens) <= _CODE_NAMES_MAX and all(_CODE_NAME.fullmatch(t) for t in tokens)


# An icon font's ligature name, printed as text where the icon did not load ("line_weight", "keyboard_arrow_right").
_ICON_NAME = re.compile(r"^[a-z]+(?:_[a-z]+)+\s+(?=\S)")


def classify_line(text: str) -> str | None:
    """Kind of page furniture this line is, or None when it may be article text."""
    stripped = text.strip()
    if not stripped or _SYMBOLS_ONLY.match(stripped):
        return EMPTY
    folded = fold(strip_bullet(stripped)).strip()
    if not folded:
        return EMPTY
    icon = _ICON_NAME.match(stripped)
    if icon:
        kind = classify_line(stripped[icon.end():])
        if kind is not None:
            return kind   # an icon font's name left before a box's heading ("line_weight BÀI VIẾT LIÊN QUAN:")
    words = _words(folded)
    if re.match(_HOME + r"\b", folded) and len(_CRUMB_SEP.findall(stripped)) >= 2 and words <= 80:
        return BREADCRUMB   # however long the title its last crumb repeats
    table = rules()
    if _TEMPLATE_CLOCK.match(folded):
        return MENU   # a header's clock its template left half in English ("Thứ sáu, Day 29 Month 08 Year 2025")
    if table.slogan.match(folded) and not re.search(r"[.?…]$", stripped):
        # a banner's slogan ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội …"), never a headline, however
        # many mottos the banner runs after it on its line
        return WIDGET
    if re.match(r"^[\W_]*chao mung (?:(?:ban|quy vi) (?:da )?den (?:voi|trang|website|cong)|"
                r"den voi (?:website|trang|cong))", folded):
        # a header's welcome, however long ("Chào mừng bạn đã đến với website … Chúc bạn …!"; its e-mail and
        # hotline run on: "CHÀO MỪNG QUÝ VỊ ĐẾN VỚI CỔNG … EMAIL: … ĐƯỜNG DÂY NÓNG …"), maybe between dots and quotes
        # as a banner ("“.::CHÀO MỪNG BẠN ĐẾN TRANG THÔNG TIN TUỔI TRẺ HUYỆN …::.”")
        return WIDGET
    if words > 30:
        return COMMENTS if rules().comment_notice.search(folded) else None

    if words <= 4 and table.stamp_label.match(folded) and (stripped.endswith(":") or words >= 2):
        # a stamp's label alone on its line ("Ngày đăng:"), its date on the next line or none
        return METADATA
    credit = _LONE_CREDIT.match(folded)
    if credit and not _names_a_person(stripped):
        return IMAGE_NAME   # "( Ảnh: St)": the credit of a photo the copy does not hold, no caption
    if _STORED_IMAGES.fullmatch(stripped):
        return IMAGE_NAME   # a photo as the stored copy writes it: its alternative text is no text shown
    # (a theme's field label before a photo's file name: "Description: Lớp tập huấn … tại xã Tràng Phái.jpg")
    bare = _PHOTO_FIELD.sub("", _FILE_SIZE.sub("", folded).strip())
    if _IMAGE_NAME.match(bare) or _IMAGE_MARK_TAIL.match(bare) or _CAMERA_NAME.match(bare) or _only_ids(folded) or (
            _file_slug(stripped, folded)) or _GLUED_SLUG_TOKEN.fullmatch(stripped):
        return IMAGE_NAME
    unsourced = _PHOTO_SOURCE.sub("", folded)
    placeholder = unsourced.strip("()[] .").strip()
    if _HYPHENED_WORDS.fullmatch(placeholder):
        placeholder = placeholder.replace("-", " ")   # the label as a file's slug ("Anh-tin-bai")
    if (stripped.isascii() and _GLUED_NAMES.match(folded)) or _PHOTO_PLACEHOLDER.match(folded) or (
            rules().image_placeholder.match(placeholder)):
        return IMAGE_NAME
    if words <= _GENERATED_ALT_MAX_WORDS and rules().generated_alt.match(folded.strip("()[] ")):
        return IMAGE_NAME   # "Có thể là hình ảnh về 6 người và mọi người đang đứng": a social network's guess
    if _VOWELLESS_ALT.fullmatch(stripped) or (
            words <= 5 and stripped[:1].islower() and _NUMBERED_ALT.fullmatch(stripped)):
        # an image's alternative text of letters no word spells ("bđ bđ", "x"), or an editor's name for
        # a numbered photo, in lower case without a mark of punctuation ("phụ nữ hộ độ 2")
        return IMAGE_NAME
    if _code_names(stripped):
        return WIDGET
    if _TEMPLATE_FIELD.fullmatch(folded):
        return MENU   # a template's field name printed alone ("content:"), its value on the lines below
    if _DOCUMENT_FIELDS.fullmatch(folded):
        return METADATA   # a document view's fields, maybe glued ("Ngày ban hành: 13/4/2022Ngày hiệu lực: 13/4/2022")
    if words <= _DETAIL_VIEW_MAX_WORDS and _DETAIL_VIEW.match(folded):
        return MENU   # the detail view's name as the page's heading, the site's name after it ("Chi tiết tin tức -
        #               Huyện Triệu Phong"): the browser's title bar, no headline
    if _EMAIL_ALONE.fullmatch(folded):
        return CONTACT   # a site header's or footer's e-mail address alone on its line
    if ADDRESS_ALONE.fullmatch(folded):
        # an address alone on a line: the page's own, its logo's or a photo's (a page export)
        return IMAGE_NAME if re.search(IMAGE_EXT + r"(?:[?#]\S*)?$", folded) else MENU
    if _FIELD_ADDRESS.fullmatch(folded):
        # a photo's field and its file's address, printed by a theme ("Description: https://…/a1.jpg/853d…?t=…")
        return IMAGE_NAME
    if _TEMPERATURE.search(stripped) and _weather_place(_TEMPERATURE.sub(" ", stripped)):
        return WIDGET   # a weather box: "Bình Phước, 30°C/27°C - 33°C"
    if words <= table.widget_line_max_words and _COUNTER_HEADING.match(folded.rstrip(" :")):
        return COUNTER
    if words <= table.widget_line_max_words and _COUNTER_TOKENS.search(folded) and _only(_COUNTER_TOKENS, folded):
        return COUNTER
    if words <= _COUNTER_LABEL_MAX_WORDS and re.fullmatch(_COUNTER_LABEL + r"\s*:", folded):
        return COUNTER   # a visitor counter's label whose number the stored copy lost ("Tất cả:")
    if words <= _TOOLBAR_MAX_WORDS and _TOOLBAR_TOKENS.search(folded) and _only(_TOOLBAR_TOKENS, folded):
        return VIEWS if _VIEWS_TOKEN.search(folded) else TOOLBAR
    if words <= _TOOLBAR_MAX_WORDS and _meta_pieces(stripped):
        return VIEWS   # "Đã xem: 588 | Cật nhập lần cuối: 9/4/2019 11:08:17 AM | RSS": a view count among the post's
        #               fields and buttons, however its theme spells their labels
    if words <= _ATTACHMENT_MAX_WORDS and _ATTACHMENT_LINK.search(folded):
        return TOOLBAR
    if words <= 20 and _PAGE_STRONG.search(folded) and _only(_PAGE_TOKENS, folded):
        return PAGINATION
    if re.fullmatch(r"(?:0?[1-9]|1[0-2])\s?[./\-]\s?(?:19|20)\d\d", folded):
        # a month and its year alone ("10.2013"): a stamp without its day under the title, no pager
        return METADATA
    if words <= 20 and len(re.findall(r"\d+", folded)) >= 2 and re.fullmatch(r"[\d\s|/.,\-]+", folded):
        return PAGINATION
    link = _PREV_NEXT_LINK.match(stripped)
    if link and (link.group(1) or link.group(2).isupper()) and words <= 60:
        return RELATED
    if words <= 8 and _RELATED.match(folded):
        return RELATED
    if words <= 12 and _COMMENT_HEADING.match(folded):
        return COMMENTS
    if words <= 4 and _COMMENT_FIELD.match(folded):
        return COMMENTS
    if words <= 25 and _FOOTER.match(folded):
        return FOOTER
    if words <= 25 and _CONTACT.match(folded):
        return CONTACT
    if re.match(_HOME + r"\b", folded) and words <= 25:
        if _CRUMB_SEP.search(stripped):
            return BREADCRUMB
        if re.search(r"(?:\.\.\.|…)$", stripped):
            return BREADCRUMB   # its last crumb the headline a theme cut ("Trang chủ Tin tức Đak Lắc: … lần...")
        if words <= 12 and not re.search(r"[.!?;:]$", stripped):
            return MENU
    if words <= 25 and _SLASHED_PATH.fullmatch(stripped):
        return BREADCRUMB   # a section path closed by a slash: "Tin tức/(Trường MN Thái Sơn)/Vườn rau của bé/"
    crumbs = _DOUBLE_ANGLE.split(stripped)
    if words <= 25 and 2 <= len(crumbs) <= 5 and all(
            crumb.strip() and _words(crumb) <= 15 and not re.search(r"[.!?;:…]$", crumb.strip()) for crumb in crumbs):
        return BREADCRUMB   # without its home page: "Trung tâm … Huyện Phong Điền >> Sự kiện"
    if 4 <= words <= 12 and _printed_twice(folded) and not re.search(r"[.!?…]$", stripped) or (
            _glued_twice(stripped)):
        # a portlet's title printed twice on its line ("TIN TỨC MEDIA TIN TỨC MEDIA"), also with no space between
        # ("Vinaora Nivo Slider 3.xVinaora Nivo Slider 3.x")
        return WIDGET
    if words <= 8 and re.match(r"^(?:your ip|ip cua ban|dia chi ip(?: cua ban)?)\s*:", folded):
        return COUNTER   # a visitor box's reading of the reader's address ("Your IP: 3.237.71.23")
    if words <= 40 and _SESSION_NOTICE.search(folded):
        return WIDGET   # a portal's idle-session notice ("Bạn đã không sử dụng Site, Bấm vào đây để duy trì …")
    if words <= 20 and _WEATHER.search(folded):
        return WIDGET   # a weather box's other readings (``_WEATHER``)
    if _FOREIGN_LABEL.fullmatch(stripped):
        return VIEWS   # a theme's label left in Chinese, its number lost or beside it ("查看数次:")
    if words <= 30 and _WELCOME.match(folded):
        return WIDGET   # the site's greeting, maybe after its clock ("Hôm nay ngày: 25/11/2017. Chào mừng quý khách …")
    if words <= 8 and _WIDGET.match(folded) and not re.match(r"^chuyen muc\s*:\s*\S", folded) and (
            not stripped[:1].islower()):   # (a wrapped line's rest: "Đồng bộ hạ tầng -" / "kết nối liên thông dữ liệu")
        return WIDGET
    if words <= 15 and _AD_SLOT.search(folded):
        return WIDGET
    if words <= 15 and re.match(r"^(?:tep|tap tin|file|tai lieu|van ban) dinh kem\b", folded):
        return TOOLBAR
    if words <= 20 and re.match(r"^(?:tu khoa|tags?|the|nhan|tong so diem(?: cua bai viet)?(?: la)?)\s*:", folded):
        return WIDGET
    if words <= 60 and re.search(r"vi pham ban quyen|ghi ro nguon|khong duoc sao chep", folded):
        return FOOTER
    if words <= 20 and re.search(r"(?:duoc )?thiet ke (?:va phat trien )?boi|phat trien boi|"
                                 r"powered by|designed by", folded):
        return FOOTER
    if words <= 25 and is_upper_line(stripped) and _names_unit_only(folded):
        # "UBND XÃ HÒA PHONG" signs a page; "ỦY BAN MTTQ … HUYỆN X: BÀN GIAO NHÀ …" is a headline
        return FOOTER
    if words <= _TOOLBAR_MAX_WORDS and table.toolbar_tokens.search(folded) and _only(
            _TOOLBAR_TOKENS, table.toolbar_tokens.sub(" ", folded)) and not other_accents(stripped):
        return TOOLBAR
    if _REPEATED_PHRASE.fullmatch(folded):
        return WIDGET   # a box's empty items, one phrase over and over ("No title... No title... No title...")
    if table.browser_notice.search(folded):
        return WIDGET   # the page's notice to turn scripts on ("… bật JavaScript trong trình duyệt …")
    if (words <= 8 and table.comment_heading.match(folded)) or table.comment_notice.search(folded) or (
            _CHARACTERS_LEFT.match(folded)):
        return COMMENTS
    if words <= table.widget_line_max_words and table.view_switch.search(folded):
        return WIDGET
    if words <= 14 and _page_name(stripped, folded):
        return MENU
    if len(_MENU_SEP.findall(stripped)) >= 3:
        parts = [p for p in re.split(r"[|•·]|\s{3,}", stripped) if p.strip()]
        # (a table's row, flattened with its cells joined by bars, opens with its serial number and names someone or
        # something in its cells: "1 | Phạm Ngọc Hiếu | Phạm Gia Khánh Hân | 1A | UV | 0974747575 |")
        numbered_row = "|" in stripped and parts[0].strip().isdigit() and any(_words(p) >= 2 for p in parts[1:])
        if len(parts) >= 4 and all(_words(p) <= 4 for p in parts) and not numbered_row:
            return MENU
    return None


# One field of a post's information bar: a short label and its number, day or time ("Xem: 687", "Cật nhập: 7/16/2018
# 2:45:32 PM"; folded).
_FIELD_PIECE = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:\s*\d[\d\s/.:,\-]*(?:[ap]m)?")


def _meta_pieces(stripped: str) -> bool:
    """Whether a line is a post's information bar: pieces between bars, each a button or a view count
    (``_TOOLBAR_TOKENS``) or a field with its number, day or time (``_FIELD_PIECE``), and one a view count or a
    button at least (a table's row of labelled figures, "Dân số: 5.000 | Diện tích: 20", is no bar)."""
    pieces = [fold(piece).strip() for piece in stripped.split("|")]
    if len(pieces) < 2 or not all(pieces):
        return False
    tools = [piece for piece in pieces if _only(_TOOLBAR_TOKENS, piece) and _TOOLBAR_TOKENS.search(piece)]
    return bool(tools) and all(piece in tools or _FIELD_PIECE.fullmatch(piece) for piece in pieces)


def _glued_twice(text: str) -> bool:
    """Whether a line of three words or more is one phrase printed twice with no space between ("Vinaora Nivo Slider
    3.xVinaora Nivo Slider 3.x")."""
    half = len(text) // 2
    return len(text) % 2 == 0 and len(text[:half].split()) >= 3 and text[:half] == text[half:]


def _printed_twice(folded: str) -> bool:
    """Whether a line is one phrase of two words or more printed twice ("danh muc danh muc")."""
    parts = folded.split()
    half = len(parts) // 2
    return len(parts) % 2 == 0 and half >= 2 and parts[:half] == parts[half:]


def _weather_place(rest: str) -> bool:
    """Whether what a line holds besides its temperatures is at most a place's name ("Bình
    Phước,", "TP. Hồ Chí Minh:"), every word capitalised, and separators."""
    names = re.findall(r"[^\W\d_][\w.]*", rest)
    return len(names) <= _WEATHER_PLACE_MAX_WORDS and all(name[0].isupper() for name in names) and not (
        re.search(r"[!?…]$|[^.]\.$", rest.strip()))


def breadcrumb_parts(text: str) -> list[str]:
    """Crumbs of a breadcrumb line, home page excluded."""
    parts = [p.strip(" >»›/\\-=") for p in re.split(r"\s(?:>|»|›|/|->|=>|>>|\\)\s", text)]
    return [p for p in parts if p and not re.fullmatch(_HOME, fold(p).strip())]
