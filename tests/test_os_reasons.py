"""What the system says of a refused file reaches the person in their language: the usual
causes are translated, not left in the system's English inside a French sentence."""

from __future__ import annotations

import errno

import pytest

from facilitator_app import i18n
from facilitator_app.bundle import read_bundle
from facilitator_app.errors import BundleError, ExportError, os_reason


@pytest.fixture
def french():
    before = i18n.language()
    i18n.set_language("fr")
    yield
    i18n.set_language(before)


@pytest.mark.parametrize(("code", "fr", "en"), [
    (errno.ENOSPC, "le disque est plein", "the disk is full"),
    (errno.EACCES, "accès refusé", "permission denied"),
    (errno.EROFS, "le support est en lecture seule", "the medium is read-only"),
    (errno.ENOENT, "fichier ou dossier introuvable", "no such file or folder"),
])
def test_usual_causes_are_translated(code, fr, en):
    reason = os_reason(OSError(code, "system words"))
    assert (reason.render("fr"), reason.render("en")) == (fr, en)


def test_a_file_open_in_excel_on_windows_is_named_as_such():
    refused = PermissionError(errno.EACCES, "The process cannot access the file")
    refused.winerror = 32
    assert "Excel" in os_reason(refused).render("fr")


def test_another_cause_keeps_the_systems_words():
    assert os_reason(OSError(errno.ETIMEDOUT, "Connection timed out")).render("fr") == \
        "Connection timed out"


def test_a_folder_given_as_a_bundle_is_explained_in_french(tmp_path, french):
    folder = tmp_path / "atelier.fabundle"
    folder.mkdir()
    with pytest.raises(BundleError) as refused:
        read_bundle(folder)
    assert "c’est un dossier" in str(refused.value) and "Is a directory" not in str(refused.value)


def test_writing_into_a_missing_folder_is_explained_in_french(tmp_path, french):
    from facilitator_app.atomic import write_atomically

    with pytest.raises(ExportError) as refused:
        write_atomically(tmp_path / "absent" / "rapport.xlsx", b"data")
    sentence = str(refused.value)
    assert "fichier ou dossier introuvable" in sentence and "No such file" not in sentence
