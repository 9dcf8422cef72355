"""Users, API tokens, browser sessions; advisors' work on referrals (assignment, corrections, decisions).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(120), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=True),
        sa.Column("oidc_subject", sa.String(255), nullable=True, unique=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _timestamp("created_at", nullable=False),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(12), nullable=False),
        _timestamp("created_at", nullable=False),
        _timestamp("last_used_at"),
        _timestamp("revoked_at"),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        _timestamp("created_at", nullable=False),
        _timestamp("expires_at", nullable=False),
        _timestamp("last_seen_at", nullable=False),
    )
    op.create_table(
        "referral_work",
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("referrals.id"), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("assigned_user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True, index=True),
        _timestamp("assigned_at"),
        sa.Column("decision", sa.String(40), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(120), nullable=True),
        _timestamp("decided_at"),
        _timestamp("escalated_at"),
        _timestamp("closed_at"),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("referrals.id"), nullable=False, index=True),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("original", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(120), nullable=False),
        _timestamp("at", nullable=False),
    )
    op.create_table(
        "missing_resolutions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("referrals.id"), nullable=False, index=True),
        sa.Column("item", sa.String(40), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(120), nullable=False),
        _timestamp("at", nullable=False),
    )
    # The queue orders by priority then age; one index serves the first page and every cursor page.
    op.create_index("ix_referrals_queue_order", "referrals", [sa.text("priority DESC"), "id"])


def downgrade() -> None:
    op.drop_index("ix_referrals_queue_order", table_name="referrals")
    for table in ("missing_resolutions", "corrections", "referral_work", "web_sessions", "api_tokens",
                  "users"):
        op.drop_table(table)
