"""Fixtures of the central-store tests: each test runs on SQLite and on a real PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.central.store import CentralStore


@pytest.fixture(params=["sqlite", "postgresql"])
def central_url(request, tmp_path) -> str:
    """The URL (or path) of a new, empty central store, on each database in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "central.sqlite")
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture
def central(central_url):
    with CentralStore(central_url) as store:
        yield store


@pytest.fixture
def bundles_dir(tmp_path) -> Path:
    folder = tmp_path / "bundles"
    folder.mkdir()
    return folder
