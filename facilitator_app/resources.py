"""Find files shipped under ``resources/``, from a source checkout or inside a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_RESOURCES = "FACILITATOR_APP_RESOURCES"


def resources_dir() -> Path:
    """The folder holding the shipped resources (catalogues, schemas, translations, icons)."""
    override = os.environ.get(ENV_RESOURCES)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "catalogues").is_dir():  # a source checkout (or an editable install)
        return checkout
    return Path(__file__).resolve().parent / "_resources"  # an installed wheel's copy


def resource_path(*parts: str) -> Path:
    """The path of one shipped resource, e.g. ``resource_path("catalogues", "x.json")``."""
    return resources_dir().joinpath(*parts)
