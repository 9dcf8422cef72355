"""The family's address, postcode, phone numbers and the NHS numbers in the message.

Phones are read with `phonenumbers` (E.164), accepting the Ofcom drama ranges that strict validation
rejects, and kept only when they are the family's (LABELLING §6): never in a signature or disclaimer,
never after a professional's cue ("AMHP Hub:", "care coordinator ... on", "please contact the duty
team on"), and never a number that appears in any signature of the message. The address is the
family home: an "Address:" field or a "lives at ..." phrase, not a hospital or a relative's home.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import cache

import phonenumbers

from triage.extraction.pipeline import NOT_NAMES
from triage.extraction.sections import NO_EVIDENCE, PATTERNS_DIR, EvidenceMap, Layout

# A number may be hard-wrapped ("07700\n900 235"); a run of two listed numbers is split again below.
_PHONE = re.compile(
    r"(?<![\w+/.])(?:\+[ \t]?44[ \t]?(?:\(0\)[ \t]?)?|\(?0)[1-9][\d \t\n()-]{7,14}\d(?!\d)(?![/.]\d)"
)
_NHS = re.compile(r"(?<![\d+])(\d{3})[ \t-]?(\d{3})[ \t-]?(\d{4})(?![\d])")
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)[ \t\n]{0,2}(\d[ABD-HJLNP-UW-Z]{2})\b", re.I)
# Non-geographic, freephone and premium numbers (03.., 08.., 09..) are services' lines, never a family's.
_SERVICE_PREFIXES = ("+443", "+448", "+449")
_PROFESSIONAL_KEYS = {"care_coordinator", "gp", "doctors", "police", "update_contact"}
_MAX_ADDRESS = 160
_MAX_CONTEXT = 150
_MAX_PHONE_CANDIDATES = 2_000
_MAX_POSTCODES = 50  # a family's postcode is among the first few in any real message
# Where an address without a cue begins: a house number before a street name (not a date's
# "11 May"), a flat, a named house.
_HOUSE = re.compile(
    r"\d{1,4}[A-Za-z]?,?[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]"
    r"|(?:Flat|FLAT|Apartment|Apt|Unit|Room|Maisonette)\b"
    r"|[A-Z][a-z]+[ \t](?:House|Cottage|Court|Lodge|Farm|Barn|Mill|Hall|Villa|Manor)\b"
    # Notes typed without capitals: "4 elm road".
    r"|(?i:\d{1,4}[a-z]?,?[ \t]+(?:[a-z]+[ \t]+){1,2}(?:road|rd|street|st|lane|close|avenue|way|drive|walk"
    r"|grove|crescent|court|place|gardens|terrace|parade|row|mews|rise|view|green|hill)\b)"
)

_WHO_LIVES = re.compile(r"(?:lives|living|resides|residing|with)\b", re.I)


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    data = json.loads((PATTERNS_DIR / "contacts.json").read_text(encoding="utf-8"))
    flags = {"address_start": 0}
    return {k: re.compile(v, flags.get(k, re.I)) for k, v in data.items() if not k.startswith("_")}


@dataclass
class Contacts:
    address: str | None = None
    postcode: str | None = None
    phones: list[str] = field(default_factory=list)
    nhs_numbers: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)


def nhs_number_valid(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def normalise_postcode(raw: str) -> str | None:
    m = _POSTCODE.fullmatch(re.sub(r"\s+", " ", raw.strip().upper()))
    if not m:
        compact = re.sub(r"\s", "", raw.upper())
        m = _POSTCODE.fullmatch(f"{compact[:-3]} {compact[-3:]}") if len(compact) >= 5 else None
    return f"{m.group(1)} {m.group(2)}" if m else None


def _e164(raw: str) -> str | None:
    digits = re.sub(r"\D", "", raw)
    national = "0" + digits[2:] if raw.lstrip().startswith("+") else digits
    if raw.lstrip().startswith("+") and national.startswith("00"):
        national = national[1:]
    if not 10 <= len(national) <= 11:
        return None
    try:
        number = phonenumbers.parse(national, "GB")
    except phonenumbers.NumberParseException:
        return None
    # Drama ranges (07700 900xxx, 01632 960xxx, ...) are "possible" but not "valid": accept them.
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _context_start(layout: Layout, offset: int) -> int:
    """Where the words about a number begin: its sentence (hard-wrapped lines included), at most
    a couple of lines back."""
    sentence_start, _ = layout.sentence_at(offset)
    return (
        max(sentence_start, offset - _MAX_CONTEXT) if sentence_start < offset else layout.line_at(offset)[0]
    )


# Words that only say what kind of number follows: "Tel", "Mobile:", "office / mob".
_ONLY_PHONE_LABEL = re.compile(
    r"[\s|/,;:.()-]*(?:(?:tel|telephone|phone|mob|mobile|m|t|office|work|direct|or|and)\b[\s|/,;:.()-]*)*",
    re.I,
)


_AFTER_POSTCODE = re.compile(
    _POSTCODE.pattern + r"[ \t]*[,(]?[ \t]*(?:(?:tel|phone|home|landline)\b[.:]?[ \t]*)?\Z", re.I
)


def _in_relatives_name(context: str, cue: re.Match[str]) -> bool:
    before = context[: cue.start()]
    name = (_NAME_BEFORE if cue.group()[:1].isupper() else _LOWER_CASE_NAME_BEFORE).search(before)
    return bool(
        name and _cues()["relative_just_before"].search(before, max(0, name.start() - 25), name.start())
    )


# The forenames of a person just introduced: "her mum, Tina " before "Ward"; in notes typed without
# capitals, "w her mum tina " before "ward" (but not "her mum is on " before "amber ward").
_NAME_BEFORE = re.compile(r"(?<=[ \t,:])(?:[A-Z][\w'’-]+[ \t]+){1,2}\Z")
_LOWER_CASE_NAME_BEFORE = re.compile(
    r"(?<=[ \t,:])(?!(?:is|on|at|in|the|a|an|her|his|their|to|of|from|and|w|with|by)\b)[a-z'’-]{2,}[ \t]+\Z"
)


def _is_professional(text: str, layout: Layout, start: int, end: int, prev_end: int) -> bool:
    owner = layout.field_at(start)
    if owner is not None and owner.key in _PROFESSIONAL_KEYS:
        return True
    cues = _cues()
    ctx_start = _context_start(layout, start)
    line_start = layout.line_at(start)[0]
    if ctx_start >= line_start > 0 and not text[line_start:start].strip():
        # A number on a line of its own belongs to the line above ("Lou Pritchard | AMHP\n07700 ...").
        ctx_start = min(ctx_start, layout.line_at(line_start - 1)[0])
    if _AFTER_POSTCODE.search(text, max(0, start - 30), start):
        # "at 23 beech rd, horsham rh12 4jb (07700 900 804)": the number given with the home address.
        return False
    if _ONLY_PHONE_LABEL.fullmatch(text, ctx_start, start) and ctx_start > line_start:
        # "Tiago Fernandes, AMHP, Chichester. Tel 0117 ...": the line says whose number it is.
        ctx_start = line_start
    context = text[max(ctx_start, prev_end) : start]
    # "her mum, Tina Ward (07700 ...)": a surname that is also a word for a service is a name.
    pro = [m.end() for m in cues["professional"].finditer(context) if not _in_relatives_name(context, m)]
    fam = [m.end() for m in cues["family"].finditer(context)]
    # Brackets after the number name its owner: "07700 900551 (Tomasz)", "(mobile)".
    after = text[end : end + 40].split("\n", 1)[0]
    bracket = re.match(r"[ \t]*\(([^)]{1,35})\)", after)
    # ...when they name a person or a relative: "(overnight)" or "(mobile)" leave it to the cues before.
    owner = bracket.group(1).strip() if bracket else ""
    names_someone = owner[:1].isupper() and owner.split()[0].casefold() not in NOT_NAMES
    if owner and not cues["professional"].search(owner) and (cues["family"].search(owner) or names_someone):
        return False
    # Or a note after it: "07700 900704 - CPN".
    note = re.match(r"[ \t]*[-–:][ \t]*([^,;/\d]{1,25})", after)
    if note and cues["professional"].match(note.group(1)):
        return True
    if not pro:
        return False
    return not fam or max(fam) < max(pro)


def find_phones(
    text: str, layout: Layout, evidence: EvidenceMap, closings: EvidenceMap
) -> tuple[list[str], list[dict[str, object]]]:
    """Family numbers in order of first appearance. `closings`: signature/disclaimer ranges."""
    matches = []
    for m in itertools.islice(_PHONE.finditer(text), _MAX_PHONE_CANDIDATES):
        number = _e164(m.group())
        if number or "\n" not in m.group():
            matches.append((m.start(), m.end(), number))
            continue
        pos = m.start()
        for piece in m.group().split("\n"):
            matches.append((pos, pos + len(piece), _e164(piece)))
            pos += len(piece) + 1
    in_closing = {num for s, _e, num in matches if num and s in closings}
    phones: list[str] = []
    spans: list[dict[str, object]] = []
    prev_end, prev_professional = 0, False
    for s, e, num in matches:
        # "Office 01632 960 260 | Mobile 07700 900 261", "(Arun CMHT, 01632 960 999, mobile 07700 ...)":
        # numbers run together with only labels between them have one owner.
        same_run = prev_end > 0 and _ONLY_PHONE_LABEL.fullmatch(text, prev_end, s) is not None
        professional = (same_run and prev_professional) or _is_professional(text, layout, s, e, prev_end)
        if (
            num
            and not num.startswith(_SERVICE_PREFIXES)
            and num not in in_closing
            and num not in phones
            and s in evidence
            and not professional
        ):
            spans.append(_span(f"phones[{len(phones)}]", text, s, e))
            phones.append(num)
        prev_end, prev_professional = e, professional
    return phones, spans


def find_nhs_numbers(text: str, evidence: EvidenceMap) -> tuple[list[str], list[dict[str, object]]]:
    found: list[str] = []
    spans: list[dict[str, object]] = []
    for m in _NHS.finditer(text):
        digits = "".join(m.groups())
        if digits not in found and nhs_number_valid(digits) and m.start() in evidence:
            spans.append(_span(f"nhs_numbers[{len(found)}]", text, m.start(), m.end()))
            found.append(digits)
    return found, spans


_NEAR = re.compile(r"(?:nr\.?|near|off)[ \t]+[A-Z]")


def _address_from(
    text: str, start: int, end: int
) -> tuple[str, int, int, tuple[str, int, int] | None] | None:
    """(address, start, end, (postcode, start, end) | None) for the address text at `start`."""
    pc = _POSTCODE.search(text, start, min(end + 12, len(text)))
    stop = pc.start() if pc else end
    raw = text[start:stop]
    raw = re.split(r"\.(?:[ \t\n]|$)|\(| - | – ", raw, maxsplit=1)[0]
    lines = [p.strip(" \t,;.") for p in re.split(r"[;\n]|,", raw)]
    parts = [p for p in lines if p]
    if any(ch.isupper() for ch in raw):
        # "4 Elm Road, Crawley, was assessed": in a capitalised address, a lower-case part is prose
        # (but not "nr Steyning").
        prose = next(
            (i for i, p in enumerate(parts) if i and p[0].islower() and not _NEAR.match(p)), len(parts)
        )
        parts = parts[:prose]
    if not parts or (len(parts) == 1 and not re.search(r"\d", parts[0])):
        return None
    address = ", ".join(parts)
    postcode = (f"{pc.group(1)} {pc.group(2)}".upper(), pc.start(), pc.end()) if pc else None
    return address, start, start + len(raw.rstrip(" \t\n,;.")), postcode


def _address_before(
    text: str, layout: Layout, postcode_at: int
) -> tuple[str, int, int, tuple[str, int, int] | None] | None:
    """An address written straight before a postcode with no cue ("Karen Holt, 41, of 2 Mill Cottages,
    Ashington RH20 3PP"): from the first house number or "Flat ..." of the clause, unless the clause
    names a hospital or somebody else's home."""
    cues = _cues()
    sentence_start, _ = layout.sentence_at(postcode_at)
    line_start = layout.line_at(postcode_at)[0]
    if not text[line_start:postcode_at].strip():
        # A postcode on a line of its own ends a block of address lines with no punctuation.
        sentence_start = min(sentence_start, text.rfind("\n\n", 0, postcode_at) + 2)
    window_start = max(sentence_start, postcode_at - _MAX_ADDRESS, text.rfind(":", 0, postcode_at) + 1)
    starts = [
        window_start + m.end()
        for m in re.finditer(r"(?<![\w,])[ \t\n]*(?=\S)", text[window_start:postcode_at])
    ]
    # A house number or flat first; else a house known by name, every part capitalised up to the
    # postcode ("Little Orchard, Brighton Road, Lower Beeding, Horsham RH13 6NQ").
    houses = [at for at in starts if _HOUSE.match(text, at)] or [
        at for at in starts if (named := _NAMED_HOUSE.match(text, at)) and named.end() > postcode_at
    ]
    if not houses:
        return None
    at = houses[0]
    clause = re.split(r"[,;(.]", text[max(sentence_start, at - 50) : at])[-1]
    if cues["not_family_home"].search(clause) or cues["not_family_home"].search(text[at:postcode_at]):
        return None
    return _address_from(text, at, postcode_at)


# "lives at Little Orchard, Brighton Road, Lower Beeding, Horsham RH13 6NQ": a house known by name, an
# address only when every part up to a postcode is capitalised (not "lives in Crawley with her mum").
_NAMED_HOUSE = re.compile(
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}(?:,[ \t\n]*(?:\d{1,4}[A-Za-z]?[ \t]+)?"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}){1,4},?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b"
)


def find_address(text: str, layout: Layout, evidence: EvidenceMap) -> Contacts:
    """The family home: the newest "Address:" field, else a "lives at ..." phrase, else an address
    written just before a postcode; each kept only when nothing newer or surer was found."""
    cues = _cues()
    out = Contacts()
    best: tuple[int, int, tuple[str, int, int, tuple[str, int, int] | None]] | None = None

    def better(depth: int, kind: int) -> bool:
        return depth != NO_EVIDENCE and (best is None or (depth, kind) < best[:2])

    for f in layout.fields_with("address"):
        depth = evidence.depth(f.label_start)
        # "Address of grandmother: ...", "Current address: Oak Ward, Meadowbank Hospital" are not the home.
        elsewhere = (
            cues["not_family_home"].search(f.label)
            or cues["institution"].search(f.value)
            # "Home: lives with girlfriend and her 2 kids" tells who lives there, not where.
            or (_WHO_LIVES.match(f.value.lstrip()) and not _POSTCODE.search(f.value))
        )
        if better(depth, 0) and f.value.strip() and not elsewhere:
            got = _address_from(text, f.start, f.end)
            best = (depth, 0, got) if got else best
    for kind, cue in ((1, "address_cue"), (2, "home_cue"), (3, "seen_at")):
        for m in cues[cue].finditer(text):
            depth = evidence.depth(m.start())
            # "I assessed Jo at 3 Swan Court, Bersted": after a bare "at", only a house number or flat.
            starts = (
                _HOUSE.match(text, m.end())
                if kind == 3
                else cues["address_start"].match(text, m.end()) or _NAMED_HOUSE.match(text, m.end())
            )
            if not better(depth, kind) or not starts:
                continue
            sentence_start = layout.sentence_at(m.start())[0]
            before = text[max(sentence_start, m.start() - 50) : m.start()]
            # Whose home: the clause leading to the cue ("her mother lives at", not "Mei Ward, who
            # lives at"); for "at her home", anyone caring for the children earlier in the sentence.
            if cues["not_family_home"].search(re.split(r"[,;(.]", before)[-1]) or (
                kind == 2 and cues["carer"].search(text, max(sentence_start, m.start() - 150), m.start())
            ):
                continue
            _s, sentence_end = layout.sentence_at(m.end())
            if text[max(0, sentence_end - 3) : sentence_end].rstrip().endswith(","):
                # "at the family home, 16 Thistle Grove,\nBroadbridge Heath, ...": the lines go on.
                sentence_end = layout.line_at(sentence_end)[1]
            end = min(max(sentence_end, m.end() + 1), m.end() + _MAX_ADDRESS)
            got = _address_from(text, m.end(), end)
            if got and not (kind == 3 and cues["institution"].search(got[0])):
                best = (depth, kind, got)
    for pc in itertools.islice(_POSTCODE.finditer(text), _MAX_POSTCODES) if best is None else ():
        depth = evidence.depth(pc.start())
        if better(depth, 4) and (got := _address_before(text, layout, pc.start())):
            best = (depth, 4, got)
    if best:
        address, start, end, postcode = best[2]
        out.address = address
        out.spans.append(_span("address", text, start, end))
        if postcode:
            out.postcode = postcode[0]
            out.spans.append(_span("postcode", text, postcode[1], postcode[2]))
    if out.postcode is None:
        for f in layout.fields_with("postcode"):
            found = _POSTCODE.search(f.value) if f.label_start in evidence else None
            normalised = normalise_postcode(found.group()) if found else None
            if normalised:
                out.postcode = normalised
                out.spans.append(_span("postcode", text, f.start, f.end))
                break
    return out


def find_contacts(
    text: str, layout: Layout, evidence: list[tuple[int, int, int]], closings: list[tuple[int, int]]
) -> Contacts:
    """`evidence`: (start, end, depth) ranges that are family facts; `closings`: signature and
    disclaimer ranges (their numbers are the writer's, wherever else they appear)."""
    in_evidence = EvidenceMap(evidence)
    out = find_address(text, layout, in_evidence)
    signatures = EvidenceMap([(s, e, 0) for s, e in closings])
    out.phones, phone_spans = find_phones(text, layout, in_evidence, signatures)
    out.nhs_numbers, nhs_spans = find_nhs_numbers(text, in_evidence)
    out.spans += phone_spans + nhs_spans
    return out


def _span(name: str, text: str, start: int, end: int) -> dict[str, object]:
    return {"field": name, "start": start, "end": end, "text": text[start:end]}
