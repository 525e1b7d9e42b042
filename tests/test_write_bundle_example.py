"""``docs/examples/write_bundle.py``, a writer made from the docs alone: its bundles verify, are
the app's own bytes for the same data, and each field it writes, changed in turn, is refused
under the rule the docs give (or accepted where the docs say the field is free)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from facilitator_app import __version__
from facilitator_app.bundle import format as fmt
from facilitator_app.bundle import read_bundle, read_bundle_bytes
from facilitator_app.errors import BundleError
from facilitator_app.resources import resource_path
from tests.conftest import PYTHON
from tests.support.bundles import INSTALLATION, members_of, sample, valid_bundle
from tests.support.writer_example import EXAMPLES, SCRIPT, changed, wb

DESCRIPTION = json.loads((EXAMPLES / "example-description.json").read_text(encoding="utf-8"))


def test_the_writer_imports_only_the_standard_library_and_cryptography():
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    roots = {alias.name.split(".")[0] for node in ast.walk(tree)
             if isinstance(node, ast.Import) for alias in node.names}
    roots |= {node.module.split(".")[0] for node in ast.walk(tree)
              if isinstance(node, ast.ImportFrom) and node.module}
    assert roots - {"__future__"} <= set(sys.stdlib_module_names) | {"cryptography"}, roots


def test_its_bundle_verifies_and_holds_the_description(tmp_path):
    out = tmp_path / "example.fabundle"
    done = subprocess.run([PYTHON, "-I", str(SCRIPT), str(EXAMPLES / "example-description.json"),
                           str(out)], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    bundle = read_bundle(out)
    assert bundle.run.facilitators == ("Camille Martin", "نور الهدى")
    assert [c.text for c in bundle.contributions] == [
        c["text"] for c in sorted(DESCRIPTION["contributions"],
                                  key=lambda c: (c["engagement"], c["question"]))]
    assert (bundle.counts.live, bundle.counts.deleted, bundle.counts.starred) == (2, 1, 1)
    assert bundle.catalogue.event.venue == "" and bundle.atelier.room == "Salle 3"
    assert bundle.catalogue.engagement(1).milestones[1].done is True


def test_for_the_apps_own_data_it_writes_the_apps_own_bytes():
    run, _, contributions, notes = sample()
    written = fmt.run_to_json(run)
    del written["catalogue_id"], written["catalogue_version"]  # the script takes them from it
    description = {
        "key_seed": bytes(range(32)).hex(), "installation_id": INSTALLATION,
        "app_version": __version__,
        # The built-in catalogue's file, as a person would give it to another tool.
        "catalogue": json.loads(resource_path("catalogues", "ministere-ouvert-1.json")
                                .read_text(encoding="utf-8")),
        "run": written, "contributions": [fmt.contribution_to_json(c) for c in contributions],
        "notes": [fmt.notes_to_json(n) for n in notes]}
    assert wb.build(description) == valid_bundle()


# -- each field in turn --------------------------------------------------------------------

LATER = "2024-03-15T09:00:00.000000Z"
EARLIER = "2024-03-14T16:00:00.000000Z"
OTHER_UUID = "11111111-2222-4333-8444-555555555555"

# (member, path, new value, the rule the docs give, or None: accepted). The envelope (member
# hashes, the catalogue's hash, the bundle's UUID, the signature) is derived again after each
# change, as a writer would, unless the change is to the envelope itself.
FIELDS = [
    ("manifest", "format", "autre-format", "format"),
    ("manifest", "format_version", 2, "format-version"),
    ("manifest", "app_version", "un autre outil 9.9", None),
    ("manifest", "installation_id", OTHER_UUID, None),
    ("manifest", "bundle_uuid", OTHER_UUID, "bundle-uuid"),
    ("manifest", "created_at", LATER, "created-at"),
    ("manifest", "facilitators", ["Quelqu’un d’autre"], "reference"),
    ("manifest", "event.title", "Une autre soirée", "manifest-catalogue"),
    ("manifest", "event.date", "2024-03-15", "manifest-catalogue"),
    ("manifest", "atelier.number", 2, "reference"),
    ("manifest", "atelier.title", "Un autre atelier", "manifest-catalogue"),
    ("manifest", "catalogue.id", "autre-catalogue", "catalogue"),
    ("manifest", "catalogue.version", "9", "catalogue"),
    ("manifest", "catalogue.sha256", "0" * 64, "catalogue"),
    ("manifest", "run_uuid", OTHER_UUID, "reference"),
    ("manifest", "counts.contributions", 4, "reference"),
    ("manifest", "counts.live", 3, "reference"),
    ("manifest", "counts.deleted", 0, "reference"),
    ("manifest", "counts.starred", 0, "reference"),
    ("manifest", "counts.notes", 0, "reference"),
    ("manifest", "members.payload.json.sha256", "0" * 64, "hash"),
    ("manifest", "members.payload.json.size", 1, "hash"),
    ("manifest", "members.catalogue.json.sha256", "0" * 64, "hash"),
    ("manifest", "members.catalogue.json.size", 1, "hash"),
    ("manifest", "members.mimetype.sha256", "0" * 64, "hash"),
    ("manifest", "members.mimetype.size", 1, "hash"),
    ("manifest", "signer.algorithm", "RSA", "schema"),
    ("manifest", "signer.fingerprint", "0000-0000-0000-0000", "signature"),
    ("manifest", "signer.public_key", "other-key", "signature"),
    ("signature", "algorithm", "RSA", "schema"),
    ("signature", "signature", "other-message", "signature"),
    ("payload", "format_version", 2, "schema"),
    ("payload", "run.uuid", OTHER_UUID, "reference"),
    ("payload", "run.catalogue_id", "autre-catalogue", "reference"),
    ("payload", "run.catalogue_version", "9", "reference"),
    ("payload", "run.atelier_number", 2, "reference"),
    ("payload", "run.facilitators", ["Camille Martin"], "reference"),
    ("payload", "run.facilitators", ["Camille\tMartin", "نور الهدى"], "name"),
    ("payload", "run.participant_count", None, None),
    ("payload", "run.organisations", [], None),
    ("payload", "run.organisations", ["Retour\nà la ligne"], "name"),
    ("payload", "run.started_at", None, None),
    ("payload", "run.ended_at", None, None),
    ("payload", "run.created_at", EARLIER, None),
    ("payload", "run.updated_at", LATER, "created-at"),
    ("payload", "run.revision", 9, None),
    ("payload", "contributions.0.uuid", OTHER_UUID, None),
    ("payload", "contributions.0.engagement", 7, "reference"),
    ("payload", "contributions.0.question", "autre_question", "reference"),
    ("payload", "contributions.0.text", "  Un autre texte, entouré d’espaces  ", None),
    ("payload", "contributions.0.text", "bip\x07", "text"),
    ("payload", "contributions.0.text", " \t\n ", "text"),
    ("payload", "contributions.0.position", 0, None),
    ("payload", "contributions.0.starred", True, "reference"),
    ("payload", "contributions.0.deleted", True, "reference"),
    ("payload", "contributions.0.created_at", EARLIER, None),
    ("payload", "contributions.0.updated_at", LATER, "created-at"),
    ("payload", "contributions.0.revision", 7, None),
    ("payload", "notes.0.engagement", 7, "reference"),
    ("payload", "notes.0.text", "", None),
    ("payload", "notes.0.text", "fin\ufffe", "text"),
    ("payload", "notes.0.updated_at", LATER, "created-at"),
    ("payload", "notes.0.revision", 2, None),
    ("catalogue", "event.title", "Une autre soirée", "manifest-catalogue"),
    ("catalogue", "event.date", "2024-03-15", "manifest-catalogue"),
    ("catalogue", "event.host", "Préfecture", None),
    ("catalogue", "event.venue", "Hôtel de ville", None),
    ("catalogue", "engagements.0.title", "Un autre titre", None),
    ("catalogue", "ateliers.0.title", "Un autre atelier", "manifest-catalogue"),
    ("catalogue", "ateliers.0.engagements", [1], "reference"),
    ("catalogue", "id", "autre-catalogue", "catalogue"),
    ("catalogue", "version", "9", "catalogue"),
    ("catalogue", "event.venue", "(absent)", "catalogue-canonical"),
]


@pytest.mark.parametrize("member,path,value,rule", FIELDS,
                         ids=[f"{m}:{p}={v!r}"[:60] for m, p, v, _ in FIELDS])
def test_each_field_changed_in_turn_gets_the_docs_verdict(member, path, value, rule):
    data = changed(DESCRIPTION, member, path, value)
    if rule is None:
        read_bundle_bytes(data, "changed.fabundle")
        return
    with pytest.raises(BundleError) as refused:
        read_bundle_bytes(data, "changed.fabundle")
    assert refused.value.rule == rule, str(refused.value)


def test_the_table_covers_every_field_the_writer_writes():
    members = members_of(wb.build(DESCRIPTION))

    def leaves(value, prefix=""):
        if isinstance(value, dict) and value:
            for key, item in value.items():
                yield from leaves(item, f"{prefix}{key}.")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            yield from leaves(value[0], f"{prefix}0.")
        else:
            yield prefix[:-1]

    covered = {(m, p) for m, p, _, _ in FIELDS}
    missing = [(member, path) for member in ("manifest", "payload", "signature")
               for path in leaves(json.loads(members[f"{member}.json"]))
               if (member, path) not in covered]
    assert not missing
    assert DESCRIPTION == json.loads((EXAMPLES / "example-description.json").read_text(
        encoding="utf-8")), "building must not change the description"
