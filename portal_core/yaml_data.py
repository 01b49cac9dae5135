"""Officers' YAML data files read with the line of every value.

The commune's data file and the schedule's weekly files are YAML that officers
write by hand; every problem in them is reported with its line.  Both read
them here, with one safe loader (libyaml's parser when available) that leaves
dates as the text typed (our day-first rules read them, not YAML's), and one
message for a syntax error.

- ``read_lined(text, path, what)`` -> ``(data, problems)``: mappings are
  ``LinedMap`` (``line``, ``lines`` = key -> line, ``duplicates`` = ``(key,
  first line, second line)``; the first value of a repeated key is kept),
  sequences ``LinedList`` (``line``, ``lines`` = one line per item);
- ``compose(text, path, what)`` -> ``(node, problems)``: PyYAML's node tree, for
  a reader that needs each scalar as typed (``8:30`` is a time, not 510 minutes).

``what`` names the file in the syntax-error message ("tệp lịch").  Problems are
``ContentProblem``s (file, line, what is wrong, what to write instead).
"""

import yaml

from .problems import ContentProblem

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SYNTAX_FIX = ("kiểm tra thụt lề bằng dấu cách (mỗi cấp lùi vào 2 dấu cách, không dùng phím Tab), dấu hai chấm "
              "sau tên mục và dấu «- » trước mỗi mục của danh sách; nội dung có «:» hoặc «#» phải đặt trong "
              "dấu nháy kép")


class Loader(_SafeLoader):
    """Safe YAML without implicit timestamps."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class LinedMap(dict):
    """A YAML mapping that remembers its line and the line of each key."""

    line = 1
    lines = None
    duplicates = ()


class LinedList(list):
    """A YAML sequence that remembers its line and the line of each item."""

    line = 1
    lines = None


class _LinedLoader(Loader):
    def construct_lined_mapping(self, node):
        mapping = LinedMap()
        mapping.line = node.start_mark.line + 1
        mapping.lines = {}
        mapping.duplicates = []
        for key_node, value_node in node.value:
            key = str(self.construct_object(key_node, deep=True)).strip()
            line = key_node.start_mark.line + 1
            if key in mapping.lines:
                mapping.duplicates.append((key, mapping.lines[key], line))
                continue
            mapping[key] = self.construct_object(value_node, deep=True)
            mapping.lines[key] = line
        return mapping

    def construct_lined_sequence(self, node):
        items = LinedList(self.construct_object(child, deep=True) for child in node.value)
        items.line = node.start_mark.line + 1
        items.lines = [child.start_mark.line + 1 for child in node.value]
        return items


_LinedLoader.add_constructor("tag:yaml.org,2002:map", _LinedLoader.construct_lined_mapping)
_LinedLoader.add_constructor("tag:yaml.org,2002:seq", _LinedLoader.construct_lined_sequence)


def syntax_problem(error, path, what):
    """The ``ContentProblem`` of a YAML syntax error in the file ``path``."""
    mark = error.problem_mark or error.context_mark
    return ContentProblem(path, (mark.line + 1) if mark else 1,
                          f"{what} viết sai cú pháp YAML ({error.problem or error.context})", SYNTAX_FIX)


def read_lined(text, path, what="tệp dữ liệu"):
    """``(data, problems)``: ``text`` read with the line of every mapping key and list item."""
    loader = _LinedLoader(text)
    try:
        return loader.get_single_data(), []
    except yaml.MarkedYAMLError as error:
        return None, [syntax_problem(error, path, what)]
    finally:
        loader.dispose()


def compose(text, path, what="tệp dữ liệu"):
    """``(node or None, problems)``: the YAML node tree of ``text``, each node with its marks."""
    try:
        return yaml.compose(text, Loader=Loader), []
    except yaml.MarkedYAMLError as error:
        return None, [syntax_problem(error, path, what)]
