"""Shared fixtures: the shipped referential, the seed, and where the shared corpus lives."""

from __future__ import annotations

from pathlib import Path

import pytest

from mind_templates import load_referential

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_8ea08d0cdc28e909.txt"
CORPUS = SHARED / "corpus" / "real"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Tests keep the referential cache out of the user's home folder."""
    import os

    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(scope="session")
def referential():
    return load_referential()


@pytest.fixture(scope="session")
def seed():
    if not SEED.is_file():
        pytest.skip(f"the certification seed is not at {SEED}: tests that count against it need ../shared/seeds/")
    from seed_parser import read_seed

    return read_seed(SEED)
