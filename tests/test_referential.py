"""The shipped referential against the seed, and validation of broken referentials."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from mind_templates import ReferentialError, load_referential, validate
from mind_templates.export import referential_to_data
from seed_parser import normalise

# Every deliverable the seed names, with the seed's words for it and our id.
SEED_DELIVERABLES = {
    "Un Business Model et un Business Plan": "business-plan",
    "Un brief de recherche": "research-brief",
    "Une proposition de solutions": "solution-proposal",
    "Un prototype et des tests utilisateurs": "prototype-user-tests",
    "Un cahier des charges technique et fonctionnel": "tech-specification",
    "Une recommandation de solutions technologique et la mesure d'impacts": "technology-recommendation",
    "Un planning d'opérationnalisation": "operationalisation-plan",
    "Une analyse de comportements et d'UX": "ux-data-analysis",
    "Une stratégie marketing et un plan d'actions marketing": "crm-strategy",
    "Un cahier des charges formalisé": "specification-backlog",
    "Un planning séquencé": "sequenced-planning",
    "Une politique de gestion des risques": "risk-policy",
    "Une stratégie commerciale": "commercial-strategy",
    "Des modalités et indicateurs de pilotage du projet": "steering-kpis",
    "Des solutions alternatives": "alternative-solutions",
    "Des fiches de postes": "job-descriptions",
    "Un plan managérial complet": "management-plan",
    "Mener à bien un entretien de recrutement": "interview-recruitment",
    "Entretien de motivation (EM)": "interview-motivation",
    "Entretien de bilan (EB)": "interview-appraisal",
    "Entretien de recadrage (ER)": "interview-reframing",
    "Entretien de licenciement (EL)": "interview-dismissal",
    "Dossier d'expertise": "expertise-thesis",
    # C6.2's modality: the oral presentation of the same report, with the watch (one dossier, see thesis.yaml)
    "présenter son rapport à l'oral": "expertise-thesis",
    "sa veille sur le sujet qu'il aura défini": "expertise-thesis",
}


def test_counts_match_the_seed(referential, seed):
    assert len(referential.blocks) == len(seed.blocks) == 6
    assert len(referential.competences) == len(seed.competences) == 17
    assert len(referential.criteria) == len(seed.criteria) == 117


def test_every_criterion_is_verbatim_from_the_seed(referential, seed):
    ours = {c.id: normalise(c.text["fr"]) for c in referential.criteria}
    assert ours == {cid: normalise(text) for cid, text in seed.criteria.items()}


def test_criteria_sit_under_the_seed_groups(referential, seed):
    for comp, seed_comp in zip(referential.competences, seed.competences):
        assert comp.id == seed_comp.id
        assert [normalise(g.title["fr"]) for g in comp.groups] == [g for g, _ in seed_comp.groups]
        assert [len(g.criteria) for g in comp.groups] == [len(items) for _, items in seed_comp.groups]


def test_block_titles_follow_the_seed(referential, seed):
    for block, seed_title in zip(referential.blocks, seed.blocks):
        assert normalise(block.title["fr"]) in seed_title


def test_role_play_criteria_keep_their_interview_tags(referential):
    tags = {c.id: c.interviews for c in referential.competence("C5.3").criteria}
    assert tags["C5.3.8"] == ("EM", "EB", "ER")
    assert tags["C5.3.12"] == ("EL",)
    assert tags["C5.3.1"] == ()  # "Pour l'ensemble des entretiens"


def test_every_seed_deliverable_is_present(referential, seed):
    text = normalise(Path(seed_path()).read_text(encoding="utf-8"))
    for seed_words, deliverable_id in SEED_DELIVERABLES.items():
        assert normalise(seed_words) in text, seed_words  # the mapping itself is grounded in the seed
        assert referential.get_deliverable(deliverable_id) is not None, deliverable_id
    assert len(referential.deliverables) == len(set(SEED_DELIVERABLES.values())) == 23


def test_the_thesis_is_one_dossier_assessed_on_c61_and_c62(referential):
    """The seed names one « Dossier d'expertise » for block 6; the former watch-strategy id leads to it."""
    thesis = referential.get_deliverable("expertise-thesis")
    assert thesis.competences == ("C6.1", "C6.2") and "pptx" in thesis.formats
    assert referential.get_deliverable("watch-strategy") is thesis
    assert "watch-strategy" not in referential.deliverable_ids()
    assert set(thesis.criteria_ids) == {c.id for comp in ("C6.1", "C6.2") for c in referential.competence(comp).criteria}


def test_block_cover_titles_say_the_seed_words_in_proper_case(referential):
    titles = {b.id: b.display_title["fr"] for b in referential.blocks}
    assert titles["B6"] == "Développer une expertise métier et projet"
    for block in referential.blocks:
        assert block.title["fr"] == block.title["fr"].upper()  # the referential keeps the seed's spelling
        assert block.display_title["fr"] != block.display_title["fr"].upper()


def seed_path():
    from conftest import SEED

    return SEED


def test_every_criterion_is_answered_by_a_section_of_its_competence(referential):
    answered = {
        criterion
        for d in referential.deliverables
        for s in d.sections
        for criterion in s.criteria
        if referential.criterion(criterion).competence in d.competences
    }
    assert answered == {c.id for c in referential.criteria}


def test_each_interview_guide_answers_every_criterion_of_its_type(referential):
    for d in referential.deliverables:
        if d.interview is None:
            continue
        applicable = {c.id for c in referential.competence("C5.3").criteria if c.applies_to_interview(d.interview)}
        assert set(d.criteria_ids) == applicable, d.id


def test_every_seed_requirement_names_existing_sections(referential):
    for d in referential.deliverables:
        assert d.seed_requirements, d.id
        ids = {s.id for s in d.sections}
        for requirement in d.seed_requirements:
            assert set(requirement.sections) <= ids


def test_project_deliverables_are_english_documents_with_french_orals(referential):
    for d in referential.deliverables:
        if d.assessment.startswith("project-"):
            assert (d.document_language, d.oral_language) == ("en", "fr"), d.id
            assert "pptx" in d.formats


def test_model_objects_are_frozen(referential):
    deliverable = referential.deliverables[0]
    with pytest.raises(AttributeError):
        deliverable.id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        deliverable.title.values["en"] = "x"  # type: ignore[index]


# ---------------------------------------------------------------- broken referentials


@pytest.fixture()
def exported(referential):
    return referential_to_data(referential)


def _write(tmp_path: Path, data) -> Path:
    path = tmp_path / "school.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_an_export_loads_back_identically(tmp_path, referential, exported):
    again = load_referential(_write(tmp_path, exported))
    assert referential_to_data(again) == exported
    assert again.get_deliverable("expertise-thesis").aliases == referential.get_deliverable("expertise-thesis").aliases != {}


def test_a_broken_referential_reports_every_problem_at_once(tmp_path, exported):
    data = copy.deepcopy(exported)
    deliverables = data["deliverables"]
    deliverables[1]["id"] = deliverables[0]["id"]  # duplicate id
    deliverables[2]["sections"][0]["title"].pop("fr")  # missing translation
    deliverables[3]["sections"][0]["kind"] = "poem"  # bad kind
    deliverables[4]["sections"][0]["criteria"] = []  # section with no criteria
    deliverables[5]["sections"][0]["criteria"].append("C9.9.9")  # unknown criterion
    deliverables[6]["aliases"] = {"de": ["Plan"]}  # a deliverable's other names in an unknown language
    # C5.1.2 referenced nowhere
    for d in deliverables:
        for s in d["sections"]:
            s["criteria"] = [c for c in s["criteria"] if c != "C5.1.2"] or s["criteria"]
    path = _write(tmp_path, data)

    problems = [str(p) for p in validate(path)]
    text = "\n".join(problems)
    assert f"duplicate deliverable id {deliverables[0]['id']!r}" in text
    assert "title.fr: missing translation" in text
    assert "bad kind 'poem'" in text
    assert "a section must answer at least one criterion" in text
    assert "unknown criterion 'C9.9.9'" in text
    assert f"deliverables[6]({deliverables[6]['id']}).aliases: must map languages" in text
    assert "criterion C5.1.2 is answered by no section" in text
    assert all(p.startswith(str(path)) for p in problems)  # each names the file …
    assert any("deliverables[3](" in p and ".sections[0](" in p for p in problems)  # … and the key path

    with pytest.raises(ReferentialError) as caught:
        load_referential(path)
    assert len(caught.value.problems) == len(problems)


def test_unknown_interview_tags_and_wrong_competences_are_reported(tmp_path, exported):
    data = copy.deepcopy(exported)
    data["blocks"][4]["competences"][2]["criteria_groups"][2]["criteria"][0]["interviews"] = ["XX"]
    business_plan = next(d for d in data["deliverables"] if d["id"] == "business-plan")
    business_plan["sections"][0]["criteria"] = ["C2.1.1"]
    text = "\n".join(map(str, validate(_write(tmp_path, data))))
    assert "unknown interview type 'XX'" in text
    assert "criterion C2.1.1 belongs to C2.1, which this deliverable is not assessed on" in text


def test_jinja_in_referential_text_is_checked_in_a_sandbox(tmp_path, exported):
    data = copy.deepcopy(exported)
    data["deliverables"][0]["sections"][0]["guidance"]["en"] = "Say what {{ clinet }} needs."
    data["deliverables"][0]["sections"][1]["guidance"]["en"] = "{{ ''.__class__.__mro__ }}"
    data["deliverables"][0]["sections"][2]["guidance"]["en"] = "Explain {{ client }}'s constraints."
    text = "\n".join(map(str, validate(_write(tmp_path, data))))
    assert "unknown variable(s) clinet" in text
    assert "not allowed in the sandbox" in text
    assert "sections[2]" not in text  # a known variable is fine


def test_yaml_duplicate_keys_and_syntax_errors_are_problems_not_crashes(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nversion: 2\n", encoding="utf-8")
    assert "duplicate key" in str(validate(bad)[0])
    bad.write_text("version: [unclosed\n", encoding="utf-8")
    assert "is not valid YAML" in str(validate(bad)[0])
    assert "no such file" in str(validate(tmp_path / "absent.yaml")[0])


def test_a_validated_referential_is_cached_and_a_changed_file_is_parsed_again(tmp_path, monkeypatch, exported):
    from mind_templates import referential as loader

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = _write(tmp_path, exported)
    fresh = loader._build(str(path))
    assert len(list((tmp_path / "cache" / "mind-templates").glob("referential-*.json"))) == 1
    assert referential_to_data(loader._build(str(path))) == referential_to_data(fresh)  # from the cache

    changed = copy.deepcopy(exported)
    changed["deliverables"][0]["sections"][0]["kind"] = "poem"
    path.write_text(yaml.safe_dump(changed, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ReferentialError, match="problem"):
        loader._build(str(path))  # never the stale cached copy

    for n in range(12):  # old entries are pruned
        (tmp_path / "cache" / "mind-templates" / f"referential-old{n}.json").write_text("{}")
    path.write_text(yaml.safe_dump(exported, allow_unicode=True), encoding="utf-8")
    loader._build(str(path))
    assert len(list((tmp_path / "cache" / "mind-templates").glob("referential-*.json"))) == 8

    (tmp_path / "cache" / "mind-templates").chmod(0o500)  # an unwritable cache is no error
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache" / "mind-templates" / "sub"))
    path.write_text(yaml.safe_dump(exported, allow_unicode=True), encoding="utf-8")
    assert loader._build(str(path)).deliverables


def test_cover_language_duration_deck_and_slide_data_are_validated(tmp_path, exported):
    data = copy.deepcopy(exported)
    assessments = {a["id"]: a for a in data["assessments"]}
    assessments["thesis"]["cover"]["fields"] = ["project", "fax"]  # a field covers do not have
    assessments["role-play"]["cover"]["labels"] = {"client": {"en": "Client", "fr": "Client"}}  # not among its fields
    assessments["project-cx"]["language"]["seed_words"] = ""  # the seed's words are required
    assessments["case-study-1"]["interview_minutes"] = {"min": 40, "max": 20}
    del assessments["role-play"]["interview_minutes"]  # while the guides' texts use them
    data["blocks"][5]["cover_title"]["fr"] = "Développer une autre expertise"  # other words than the seed
    deliverables = {d["id"]: d for d in data["deliverables"]}
    deliverables["business-plan"]["sections"][1]["slide"] = {"columns": [0, 99]}
    deliverables["research-brief"]["sections"][1]["slide"] = {"fold": "weeks"}
    deliverables["expertise-thesis"]["deck"] = ["subject-choice", "no-such-section"]
    text = "\n".join(str(p) for p in validate(_write(tmp_path, data)))
    assert "cover.fields: list the cover fields" in text
    assert "cover.labels.client: 'client' is not among this cover's fields" in text
    assert "language.seed_words: quote the seed's words" in text
    assert "interview_minutes: must be {min: M, max: N}" in text
    assert "use interview_min/interview_max but assessment 'role-play' sets no interview_minutes" in text
    assert "blocks[5].cover_title.fr: must say the same words as the title" in text
    assert "slide.columns: list column numbers" in text
    assert "bad fold 'weeks'" in text
    assert "(expertise-thesis).deck: list the ids of the sections the deck presents" in text


def test_same_words_allows_case_accents_and_agreement_only():
    from mind_templates.normalise import same_words

    assert same_words("LA DONNEE GENERE (DATA)", "la donnée générée (data)")
    assert same_words("MANAGER LES EQUIPES", "Manager les équipes")
    assert not same_words("MANAGER LES EQUIPES", "Manager ses équipes")
    assert not same_words("MANAGER LES EQUIPES", "Manager les équipes projet")


def test_assessments_say_how_they_are_worked_handed_in_and_presented(referential):
    by_id = {a.id: a for a in referential.assessments}
    assert {a.id for a in referential.assessments if a.is_dossier} == {"case-study-1", "case-study-2", "case-study-3"}
    assert by_id["case-study-2"].oral.presented == "team"  # « présenter en équipe les fiches de postes »
    assert "présenter en équipe les fiches de postes" in seed_path().read_text(encoding="utf-8")
    assert all(by_id[p].work == "team" and by_id[p].oral.presented == "individual"
               for p in ("project-cx", "project-techno", "project-data"))  # « chaque candidat présente ses propres livrables »
    for assessment in referential.assessments:
        assert referential.deliverables_of(assessment.id), assessment.id
        assert {d.oral_language for d in referential.deliverables_of(assessment.id)} == {assessment.oral.language}


def test_bad_work_hand_in_and_oral_are_reported(tmp_path, exported):
    data = copy.deepcopy(exported)
    assessments = {a["id"]: a for a in data["assessments"]}
    assessments["case-study-1"]["hand_in"] = "parcel"
    assessments["thesis"]["work"] = "pairs"
    assessments["project-cx"]["oral"] = {"language": "fr", "minutes": 0, "presented": "individual"}
    assessments["role-play"]["oral"]["language"] = "en"  # its deliverables are presented in French
    text = "\n".join(str(p) for p in validate(_write(tmp_path, data)))
    assert "hand_in: bad hand_in 'parcel'; use one of separate, dossier" in text
    assert "work: bad work 'pairs'" in text
    assert "oral: must be {language: LANG, minutes: N, presented: individual|team}" in text
    assert "its assessment 'role-play' is presented in en" in text
