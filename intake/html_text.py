"""HTML body → the plain text an advisor reads, keeping the line structure of the page.

Paragraphs and <br> become line breaks, list items "- item" lines (indented two spaces per level of
nesting), table rows the lines of intake.table_rows; <style>, <script> and <head> are dropped and
entities decoded. Quoted history (<blockquote type="cite">, Gmail's "gmail_quote") is prefixed with
"> " so its depth survives.

The tree is walked with an explicit stack, never recursion: a hostile page of 100,000 nested tags
must cost linear time and no RecursionError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from intake.table_rows import row_lines

# The top of a long thread is the newest text; the cap keeps it and bounds the parse (~1 s).
MAX_HTML_CHARS = 400_000
MAX_TAGS = 40_000
# Beyond this element depth tags lose their layout meaning (text is still read): it bounds the
# per-level buffers of nested table cells and quote prefixes.
MAX_LAYOUT_DEPTH = 64
MAX_QUOTE_LEVELS = 20

_DROPPED = frozenset({"head", "style", "script", "title", "meta", "noscript", "template", "xml", "object"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "ul", "caption",
})
# Blocks that stand apart from their neighbours by a blank line. Outlook's <p class=MsoNormal> (and
# MsoListParagraph…) is one typed line (Outlook writes blank lines as empty paragraphs), so it is not.
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"})
_SKIPPED_NODES = (Comment, Declaration, Doctype, ProcessingInstruction)
_SPACE = re.compile(r"[ \t\r\n\f\v\xa0\u200b\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"<!--|<(style|script|head)\b", re.I)
_BLANK_RUNS = re.compile(r"\n{3,}")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


@dataclass
class _Lines:
    """Text being written: finished lines plus the line in progress."""

    lines: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)

    def write(self, text: str) -> None:
        self.current.append(text)

    def end_line(self) -> None:
        # Leading blanks were written on purpose (nested list items, continuation lines of a cell).
        line = "".join(self.current).rstrip()
        self.current.clear()
        if line:
            self.lines.append(line)

    def blank_line(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def text_lines(self) -> list[str]:
        self.end_line()
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return self.lines


@dataclass
class _Frame:
    tag: Tag
    layout: bool          # False past MAX_LAYOUT_DEPTH: the tag is then read as plain inline text
    quote: bool = False
    written_at: int = 0   # lines written when the tag opened: an empty Outlook paragraph is a blank line
    cells: list[str] | None = None   # a table row collecting its cells
    header: bool = True               # a table row whose cells are all <th>


def _is_quote(tag: Tag) -> bool:
    if tag.name != "blockquote":
        return False
    classes = " ".join(tag.get("class") or ())
    # Outlook for Mac and others mark a reply's history only by the rule down its left side.
    ruled = "border-left" in str(tag.get("style") or "").lower()
    return tag.get("type") == "cite" or "quote" in classes or ruled


class _Writer:
    """Walks the tree, writing into the innermost open table cell or the page."""

    def __init__(self) -> None:
        self.outputs: list[_Lines] = [_Lines()]
        self.quote_level = 0
        self.pre = 0
        self.lists = 0
        self.items = 0
        self.bullet_only = False   # the line holds only a list item's "- " so far
        self.tables: list[bool] = []   # per open table: whether it has a header row
        self.defects: list[str] = []

    @property
    def out(self) -> _Lines:
        return self.outputs[-1]

    def text(self, value: str) -> None:
        value = _ZERO_WIDTH.sub("", value)
        if value.strip():
            self.bullet_only = False
        if self.pre:
            parts = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.end_line()
                self.out.write(part.replace("\xa0", " "))
            return
        collapsed = _SPACE.sub(" ", value)
        if not self.out.current:
            collapsed = collapsed.lstrip()
            if collapsed:
                # A list item's second line is indented under its text, so it stays with the item.
                self.out.write(self._prefix() + "  " * max(self.lists, 1) * bool(self.items))
        if collapsed:
            self.out.write(collapsed)

    def end_line(self) -> None:
        self.out.end_line()

    def _prefix(self) -> str:
        # Quote marks go on page lines only: a table cell is marked once, when its row is written.
        return "> " * self.quote_level if len(self.outputs) == 1 else ""

    def open(self, frame: _Frame) -> None:
        tag = frame.tag
        name = tag.name
        if name == "br":
            # A <br> on an empty line is a blank line ("<br><br>", Gmail's "<div><br></div>").
            if "".join(self.out.current).strip():
                self.out.end_line()
            else:
                self.out.blank_line()
            return
        if not frame.layout:
            return
        # A paragraph inside a list item goes on its "- " line.
        if (name in _BLOCKS or name in ("li", "tr")) and not (self.bullet_only and name not in ("ul", "ol")):
            self.out.end_line()
        if name == "pre":
            self.pre += 1
        elif name in ("ul", "ol"):
            self.lists += 1
        elif name == "li":
            self.out.write(self._prefix() + "  " * max(self.lists - 1, 0) + "- ")
            self.bullet_only = True
            self.items += 1
        elif name == "table":
            self.tables.append(False)
        elif name == "thead" and self.tables:
            self.tables[-1] = True
        elif name == "tr":
            frame.cells = []
        elif name in ("td", "th"):
            self.outputs.append(_Lines())
        elif name == "hr":
            self.out.blank_line()
        frame.written_at = len(self.out.lines) + bool(self.out.current)
        if frame.quote:
            self.out.blank_line()
            self.quote_level = min(self.quote_level + 1, MAX_QUOTE_LEVELS)

    def close(self, frame: _Frame, parent: _Frame | None) -> None:
        tag = frame.tag
        name = tag.name
        if not frame.layout:
            return
        if frame.quote:
            self.out.end_line()
            self.quote_level -= 1
        if name in ("td", "th"):
            cell = "\n".join(self.outputs.pop().text_lines())
            if parent is not None and parent.cells is not None:
                parent.cells.append(cell)
                parent.header = parent.header and name == "th"
            else:   # a cell outside a row: read it as a block
                self._write_lines(cell.splitlines())
            return
        if name == "tr":
            cells = frame.cells or []
            header_row = frame.header and sum(1 for c in cells if c.strip()) >= 2
            if header_row and self.tables:
                self.tables[-1] = True
            self._write_lines(row_lines(cells, records=header_row or bool(self.tables and self.tables[-1])))
            return
        if name == "pre":
            self.pre -= 1
        elif name in ("ul", "ol"):
            self.lists -= 1
        elif name == "li":
            self.items -= 1
        elif name == "table" and self.tables:
            self.tables.pop()
        in_item = parent is not None and parent.tag.name == "li"
        outlook_line = name == "p" and any(c.startswith("Mso") for c in tag.get("class") or ())
        if outlook_line and frame.written_at == len(self.out.lines) + bool(self.out.current):
            self.out.end_line()
            self.out.lines.append("")
        elif name in _PARAGRAPHS and not outlook_line and not in_item:
            self.out.blank_line()
        elif name in _BLOCKS or name == "li" or in_item:
            self.out.end_line()

    def _write_lines(self, lines: list[str]) -> None:
        self.out.end_line()
        for line in lines:
            if line:
                self.out.write(self._prefix() + line)
                self.out.end_line()
            else:
                self.out.blank_line()


def drop_invisible(html: str) -> str:
    """The page without comments, styles, scripts and head, in one forward scan (an unclosed one
    hides the rest of the page, as it does in a browser)."""
    lowered = html.lower()
    kept: list[str] = []
    position = 0
    while (found := _INVISIBLE.search(html, position)) is not None:
        kept.append(html[position:found.start()])
        closer = "-->" if found.group(1) is None else f"</{found.group(1).lower()}"
        end = lowered.find(closer, found.end())
        if end < 0:
            return " ".join(kept)
        position = end + len(closer)
        if closer != "-->":
            tag_end = html.find(">", position)
            position = len(html) if tag_end < 0 else tag_end + 1
        kept.append(" ")
    kept.append(html[position:])
    return "".join(kept)


def _nth_tag(html: str, n: int) -> int:
    position = -1
    for _ in range(n):
        position = html.find("<", position + 1)
    return position


def visible_length(html: str) -> int:
    """About how many characters of text a page shows, without building its tree: a cheap test of
    whether the HTML says more than the plain part beside it."""
    pieces = drop_invisible(html[:MAX_HTML_CHARS]).split("<")
    shown = pieces[0] + " ".join(piece.partition(">")[2] for piece in pieces[1:])
    return len(" ".join(shown.split()))


def html_to_text(html: str) -> tuple[str, tuple[str, ...]]:
    """The readable text of an HTML body, and what could not be read (defects)."""
    defects: list[str] = []
    # Outlook pages are mostly styles and conditional comments: drop them before the (slow) parser.
    html = drop_invisible(html)
    if html.count("<") > MAX_TAGS:
        # Tree building costs per tag: a page of tag soup is cut at its MAX_TAGS-th tag.
        cut = _nth_tag(html, MAX_TAGS)
        defects.append(f"html body has more than {MAX_TAGS} tags: only the start was read")
        html = html[:cut]
    if len(html) > MAX_HTML_CHARS:
        defects.append(f"html body over {MAX_HTML_CHARS} characters: only the start was read")
        cut = html.rfind("<", 0, MAX_HTML_CHARS)
        html = html[: cut if cut > 0 else MAX_HTML_CHARS]
    soup = BeautifulSoup(html, "html.parser")
    writer = _Writer()
    # Each stack entry is (node, frame of the parent tag, frame to close or None).
    stack: list[tuple[object, _Frame | None, _Frame | None]] = [(soup, None, None)]
    depth_warned = False
    depth = 0
    while stack:
        node, parent, closing = stack.pop()
        if closing is not None:
            depth -= 1
            writer.close(closing, parent)
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_NODES):
                writer.text(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in _DROPPED or (name.startswith("o:") and name != "o:p"):
            continue
        layout = depth < MAX_LAYOUT_DEPTH
        if not layout and not depth_warned:
            depth_warned = True
            defects.append(f"html nested deeper than {MAX_LAYOUT_DEPTH} elements: inner layout not kept")
        frame = _Frame(node, layout, quote=layout and _is_quote(node))
        if node is not soup:
            writer.open(frame)
        depth += 1
        stack.append((node, parent, frame))
        stack.extend((child, frame, None) for child in reversed(node.contents))
    lines = writer.outputs[0].text_lines()   # every cell was closed: the tree closes every tag
    # Runs of empty Outlook paragraphs read as one blank line.
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
    return text, tuple(defects)
