"""Examples of components/draft_notice.html."""


def check_default(root, soup):
    assert root.name == "p" and root["role"] == "note"
    assert root.get_text() == "Bản nháp — chưa đăng, chỉ xem thử trên máy."


def examples():
    return {"default": {"params": {}, "check": check_default}}
