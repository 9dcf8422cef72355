"""Fault tests reuse the workflow's capturing relay."""

from tests.workflow.conftest import sink  # noqa: F401  (a fixture)
