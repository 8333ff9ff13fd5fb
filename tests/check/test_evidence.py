"""Content evidence: the one-pass reading of a text against every deliverable (identification's first pass) gives
exactly what reading it against each deliverable in turn gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from mind_templates.check import evidence
from mind_templates.check.analyse import _texts_under
from mind_templates.check.known_texts import known_texts
from mind_templates.check.matching import FUZZY_THRESHOLD
from mind_templates.normalise import heading_key
from mind_templates.reader.document import read_outline
from mind_templates.reader.outline import Heading
from mind_templates.reader.package import load_document, open_package
from mind_templates.referential import load_referential

REALISTIC = Path(__file__).parent / "realistic" / "docs"
# Written from scratch in English and in French, a deck, and a file started from our skeleton.
DOCUMENTS = ["h2_docx_valrance.docx", "h16_odt_ia_gravelot.docx", "h18_deck_bp_voltacime_rt.pptx",
             "h17_skeleton_id_cyclorama.docx"]


def _one_at_a_time(heading: str, text: str, deliverables, term_weight: float, vocabulary_weight: float) -> list[float]:
    best = []
    for deliverable in deliverables:
        profiles = evidence.profiles(deliverable)
        terms, vocabulary = evidence.text_evidence(evidence.text_stems(heading, text, profiles.stop), profiles)
        best.append(max((term_weight * t + vocabulary_weight * v for t, v in zip(terms, vocabulary)), default=0.0))
    return best


@pytest.mark.parametrize("name", DOCUMENTS)
def test_one_pass_for_every_deliverable_gives_the_same_floats(name):
    referential = load_referential()
    outline = read_outline(load_document(open_package(REALISTIC / name)), known_texts(referential))
    headings = [block for block in outline.blocks if isinstance(block, Heading)]
    texts = _texts_under(outline)
    assert headings
    some_evidence = 0
    for heading, text in zip(headings, texts):
        joint = evidence.best_evidence_for_each(heading.text, text, referential.deliverables, 0.7, 0.6)
        assert joint == _one_at_a_time(heading.text, text, referential.deliverables, 0.7, 0.6)
        some_evidence += sum(1 for value in joint if value > 0)
    assert some_evidence > len(headings)  # the texts speak of some sections: the comparison is not of zeros


@pytest.mark.parametrize("heading, names_it", [
    ("Ai-je tout fait ?", True),
    ("Relecture après coup : ai-je bien fait ?", True),
    # "j'ai" and "je" scattered in a sentence: the alias "Ai-je" is a phrase, not two words to find anywhere.
    ("Ce que j’ai observé, et ce que je veux entendre", False),
])
def test_a_name_of_short_words_names_a_heading_only_as_a_phrase(heading, names_it):
    deliverable = load_referential().get_deliverable("interview-motivation")
    profiles = evidence.profiles(deliverable)
    section = [s.id for s in deliverable.sections].index("criteria-self-check")
    similarity = evidence.name_similarities(heading_key(heading), profiles)[section]
    assert (similarity >= FUZZY_THRESHOLD) is names_it, similarity


def test_a_part_headed_les_impacts_is_not_the_link_between_impacts_and_choice():
    # "Why the impacts" names the link between impacts and recommendation; "Les impacts", a part's heading over
    # the infrastructure and the team, stays as close to the impact measurement as to that link (ambiguous).
    deliverable = load_referential().get_deliverable("technology-recommendation")
    profiles = evidence.profiles(deliverable)
    ids = [s.id for s in deliverable.sections]
    similarity = evidence.name_similarities(heading_key("6. Les impacts"), profiles)
    assert similarity[ids.index("impacts-and-recommendation")] <= similarity[ids.index("impact-measurement")]


@pytest.mark.parametrize("words", [
    ("train", "trained", "training", "trains"),
    ("plan", "planned", "plans"),
    ("ship", "shipped", "ships"),
    ("staff", "staffed", "staffing"),
    ("build", "building"),
    ("test", "tested", "tests"),
])
def test_forms_of_one_english_verb_share_a_stem(words):
    assert len({evidence.stem(word) for word in words}) == 1


@pytest.mark.parametrize("word, other", [
    ("evening", "even"),  # a noun, not "to even"; "even" is a word of the break-even analysis
    ("morning", "morn"),
    ("seed", "se"),  # too short a root
    ("during", "dur"),
    ("planning", "plan"),  # a French noun too: "le planning" is no "plan"
])
def test_a_short_root_keeps_its_ending(word, other):
    assert evidence.stem(word) != evidence.stem(other)


def test_a_text_offers_each_words_first_letters_too():
    # "managed" is "manag" as a verb form; its first six letters still meet "management", a key term's word.
    stems = evidence.text_stems("Bringing everyone along", "How the change is managed, week by week.", frozenset())
    assert {"manag", "manage"} <= stems
    deliverable = load_referential().get_deliverable("technology-recommendation")
    profiles = evidence.profiles(deliverable)
    change_plan = [s.id for s in deliverable.sections].index("change-plan")
    terms, _ = evidence.text_evidence(evidence.text_stems("Bringing everyone along", "How the change is managed.",
                                                          profiles.stop), profiles)
    assert terms[change_plan] > 0  # "change management"


@pytest.mark.parametrize("quoted, verbatims", [
    ('“Finally I can see what is free without calling anyone” – a resident. “The letters are far too small for'
     ' me” – a volunteer, 72.', True),
    ("« Enfin je vois ce qui est libre sans appeler la mairie », dit une habitante ; « les lettres sont bien trop"
     " petites », ajoute un bénévole.", True),
    ('Finally I can see what is free without calling anyone, said a resident; the letters are far too small, said'
     ' a volunteer.', False),
    ('Only one "quoted remark from a user" here.', False),
    # Quoted button labels are no people's words, nor is the text between two of them.
    ('To book, tap the "Map" tab, then the "Book now" button, then "Pay" to confirm your slot.', False),
])
def test_people_quoted_one_after_another_are_verbatims(quoted, verbatims):
    # A slide of users' quotes ("What they told us") is the user feedback the referential asks verbatims of,
    # whatever the slide calls them.
    deliverable = load_referential().get_deliverable("prototype-user-tests")
    profiles = evidence.profiles(deliverable)
    terms, _ = evidence.text_evidence(evidence.text_stems("What they told us", quoted, profiles.stop), profiles)
    section = [s.id for s in deliverable.sections].index("user-feedback")
    assert (terms[section] > 0) == verbatims


@pytest.mark.parametrize("heading, text, persona", [
    ("Meet Chloé and Bastien", "Chloé, 24, student at the campus, came alone on a rainy Sunday. Bastien, 36, engineer,"
     " climbs at lunchtime.", True),
    ("Qui sont-ils ?", "Léa, 29 ans, infirmière de nuit, fait ses courses le dimanche.", True),
    ("Hannah, 41, Wakefield", "Works shifts and cooks for four.", True),
    ("Who they are", "Łucja, 31 lat, nurse on nights; Tomasz, 45, her neighbour.", True),
    # Figures after a comma are no ages: a year, a price, a count.
    ("Where we stand", "Lyon, 2026: sales rose. Paris, 120 shops. In March, 45 members joined.", False),
])
def test_a_first_name_and_an_age_describe_a_persona(heading, text, persona):
    deliverable = load_referential().get_deliverable("ux-data-analysis")
    profiles = evidence.profiles(deliverable)
    terms, _ = evidence.text_evidence(evidence.text_stems(heading, text, profiles.stop), profiles)
    section = [s.id for s in deliverable.sections].index("personas")
    assert (terms[section] >= 2 / evidence.FULL_TERM_HITS) == persona
