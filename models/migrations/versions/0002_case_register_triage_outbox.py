"""Case register, per-referral triage state (clocks, match, routing) and the outbox.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "case_register",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_ref", sa.String(64), nullable=False, unique=True),
        sa.Column("child_name", sa.Text(), nullable=False),
        sa.Column("dob", sa.Date(), nullable=True),
        sa.Column("allocated_worker", sa.Text(), nullable=True),
        sa.Column("worker_email", sa.Text(), nullable=True),
        sa.Column("team", sa.Text(), nullable=True),
        sa.Column("team_email", sa.Text(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        _timestamp("updated_at", nullable=False),
    )
    op.create_index("ix_case_register_status", "case_register", ["status"])
    op.create_table(
        "referral_triage",
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("referrals.id"), primary_key=True),
        sa.Column("profile", sa.String(64), nullable=False),
        _timestamp("received_at", nullable=False),
        sa.Column("out_of_hours", sa.Boolean(), nullable=False),
        sa.Column("automatic", sa.JSON(), nullable=False),
        _timestamp("decision_due_at"),
        _timestamp("follow_up_due_at"),
        sa.Column("case_ref", sa.String(64), nullable=True),
        sa.Column("match", sa.JSON(), nullable=False),
        sa.Column("routed_to", sa.JSON(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        _timestamp("last_missing_reply_at"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("message_id", sa.Text(), nullable=False, unique=True),
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("referrals.id"), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _timestamp("created_at", nullable=False),
        _timestamp("next_attempt_at", nullable=False),
        _timestamp("sent_at"),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.create_index("ix_outbox_referral_id", "outbox", ["referral_id"])
    op.create_index("ix_outbox_status", "outbox", ["status"])
    op.create_index("ix_outbox_created_at", "outbox", ["created_at"])
    op.create_index("ix_outbox_next_attempt_at", "outbox", ["next_attempt_at"])


def downgrade() -> None:
    op.drop_table("outbox")
    op.drop_table("referral_triage")
    op.drop_table("case_register")
