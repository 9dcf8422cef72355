"""Raw RFC 5322 bytes → ParsedMessage: the text an advisor reads, its structure, its attachments.

mail-parser reads the message (MIME tree, decoded headers, defects, dates); the body and the
attachments are then chosen by walking the standard-library tree it holds, because an advisor reads
one body (the richer of plain and HTML), then each attached form, then forwarded messages with
their own history. Never raises on bad mail: what cannot be read is listed in `defects`.
"""

from __future__ import annotations

import base64
import email
import email.header
import email.message
import email.parser
import email.policy
import email.utils
import logging
import quopri
import re
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime

import mailparser
from mailparser.exceptions import MailParserRecursionError
from mailparser.utils import decode_header_part

from intake.attachments import FileText, MsgContent, is_msg, is_tnef, read_file, read_msg, read_tnef
from intake.charsets import decode_text
from intake.html_text import html_to_text, visible_length
from intake.structure import Segment, segment

# mail-parser logs raw header text (names, addresses) at WARNING and ERROR; personal data stays
# out of logs above DEBUG, and every problem it reports reaches us as a defect anyway.
logging.getLogger("mailparser").setLevel(logging.CRITICAL)

__all__ = ["Attachment", "ParsedMessage", "Segment", "parse_message"]

MAX_DEPTH = 20
MAX_PARTS = 500
MAX_ATTACHMENT_BYTES = 30_000_000
MAX_TEXT_CHARS = 500_000
# A plain part this much shorter than the HTML's text is a stub ("see the HTML version").
RICHER_RATIO = 0.6

_STUB = re.compile(
    r"html|view (?:this|it) (?:e-?mail|message) in (?:your|a) browser|does not support|not displayed", re.I)
_LOOKS_HTML = re.compile(r"\s*(?:<!doctype html|<html[\s>])", re.I)
_DELIMITER = re.compile(r"^--(\S{1,200}?)\s*$", re.M)
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")
_NEWLINES = re.compile(r"\r\n?")
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int
    text: str | None = None
    defects: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    sender: str | None
    subject: str
    date: datetime | None
    headers: Mapping[str, list[str]]
    text: str
    html: str | None = None
    segments: tuple[Segment, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class _Reading:
    """What the walk of one message has read so far."""

    bodies: list[str] = field(default_factory=list)
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    parts: int = 0


def _clean(text: str) -> str:
    # NUL cannot be stored in PostgreSQL text and means nothing to a reader.
    return _NEWLINES.sub("\n", text).replace("\x00", "")


def _sender_address(value: object) -> str | None:
    # Read from the header as sent (encoded words still encoded): a display name decoded first could
    # carry an address of its own, e.g. "=?utf-8?q?x=0D=0ABcc=3A_evil=40x?= <real@sender>".
    text = value if isinstance(value, str) else _header_text(value)
    return email.utils.parseaddr(text)[1] or None


def _header_text(value: object) -> str:
    try:
        if isinstance(value, email.header.Header):
            chunks = []
            for chunk, charset in email.header.decode_header(value):
                chunks.append(decode_text(chunk, charset)[0] if isinstance(chunk, bytes) else chunk)
            text = "".join(chunks)
        else:
            text = decode_header_part(" ".join(str(value).split()))
    except Exception:  # an undecodable header is shown as it came
        text = str(value)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _filename(part: email.message.Message) -> str | None:
    name = part.get_filename() or part.get_param("name")
    if not name:
        return None
    # Many mailers put an RFC 2047 encoded-word where RFC 2231 wants a parameter encoding.
    return _header_text(email.utils.collapse_rfc2231_value(name)) or None


def _payload(part: email.message.Message) -> bytes:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload
    return b""


def _part_text(part: email.message.Message, reading: _Reading) -> str:
    text, defects = decode_text(_payload(part), part.get_content_charset())
    reading.defects.extend(f"{part.get_content_type()}: {d}" for d in defects)
    text = _clean(text)
    if part.get_content_type() == "text/plain" and str(part.get_param("format", "")).lower() == "flowed":
        text = _unflow(text, delete_space=str(part.get_param("delsp", "")).lower() == "yes")
    return text


def _unflow(text: str, delete_space: bool) -> str:
    """RFC 3676 format=flowed: a line ending in a space continues on the next line (Apple Mail,
    Thunderbird). Joined, a name or a date split across the wrap reads whole again."""
    lines: list[str] = []
    current: str | None = None
    current_level = 0
    for raw in text.split("\n"):
        level = len(raw) - len(raw.lstrip(">"))
        content = raw[level:]
        content = content[1:] if content.startswith(" ") else content   # space-stuffing
        if current is not None and level == current_level:
            current += content
        else:
            if current is not None:
                lines.append(_quoted(current, current_level))
            current, current_level = content, level
        if current.endswith(" ") and current != "-- ":
            current = current[:-1] if delete_space else current
            continue
        lines.append(_quoted(current, current_level))
        current = None
    if current is not None:
        lines.append(_quoted(current, current_level))
    return "\n".join(lines)


def _quoted(line: str, level: int) -> str:
    return f"{'>' * level} {line}" if level else line


def _html_text(html: str, reading: _Reading) -> str:
    text, defects = html_to_text(html)
    reading.defects.extend(defects)
    return _clean(text)


def _is_attachment(part: email.message.Message) -> bool:
    disposition = (part.get_content_disposition() or "").lower()
    return disposition == "attachment" or bool(part.get_param("filename", header="content-disposition"))


def _descendants(part: email.message.Message, depth: int) -> Iterator[tuple[email.message.Message, int]]:
    """The parts under `part`, breadth first, within the depth and part-count limits."""
    queue = deque([(part, depth)])
    seen = 0
    while queue and seen < MAX_PARTS:
        node, level = queue.popleft()
        seen += 1
        yield node, level
        if node.is_multipart() and level < MAX_DEPTH:
            queue.extend((c, level + 1) for c in node.get_payload() if isinstance(c, email.message.Message))


def _first(part: email.message.Message, content_type: str, depth: int) -> email.message.Message | None:
    """The first body part of a type inside an alternative (e.g. HTML inside multipart/related)."""
    return next((node for node, _ in _descendants(part, depth)
                 if node.get_content_type() == content_type and not _is_attachment(node)), None)


def _read_alternative(part: email.message.Message, depth: int, reading: _Reading) -> None:
    plain_part = _first(part, "text/plain", depth)
    html_part = _first(part, "text/html", depth)
    plain = _part_text(plain_part, reading) if plain_part is not None else ""
    html = _part_text(html_part, reading) if html_part is not None else ""
    if html and reading.html is None:
        reading.html = html
    chosen = plain
    if html:
        stripped = plain.strip()
        stub = len(stripped) < 200 and bool(_STUB.search(stripped))
        if not stripped or stub or len(stripped) < RICHER_RATIO * visible_length(html):
            html_text = _html_text(html, reading)
            if stub or len(stripped) < RICHER_RATIO * len(html_text.strip()):
                chosen = html_text
    if chosen.strip():
        reading.bodies.append(chosen)
    # Files attached inside the alternative (Apple Mail puts them in multipart/related).
    for child, level in _descendants(part, depth):
        if not child.is_multipart() and _is_attachment(child):
            _read_part(child, level, reading)


def _attachment_text(name: str, text: str) -> str:
    # One line, whatever the sender put in the file name: the structure reader keys on it.
    label = " ".join(name.split())[:200] or "attachment"
    return f"--- Attachment: {label} ---\n{text.strip()}"


def _inner_message(part: email.message.Message) -> email.message.Message | None:
    payload = part.get_payload()
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if isinstance(payload, list) and payload and encoding not in ("base64", "quoted-printable"):
        return payload[0] if isinstance(payload[0], email.message.Message) else None
    # A forwarded .eml sent as a file, or message/rfc822 base64-encoded against the RFC: the parser
    # left the encoded text as the body of a header-less message; decode it and parse that.
    if isinstance(payload, list):
        first = payload[0] if payload else None
        encoded = first.get_payload() if isinstance(first, email.message.Message) else ""
        if not isinstance(encoded, str):
            return None
        raw = encoded.encode("utf-8", "surrogateescape")
        if encoding == "base64":
            compact = _NOT_BASE64.sub(b"", raw)
            compact = compact[: len(compact) - (len(compact) % 4 == 1)]   # a torn last quantum
            data = base64.b64decode(compact + b"=" * (-len(compact) % 4))
        else:
            data = quopri.decodestring(raw)
    else:
        data = _payload(part)
    return email.message_from_bytes(data) if data.strip() else None


def _as_bytes(message: email.message.Message) -> bytes:
    try:
        return message.as_bytes()
    except Exception:  # a message the generator cannot write back still has its parsed content
        return b""


def _read_message_attachment(part: email.message.Message, depth: int, reading: _Reading) -> None:
    inner = _inner_message(part)
    if inner is None:
        reading.defects.append("forwarded message attachment is empty")
        return
    nested = _Reading()
    _walk(inner, depth + 1, nested)
    reading.defects.extend(nested.defects)
    headers = [f"{name}: {_header_text(inner[name])}"
               for name in ("From", "Date", "To", "Subject") if inner[name]]
    subject = _header_text(inner["Subject"]) if inner["Subject"] else "message"
    name = _filename(part) or f"{subject[:80]}.eml"
    body = _forward_text(headers, nested)
    size = len(_payload(part)) or len(_as_bytes(inner))
    reading.attachments.append(Attachment(name, "message/rfc822", size, body, tuple(nested.defects)))


def _forward_text(headers: list[str], nested: _Reading) -> str:
    # Written as a forward so that the structure reader gives it a header and a depth of its own.
    parts = ["---------- Forwarded message ---------", *headers, ""]
    parts.append("\n\n".join(b.strip() for b in nested.bodies))
    for attachment in nested.attachments:
        if attachment.text:
            parts.append("")
            parts.append(_attachment_text(attachment.filename or "attachment", attachment.text))
    return "\n".join(parts).strip()


def _read_tnef(name: str | None, content_type: str, data: bytes, depth: int, reading: _Reading) -> None:
    try:
        content = read_tnef(data)
    except Exception as exc:  # a broken winmail.dat must not lose the rest of the message
        reading.defects.append(f"{name or 'winmail.dat'} unreadable: {type(exc).__name__}")
        reading.attachments.append(Attachment(name, content_type, len(data)))
        return
    reading.defects.extend(content.defects)
    body = _clean(content.body) if content.body else ""
    if not body.strip() and content.html:
        body = _html_text(_clean(content.html), reading)
    if body.strip() and not any(b.strip() for b in reading.bodies):
        reading.bodies.append(body)
    for name, payload in content.files:
        _add_file(name, "application/octet-stream", payload, None, depth + 1, reading)


def _read_msg(name: str | None, content_type: str, size: int, content: MsgContent, depth: int,
              reading: _Reading) -> None:
    """An Outlook .msg, written as a forward like an attached .eml; what it carries is read inside it."""
    nested = _Reading(defects=list(content.defects))
    body = _clean(content.body) if content.body else ""
    if not body.strip() and content.html:
        body = _html_text(_clean(content.html), nested)
    if body.strip():
        nested.bodies.append(body)
    for inner_name, payload in content.files:
        _add_file(inner_name, "application/octet-stream", payload, None, depth + 1, nested)
    for inner_name, inner in content.messages:
        _read_msg(inner_name, content_type, 0, inner, depth + 1, nested)
    reading.defects.extend(nested.defects)
    text = _forward_text(list(content.headers), nested) if content.headers or nested.bodies else None
    reading.attachments.append(Attachment(name, content_type, size, text, tuple(nested.defects)))


def _add_file(name: str | None, content_type: str, data: bytes, charset: str | None, depth: int,
              reading: _Reading) -> None:
    if is_tnef(name, content_type) and depth <= MAX_DEPTH and len(data) <= MAX_ATTACHMENT_BYTES:
        _read_tnef(name, content_type, data, depth, reading)
        return
    if is_msg(name, content_type) and depth <= MAX_DEPTH and len(data) <= MAX_ATTACHMENT_BYTES:
        _read_msg(name, content_type, len(data), read_msg(data, name), depth, reading)
        return
    if len(data) > MAX_ATTACHMENT_BYTES:
        result = FileText(None, (f"{name}: over {MAX_ATTACHMENT_BYTES} bytes, not read",))
    else:
        result = read_file(name, content_type, data, charset)
    text = _clean(result.text) if result.text else None
    reading.defects.extend(result.defects)
    reading.attachments.append(Attachment(name, content_type, len(data), text, result.defects))


def _read_part(part: email.message.Message, depth: int, reading: _Reading) -> None:
    content_type = part.get_content_type()
    name = _filename(part)
    if content_type == "message/rfc822" or (name or "").lower().endswith(".eml"):
        _read_message_attachment(part, depth, reading)
        return
    data = _payload(part)
    if content_type.startswith("text/") and not _is_attachment(part):
        text = _part_text(part, reading)
        if content_type == "text/plain" and _LOOKS_HTML.match(text):
            reading.defects.append("text/plain body is HTML: read as HTML")
            content_type = "text/html"
        if content_type == "text/html":
            if reading.html is None:
                reading.html = text
            text = _html_text(text, reading)
        elif content_type != "text/plain":
            reading.attachments.append(Attachment(name, content_type, len(data), None))
            return
        if text.strip():
            reading.bodies.append(text)
        return
    _add_file(name, content_type, data, part.get_content_charset(), depth, reading)


def _as_text(payload: object) -> str:
    text = payload if isinstance(payload, str) else ""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _guess_boundary(part: email.message.Message) -> email.message.Message | None:
    """A multipart whose declared boundary never occurs: split it on the delimiter it does use."""
    body = _as_text(part.get_payload())
    found = _DELIMITER.search(body)
    if found is None:
        return None
    boundary = found.group(1).replace('"', "")
    head = f'Content-Type: {part.get_content_type()}; boundary="{boundary}"\n\n'
    recovered = email.message_from_string(head + body)
    return recovered if recovered.is_multipart() else None


def _walk(message: email.message.Message, depth: int, reading: _Reading) -> None:
    """Read a message's parts in order, depth-bounded and without recursion on the MIME tree."""
    stack: list[tuple[email.message.Message, int]] = [(message, depth)]
    while stack:
        part, level = stack.pop()
        reading.parts += 1
        if reading.parts > MAX_PARTS:
            reading.defects.append(f"more than {MAX_PARTS} MIME parts: the rest not read")
            return
        if level > MAX_DEPTH:
            reading.defects.append(f"MIME nested deeper than {MAX_DEPTH} levels: inner parts not read")
            continue
        reading.defects.extend(f"{part.get_content_type()}: {type(d).__name__}" for d in part.defects)
        try:
            if part.get_content_maintype() == "multipart" and not part.is_multipart():
                recovered = _guess_boundary(part)
                if recovered is not None:
                    reading.defects.append("multipart boundary not found: parts split on the first '--' line")
                    stack.append((recovered, level + 1))
                else:
                    reading.bodies.append(_clean(_as_text(part.get_payload())))
            elif part.get_content_type() == "multipart/alternative":
                _read_alternative(part, level, reading)
            elif part.is_multipart() and part.get_content_type() != "message/rfc822":
                children = [c for c in part.get_payload() if isinstance(c, email.message.Message)]
                stack.extend((child, level + 1) for child in reversed(children))
            else:
                _read_part(part, level, reading)
        except Exception as exc:  # one broken part: name it, keep the others
            reading.defects.append(f"{part.get_content_type()} unreadable: {type(exc).__name__}: {exc}"[:300])


def _date(message: email.message.Message, parser: mailparser.MailParser | None,
          defects: list[str]) -> datetime | None:
    value = message["Date"]
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        pass
    if parser is not None and parser.date:
        return parser.date
    defects.append("Date header unreadable")
    return None


@dataclass(frozen=True)
class _Tree:
    message: email.message.Message
    parser: mailparser.MailParser | None
    whole: bool   # False: only the headers could be parsed, the body is raw text


def _tree(raw: bytes, defects: list[str]) -> _Tree:
    try:
        parser = mailparser.MailParser.from_bytes(raw)
        for entry in parser.defects:
            for content_type, found in entry.items():
                defects.extend(f"{content_type}: {d.split(':')[0]}" for d in found)
        return _Tree(parser.message, parser, whole=True)
    except MailParserRecursionError:
        defects.append("MIME nesting too deep to parse: body read as plain text")
    except Exception as exc:  # mail-parser trips on some broken mail that the standard library reads
        defects.append(f"mail-parser failed ({type(exc).__name__}): read with the standard library")
        try:
            return _Tree(email.message_from_bytes(raw), None, whole=True)
        except RecursionError:
            defects.append("MIME nesting too deep to parse: body read as plain text")
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw, headersonly=True)
    return _Tree(message, None, whole=False)


def _our_names(headers: Mapping[str, list[str]], own_addresses: frozenset[str]) -> frozenset[str]:
    """The display names the sender's mail program uses for us ("Integrated Front Door"), taken from
    the To: and Cc: of their message, so that a quoted "On …, Integrated Front Door wrote:" is ours."""
    own = {a.lower() for a in own_addresses}
    fields = [v for v in headers.get("to", []) + headers.get("cc", []) if len(v) < 10_000]
    pairs = email.utils.getaddresses(fields)
    return frozenset(name.strip().lower() for name, address in pairs
                     if address.lower() in own and len(name.strip()) >= 4)


def parse_message(raw: bytes, own_addresses: frozenset[str] = frozenset()) -> ParsedMessage:
    """Read one message. own_addresses: our inbox / From addresses (or display names), so that our
    own text quoted back is marked "service"."""
    try:
        return _parse(raw, own_addresses)
    except Exception as exc:  # the last guard: a message nobody can read is still a message
        return ParsedMessage(message_id=None, sender=None, subject="", date=None, headers={}, text="",
                             defects=(f"message unreadable: {type(exc).__name__}: {exc}"[:300],))


def _parse(raw: bytes, own_addresses: frozenset[str]) -> ParsedMessage:
    defects: list[str] = []
    tree = _tree(raw, defects)
    message, parser = tree.message, tree.parser
    reading = _Reading()
    if not tree.whole:
        reading.bodies.append(_clean(_as_text(message.get_payload())))
    else:
        _walk(message, 0, reading)
    headers: dict[str, list[str]] = {}
    for name, value in message.items():
        headers.setdefault(name.lower(), []).append(_header_text(value))

    body = _BLANK_RUNS.sub("\n\n", "\n\n".join(b.strip("\n") for b in reading.bodies if b.strip()))
    pieces = [body] if body else []
    pieces.extend(_attachment_text(a.filename or a.content_type, a.text)
                  for a in reading.attachments if a.text and a.text.strip())
    text = "\n\n".join(pieces)
    if len(text) > MAX_TEXT_CHARS:
        # Nobody reads further, and structure and extraction cost grows with the text.
        defects.append(f"text over {MAX_TEXT_CHARS} characters: only the start was read")
        text = text[:MAX_TEXT_CHARS]
    sender = _sender_address(message.get("From", ""))
    message_id = headers.get("message-id", [""])[0].strip() or None
    return ParsedMessage(
        message_id=message_id,
        sender=sender,
        subject=headers.get("subject", [""])[0],
        date=_date(message, parser, defects),
        headers=headers,
        text=text,
        html=reading.html,
        segments=segment(text, own_addresses | _our_names(headers, own_addresses)),
        attachments=tuple(reading.attachments),
        defects=tuple(dict.fromkeys(defects + reading.defects)),
    )
