"""The typed problem collector and the per-build state (portal_core.problems, portal_core.lifecycle)."""

import pytest
from conftest import jpeg, post

from portal_core.lifecycle import build_state
from portal_core.problems import ContentError, ContentProblem, ProblemCollector


def test_collector_keeps_each_problem_once_in_the_order_found():
    first = ContentProblem("content/posts/a.md", 3, "thiếu ngày đăng", "thêm dòng date: 06/07/2021")
    second = ContentProblem("content/posts/b.md", 1, "tệp không phải UTF-8", "lưu lại với bảng mã UTF-8")
    problems = ProblemCollector()
    problems.raise_if_any()  # nothing found: the build goes on
    problems.extend([first, second, first])
    assert list(problems) == [first, second] and len(problems) == 2 and second in problems
    with pytest.raises(ContentError) as err:
        problems.raise_if_any()
    assert err.value.problems == [first, second]
    assert str(err.value).startswith("2 lỗi trong nội dung, trang chưa được tạo:")
    assert "content/posts/a.md:3: thiếu ngày đăng — thêm dòng date: 06/07/2021" in str(err.value)


def test_collector_refuses_what_is_not_a_content_problem():
    with pytest.raises(TypeError):
        ProblemCollector().add("content/posts/a.md:1: lỗi")


def test_build_state_is_one_per_context_and_loads_options_once():
    calls = []

    def load(settings):
        calls.append(settings)
        return {"count": settings["N"]}

    context, other = {}, {}
    state = build_state(context)
    assert build_state(context) is state and build_state(other) is not state
    assert state.options(load, {"N": 1}) == {"count": 1}
    assert state.options(load, {"N": 1}) is state.options(load, {"N": 1}) and len(calls) == 1
    assert state.first_time("step") and not state.first_time("step") and build_state(other).first_time("step")
    assert repr(state) == "BuildState()"  # page_writer digests the context: the state must not vary it


def test_problems_of_several_plugins_stop_one_build_together(build_site):
    """front_matter (a bad category), photos (a file that is no image) and related_news
    (a slug of no post) report through the same collector, in one build."""
    posts = {
        "2021/a.md": post("Bài A", category="Không có"),
        "2021/b.md": post("Bài B", image="images/gia.jpg", image_alt="Ảnh giả"),
        "2021/c.md": post("Bài C", related=["khong-co-bai-nay"]),
    }
    files = {"images/gia.jpg": b"<html>not an image</html>", "images/that.jpg": jpeg()}
    with pytest.raises(ContentError) as err:
        build_site(posts=posts, files=files, publish=True)
    found = {p.path.replace("\\", "/").rsplit("/", 1)[1]: p for p in err.value.problems}
    assert set(found) == {"a.md", "b.md", "c.md"}
    assert "không phải là ảnh" in found["b.md"].message and "khong-co-bai-nay" in found["c.md"].message


def test_a_second_build_in_the_same_process_starts_with_no_problem(build_site):
    """Nothing survives a failed build: the next one, fixed, succeeds."""
    bad = {"2021/c.md": post("Bài C", related=["khong-co-bai-nay"])}
    with pytest.raises(ContentError):
        build_site(posts=bad, name="bad")
    site = build_site(posts={"2021/c.md": post("Bài C")}, name="good")
    assert site.exists("tin-tuc/2021/bai-c/")
