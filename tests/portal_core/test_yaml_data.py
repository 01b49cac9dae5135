"""portal_core.yaml_data: officers' YAML files read with the line of every value,
one syntax-error message for the commune's data and the schedule's weeks."""

import pytest
import yaml

from commune.data import read_commune
from portal_core.yaml_data import compose, read_lined
from work_schedule.data import read_week

TEXT = """\
committee:
  name: Ủy ban MTTQ
  name: Lặp lại
  term: 2024-2029
villages:
  - name: Đông Sơn
  - name: Đồng Lâm
    founded: 2026-09-14
"""


def test_mappings_and_lists_know_their_lines_and_duplicates():
    data, problems = read_lined(TEXT, "to-chuc.yml")
    assert problems == []
    assert data.lines == {"committee": 1, "villages": 5}
    committee = data["committee"]
    assert (committee.line, committee.lines) == (2, {"name": 2, "term": 4})
    assert committee["name"] == "Ủy ban MTTQ" and committee.duplicates == [("name", 2, 3)]
    villages = data["villages"]
    assert villages.lines == [6, 7]
    assert villages[1]["founded"] == "2026-09-14"  # dates stay as typed: our day-first rules read them


def test_a_syntax_error_names_the_file_the_line_and_the_fix():
    broken = "days:\n  - date: 14/09/2026\n\titems: []\n"
    for reader in (read_lined, compose):
        data, problems = reader(broken, "lich.yml", "tệp lịch")
        assert data is None and len(problems) == 1
        problem = problems[0]
        assert (problem.path, problem.line) == ("lich.yml", 3)
        assert problem.message.startswith("tệp lịch viết sai cú pháp YAML")
        assert "không dùng phím Tab" in problem.fix


def test_compose_keeps_scalars_as_typed():
    node, problems = compose('time: 8:30\nday: 2026-09-14\n', "lich.yml")
    assert problems == []
    assert [(k.value, v.value, v.start_mark.line + 1) for k, v in node.value] == [
        ("time", "8:30", 1), ("day", "2026-09-14", 2)]
    assert yaml.safe_load("time: 8:30")["time"] == 510  # what a plain YAML load makes of it (minutes)


@pytest.mark.parametrize("reader", [
    lambda text: read_commune(text, "content/commune/to-chuc.yml", lambda relative: True)[1],
    lambda text: read_week(text, "content/lich-cong-tac/2026-38.yml")[1],
])
def test_the_commune_and_the_schedule_report_a_syntax_error_alike(reader):
    problems = reader("a: [\n")
    assert len(problems) == 1 and "viết sai cú pháp YAML" in problems[0].message
    assert "không dùng phím Tab" in problems[0].fix
