"""The command line's wording: counts agreed in both languages, each bundle once, a help wholly
in the language it says it chooses, and a clear sentence when the machine's defaults stop a
merge."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator_app.bundle.reader import bundle_files
from facilitator_app.cli import _n, main
from tests.conftest import ROOT
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle

LOCALE_VARIABLES = ("FACILITATOR_APP_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _help(capsys, *args: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def _last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


# -- counts --------------------------------------------------------------------------------

@pytest.mark.parametrize(("n", "fr", "en"), [
    (0, "0 paquet fusionné", "0 bundles merged"),
    (1, "1 paquet fusionné", "1 bundle merged"),
    (2, "2 paquets fusionnés", "2 bundles merged"),
])
def test_french_puts_zero_and_one_in_the_singular_english_only_one(n, fr, en):
    counted = _n(n, "paquet fusionné|paquets fusionnés", "bundle merged|bundles merged")
    assert (counted.render("fr"), counted.render("en")) == (fr, en)
    assert _n(n, "en conflit", "conflicting").render("fr") == f"{n} en conflit"


def test_merge_lines_agree_with_their_counts(tmp_path, capsys):
    one = write_bundle(tmp_path, "a", [c(1)])
    store = str(tmp_path / "central.sqlite")
    code, out, _ = _run(capsys, "--lang", "fr", "merge", str(one), "--into", store)
    assert code == 0
    assert out.startswith("FUSIONNÉ  a.fabundle : 1 ajoutée, 0 mise à jour, 0 inchangée, "
                          "0 en conflit, 0 retirée\n")
    assert _last_line(out) == (
        "1 paquet : 1 fusionné, 0 déjà fusionné, 0 en quarantaine, 0 refusé ; contributions : "
        "1 ajoutée, 0 mise à jour, 0 inchangée, 0 en conflit, 0 retirée.")
    two = write_bundle(tmp_path, "b", [c(2), c(3)])
    code, out, _ = _run(capsys, "--lang", "en", "merge", str(one), str(two), "--into", store)
    assert code == 0
    assert _last_line(out) == (
        "2 bundles: 1 merged, 1 already merged, 0 quarantined, 0 rejected; contributions: "
        "2 added, 0 updated, 0 unchanged, 0 conflicting, 0 removed.")
    code, out, _ = _run(capsys, "--lang", "fr", "merge", str(one), str(two), "--into", store)
    assert "2 paquets : 0 fusionné, 2 déjà fusionnés," in _last_line(out)


def test_verify_conflicts_and_report_lines_agree_with_their_counts(tmp_path, capsys):
    one = write_bundle(tmp_path, "a", [c(1, starred=True), c(2, deleted=True)])
    code, out, _ = _run(capsys, "--lang", "fr", "verify", str(one))
    assert code == 0 and "; 1 contribution, 1 supprimée, 1 mise en avant ; clé " in out
    code, out, _ = _run(capsys, "--lang", "en", "verify", str(one))
    assert code == 0 and "; 1 contribution, 1 deleted, 1 starred; key " in out
    store = str(tmp_path / "central.sqlite")
    assert _run(capsys, "merge", str(one), "--into", store)[0] == 0
    assert _run(capsys, "--lang", "fr", "conflicts", "--in", store)[1] == "0 conflit non résolu.\n"
    assert _run(capsys, "--lang", "en", "conflicts", "--in", store)[1] == \
        "0 unresolved conflicts.\n"
    csv = str(tmp_path / "r.csv")
    code, out, _ = _run(capsys, "--lang", "fr", "report", "--from", store, "--csv", csv)
    assert code == 0 and _last_line(out) == "1 contribution dans le rapport."
    code, out, _ = _run(capsys, "report", "--from", store, "--csv", csv, "--lang", "en")
    assert code == 0 and _last_line(out) == "1 contribution in the report."


# -- each bundle once ----------------------------------------------------------------------

def test_bundle_files_lists_each_file_once_where_it_first_appears(tmp_path, monkeypatch):
    folder = tmp_path / "bundles"
    folder.mkdir()
    a, b = write_bundle(folder, "a", [c(1)]), write_bundle(folder, "b", [c(2)])
    monkeypatch.chdir(tmp_path)
    listed = bundle_files([b, folder, "bundles/../bundles/b.fabundle", str(a)])
    assert listed == [b, a]  # b as first named, then a from the folder
    if os.name != "nt":  # a link is another spelling of the file it points to
        (tmp_path / "link.fabundle").symlink_to(a)
        assert bundle_files(["link.fabundle", folder]) == [Path("link.fabundle"), b]


def test_a_file_named_twice_is_verified_and_merged_once(tmp_path, capsys):
    folder = tmp_path / "bundles"
    folder.mkdir()
    one = write_bundle(folder, "a", [c(1)])
    code, out, _ = _run(capsys, "verify", str(one), str(folder), str(one))
    assert code == 0 and out.count("VALIDE") == 1
    store = str(tmp_path / "central.sqlite")
    code, out, _ = _run(capsys, "--lang", "fr", "merge", str(folder), str(one), "--into", store)
    assert code == 0 and out.count("FUSIONNÉ") == 1 and "DÉJÀ" not in out
    assert _last_line(out).startswith("1 paquet : 1 fusionné, 0 déjà fusionné,")


# -- the language of the help --------------------------------------------------------------

def test_the_french_help_has_no_english_word_of_argparse(capsys):
    for command in ((), ("merge",), ("report",), ("catalogue", "check")):
        text = _help(capsys, "--lang", "fr", *command)
        assert text.startswith("utilisation : facilitator-app")
        assert "afficher cette aide et quitter" in text and "options :" in text
        for english in ("usage:", "positional arguments", "show this help", "show program's",
                        "FILE", "STORE", "PATH", "COMMAND "):
            assert english not in text, (command, english)
    assert "arguments positionnels :" in _help(capsys, "--lang", "fr", "merge")


def test_the_english_help_has_english_argument_names(capsys):
    text = _help(capsys, "--lang=en", "merge")  # --lang=en too chooses the help's language
    assert text.startswith("usage: facilitator-app merge")
    assert "--into STORE" in text and "[PATH ...]" in text
    for french in ("CHEMIN", "BASE", "utilisation", "afficher"):
        assert french not in text
    assert "--data-dir DIR" in _help(capsys, "--lang", "en")


def test_the_help_says_how_the_language_is_chosen_and_follows_that(capsys, monkeypatch):
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    text = " ".join(_help(capsys).split())
    assert text.startswith("utilisation :"), "nothing set: French"
    assert "fr par défaut" not in text
    for word in ("FACILITATOR_APP_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "« en »"):
        assert word in text
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert _help(capsys).startswith("usage:")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # the first one set decides: not English
    assert _help(capsys).startswith("utilisation :")
    monkeypatch.setenv("FACILITATOR_APP_LANG", "en")
    assert _help(capsys).startswith("usage:")
    assert _help(capsys, "--lang", "fr").startswith("utilisation :")
    assert "by default" not in " ".join(_help(capsys, "report").split())


def test_argparse_errors_are_french_too(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--lang", "fr", "merge", "a.fabundle"])
    err = capsys.readouterr().err
    assert done.value.code == 2
    assert err.startswith("utilisation : facilitator-app merge")
    assert "facilitator-app merge : erreur : ces arguments sont obligatoires : --into" in err
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "--lang", "de"])
    err = capsys.readouterr().err
    assert "argument --lang : choix invalide : 'de' (choix possibles : 'fr', 'en')" in err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "merge", "a.fabundle"])
    assert "merge: error: the following arguments are required: --into" in capsys.readouterr().err


def test_the_readme_says_how_the_command_chooses_its_language():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The command", 1)[1].split("\n## ", 1)[0]
    text = " ".join(section.split())
    for word in ("FACILITATOR_APP_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "French for any other"):
        assert word in text


# -- the machine's defaults refused --------------------------------------------------------

@pytest.mark.parametrize(("lang", "said", "contradiction"), [
    ("fr", "Les réglages de la machine ({path}) sont refusés : la clé « languag » est inconnue",
     "ignorés"),
    ("en", "The machine's defaults ({path}) are refused: the key 'languag' is unknown",
     "ignored"),
])
def test_refused_defaults_stop_a_merge_in_one_clear_sentence(tmp_path, capsys, monkeypatch,
                                                             lang, said, contradiction):
    broken = tmp_path / "defaults.toml"
    broken.write_text("languag = 'fr'\n", encoding="utf-8")
    monkeypatch.setenv("FACILITATOR_APP_DEFAULTS", str(broken))
    one = write_bundle(tmp_path, "a", [c(1)])
    store = tmp_path / "central.sqlite"
    code, out, err = _run(capsys, "--lang", lang, "merge", str(one), "--into", str(store))
    assert code == 1 and out == "" and not store.exists()
    assert said.format(path=broken) in err
    assert contradiction not in err, "the file is not ignored: it stops the merge"
    assert ("La fusion n’a pas eu lieu, rien n’a été écrit" if lang == "fr" else
            "The merge did not take place and nothing was written") in err
    assert "facilitator-app defaults" in err
