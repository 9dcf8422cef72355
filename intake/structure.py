"""The structure of a message's text, as an advisor reads it: who wrote which lines, and when.

`segment(text, own_addresses)` covers the text in order, with no gaps, by segments of kind
  new         the newest message's own words (depth 0)
  quoted      reply history ("On … wrote:", Outlook "From:/Sent:" blocks, ">" lines)
  forwarded   a forwarded message ("---------- Forwarded message ---------", "Begin forwarded message:")
  header      the header block that opens a quoted or forwarded message
  signature   a sign-off and the name / title / phone block under it, or everything after "-- "
  disclaimer  confidentiality notices
  service     text the front door itself sent, quoted back: never evidence
  attachment  the text of an attached file, after its "--- Attachment: name ---" line (depth 0)
and `depth` counts levels of history: 0 for the newest text, +1 per quoted or forwarded message.

It is a pure function of the text, written by hand because the reply parsers on offer drop bullet
lines and forwarded bodies. One pass over the lines with bounded look-ahead: linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

SERVICE_MARKER = "this is an automatic message from the front door service"
ATTACHMENT_LINE = re.compile(r"^--- Attachment: .{0,300} ---$")

_ANGLE_ADDRESS = re.compile(r"<(?:mailto:)?([^<>\s@]+@[^<>\s]+)>")
_NAME_SEPARATOR = re.compile(r"[<>,;:\[\]()]")
_QUOTE_PREFIX = re.compile(r"^[ \t]*((?:>[ \t]?)+)")
_ORIGINAL = re.compile(r"^-{2,}\s*original message\s*-{2,}$", re.I)
_FORWARD = re.compile(r"^(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:?)$", re.I)
_RULE = re.compile(r"^_{8,}$")
_FIELD = re.compile(
    r"^\*?(from|sent|date|to|cc|bcc|subject|importance|reply-to|attachments|sent by)\*?\s*:", re.I)
_ON = re.compile(r"^on\s.{4,}", re.I)
_WROTE = re.compile(r"wrote\s*:\s*$", re.I)

_SIGN_OFF_WORDS = (
    r"(?:(?:kind|best|warm|warmest|many|with|with kind|with best)\s+)?"
    r"(?:regards|wishes|thanks|thank you)"
    r"|thanks(?: again| very much| and regards)?|thank you(?: very much)?|many thanks|best|cheers"
    r"|all the best|yours sincerely|yours faithfully|sincerely|speak soon|take care|respectfully"
)
# A sign-off alone on its line, or followed by the writer's first name ("Regards, Jo").
_SIGN_OFF = re.compile(
    rf"^(?:{_SIGN_OFF_WORDS})\s*[,.!]?(?:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s*$", re.I)
_NAME = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|le|la|of)){0,4}(?:\s*\([^)]{1,30}\))?,?$")
_FORM_LABELS = frozenset({
    "name", "names", "dob", "d.o.b.", "d.o.b", "age", "address", "postcode", "tel", "telephone", "phone",
    "children", "child", "risks", "risk", "consent", "outcome", "reason", "details", "location", "update",
    "contact", "client", "patient", "subject", "nhs", "gp", "siblings", "parents", "family", "household",
})
_NAME_END = re.compile(r"[|,–]| - ")
_ROLE = re.compile(
    r"\b(?:AMHP|social worker|practitioner|manager|team|trust|council|NHS|service|hub|officer|co-?ordinator"
    r"|nurse|consultant|duty|lead|worker|therapist|psychiatrist|department|unit|clinic|centre|center)\b",
    re.I)
_WORKING_NOTE = re.compile(r"^(?:please note|i work|my working|i am not in|i'm not in|out of hours)\b", re.I)
_SENTENCE = re.compile(r"^(?:\S+\s+){4,}\S*[.!?]$")
_SENT_FROM = re.compile(
    r"^(?:sent from (?:my|outlook|mail|yahoo|samsung|the \w+ app)\b|get outlook for )", re.I)
_SIG_DASHES = re.compile(r"^--\s?$")
_BULLET = re.compile(r"^(?:[-•*·▪‣◦–—]|\d{1,2}[.)]|[a-z][.)])\s")
_QUESTION = re.compile(r"\?(?:\s|$)")
_LABEL = re.compile(r"^([^:]{1,40}):\s*(.*)$")
_CONTACT_VALUE = re.compile(r"\d[\d ()+-]{5,}\d|@|www\.|https?://")
_CONTACT_LABELS = frozenset({
    "t", "m", "e", "f", "w", "tel", "telephone", "phone", "mob", "mobile", "email", "e-mail", "fax",
    "web", "website", "pronouns", "office", "direct", "direct line", "ext", "extension", "team",
    "working days", "working hours", "hours", "address", "base", "location", "teams",
})
_DISCLAIMER = re.compile(
    r"^(?:confidentiality|disclaimer|important notice|privacy notice|legal notice"
    r"|this (?:e-?mail|message)(?: and any (?:files|attachments)[^,.]{0,30})?,? (?:is|are|may be) "
    r"(?:confidential|intended|private|strictly)"
    r"|the information (?:contained )?in this (?:e-?mail|message)"
    r"|if you (?:have )?received this (?:e-?mail|message) in error"
    r"|this (?:e-?mail|message) (?:has been|was) (?:scanned|checked))",
    re.I,
)
_DISCLAIMER_WORDS = re.compile(r"confidential|intended recipient|in error|virus|monitored|privileged", re.I)

# First characters of every header form above: most lines are ruled out without a regex.
_HEADER_INITIALS = frozenset("-_*FfOoBb")
_FIELD_INITIALS = frozenset("*FfSsDdTtCcBbIiRrAa")
_EVIDENCE = frozenset({"new", "quoted", "forwarded", "attachment"})
MAX_HEADER_LINES = 12
MAX_SIGNATURE_LINES = 14
MAX_SIGNATURE_LINE = 90


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str
    depth: int = 0


@dataclass
class _Block:
    """One message in the history: opened by a header, or the newest message itself."""

    depth: int
    kind: str           # the kind of its body lines: new, quoted, forwarded or attachment
    service: bool = False


@dataclass
class _Line:
    start: int
    raw: str
    content: str        # without the ">" quote marks
    level: int          # number of ">" marks
    kind: str = "new"
    depth: int = 0
    block: _Block | None = None
    blank: bool = field(init=False)
    field_name: str | None = field(init=False)   # "from", "sent", … for a header field line

    def __post_init__(self) -> None:
        self.blank = not self.content
        match = _FIELD.match(self.content) if self.content[:1] in _FIELD_INITIALS else None
        self.field_name = match.group(1).lower() if match else None


def _split(text: str) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for raw in text.split("\n"):
        match = _QUOTE_PREFIX.match(raw)
        if match:
            content, level = raw[match.end():], match.group(1).count(">")
        else:
            content, level = raw, 0
        lines.append(_Line(start, raw, content.strip(), level))
        start += len(raw) + 1
    return lines


def _owned(header: str, own: tuple[str, ...]) -> bool:
    """Whether a header's sender is us: our address in it, or exactly one of our display names as
    the sender's name (a short name such as "MASH" must not match "MASH Team <mash@elsewhere>")."""
    lowered = header.lower()
    if any(a in lowered for a in own if "@" in a):
        return True
    body = _FIELD.sub("", lowered, count=1)
    body = _WROTE.sub("", body).split("<")[0]
    name = body.rsplit(",", 1)[-1] if lowered.startswith("on ") else body
    name = name.strip(" '\"*")
    return bool(name) and name in own


def _field_run(lines: list[_Line], i: int, level: int) -> int:
    """Index after the header fields starting at i (continuation lines of a long To: included)."""
    j = i
    while j < len(lines) and j - i < MAX_HEADER_LINES and lines[j].level == level:
        line = lines[j]
        # A long To: or From: line wrapped by the sender's mail program: indented, or an address alone.
        continues = line.raw[:1] in (" ", "\t") or "@" in line.content
        wrapped = not line.blank and j > i and continues and lines[j - 1].field_name is not None
        # Outlook's HTML writes each field as a paragraph of its own: a blank line between fields.
        spaced = (line.blank and j > i and j + 1 < len(lines) and lines[j + 1].level == level
                  and lines[j + 1].field_name is not None)
        if line.field_name is not None or wrapped or spaced:
            j += 1
        else:
            break
    return j


def _sender(fields: list[_Line]) -> str:
    """The From: field of a header block, wrapped lines joined: whose message it is (the To: field
    names us in every reply, so only From counts)."""
    sender: list[str] = []
    for line in fields:
        if line.field_name == "from" or (sender and line.field_name is None):
            sender.append(line.content)
        elif sender:
            break
    return " ".join(sender)


def _header_at(lines: list[_Line], i: int) -> tuple[int, bool, str] | None:
    """(end index, is a forward, sender text) if a quoted/forwarded message's header starts at line i."""
    line = lines[i]
    content, level = line.content, line.level
    if not content or content[0] not in _HEADER_INITIALS:
        return None
    if _ORIGINAL.match(content) or _FORWARD.match(content):
        j = i + 1
        while j < len(lines) and j - i <= 2 and lines[j].blank:
            j += 1
        # Apple Mail puts the forwarded header fields inside the quote that follows its marker line.
        end = _field_run(lines, j, max(level, lines[j].level) if j < len(lines) else level)
        end = end if end > j else i + 1
        return end, bool(_FORWARD.match(content)), _sender(lines[j:end])
    if _RULE.match(content):
        j = i + 1
        while j < len(lines) and j - i <= 2 and lines[j].blank:
            j += 1
        if j < len(lines) and lines[j].content.lower().startswith("from"):
            end = _field_run(lines, j, level)
            if end - j >= 2:
                return end, False, _sender(lines[j:end])
        return None
    if content[:5].lower() == "from:" or content[:7].lower() == "*from:*":
        end = _field_run(lines, i, level)
        names = {x.field_name for x in lines[i:end]}
        if end - i >= 3 and names & {"sent", "date"} and names & {"to", "subject"}:
            return end, False, _sender(lines[i:end])
        return None
    if _ON.match(content):
        for j in range(i, min(i + 4, len(lines))):
            if lines[j].level != level or (j > i and lines[j].blank):
                break
            if _WROTE.search(lines[j].content):
                return j + 1, False, " ".join(x.content for x in lines[i:j + 1])
    return None


def _is_signature_line(content: str) -> bool:
    if len(content) > MAX_SIGNATURE_LINE or _BULLET.match(content) or _QUESTION.search(content):
        return False
    if content.lower().startswith(("p.s", "ps ", "ps:")):
        return False
    if _SENTENCE.match(content) and not _WORKING_NOTE.match(content):
        return False   # "She was detained under section 2." is news, not a name or a job title
    if ATTACHMENT_LINE.match(content) or _DISCLAIMER.match(content):
        return False
    label = _LABEL.match(content)
    if label and not content.lower().startswith(("http", "www")):
        name = label.group(1).strip().lower()
        value = label.group(2)
        # "Consent: yes" is a form answer, "Mob: 07700 900123" is a signature line.
        return bool(_CONTACT_VALUE.search(value)) or name.split(" (")[0] in _CONTACT_LABELS
    return True


def _mark_history(lines: list[_Line], own: tuple[str, ...]) -> None:
    """Kinds new / quoted / forwarded / header / attachment and depths, line by line."""
    block = _Block(0, "new")
    blocks = {0: block}
    base = 0
    i = 0
    previous: _Line | None = None
    written: _Line | None = None   # the last line with text
    while i < len(lines):
        line = lines[i]
        if ATTACHMENT_LINE.match(line.raw):
            base = 0
            blocks = {0: _Block(0, "attachment")}
            line.kind, line.depth, line.block = "attachment", 0, blocks[0]
            previous = written = line
            i += 1
            continue
        header = _header_at(lines, i)
        if header is not None:
            end, forward, header_text = header
            following = next((x for x in lines[end:end + 3] if not x.blank), None)
            # Apple Mail writes "On … wrote:" as the first line inside the quote it opens, over a
            # body at the same level: the quote marks already count this message.
            opens_quote = (line.level > 0 and following is not None and following.level == line.level
                           and (written is None or (written.level < line.level and written.kind != "header")))
            depth = base + line.level + (0 if opens_quote else 1)
            opened = _Block(depth, "forwarded" if forward else "quoted", _owned(header_text, own))
            blocks = {d: b for d, b in blocks.items() if d < depth}
            blocks[depth] = opened
            for j in range(i, end):
                lines[j].kind, lines[j].depth, lines[j].block = "header", depth, opened
            # An "On … wrote:" over ">" lines: the marks give the depth, so the base stays.
            if not opens_quote and (following is None or following.level <= line.level):
                base += 1
            previous = written = lines[end - 1]
            i = end
            continue
        if line.blank and previous is not None:
            line.kind, line.depth, line.block = previous.kind, previous.depth, previous.block
        else:
            depth = base + line.level
            owner = blocks.get(depth)
            if owner is None:   # ">" lines with no header above them
                owner = blocks[depth] = _Block(depth, "quoted")
            line.kind, line.depth, line.block = owner.kind, depth, owner
            if SERVICE_MARKER in line.content.lower():
                owner.service = True
            written = line
        previous = line
        i += 1


def _mark_signatures(lines: list[_Line]) -> None:
    """Signature and disclaimer lines inside each message's own text."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind not in _EVIDENCE or line.blank:
            i += 1
            continue
        if _DISCLAIMER.match(line.content):
            i = _mark_disclaimer(lines, i)
            continue
        if _SIGN_OFF.match(line.content) or _SIG_DASHES.match(line.content) or _SENT_FROM.match(line.content):
            i = _mark_signature(lines, i)
            continue
        if _NAME.match(line.content):
            i = _mark_bare_signature(lines, i)
            continue
        i += 1


def _mark_bare_signature(lines: list[_Line], i: int) -> int:
    """A name / job title / phone block that closes a message without a sign-off above it."""
    first = lines[i]
    j = i
    while (j < len(lines) and j - i <= MAX_SIGNATURE_LINES and not lines[j].blank
           and _same_message(first, lines[j])):
        j += 1
    if j - i > MAX_SIGNATURE_LINES:
        return i + 1
    block = [x.content for x in lines[i:j]]
    k = j
    while k < len(lines) and lines[k].blank:
        k += 1
    closes = (k == len(lines) or not _same_message(first, lines[k])
              or bool(_DISCLAIMER.match(lines[k].content)))
    # Name, then job title, then contact lines: the shape of a signature, not of a family's details.
    if (closes and len(block) >= 2 and _ROLE.search(block[1]) and all(map(_is_signature_line, block[1:]))
            and any(_CONTACT_VALUE.search(x) for x in block[1:])):
        for n in range(i, j):
            lines[n].kind = "signature"
        return j
    return i + 1


def _same_message(a: _Line, b: _Line) -> bool:
    return a.block is b.block and a.depth == b.depth and b.kind in _EVIDENCE


def _mark_disclaimer(lines: list[_Line], i: int) -> int:
    first = lines[i]
    end = j = i
    in_paragraph = True
    while j < len(lines) and _same_message(first, lines[j]):
        line = lines[j]
        if line.blank:
            in_paragraph = False
        elif not in_paragraph and not _DISCLAIMER_WORDS.search(line.content):
            break   # a following paragraph joins only if it reads like more of the notice
        else:
            in_paragraph = True
            end = j + 1
        j += 1
    for k in range(i, end):
        lines[k].kind = "disclaimer"
    return end


def _starts_with_name(content: str) -> bool:
    # "Jo Bloggs", "Jo Bloggs, AMHP" or "Jo Bloggs | Duty AMHP | 07700 900123"; not a form's "Name"
    first = _NAME_END.split(content, maxsplit=1)[0].strip()
    return bool(_NAME.match(first)) and first.rstrip(":").lower() not in _FORM_LABELS


def _mark_signature(lines: list[_Line], i: int) -> int:
    first = lines[i]
    end = j = i + 1
    written = 0
    message_goes_on = False
    while j < len(lines) and _same_message(first, lines[j]):
        line = lines[j]
        if not line.blank:
            if written == MAX_SIGNATURE_LINES or not _is_signature_line(line.content) or (
                    written and _SIGN_OFF.match(line.content)):
                message_goes_on = not _DISCLAIMER.match(line.content)
                break
            if not written and not _SIG_DASHES.match(first.content) and not _starts_with_name(line.content):
                break   # a sign-off is followed by a name; anything else is the message going on
            written += 1
            end = j + 1
        j += 1
    # Text after the block: "Thanks," then "Name / Emeka Nguyen / Risks to children" and more is a
    # form, not a signature. A real one shows how to reach its writer.
    if message_goes_on and not any(_CONTACT_VALUE.search(lines[k].content) for k in range(i + 1, end)):
        end = i + 1
    for k in range(i, end):
        lines[k].kind = "signature"
    return end


def _segments(lines: list[_Line], length: int) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    run_start, run_kind, run_depth = 0, None, 0
    for line in lines:
        # A blank line stays with the text above it: fewer, whole segments.
        if line.blank and run_kind is not None and line.kind != "header":
            continue
        if (line.kind, line.depth) != (run_kind, run_depth):
            if run_kind is not None and line.start > run_start:
                segments.append(Segment(run_start, line.start, run_kind, run_depth))
                run_start = line.start
            run_kind, run_depth = line.kind, line.depth
    if run_kind is not None and length > run_start:
        segments.append(Segment(run_start, length, run_kind, run_depth))
    return tuple(segments)


def _our_display_names(lines: list[_Line], own: tuple[str, ...]) -> tuple[str, ...]:
    """Names written beside our address anywhere in the text ("To: Integrated Front Door <inbox@…>"), so
    that a reply header naming us without the address ("On …, Integrated Front Door wrote:") is ours too."""
    addresses = {a for a in own if "@" in a}
    names: set[str] = set()
    for line in lines:
        content = line.content
        if "@" not in content or "<" not in content:
            continue
        for found in _ANGLE_ADDRESS.finditer(content):
            if found.group(1).lower() not in addresses:
                continue
            # The display name: what precedes "<address>" back to the previous separator.
            name = _NAME_SEPARATOR.split(content[max(0, found.start() - 80):found.start()])[-1]
            cleaned = name.strip(" '\"*").lower()
            if len(cleaned) >= 4 and not cleaned.isdigit():
                names.add(cleaned)
    return tuple(sorted(names))


def segment(text: str, own_addresses: frozenset[str] = frozenset()) -> tuple[Segment, ...]:
    """Segments covering `text` in order, with no gaps (empty text: no segments)."""
    if not text:
        return ()
    lines = _split(text)
    own = tuple(sorted(a.lower().strip() for a in own_addresses if a.strip()))
    _mark_history(lines, own + _our_display_names(lines, own))
    for line in lines:
        if line.kind != "header" and line.block is not None and line.block.service:
            line.kind = "service"
    _mark_signatures(lines)
    return _segments(lines, len(text))


@dataclass(frozen=True)
class Unquoted:
    """The text with every line's ">" quote marks removed, so that a quoted form reads like a new one
    and a name or phrase wrapped over two quoted lines ("of Eoin\n> Delaney") reads whole again.
    Offsets map both ways: `view(offset)` into `text`, `original(offset)` back to the message."""

    text: str
    _view_starts: tuple[int, ...] = ()       # where each marked line starts in `text`
    _original_starts: tuple[int, ...] = ()   # and in the original
    _cuts: tuple[int, ...] = ()              # the length of its marks
    _removed: tuple[int, ...] = ()           # characters removed up to its content

    def original(self, offset: int) -> int:
        i = bisect.bisect_right(self._view_starts, offset) - 1
        return offset + self._removed[i] if i >= 0 else offset

    def view(self, offset: int) -> int:
        i = bisect.bisect_right(self._original_starts, offset) - 1
        if i < 0:
            return offset
        if offset < self._original_starts[i] + self._cuts[i]:   # inside the marks
            return self._view_starts[i]
        return offset - self._removed[i]


def unquote(text: str) -> Unquoted:
    """`text` without the quote marks that open its lines (and one space after each mark)."""
    if ">" not in text:
        return Unquoted(text)
    pieces: list[str] = []
    view_starts: list[int] = []
    original_starts: list[int] = []
    cuts: list[int] = []
    removed: list[int] = []
    total = 0
    start = 0
    for raw in text.split("\n"):
        match = _QUOTE_PREFIX.match(raw)
        if match:
            view_starts.append(start - total)
            original_starts.append(start)
            cuts.append(match.end())
            total += match.end()
            removed.append(total)
            pieces.append(raw[match.end():])
        else:
            pieces.append(raw)
        start += len(raw) + 1
    return Unquoted("\n".join(pieces), tuple(view_starts), tuple(original_starts), tuple(cuts),
                    tuple(removed))
