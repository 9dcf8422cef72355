"""Hostile-input tests reuse the workflow's capturing relay and wiring."""

from tests.workflow.conftest import sink, workflow  # noqa: F401  (fixtures)
