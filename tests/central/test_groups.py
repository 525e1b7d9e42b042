"""Decisions on near-duplicate groups in the central store: confirm (keep one or a merged text),
split, dismiss, undo; each with who and when; keyed by the contributions' UUIDs; a decision
whose members changed since is to review, not applied. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from facilitator_app.central import groups as g
from facilitator_app.central.merge import merge_paths
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle

# Contributions 3, 6 and 9 go to one engagement (n % 3 == 0), all to the indicators question.
SAME = "Publier les données des marchés publics en open data chaque trimestre"
NEAR = "Publier les donnees des marches publics en open data chaque trimestre."
OTHER = "Publier chaque trimestre les données des marchés publics en open data !"
UNRELATED = "Former les agents à la participation citoyenne"


@pytest.fixture
def merged(central, bundles_dir):
    write_bundle(bundles_dir, "a", [c(3, text=SAME), c(6, text=NEAR), c(9, text=OTHER),
                                    c(12, text=UNRELATED), c(1, text=SAME)])
    merge_paths(central, [bundles_dir])
    return central


def _open(store):
    return [v for v in g.group_views(store) if v.state == "open"]


def test_near_duplicates_are_proposed_as_one_group(merged):
    views = g.group_views(merged)
    assert len(views) == 1, "contribution 1 is another engagement's, 12 is unrelated"
    (view,) = views
    assert view.state == "open" and view.decision is None
    assert [u[-2:] for u in view.uuids] == ["03", "06", "09"]
    assert view.group_key == g.group_key(reversed(view.uuids))  # order of UUIDs is no matter


def test_confirm_keep_one_with_who_and_when_then_undo(merged):
    (view,) = _open(merged)
    decision = g.decide(merged, view, "confirm", "Claire", keep=view.uuids[1])
    assert (decision.kind, decision.kept_uuid, decision.author) == ("confirm", view.uuids[1],
                                                                    "Claire")
    assert decision.decided_at is not None and decision.undone_at is None
    (now,) = g.group_views(merged)
    assert now.state == "confirm" and now.decision == decision
    assert [d.group_key for d, _ in g.confirmed(merged)] == [view.group_key]
    with pytest.raises(g.GroupError, match="déjà une décision|already has a decision"):
        g.decide(merged, view, "dismiss", "Paul")
    undone = g.undo(merged, view.short_id[:6], "Paul")
    assert (undone.undone_by, undone.id) == ("Paul", decision.id)
    assert g.group_views(merged)[0].state == "open"
    assert g.confirmed(merged) == []
    # The undone decision stays in the history; a new one can be made.
    again = g.decide(merged, view, "confirm", "Paul", merged_text="  Un texte fusionné.  ")
    assert again.merged_text == "Un texte fusionné." and again.kept_uuid is None
    history = merged.read(lambda conn: g.read_decisions(conn, with_undone=True))
    assert [d.author for d in history] == ["Claire", "Paul"]


def test_split_takes_members_out_and_dismiss_hides_the_rest(merged):
    (view,) = _open(merged)
    g.decide(merged, view, "split", "Claire", removed=[view.uuids[2]])
    views = g.group_views(merged)
    rest = next(v for v in views if v.state == "open")
    assert rest.uuids == view.uuids[:2]
    assert next(v for v in views if v.state == "split").group_key == view.group_key
    g.decide(merged, rest, "dismiss", "Claire")
    assert _open(merged) == []
    assert g.confirmed(merged) == []
    g.undo(merged, view.group_key[:8], "Claire")  # the split undone: the whole group again
    states = {v.group_key: v.state for v in g.group_views(merged)}
    assert states == {view.group_key: "open", rest.group_key: "dismiss"}


def test_a_member_changed_since_makes_the_decision_to_review(merged, bundles_dir):
    (view,) = _open(merged)
    g.decide(merged, view, "confirm", "Claire", keep=view.uuids[0])
    write_bundle(bundles_dir, "b", [c(6, 2, text=NEAR + " Avec un mot de plus")])
    merge_paths(merged, [bundles_dir])
    (now,) = [v for v in g.group_views(merged) if v.decision is not None]
    assert now.state == "review" and now.changed == (view.uuids[1],)
    assert g.confirmed(merged) == [], "not applied silently"


def test_refusals_say_why_in_french_and_english(merged):
    (view,) = _open(merged)
    with pytest.raises(g.GroupError) as refused:
        g.decide(merged, view, "confirm", "Claire")
    assert "gardez l’un de ses textes" in refused.value.message.render("fr")
    assert "keep one of its texts" in refused.value.message.render("en")
    with pytest.raises(g.GroupError):
        g.decide(merged, view, "split", "Claire", removed=list(view.uuids))
    with pytest.raises(g.GroupError, match="0000"):
        g.find_group(g.group_views(merged), "0000")
    with pytest.raises(g.GroupError):
        g.undo(merged, view.short_id, "Claire")
    assert g.find_member(view, "2") == view.uuids[1]  # its place in the group, from 1
    assert g.find_member(view, view.uuids[2].upper()) == view.uuids[2]
    with pytest.raises(g.GroupError):
        g.find_member(view, "10000000")  # the three start so
    assert g.find_group(g.group_views(merged), view.short_id[:5].upper()) == view


def test_the_groups_command_lists_and_decides(tmp_path, bundles_dir):
    import subprocess

    from tests.conftest import PYTHON, child_env

    def app(*args, lang="fr"):
        return subprocess.run([PYTHON, "-m", "facilitator_app", "--lang", lang, "groups",
                               "--in", store, *args], capture_output=True, text=True,
                              env=child_env(), timeout=120)

    store = str(tmp_path / "central.sqlite")
    write_bundle(bundles_dir, "a", [c(3, text=SAME), c(6, text=NEAR), c(9, text=UNRELATED)])
    from facilitator_app.central.store import CentralStore

    with CentralStore(store) as central:
        merge_paths(central, [bundles_dir])
        (view,) = g.group_views(central)
    listed = app()
    assert listed.returncode == 0, listed.stderr
    assert f"Groupe {view.short_id} – engagement " in listed.stdout
    assert "proposé" in listed.stdout and SAME in listed.stdout and NEAR in listed.stdout
    assert "atelier 3 – " in listed.stdout and UNRELATED not in listed.stdout
    missing = app("--confirm", view.short_id)
    assert missing.returncode != 0 and "gardez l’un de ses textes" in missing.stderr
    done = app("--confirm", view.short_id[:6], "--keep", "2", "--author", "Claire")
    assert done.returncode == 0 and "confirmé" in done.stdout, done.stderr
    english = app(lang="en")
    assert "confirmed" in english.stdout and "decision by Claire" in english.stdout
    assert "keeps text 2" in english.stdout
    assert app("--undo", view.short_id).returncode == 0
    assert "proposé" in app().stdout
    assert app("--dismiss", view.short_id).returncode == 0
    assert "écarté" in app().stdout
    unknown = app("--split", "ffffff", "--out", "1", lang="en")
    assert unknown.returncode != 0 and "No group has the id 'ffffff'" in unknown.stderr
