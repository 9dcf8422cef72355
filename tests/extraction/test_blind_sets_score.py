"""The blind sets, scored by the shared scorer through `frontdoor extract`.

Each set was written and labelled from LABELLING.md alone, without reading the extractor, in other
AMHPs' habits than the dev corpus, to estimate how extraction generalises to the unseen acceptance
set: `heldout` (40), `exam` (50: formal letters, phone-typed notes, report sections, replies,
forwards, .docx/.pdf forms, non-referrals) and `blind3` (40, kept unseen while the extractor was
developed; its first score is in the project's notes), `blind4` (50: narrative, Outlook HTML, forms
with unfamiliar labels, used to find failure kinds) and `blind5` (50: one hub's month of mail and
the awkward edges; kept unseen while the extractor was changed, so its figures are the honest
estimate and its floors sit well below the targets). Fix the classes of phrasing that failures
point to, never a file. The floors sit just below the current figures, so a regression fails;
raise them as the extractor improves. heldout, exam and blind3 keep the generator that wrote them.
"""

from pathlib import Path

import pytest

from tests.extraction.scoring import score

HERE = Path(__file__).parent
# folder -> (messages, headline figure of the scorer's --json report -> floor)
SETS = {
    "heldout": (40, {"missing_f1": 0.98, "missing_exact": 0.97, "consent_acc": 0.98, "risks_acc": 0.98,
                     "outcome_acc": 0.98, "names_f1": 0.98, "phones_f1": 0.98, "fields_acc": 0.99}),
    "exam": (50, {"missing_f1": 0.98, "missing_exact": 0.96, "consent_acc": 0.98, "risks_acc": 0.98,
                  "outcome_acc": 0.98, "names_f1": 0.98, "phones_f1": 0.98, "fields_acc": 0.98}),
    "blind3": (40, {"missing_f1": 0.97, "missing_exact": 0.92, "consent_acc": 0.98, "risks_acc": 0.98,
                    "outcome_acc": 0.98, "names_f1": 0.98, "phones_f1": 0.98, "fields_acc": 0.98}),
    "blind4": (50, {"missing_f1": 0.97, "missing_exact": 0.96, "consent_acc": 0.98, "risks_acc": 0.98,
                    "outcome_acc": 0.98, "names_f1": 0.98, "phones_f1": 0.98, "fields_acc": 0.98}),
    "blind5": (50, {"missing_f1": 0.87, "missing_exact": 0.68, "consent_acc": 0.94, "risks_acc": 0.91,
                    "outcome_acc": 0.93, "names_f1": 0.87, "phones_f1": 0.96, "fields_acc": 0.92}),
}


@pytest.mark.parametrize("folder", sorted(SETS))
def test_blind_set_headline_figures_stay_above_their_floors(folder: str) -> None:
    count, floors = SETS[folder]
    report = score(HERE / folder)
    assert report["n"] == count and not report["invalid_predictions"]
    below = {key: report["headline"][key] for key, floor in floors.items() if report["headline"][key] < floor}
    assert not below, f"{folder} below floor: {below}"
