"""What happens to a parsed, extracted message: the ordered filter chain.

Each step is a small function of one `Run`; STEPS lists them in order. A step may finish the run
(e.g. a non-referral goes to its own list and nothing else happens). Every status change of a referral
is an audit event, and every outgoing mail is queued in the worker's transaction, so a message either
leaves all its traces or none.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from intake.mime import ParsedMessage
from intake.spool import Spool
from models.casework import MissingResolution
from models.settings import Settings, get_settings
from models.tables import AuditEvent, Message, Referral, utcnow
from models.workflow import OutboxMessage, ReferralTriage
from triage.authentication import unverified_sender
from triage.automatic import automatic_reasons
from triage.clocks import add_working_days, as_utc, hours_waiting, in_office_hours, local, next_opening
from triage.merge import merge_extractions
from triage.nonreferral import NonReferral, classify, new_text
from triage.outbox import Mailer, queue_mail
from triage.priority import facts_of, score
from triage.profile import Profile, load_profile
from triage.register import RegisterMatch, load_register, match_register
from triage.replies import body_context_defaults, facts_summary, missing_wording, one_line, render
from triage.threading import (
    MESSAGE_IDS,
    referenced_message_ids,
    referral_from_body,
    referral_from_headers,
    referral_from_subject,
)
from triage.validation import missing_items

ACTOR = "system"
# Statuses (Referral.status). The casework API moves referrals on from a decision.
RECEIVED = "received"
AWAITING_INFORMATION = "awaiting_information"
IN_TRIAGE = "in_triage"  # the team manager's triage queue (protocol step 6)
NEEDS_REVIEW = "needs_review"  # ambiguous register match: a person decides
ROUTED_TO_WORKER = "routed_to_worker"  # allocated case, forwarded (step 5)
ESCALATED = "escalated"
AFTER_DECISION = frozenset({"decision_recorded", "feedback_sent", "closed"})
ROUTABLE = frozenset({RECEIVED, AWAITING_INFORMATION, IN_TRIAGE, NEEDS_REVIEW})
# Replies the rate limits count: mail sent to a referrer without a person deciding to.
AUTO_REPLY_KINDS = ("missing-info", "acknowledgement", "out-of-hours")


@dataclass(frozen=True)
class ChainConfig:
    profile: Profile
    mailer: Mailer
    own_addresses: frozenset[str]
    spool: Spool | None = None  # where the original is read from, to attach to forwards
    clock: Callable[[], datetime] = utcnow
    authserv_id: str | None = None  # FRONTDOOR_AUTHSERV_ID: the trusted-sender policy (triage/authentication)


@dataclass(frozen=True)
class SenderHistory:
    bounced: bool  # earlier mail to the sender bounced
    replies_last_hour: int  # automatic replies to the sender in the hour before this run (0 if bounced)


@dataclass
class Run:
    session: Session
    message: Message
    parsed: ParsedMessage
    extraction: dict[str, Any]
    config: ChainConfig
    now: datetime
    automatic: list[str] = field(default_factory=list)
    non_referral: NonReferral | None = None
    referral: Referral | None = None
    triage: ReferralTriage | None = None
    follow_up: bool = False
    match: RegisterMatch | None = None
    replies_queued: int = 0
    finished: bool = False
    unverified: str | None = None  # why our mail server could not verify the sender, if it could not
    sender_history: SenderHistory | None = None  # read once, by the first reply the run considers

    @property
    def profile(self) -> Profile:
        return self.config.profile

    def audit(self, action: str, **detail: Any) -> None:
        self.session.add(AuditEvent(referral_id=self.referral.id if self.referral else None, actor=ACTOR,
                                    action=action, detail={"message": self.message.id, **detail}))

    def transition(self, status: str, why: str) -> None:
        assert self.referral is not None
        if self.referral.status == status:
            return
        self.audit("status_changed", **{"from": self.referral.status, "to": status, "why": why})
        self.referral.status = status
        self.referral.updated_at = self.now

    def original(self) -> bytes | None:
        if self.config.spool is None:
            return None
        try:
            return self.config.spool.read(self.message.sha256)
        except FileNotFoundError:
            return None  # past retention, or a spool this process cannot see: send without it


# --- the steps, in order ------------------------------------------------------------------------------

def check_automatic(run: Run) -> None:
    own = run.config.own_addresses | {run.config.mailer.sender.lower()}
    parsed = run.parsed
    run.automatic = automatic_reasons(parsed.headers, parsed.sender, run.message.envelope_sender, own)
    run.unverified = unverified_sender(parsed.headers, run.config.authserv_id)
    # Read once here, used twice: a bounce of our own mail threads; other non-referrals stay out.
    run.non_referral = classify(parsed.headers, parsed.sender, parsed.subject, new_text(parsed),
                                run.extraction)


def thread_follow_up(run: Run) -> None:
    referral_id = find_thread(run)
    referral = run.session.get(Referral, referral_id) if referral_id is not None else None
    if referral is None:
        return
    run.referral, run.follow_up = referral, True
    run.triage = run.session.get(ReferralTriage, referral.id) or _new_triage(run)
    run.message.referral_id = referral.id
    if run.non_referral is not None and run.non_referral.kind in ("delivery_report", "out_of_office"):
        run.message.state = "non_referral"
        if run.non_referral.kind == "delivery_report":
            _record_bounce(run)
        else:
            run.audit("automatic_reply_received", reason=run.non_referral.reason)
        run.finished = True
        return
    run.message.state = "follow_up"
    merged, conflicts = merge_extractions(referral.extraction, run.extraction)
    run.extraction = referral.extraction = merged
    run.triage.conflicts = [*run.triage.conflicts, *conflicts]
    run.audit("follow_up_merged", conflicts=[c["field"] for c in conflicts])
    if referral.status in AFTER_DECISION:
        _escalate(run)


def check_non_referral(run: Run) -> None:
    if run.follow_up or run.non_referral is None:
        return
    run.message.state = "non_referral"
    run.audit("non_referral", kind=run.non_referral.kind, reason=run.non_referral.reason)
    run.finished = True


def open_referral(run: Run) -> None:
    if run.follow_up:
        return
    # The empty lists are passed, not left to their default: SQLModel asks pydantic for each default,
    # which parses a builtin factory's signature from text every time (~0.5 ms a field).
    referral = Referral(message_id=run.message.message_id, dedup_key=run.message.dedup_key,
                        sender=run.parsed.sender or run.message.sender,
                        subject=one_line(run.parsed.subject, 998), status=RECEIVED, extraction=run.extraction,
                        priority_reasons=[], missing=[])
    run.session.add(referral)
    run.session.flush()
    run.referral = referral
    run.message.state, run.message.referral_id = "referral", referral.id
    run.triage = _new_triage(run)
    run.audit("received", profile=run.profile.name, out_of_hours=run.triage.out_of_hours,
              automatic=run.automatic)


def validate(run: Run) -> None:
    assert run.referral is not None
    missing = missing_items(run.extraction, run.profile.required)
    filled = [i for i in run.referral.missing if i not in missing] if run.follow_up else []
    run.extraction = {**run.extraction, "missing": missing}
    run.referral.extraction, run.referral.missing = run.extraction, missing
    run.referral.updated_at = run.now
    if filled:
        run.audit("missing_supplied", items=filled)


def prioritise(run: Run) -> None:
    assert run.referral is not None and run.triage is not None
    refresh_priority(run.referral, run.triage, run.profile, run.now)


def match_case(run: Run) -> None:
    assert run.referral is not None and run.triage is not None
    if run.referral.status not in ROUTABLE:
        return
    # Nothing in a run changes the register: no flush for it, so this run's writes go in one flush.
    with run.session.no_autoflush:
        register = load_register(run.session)
    run.match = match_register(run.extraction, register)
    run.triage.match = run.match.summary()
    run.triage.case_ref = run.match.cases[0].case_ref if run.match.cases else None


def route(run: Run) -> None:
    referral, triage, match = run.referral, run.triage, run.match
    assert referral is not None and triage is not None
    if run.unverified:
        # A spoofed sender must not get a child's details forwarded anywhere: a person looks first.
        run.audit("held_unverified_sender", why=run.unverified)
        if referral.status in ROUTABLE:
            run.transition(NEEDS_REVIEW, f"sender not verified: {run.unverified}")
        return
    if referral.status == ROUTED_TO_WORKER and run.follow_up:
        _forward(run, list(triage.routed_to), "more information from the referrer")
        return
    if match is None:
        return
    if match.status == "matched":
        recipients = [a for case in match.cases for a in (case.worker_email, case.team_email) if a]
        if recipients:
            triage.routed_to = list(dict.fromkeys(recipients))
            _forward(run, triage.routed_to, "allocated case")
            run.transition(ROUTED_TO_WORKER, f"open case {', '.join(c.case_ref for c in match.cases)}")
            return
    if match.status == "ambiguous":
        run.transition(NEEDS_REVIEW, "more than one child in the register could be this one")
    elif referral.missing:
        run.transition(AWAITING_INFORMATION, "missing: " + ", ".join(referral.missing))
    else:
        run.transition(IN_TRIAGE, "complete; not open to children's social care")


def reply_missing(run: Run) -> None:
    referral, triage = run.referral, run.triage
    assert referral is not None and triage is not None
    outstanding = _outstanding(run)
    if not outstanding or referral.status in AFTER_DECISION | {ESCALATED}:
        return
    refused = _why_not_reply(run)
    last = triage.last_missing_reply_at
    if refused is None and last is not None and run.now - as_utc(last) < timedelta(days=1):
        refused = "a missing-information reply was already sent today"
    if refused:
        run.audit("reply_withheld", kind="missing-info", why=refused)
        return
    _reply(run, "missing-info", missing=missing_wording(run.profile, outstanding))
    triage.last_missing_reply_at = run.now
    triage.follow_up_due_at = add_working_days(run.now, run.profile.timescales.follow_up_working_days,
                                               run.profile)


def acknowledge(run: Run) -> None:
    if run.follow_up or not run.profile.acknowledge_on_receipt:
        return
    refused = _why_not_reply(run)
    if refused:
        run.audit("reply_withheld", kind="acknowledgement", why=refused)
        return
    assert run.triage is not None and run.triage.decision_due_at is not None
    _reply(run, "acknowledgement", decision_due=_local_text(run.triage.decision_due_at, run.profile))


def out_of_hours_notice(run: Run) -> None:
    assert run.triage is not None
    if run.follow_up or not run.triage.out_of_hours or not run.profile.out_of_hours.send_notice:
        return
    refused = _why_not_reply(run)
    if refused:
        run.audit("reply_withheld", kind="out-of-hours", why=refused)
        return
    hours = run.profile.office_hours
    opening = next_opening(run.triage.received_at, run.profile)
    _reply(run, "out-of-hours", ooh=run.profile.out_of_hours, next_opening=_local_text(opening, run.profile),
           office_hours=f"{', '.join(d.title() for d in hours.days)} {hours.start:%H:%M}-{hours.end:%H:%M}")


STEPS: tuple[Callable[[Run], None], ...] = (
    check_automatic, thread_follow_up, check_non_referral, open_referral, validate, prioritise, match_case,
    route, reply_missing, acknowledge, out_of_hours_notice,
)


def run_steps(session: Session, message: Message, parsed: ParsedMessage, extraction: dict[str, Any],
              config: ChainConfig) -> Run:
    run = Run(session, message, parsed, extraction, config, now=as_utc(config.clock()))
    for step in STEPS:
        step(run)
        if run.finished:
            break
    return run


# --- helpers ------------------------------------------------------------------------------------------

def find_thread(run: Run) -> int | None:
    """Our signed token in the headers; the referrer's own earlier mail; the subject tag; the body marker."""
    secret, headers, session = run.config.mailer.secret, run.parsed.headers, run.session
    found = referral_from_headers(secret, headers)
    if found is not None:
        return found
    answered = referenced_message_ids(headers)
    if answered:
        earlier = session.exec(select(Message.referral_id).where(
            Message.message_id.in_(answered), Message.referral_id.is_not(None),
            Message.id != run.message.id)).first()
        if earlier is not None:
            return earlier
    tagged = referral_from_subject(run.parsed.subject)
    if tagged is not None:
        referral = session.get(Referral, tagged)
        # The subject tag is not signed: accept it only from the referral's own sender.
        if referral is not None and _same_address(referral.sender, run.parsed.sender):
            return tagged
    texts = [run.parsed.text]
    if run.non_referral is not None and run.non_referral.kind == "delivery_report":
        # A bounce carries our message back as headers or a whole message, which the reader may not show.
        texts.append(_raw_text(run))
    return referral_from_body(secret, texts)


def _raw_text(run: Run) -> str:
    raw = run.original()
    return raw.decode("latin-1") if raw else ""


def _same_address(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.strip().lower() == b.strip().lower())


def _new_triage(run: Run) -> ReferralTriage:
    assert run.referral is not None and run.referral.id is not None
    received = as_utc(run.message.received_at)
    triage = ReferralTriage(
        referral_id=run.referral.id, profile=run.profile.name, received_at=received,
        out_of_hours=not in_office_hours(received, run.profile), automatic=run.automatic,
        decision_due_at=add_working_days(received, run.profile.timescales.decision_working_days, run.profile),
        match={}, routed_to=[], conflicts=[])  # passed, not defaulted: see open_referral
    run.session.add(triage)
    return triage


def refresh_priority(referral: Referral, triage: ReferralTriage, profile: Profile, now: datetime) -> None:
    """Priority from the profile's rules; also called periodically so that waiting and overdue count."""
    overdue = triage.decision_due_at is not None and now > as_utc(triage.decision_due_at)
    facts = facts_of(referral.extraction, out_of_hours=triage.out_of_hours, overdue=overdue)
    result = score(profile.priority, facts, hours_waiting(triage.received_at, now), referral.extraction)
    referral.priority, referral.priority_reasons = result.score, list(result.reasons)


def _outstanding(run: Run) -> list[str]:
    """Missing items nobody has settled yet: an advisor may have obtained some by phone meanwhile."""
    assert run.referral is not None
    if not run.follow_up or not run.referral.missing:
        return list(run.referral.missing)
    settled = set(run.session.exec(select(MissingResolution.item).where(
        MissingResolution.referral_id == run.referral.id)).all())
    return [item for item in run.referral.missing if item not in settled]


def _why_not_reply(run: Run) -> str | None:
    sender = run.parsed.sender
    if run.unverified:
        return f"sender not verified: {run.unverified}"
    if run.automatic:
        return "automatic mail: " + "; ".join(run.automatic)
    if not sender:
        return "no sender address"
    if run.sender_history is None:
        run.sender_history = _sender_history(run, sender)
    if run.sender_history.bounced:
        return "earlier mail to this address bounced"
    sent = run.replies_queued + run.sender_history.replies_last_hour
    if sent >= run.profile.reply_limits.per_sender_per_hour:
        return f"{sent} automatic replies to this sender in the last hour"
    return None


def _sender_history(run: Run, sender: str) -> SenderHistory:
    """Read once a run: nothing a run does after its first reply changes it (replies it queues are
    counted by the run itself)."""
    # No autoflush: these read committed mail only.
    with run.session.no_autoflush:
        if _undeliverable(run.session, sender):
            return SenderHistory(bounced=True, replies_last_hour=0)
        # Counted through the referrals' senders: the created_at index keeps this to the last hour's mail.
        hour_ago = run.now - timedelta(hours=1)
        sent = run.session.exec(select(func.count(OutboxMessage.id)).join(
            Referral, OutboxMessage.referral_id == Referral.id).where(
            OutboxMessage.kind.in_(AUTO_REPLY_KINDS), OutboxMessage.created_at >= hour_ago,
            func.lower(Referral.sender) == sender.lower())).one()
    return SenderHistory(bounced=False, replies_last_hour=sent)


def _undeliverable(session: Session, address: str) -> bool:
    bounced = session.exec(select(OutboxMessage.recipients).where(OutboxMessage.status == "bounced")).all()
    return any(address.lower() in (r.lower() for r in recipients) for recipients in bounced)


def _context(run: Run, **extra: Any) -> dict[str, Any]:
    assert run.referral is not None and run.referral.id is not None
    return {**body_context_defaults(run.config.mailer.secret, run.referral.id),
            "original_subject": one_line(run.referral.subject), "referrer": run.referral.sender or "unknown",
            "facts": facts_summary(run.extraction), **extra}


def _references(run: Run) -> list[str]:
    ids = referenced_message_ids(run.parsed.headers)
    return [*reversed(ids), *([run.message.message_id] if run.message.message_id else [])]


def _reply(run: Run, kind: str, **extra: Any) -> None:
    assert run.referral is not None and run.parsed.sender
    rendered = render(run.profile, kind, _context(run, **extra))
    queue_mail(run.session, run.config.mailer, kind=kind, referral_id=run.referral.id, to=[run.parsed.sender],
               rendered=rendered, answers=run.message.message_id, references=_references(run))
    run.replies_queued += 1


def _forward(run: Run, recipients: list[str], why: str) -> None:
    assert run.referral is not None
    match = run.triage.match if run.triage else {}
    best = [child["candidates"][0] for child in match.get("children", []) if child.get("candidates")]
    note = "; ".join(f"{c['case_ref']} {c['confidence']:.0%} {' '.join(c['reasons'])}".strip() for c in best)
    rendered = render(run.profile, "forward", _context(
        run, case_refs=match.get("cases") or ["?"], match_note=note or why,
        priority=_priority_line(run.referral)))
    queue_mail(run.session, run.config.mailer, kind="forward", referral_id=run.referral.id, to=recipients,
               rendered=rendered, answers=run.message.message_id, references=_references(run),
               original=run.original())


def _escalate(run: Run) -> None:
    assert run.referral is not None
    rendered = render(run.profile, "escalation", _context(run))
    queue_mail(run.session, run.config.mailer, kind="escalation", referral_id=run.referral.id,
               to=[run.profile.contacts.escalation], rendered=rendered, answers=run.message.message_id,
               references=_references(run), original=run.original())
    run.transition(ESCALATED, "the referrer wrote again after the decision (protocol step 8)")
    run.finished = True


def _record_bounce(run: Run) -> None:
    """A delivery report about our mail: mark it bounced (no more automatic mail there), tell the advisor."""
    mentioned = {f"<{m}>" for m in MESSAGE_IDS.findall(f"{run.parsed.text}\n{_raw_text(run)}")}
    rows = run.session.exec(select(OutboxMessage).where(OutboxMessage.message_id.in_(mentioned))).all() \
        if mentioned else []
    for row in rows:
        row.status = "bounced"
    run.audit("mail_bounced", outbox=[r.id for r in rows], kinds=sorted({r.kind for r in rows}))


def _priority_line(referral: Referral) -> str:
    reasons = "; ".join(referral.priority_reasons)
    return f"priority {referral.priority}" + (f": {reasons}" if reasons else "")


def _local_text(moment: datetime, profile: Profile) -> str:
    return f"{local(moment, profile):%A %d %B %Y at %H:%M}"


# --- configuration ------------------------------------------------------------------------------------

def secret_key(settings: Settings) -> bytes:
    """FRONTDOOR_SECRET_KEY, else a key kept in the data directory (one process or a shared data dir)."""
    if settings.secret_key:
        return settings.secret_key.encode()
    path = Path(settings.data_dir) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with path.open("x", encoding="ascii") as handle:
                handle.write(secrets.token_hex(32))
            path.chmod(0o600)
        except FileExistsError:
            pass  # another process wrote it first
    return path.read_text(encoding="ascii").strip().encode()


def chain_config(settings: Settings, *, profile: Profile | None = None,
                 clock: Callable[[], datetime] = utcnow) -> ChainConfig:
    return ChainConfig(profile=profile or load_profile(settings.profile),
                       mailer=Mailer(settings.sender_address, secret_key(settings)),
                       own_addresses=settings.inbox_addresses, spool=Spool(settings.data_dir / "spool"),
                       clock=clock, authserv_id=settings.authserv_id)


def make_chain(config: ChainConfig) -> Callable[[Session, Message, ParsedMessage, dict[str, Any]], None]:
    def chain(session: Session, message: Message, parsed: ParsedMessage, extraction: dict[str, Any]) -> None:
        run_steps(session, message, parsed, extraction, config)

    return chain


@cache
def _default_config() -> ChainConfig:
    return chain_config(get_settings())


def run_chain(session: Session, message: Message, parsed: ParsedMessage, extraction: dict[str, Any]) -> None:
    """The worker's entry point, configured from the FRONTDOOR_* environment."""
    run_steps(session, message, parsed, extraction, _default_config())
