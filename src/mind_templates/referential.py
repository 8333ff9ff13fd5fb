"""Loads a referential from YAML, validates all of it, and builds the frozen model."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import resources
from .errors import ReferentialError
from .model import (
    ASSESSMENT_KINDS,
    HAND_INS,
    WORK_MODES,
    COVER_FIELDS,
    DRAWINGS,
    SECTION_KINDS,
    SLIDE_TABLE_COLUMNS,
    TABLE_FOLDS,
    Assessment,
    Block,
    CanvasCell,
    Certification,
    Competence,
    Criterion,
    CriterionGroup,
    Deliverable,
    Grading,
    GradingLevel,
    InterviewType,
    LanguageRule,
    Oral,
    Referential,
    SeedRequirement,
    Section,
    Text,
)

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LIST_KEYS = ("interview_types", "assessments", "blocks", "deliverables")
_SINGLE_KEYS = ("version", "languages", "certification", "grading")
_SECTION_KEYS = {
    "id", "level", "title", "aliases", "guidance", "prompt", "criteria", "kind", "required", "min_words",
    "columns", "rows", "money", "landscape", "canvas", "cells", "figure", "drawing", "slide", "key_terms",
}
_ASSESSMENT_KEYS = {"id", "kind", "title", "cover", "language", "interview_minutes", "work", "hand_in", "oral"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a referential: where it is, and what to do about it."""

    file: str
    path: str
    message: str
    unreadable: bool = False  # the file itself could not be read as a referential (misuse, not a report)

    def __str__(self) -> str:
        return f"{self.file}: {self.message}" if self.path == "-" else f"{self.file}: {self.path}: {self.message}"


def default_source() -> Path:
    return resources.referential_dir()


@lru_cache(maxsize=8)
def _load_cached(source: str) -> Referential:
    return _build(source)


def load_referential(source: str | Path | None = None) -> Referential:
    """Load and validate a referential (the shipped one by default); raise ReferentialError listing every problem."""
    return _load_cached(str(Path(source) if source is not None else default_source()))


def validate(source: str | Path) -> list[Problem]:
    """Every problem in a referential file or folder, without raising."""
    merged, origins, problems = _read(Path(source))
    if not problems:
        problems = _Validator(merged, origins, str(source)).run()
    return problems


def _build(source: str) -> Referential:
    key = _cache_key(Path(source))
    cached = _cache_read(key)
    if cached is not None:
        return _to_model(cached, source)
    merged, origins, problems = _read(Path(source))
    if not problems:
        problems = _Validator(merged, origins, source).run()
    if problems:
        raise ReferentialError(
            f"The referential {source} has {len(problems)} problem(s); fix them and try again:",
            [str(p) for p in problems],
        )
    _cache_write(key, merged)
    return _to_model(merged, source)


# ---------------------------------------------------------------- cache
# Parsing the YAML takes ~0.2 s, more than the rest of a `list` or the start of a `check` worker.
# A referential that validated is kept as JSON, keyed by its files' paths, sizes and times and by
# our version (validation rules may change); any change to a file, or any doubt, means a fresh parse.


# Bumped when validation rules change within one version (2: `grading` became required), so a
# referential cached under the old rules is validated again.
_CACHE_FORMAT = "2"


def _cache_key(source: Path) -> str | None:
    from . import __version__

    try:
        stamp = [__version__, _CACHE_FORMAT] + [f"{f.resolve()}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in _yaml_files(source)]
    except OSError:
        return None
    return resources.stamp_key(stamp)


def _cache_read(key: str | None) -> dict[str, Any] | None:
    data = resources.cache_read(f"referential-{key}.json") if key is not None else None
    try:
        return json.loads(data.decode("utf-8")) if data is not None else None
    except ValueError:
        return None


def _cache_write(key: str | None, merged: dict[str, Any]) -> None:
    if key is None:
        return
    data = {k: v for k, v in merged.items() if k in _SINGLE_KEYS + _LIST_KEYS}
    try:
        text = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):  # YAML values JSON cannot hold: no cache
        return
    resources.cache_write(f"referential-{key}.json", text.encode("utf-8"))


# ---------------------------------------------------------------- reading


def _yaml_files(source: Path) -> list[Path]:
    if source.is_dir():
        return sorted(p for p in source.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    return [source]


def _template_problem(text: str) -> str | None:
    from .textrender import template_problem  # Jinja: only a fresh validation needs it

    return template_problem(text)


def _read(source: Path) -> tuple[dict[str, Any], dict[tuple[str, int], str], list[Problem]]:
    """Merge one file or a folder of files; remember which file each list item came from."""
    problems: list[Problem] = []
    merged: dict[str, Any] = {}
    origins: dict[tuple[str, int], str] = {}
    single_origin: dict[str, str] = {}
    if not source.exists():
        return merged, origins, [Problem(str(source), "-", "no such file or folder; give the path of a referential YAML file",
                                         unreadable=True)]
    files = _yaml_files(source)
    if not files:
        return merged, origins, [Problem(str(source), "-", "no .yaml file here; give a referential YAML file",
                                         unreadable=True)]
    import yaml

    from . import option_files

    for file in files:
        try:
            data = option_files.load_yaml(file, option_files.REFERENTIAL_MAX_BYTES, _safe_loader())
        except option_files.OptionFileError as error:
            problems.append(Problem(str(file), "-", str(error), unreadable=True))
            continue
        except yaml.YAMLError as error:
            where = getattr(error, "problem_mark", None)
            at = f"line {where.line + 1}" if where else "-"
            problems.append(Problem(str(file), at, f"is not valid YAML ({getattr(error, 'problem', error)}); fix the syntax",
                                    unreadable=True))
            continue
        if not isinstance(data, dict):
            problems.append(Problem(str(file), "-", "must be a mapping with keys such as version, blocks, deliverables",
                                    unreadable=True))
            continue
        for key, value in data.items():
            if key in _LIST_KEYS:
                if not isinstance(value, list):
                    problems.append(Problem(str(file), key, "must be a list"))
                    continue
                items = merged.setdefault(key, [])
                for item in value:
                    origins[(key, len(items))] = str(file)
                    items.append(item)
            elif key in _SINGLE_KEYS:
                if key in merged:
                    problems.append(Problem(str(file), key, f"is already set in {single_origin[key]}; keep one"))
                    continue
                merged[key] = value
                single_origin[key] = str(file)
            else:
                known = ", ".join(_SINGLE_KEYS + _LIST_KEYS)
                problems.append(Problem(str(file), str(key), f"unknown key; expected one of {known}"))
    merged["_single_origin"] = single_origin
    return merged, origins, problems


@lru_cache(maxsize=1)
def _safe_loader():
    """Safe YAML that rejects duplicate mapping keys instead of silently keeping the last one.

    Built on first use: a referential read from the cache never imports YAML.
    """
    import yaml

    class SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def no_duplicate_keys(loader, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return loader.construct_mapping(node, deep)

    SafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_duplicate_keys)
    return SafeLoader


# ---------------------------------------------------------------- validation


class _Validator:
    """Walks the raw data once, collecting every problem rather than stopping at the first."""

    def __init__(self, data: dict[str, Any], origins: dict[tuple[str, int], str], source: str = "<referential>") -> None:
        self.source = source  # named in problems that belong to no one file (a key missing everywhere)
        self.data = data
        self.origins = origins
        self.single_origin: dict[str, str] = data.get("_single_origin", {})
        self.problems: list[Problem] = []
        self.languages: list[str] = []

    def problem(self, file: str, path: str, message: str) -> None:
        self.problems.append(Problem(file, path, message))

    def file_of(self, key: str, index: int | None = None) -> str:
        if index is None:
            return self.single_origin.get(key, self.source)
        return self.origins.get((key, index), self.source)

    # -- small typed checks

    def text(self, file: str, path: str, value: Any) -> None:
        if not isinstance(value, dict):
            self.problem(file, path, f"must be a text in every language, e.g. {{{', '.join(l + ': …' for l in self.languages)}}}")
            return
        for lang in self.languages:
            entry = value.get(lang)
            if not isinstance(entry, str) or not entry.strip():
                self.problem(file, f"{path}.{lang}", f"missing translation; add the {lang!r} text")
            elif (why := _template_problem(entry)) is not None:
                self.problem(file, f"{path}.{lang}", why)
        for lang in value:
            if lang not in self.languages:
                self.problem(file, f"{path}.{lang}", f"language {lang!r} is not listed in `languages`; add it there or remove this text")

    def ident(self, file: str, path: str, value: Any, pattern: re.Pattern[str] = _ID, example: str = "business-plan") -> bool:
        if not isinstance(value, str) or not pattern.match(value):
            self.problem(file, path, f"bad id {value!r}; use an id like {example!r}")
            return False
        return True

    def unique(self, file: str, path: str, value: str, seen: dict[str, str], what: str) -> None:
        if value in seen:
            self.problem(file, path, f"duplicate {what} id {value!r} (also at {seen[value]}); give each a unique id")
        else:
            seen[value] = f"{file}: {path}"

    def flag(self, file: str, path: str, value: Any) -> None:
        if not isinstance(value, bool):
            self.problem(file, path, "must be true or false")

    # -- the walk

    def run(self) -> list[Problem]:
        self.top_level()
        criteria = self.blocks()
        self.deliverables(criteria)
        return self.problems

    def top_level(self) -> None:
        for key in _SINGLE_KEYS + _LIST_KEYS:
            if key not in self.data:
                self.problem(self.source, key, "is missing; add it (see docs/referential.md)")
        if not isinstance(self.data.get("version", ""), (str, int, float)):
            self.problem(self.file_of("version"), "version", "must be a version string such as \"2026.1\"")
        langs = self.data.get("languages")
        if not (isinstance(langs, list) and langs and all(isinstance(l, str) and re.fullmatch(r"[a-z]{2,3}", l) for l in langs)):
            self.problem(self.file_of("languages"), "languages", "must list language codes, e.g. [en, fr]")
        else:
            self.languages = langs
        cert = self.data.get("certification")
        f = self.file_of("certification")
        if isinstance(cert, dict):
            self.text(f, "certification.title", cert.get("title"))
            self.text(f, "certification.rncp_label", cert.get("rncp_label"))
            if not isinstance(cert.get("level"), int):
                self.problem(f, "certification.level", "must be a whole number, e.g. 7")
            if not isinstance(cert.get("awarding_body"), str):
                self.problem(f, "certification.awarding_body", "must be the awarding body's name")
        elif cert is not None:
            self.problem(f, "certification", "must be a mapping with title, level, awarding_body, rncp_label")
        self.interview_ids: dict[str, str] = {}
        for i, item in enumerate(self.data.get("interview_types") or []):
            f, p = self.file_of("interview_types", i), f"interview_types[{i}]"
            if not isinstance(item, dict):
                self.problem(f, p, "must be a mapping with id and title")
                continue
            if self.ident(f, f"{p}.id", item.get("id"), re.compile(r"^[A-Z]{2,4}$"), "EM"):
                self.unique(f, f"{p}.id", item["id"], self.interview_ids, "interview type")
            self.text(f, f"{p}.title", item.get("title"))
        self.assessment_ids: dict[str, str] = {}
        self.assessment_minutes: dict[str, bool] = {}
        self.assessment_oral: dict[str, str] = {}  # assessment id -> its oral's language
        for i, item in enumerate(self.data.get("assessments") or []):
            f, p = self.file_of("assessments", i), f"assessments[{i}]"
            if not isinstance(item, dict):
                self.problem(f, p, "must be a mapping with id, kind and title")
                continue
            if self.ident(f, f"{p}.id", item.get("id"), example="project-cx"):
                self.unique(f, f"{p}.id", item["id"], self.assessment_ids, "assessment")
            if item.get("kind") not in ASSESSMENT_KINDS:
                self.problem(f, f"{p}.kind", f"bad kind {item.get('kind')!r}; use one of {', '.join(ASSESSMENT_KINDS)}")
            self.text(f, f"{p}.title", item.get("title"))
            self.assessment_extras(f, p, item)
            if isinstance(item.get("id"), str):
                self.assessment_minutes[item["id"]] = item.get("interview_minutes") is not None
        self.grading()

    def grading(self) -> None:
        """The scale (lowest level first, at least two) and the rule naming one of its levels."""
        grading = self.data.get("grading")
        f = self.file_of("grading")
        if grading is None:
            return  # reported as missing by top_level
        if not isinstance(grading, dict) or set(grading) != {"scale", "validated_when"}:
            self.problem(f, "grading", "must be a mapping with scale and validated_when (see docs/referential.md)")
            return
        scale = grading["scale"]
        ids: dict[str, str] = {}
        if not isinstance(scale, list) or len(scale) < 2:
            self.problem(f, "grading.scale", "list at least two levels, lowest first, each with id and title")
            scale = []
        for i, level in enumerate(scale):
            p = f"grading.scale[{i}]"
            if not isinstance(level, dict):
                self.problem(f, p, "must be a mapping with id and title")
                continue
            if self.ident(f, f"{p}.id", level.get("id"), example="acquired"):
                self.unique(f, f"{p}.id", level["id"], ids, "level")
            self.text(f, f"{p}.title", level.get("title"))
            titles = level.get("title")
            if isinstance(titles, dict) and any(isinstance(v, str) and '"' in v for v in titles.values()):
                self.problem(f, f"{p}.title", "a level title may not contain a double quote (it is used in spreadsheet formulas)")
        rule = grading["validated_when"]
        if not isinstance(rule, dict) or set(rule) != {"every_criterion_at_least"}:
            self.problem(f, "grading.validated_when", "must be {every_criterion_at_least: LEVEL-ID}")
        elif rule["every_criterion_at_least"] not in ids:
            self.problem(f, "grading.validated_when.every_criterion_at_least",
                         f"unknown level {rule['every_criterion_at_least']!r}; use one of {', '.join(ids)}")

    def assessment_extras(self, f: str, p: str, item: dict) -> None:
        """Cover fields and their words, the seed's language rule, suggested interview lengths."""
        for key in item:
            if key not in _ASSESSMENT_KEYS:
                self.problem(f, f"{p}.{key}", f"unknown assessment key; expected one of {', '.join(sorted(_ASSESSMENT_KEYS))}")
        cover = item.get("cover")
        if cover is not None:
            fields = cover.get("fields") if isinstance(cover, dict) else None
            if not isinstance(fields, list) or not fields or any(x not in COVER_FIELDS for x in fields) \
                    or len(set(fields)) != len(fields):
                self.problem(f, f"{p}.cover.fields", f"list the cover fields this assessment has, each once, among {', '.join(COVER_FIELDS)}")
                fields = []
            if "candidate" not in fields and "team" not in fields and fields:
                self.problem(f, f"{p}.cover.fields", "a cover names who presents it: add candidate or team")
            optional = cover.get("optional", []) if isinstance(cover, dict) else []
            if not isinstance(optional, list) or any(x not in COVER_FIELDS or x in fields for x in optional):
                self.problem(f, f"{p}.cover.optional", f"list cover fields shown only when given, among {', '.join(COVER_FIELDS)} and not in fields")
                optional = []
            labels = cover.get("labels") if isinstance(cover, dict) else None
            for key, text in (labels or {}).items() if isinstance(labels, dict) else ():
                if key not in fields and key not in optional:
                    self.problem(f, f"{p}.cover.labels.{key}", f"{key!r} is not among this cover's fields; add it to fields or remove the label")
                self.text(f, f"{p}.cover.labels.{key}", text)
            if labels is not None and not isinstance(labels, dict):
                self.problem(f, f"{p}.cover.labels", "must map cover fields to texts, e.g. {project: {en: Subject, fr: Sujet}}")
        rule = item.get("language")
        if rule is not None:
            if not isinstance(rule, dict) or rule.get("document") not in (self.languages or [rule.get("document")]):
                self.problem(f, f"{p}.language.document", f"name the language the seed requires for documents, among {self.languages}")
            else:
                words = rule.get("seed_words")
                if not isinstance(words, str) or not words.strip():
                    self.problem(f, f"{p}.language.seed_words", "quote the seed's words that require this language, verbatim")
        for key, allowed in (("work", WORK_MODES), ("hand_in", HAND_INS)):
            if key in item and item[key] not in allowed:
                self.problem(f, f"{p}.{key}", f"bad {key} {item[key]!r}; use one of {', '.join(allowed)}")
        oral = item.get("oral")
        if oral is not None:
            ok = isinstance(oral, dict) and set(oral) == {"language", "minutes", "presented"} \
                and oral["language"] in (self.languages or [oral["language"]]) and oral["presented"] in WORK_MODES \
                and isinstance(oral["minutes"], int) and not isinstance(oral["minutes"], bool) \
                and 1 <= oral["minutes"] <= 240
            if not ok:
                self.problem(f, f"{p}.oral", "must be {language: LANG, minutes: N, presented: individual|team}, "
                             f"with LANG among {self.languages} and N whole minutes from 1 to 240")
            elif isinstance(item.get("id"), str):
                self.assessment_oral[item["id"]] = oral["language"]
        minutes = item.get("interview_minutes")
        if minutes is not None:
            ok = isinstance(minutes, dict) and set(minutes) == {"min", "max"} and all(
                isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 240 for v in minutes.values())
            if not ok or minutes["min"] > minutes["max"]:
                self.problem(f, f"{p}.interview_minutes", "must be {min: M, max: N}, whole minutes with M <= N, e.g. {min: 20, max: 30}")

    def blocks(self) -> dict[str, dict[str, Any]]:
        """Validate blocks and competences; return criterion id -> {competence, interviews}."""
        criteria: dict[str, dict[str, Any]] = {}
        seen_blocks: dict[str, str] = {}
        seen_comps: dict[str, str] = {}
        self.competence_assessment: dict[str, str] = {}
        for b, block in enumerate(self.data.get("blocks") or []):
            f, p = self.file_of("blocks", b), f"blocks[{b}]"
            if not isinstance(block, dict):
                self.problem(f, p, "must be a mapping with id, title, competences")
                continue
            if self.ident(f, f"{p}.id", block.get("id"), re.compile(r"^B\d+$"), "B1"):
                self.unique(f, f"{p}.id", block["id"], seen_blocks, "block")
            self.text(f, f"{p}.title", block.get("title"))
            if "cover_title" in block:
                self.cover_title(f, p, block.get("title"), block["cover_title"])
            for c, comp in enumerate(block.get("competences") or []):
                cp = f"{p}.competences[{c}]"
                if not isinstance(comp, dict):
                    self.problem(f, cp, "must be a mapping")
                    continue
                cid = comp.get("id")
                if self.ident(f, f"{cp}.id", cid, re.compile(r"^C\d+\.\d+$"), "C1.1"):
                    self.unique(f, f"{cp}.id", cid, seen_comps, "competence")
                    cp = f"{cp}({cid})"
                self.text(f, f"{cp}.statement", comp.get("statement"))
                acts = comp.get("activities") or {}
                if not isinstance(acts, dict) or not isinstance(acts.get("id"), str) or not acts.get("items"):
                    self.problem(f, f"{cp}.activities", "must have an id (e.g. A1.1) and a list of items")
                else:
                    for a, act in enumerate(acts["items"]):
                        self.text(f, f"{cp}.activities.items[{a}]", act)
                ev = comp.get("evaluation") or {}
                if not isinstance(ev, dict) or ev.get("assessment") not in self.assessment_ids:
                    known = ", ".join(self.assessment_ids)
                    self.problem(f, f"{cp}.evaluation.assessment", f"unknown assessment {ev.get('assessment') if isinstance(ev, dict) else ev!r}; use one of {known}")
                else:
                    self.competence_assessment[str(cid)] = ev["assessment"]
                    self.text(f, f"{cp}.evaluation.method", ev.get("method"))
                    self.text(f, f"{cp}.evaluation.text", ev.get("text"))
                for m, item in enumerate(comp.get("must_present") or []):
                    self.text(f, f"{cp}.must_present[{m}]", item)
                groups = comp.get("criteria_groups") or []
                if not groups:
                    self.problem(f, f"{cp}.criteria_groups", "a competence needs at least one criteria group")
                for g, group in enumerate(groups):
                    gp = f"{cp}.criteria_groups[{g}]"
                    if not isinstance(group, dict):
                        self.problem(f, gp, "must be a mapping with title and criteria")
                        continue
                    self.text(f, f"{gp}.title", group.get("title"))
                    for k, crit in enumerate(group.get("criteria") or []):
                        kp = f"{gp}.criteria[{k}]"
                        if not isinstance(crit, dict):
                            self.problem(f, kp, "must be a mapping with id and text")
                            continue
                        kid = crit.get("id")
                        if self.ident(f, f"{kp}.id", kid, re.compile(r"^C\d+\.\d+\.\d+$"), "C1.1.3"):
                            if not str(kid).startswith(f"{cid}."):
                                self.problem(f, f"{kp}.id", f"criterion {kid} sits under competence {cid}; number it {cid}.N")
                            if kid in criteria:
                                self.problem(f, f"{kp}.id", f"duplicate criterion id {kid!r}; give each a unique id")
                            criteria[kid] = {"competence": cid, "interviews": crit.get("interviews") or [], "where": f"{f}: {kp}"}
                        self.text(f, f"{kp}.text", crit.get("text"))
                        for t, tag in enumerate(crit.get("interviews") or []):
                            if tag not in self.interview_ids:
                                self.problem(f, f"{kp}.interviews[{t}]", f"unknown interview type {tag!r}; use one of {', '.join(self.interview_ids)}")
        return criteria

    def aliases(self, f: str, p: str, aliases: Any) -> None:
        if not isinstance(aliases, dict) or any(
            lang not in self.languages or not isinstance(v, list) or not all(isinstance(a, str) and a.strip() for a in v)
            for lang, v in aliases.items()
        ):
            self.problem(f, p, f"must map languages {self.languages} to lists of alternative titles")

    def deliverables(self, criteria: dict[str, dict[str, Any]]) -> None:
        from .writers.registry import FORMATS  # validation only: a referential read from the cache never needs it

        referenced: set[str] = set()
        seen: dict[str, str] = {}
        for d, item in enumerate(self.data.get("deliverables") or []):
            f, p = self.file_of("deliverables", d), f"deliverables[{d}]"
            if not isinstance(item, dict):
                self.problem(f, p, "must be a mapping")
                continue
            did = item.get("id")
            if self.ident(f, f"{p}.id", did):
                self.unique(f, f"{p}.id", did, seen, "deliverable")
                p = f"{p}({did})"
            self.text(f, f"{p}.title", item.get("title"))
            self.aliases(f, f"{p}.aliases", item.get("aliases", {}))
            assessment = item.get("assessment")
            if assessment not in self.assessment_ids:
                self.problem(f, f"{p}.assessment", f"unknown assessment {assessment!r}; use one of {', '.join(self.assessment_ids)}")
            comps = item.get("competences")
            if not isinstance(comps, list) or not comps:
                self.problem(f, f"{p}.competences", "list the competences this deliverable is assessed on, e.g. [C1.4]")
                comps = []
            for c, cid in enumerate(comps):
                if cid not in self.competence_assessment:
                    self.problem(f, f"{p}.competences[{c}]", f"unknown competence {cid!r}")
                elif assessment in self.assessment_ids and self.competence_assessment[cid] != assessment:
                    self.problem(f, f"{p}.competences[{c}]", f"{cid} is assessed by {self.competence_assessment[cid]}, not {assessment}; fix the assessment or the competence")
            formats = item.get("formats")
            if not isinstance(formats, list) or not formats or any(x not in FORMATS for x in formats):
                self.problem(f, f"{p}.formats", f"must list formats among {', '.join(FORMATS)}")
            langs = item.get("languages")
            if not isinstance(langs, dict) or set(langs) != {"document", "oral"}:
                self.problem(f, f"{p}.languages", "must be {document: LANG, oral: LANG}")
            else:
                for key, lang in langs.items():
                    if lang not in self.languages:
                        self.problem(f, f"{p}.languages.{key}", f"language {lang!r} is not among {self.languages}")
                oral = self.assessment_oral.get(assessment)
                if oral is not None and langs["oral"] != oral:
                    self.problem(f, f"{p}.languages.oral", f"its assessment {assessment!r} is presented in {oral}; "
                                 "make the two the same")
            if "team" in item:
                self.flag(f, f"{p}.team", item["team"])
            interview = item.get("interview")
            if interview is not None and interview not in self.interview_ids:
                self.problem(f, f"{p}.interview", f"unknown interview type {interview!r}; use one of {', '.join(self.interview_ids)}")
            section_ids = self.sections(f, p, item, criteria, set(comps), interview, referenced)
            if "deck" in item:
                self.deck_option(f, p, item, section_ids)
            if assessment in self.assessment_ids and "interview_min" in json.dumps(item, ensure_ascii=False) \
                    and not self.assessment_minutes.get(assessment):
                self.problem(f, p, f"its texts use interview_min/interview_max but assessment {assessment!r} sets no "
                             "interview_minutes; add them to the assessment")
            for r, old in enumerate(item.get("replaces") or []):
                if self.ident(f, f"{p}.replaces[{r}]", old):
                    self.unique(f, f"{p}.replaces[{r}]", old, seen, "deliverable")
            for r, req in enumerate(item.get("seed_requirements") or []):
                rp = f"{p}.seed_requirements[{r}]"
                if not isinstance(req, dict):
                    self.problem(f, rp, "must be a mapping with text and sections")
                    continue
                self.text(f, f"{rp}.text", req.get("text"))
                targets = req.get("sections")
                if not isinstance(targets, list) or not targets:
                    self.problem(f, f"{rp}.sections", "name the section(s) that answer this requirement")
                    continue
                for s in targets:
                    if s not in section_ids:
                        self.problem(f, f"{rp}.sections", f"unknown section {s!r} in this deliverable")
            if interview is not None:
                answered = {c for s in item.get("sections") or [] if isinstance(s, dict) for c in s.get("criteria") or []}
                for kid, info in criteria.items():
                    if info["competence"] in comps and (not info["interviews"] or interview in info["interviews"]) and kid not in answered:
                        self.problem(f, p, f"criterion {kid} applies to {interview} interviews but no section answers it; add it to a section")
        for kid, info in criteria.items():
            if kid not in referenced:
                self.problem(info["where"].split(": ")[0], info["where"].split(": ", 1)[1], f"criterion {kid} is answered by no section of a deliverable assessed on {info['competence']}; reference it in a section's criteria")

    def cover_title(self, f: str, p: str, title: Any, cover: Any) -> None:
        """A block's cover title must say the seed's title in proper case: the same words once case and accents are folded."""
        from .normalise import same_words  # validation only: a referential read from the cache never needs it

        self.text(f, f"{p}.cover_title", cover)
        if not (isinstance(title, dict) and isinstance(cover, dict)):
            return
        for lang in self.languages:
            if isinstance(title.get(lang), str) and isinstance(cover.get(lang), str) \
                    and not same_words(title[lang], cover[lang]):
                self.problem(f, f"{p}.cover_title.{lang}", f"must say the same words as the title {title[lang]!r} "
                             "(only case, accents and agreement endings may differ)")

    def slide_option(self, f: str, sp: str, sec: dict) -> None:
        slide = sec["slide"]
        columns = sec.get("columns") or []
        if not isinstance(slide, dict) or not slide or set(slide) - {"columns", "fold"}:
            self.problem(f, f"{sp}.slide", f"must be {{columns: [1, 2, …]}} or {{fold: {'|'.join(TABLE_FOLDS)}}}")
            return
        if sec.get("kind") not in ("table", "interview-grid"):
            self.problem(f, f"{sp}.slide", "only a table or an interview grid has slide options; remove it")
        if "columns" in slide:
            shown = slide["columns"]
            if not isinstance(shown, list) or not shown or any(
                    not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= len(columns) for n in shown) \
                    or shown != sorted(set(shown)) or len(shown) > SLIDE_TABLE_COLUMNS:
                self.problem(f, f"{sp}.slide.columns", f"list column numbers from 1 to {len(columns)}, in order, each "
                             f"once, at most {SLIDE_TABLE_COLUMNS} (what a slide shows legibly)")
        if "fold" in slide and slide["fold"] not in TABLE_FOLDS:
            self.problem(f, f"{sp}.slide.fold", f"bad fold {slide['fold']!r}; use one of {', '.join(TABLE_FOLDS)}")

    def deck_option(self, f: str, p: str, item: dict, section_ids: set[str]) -> None:
        deck = item.get("deck")
        if not isinstance(deck, list) or not deck or any(s not in section_ids for s in deck) or len(set(deck)) != len(deck):
            self.problem(f, f"{p}.deck", "list the ids of the sections the deck presents, each once, in the deck's order")
        elif "pptx" not in (item.get("formats") or []):
            self.problem(f, f"{p}.deck", "only a deliverable with the pptx format has a deck; add pptx to formats or remove deck")

    def sections(self, f: str, p: str, item: dict, criteria: dict, comps: set, interview: str | None, referenced: set) -> set[str]:
        from .skeleton.canvas import CANVAS_LAYOUTS  # validation only, as FORMATS above

        ids: dict[str, str] = {}
        sections = item.get("sections")
        if not isinstance(sections, list) or not sections:
            self.problem(f, f"{p}.sections", "a deliverable needs at least one section")
            return set()
        for s, sec in enumerate(sections):
            sp = f"{p}.sections[{s}]"
            if not isinstance(sec, dict):
                self.problem(f, sp, "must be a mapping")
                continue
            sid = sec.get("id")
            if self.ident(f, f"{sp}.id", sid, example="executive-summary"):
                self.unique(f, f"{sp}.id", sid, ids, "section")
                sp = f"{sp}({sid})"
            for key in sec:
                if key not in _SECTION_KEYS:
                    self.problem(f, f"{sp}.{key}", f"unknown section key; expected one of {', '.join(sorted(_SECTION_KEYS))}")
            self.text(f, f"{sp}.title", sec.get("title"))
            self.text(f, f"{sp}.guidance", sec.get("guidance"))
            for key in ("prompt", "figure"):
                if key in sec:
                    self.text(f, f"{sp}.{key}", sec[key])
            self.aliases(f, f"{sp}.aliases", sec.get("aliases", {}))
            terms = sec.get("key_terms", {})
            if not isinstance(terms, dict) or any(
                lang not in self.languages or not isinstance(v, list) or not all(isinstance(t, str) and t.strip() for t in v)
                for lang, v in terms.items()
            ):
                self.problem(f, f"{sp}.key_terms", f"must map languages {self.languages} to lists of words or phrases")
            if sec.get("level", 1) not in (1, 2):
                self.problem(f, f"{sp}.level", "must be 1 or 2")
            elif sec.get("level", 1) == 2 and s == 0:
                self.problem(f, f"{sp}.level", "the first section must be level 1")
            if "required" in sec:
                self.flag(f, f"{sp}.required", sec["required"])
            for key in ("money", "landscape"):
                if key in sec:
                    self.flag(f, f"{sp}.{key}", sec[key])
            if "min_words" in sec and (not isinstance(sec["min_words"], int) or isinstance(sec["min_words"], bool) or sec["min_words"] < 0):
                self.problem(f, f"{sp}.min_words", "must be a whole number of words")
            kind = sec.get("kind")
            if kind not in SECTION_KINDS:
                self.problem(f, f"{sp}.kind", f"bad kind {kind!r}; use one of {', '.join(SECTION_KINDS)}")
            elif kind in ("table", "interview-grid"):
                cols = sec.get("columns")
                if not isinstance(cols, list) or not cols:
                    self.problem(f, f"{sp}.columns", f"a {kind} needs columns")
                else:
                    for c, col in enumerate(cols):
                        self.text(f, f"{sp}.columns[{c}]", col)
                for r, row in enumerate(sec.get("rows") or []):
                    self.text(f, f"{sp}.rows[{r}]", row)
            elif kind == "canvas":
                if sec.get("canvas") not in CANVAS_LAYOUTS:
                    self.problem(f, f"{sp}.canvas", f"bad canvas {sec.get('canvas')!r}; use one of {', '.join(CANVAS_LAYOUTS)}")
                cells = sec.get("cells")
                if not isinstance(cells, list) or not cells:
                    self.problem(f, f"{sp}.cells", "a canvas needs cells")
                else:
                    for c, cell in enumerate(cells):
                        if not isinstance(cell, dict):
                            self.problem(f, f"{sp}.cells[{c}]", "must be a mapping with id, title and prompt")
                            continue
                        self.ident(f, f"{sp}.cells[{c}].id", cell.get("id"), example="key-partners")
                        self.text(f, f"{sp}.cells[{c}].title", cell.get("title"))
                        self.text(f, f"{sp}.cells[{c}].prompt", cell.get("prompt"))
                if sec.get("canvas") == "business-model-canvas" and isinstance(cells, list) and len(cells) != 9:
                    self.problem(f, f"{sp}.cells", f"a Business Model Canvas has 9 blocks, not {len(cells)}")
            elif kind == "figure" and "figure" not in sec:
                self.problem(f, f"{sp}.figure", "a figure section needs a `figure` caption text")
            if "slide" in sec:
                self.slide_option(f, sp, sec)
            drawing = sec.get("drawing")
            if drawing is not None and (drawing not in DRAWINGS or kind not in DRAWINGS[drawing]):
                usable = ", ".join(d for d, kinds in DRAWINGS.items() if kind in kinds) or "none"
                self.problem(f, f"{sp}.drawing", f"bad drawing {drawing!r} for a {kind} section; use one of: {usable}")
            crits = sec.get("criteria")
            if not isinstance(crits, list) or not crits:
                self.problem(f, f"{sp}.criteria", "a section must answer at least one criterion; list their ids")
                continue
            for k, kid in enumerate(crits):
                info = criteria.get(kid)
                if info is None:
                    self.problem(f, f"{sp}.criteria[{k}]", f"unknown criterion {kid!r}")
                    continue
                if info["competence"] not in comps:
                    self.problem(f, f"{sp}.criteria[{k}]", f"criterion {kid} belongs to {info['competence']}, which this deliverable is not assessed on")
                    continue
                if interview is not None and info["interviews"] and interview not in info["interviews"]:
                    self.problem(f, f"{sp}.criteria[{k}]", f"criterion {kid} is for {'/'.join(info['interviews'])} interviews, not {interview}")
                    continue
                referenced.add(kid)
        return set(ids)


# ---------------------------------------------------------------- building


def _text(value: dict[str, str]) -> Text:
    return Text(value)


def _maybe_text(value: Any) -> Text | None:
    return Text(value) if isinstance(value, dict) else None


def _aliases(raw: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(v) for lang, v in (raw.get("aliases") or {}).items()}


def _section(raw: dict[str, Any]) -> Section:
    return Section(
        id=raw["id"],
        title=_text(raw["title"]),
        aliases=_aliases(raw),
        guidance=_text(raw["guidance"]),
        criteria=tuple(raw["criteria"]),
        kind=raw["kind"],
        required=raw.get("required", True),
        level=raw.get("level", 1),
        min_words=raw.get("min_words"),
        prompt=_maybe_text(raw.get("prompt")),
        columns=tuple(_text(c) for c in raw.get("columns") or ()),
        rows=tuple(_text(r) for r in raw.get("rows") or ()),
        money=raw.get("money", False),
        landscape=raw.get("landscape", False),
        canvas=raw.get("canvas"),
        cells=tuple(CanvasCell(c["id"], _text(c["title"]), _text(c["prompt"])) for c in raw.get("cells") or ()),
        figure=_maybe_text(raw.get("figure")),
        drawing=raw.get("drawing"),
        slide_columns=tuple((raw.get("slide") or {}).get("columns") or ()),
        slide_fold=(raw.get("slide") or {}).get("fold"),
        key_terms={lang: tuple(v) for lang, v in (raw.get("key_terms") or {}).items()},
    )


def _assessment(raw: dict[str, Any]) -> Assessment:
    cover = raw.get("cover") or {}
    rule = raw.get("language")
    minutes = raw.get("interview_minutes")
    return Assessment(
        raw["id"], raw["kind"], _text(raw["title"]),
        cover_fields=tuple(cover.get("fields") or COVER_FIELDS),
        cover_optional=tuple(cover.get("optional") or ()),
        cover_labels={key: _text(text) for key, text in (cover.get("labels") or {}).items()},
        language_rule=LanguageRule(rule["document"], rule["seed_words"]) if rule else None,
        interview_minutes=(minutes["min"], minutes["max"]) if minutes else None,
        work=raw.get("work", "individual"),
        hand_in=raw.get("hand_in", "separate"),
        oral=Oral(oral["language"], oral["minutes"], oral["presented"]) if (oral := raw.get("oral")) else None,
    )


def _competence(raw: dict[str, Any], block_id: str) -> Competence:
    groups = []
    for group in raw["criteria_groups"]:
        title = _text(group["title"])
        groups.append(
            CriterionGroup(
                title,
                tuple(
                    Criterion(c["id"], raw["id"], title, _text(c["text"]), tuple(c.get("interviews") or ()))
                    for c in group["criteria"]
                ),
            )
        )
    return Competence(
        id=raw["id"],
        block=block_id,
        statement=_text(raw["statement"]),
        activities_id=raw["activities"]["id"],
        activities=tuple(_text(a) for a in raw["activities"]["items"]),
        assessment=raw["evaluation"]["assessment"],
        evaluation_method=_text(raw["evaluation"]["method"]),
        evaluation_text=_text(raw["evaluation"]["text"]),
        must_present=tuple(_text(m) for m in raw.get("must_present") or ()),
        groups=tuple(groups),
    )


def _in_assessment_order(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Deliverables listed as the referential lists assessments, whatever file each came from."""
    rank = {a["id"]: i for i, a in enumerate(data["assessments"])}
    return sorted(data["deliverables"], key=lambda d: rank[d["assessment"]])


def _to_model(data: dict[str, Any], source: str) -> Referential:
    cert = data["certification"]
    return Referential(
        version=str(data["version"]),
        languages=tuple(data["languages"]),
        certification=Certification(_text(cert["title"]), cert["level"], cert["awarding_body"], _text(cert["rncp_label"])),
        interview_types=tuple(InterviewType(i["id"], _text(i["title"])) for i in data["interview_types"]),
        assessments=tuple(_assessment(a) for a in data["assessments"]),
        grading=Grading(
            tuple(GradingLevel(level["id"], _text(level["title"])) for level in data["grading"]["scale"]),
            data["grading"]["validated_when"]["every_criterion_at_least"],
        ),
        blocks=tuple(
            Block(b["id"], _text(b["title"]), tuple(_competence(c, b["id"]) for c in b["competences"]),
                  _maybe_text(b.get("cover_title")))
            for b in data["blocks"]
        ),
        deliverables=tuple(
            Deliverable(
                id=d["id"],
                title=_text(d["title"]),
                assessment=d["assessment"],
                competences=tuple(d["competences"]),
                formats=tuple(d["formats"]),
                document_language=d["languages"]["document"],
                oral_language=d["languages"]["oral"],
                sections=tuple(_section(s) for s in d["sections"]),
                seed_requirements=tuple(
                    SeedRequirement(_text(r["text"]), tuple(r["sections"])) for r in d.get("seed_requirements") or ()
                ),
                team=d.get("team", False),
                interview=d.get("interview"),
                deck_sections=tuple(d.get("deck") or ()),
                replaces=tuple(d.get("replaces") or ()),
                aliases=_aliases(d),
            )
            for d in _in_assessment_order(data)
        ),
        source=source,
    )

