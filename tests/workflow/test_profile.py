from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from triage.profile import PROFILES_DIR, load_profile, load_profile_file


def write_variant(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = yaml.safe_load((PROFILES_DIR / "west-sussex.yaml").read_text())
    change(data)
    path = tmp_path / "variant.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_west_sussex_profile_follows_the_joint_protocol() -> None:
    profile = load_profile("west-sussex")
    assert profile.inbox == "wschildrenservices@westsussex.gov.uk"
    assert profile.timescales.decision_working_days == 1
    assert profile.timescales.follow_up_working_days == 5
    assert list(profile.required) == ["subject_name", "assessment_reason", "children", "address", "outcome",
                                      "update_contact", "risks_to_children", "risks_to_workers", "consent"]


def test_camden_profile_has_its_own_emergency_duty_team_and_follow_up_time() -> None:
    profile = load_profile("camden")
    assert profile.out_of_hours.phone == "020 7974 4444"
    assert profile.timescales.follow_up_working_days == 3


def test_a_required_item_without_reply_wording_is_refused(tmp_path: Path) -> None:
    path = write_variant(tmp_path, lambda d: d["missing_items"].pop("consent"))
    with pytest.raises(ValidationError, match="no reply wording"):
        load_profile_file(path)


def test_a_priority_rule_on_an_unknown_fact_is_refused(tmp_path: Path) -> None:
    path = write_variant(tmp_path, lambda d: d["priority"]["rules"].append(
        {"fact": "indicator:dragons", "weight": 5, "reason": "dragons"}))
    with pytest.raises(ValueError, match="unknown facts"):
        load_profile_file(path)


def test_an_unknown_profile_name_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="camden"):
        load_profile("nowhere")
