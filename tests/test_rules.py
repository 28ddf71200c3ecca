"""The rule files are data an analyst edits: the loaders reject empty or malformed entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction import lexicon
from extraction.errors import RuleError


def test_default_rules_compile() -> None:
    r = lexicon.rules()
    assert r.actors.names and r.weapons.names and r.triggers.names and r.claimants.names
    # every site-holder entry names a known actor
    assert set(r.actors.site_holders.values()) <= set(r.actors.names)


@pytest.mark.parametrize(
    "loader,content,message",
    [
        (lexicon.load_actors, "", "empty"),
        (lexicon.load_actors, "[actors.X]\nside='x'\npatterns=[]\n", "non-empty list"),
        (lexicon.load_actors, "[actors.X]\npatterns=['(unclosed']\n", "bad regex"),
        (lexicon.load_actors, "[actors.X]\npatterns=['  ']\n", "empty or non-string"),
        (lexicon.load_actors, "[actors.X]\npatterns=['x']\n[site_holders]\nY=['a']\n", "unknown actor"),
        (lexicon.load_weapons, "[weapons.x]\nkind='laser'\npatterns=['x']\n", "kind must be"),
        (lexicon.load_triggers, "[[trigger]]\npatterns=['x']\n", "missing event_type"),
        (lexicon.load_triggers, "[[trigger]]\nevent_type='attack'\npatterns=['x']\n", "missing [ignore]"),
        (lexicon.load_claimants, "[[claimant]]\nname='A'\npatterns=['a']\n", "needs name and type"),
        (lexicon.load_claimants, "[[claimant]]\nname='A'\ntype='m'\npatterns=['a']\n[[claimant]]\nname='A'\ntype='m'\npatterns=['b']\n", "listed twice"),
        (lexicon.load_boilerplate, "[cut_after]\npatterns=['x']\n", "missing [drop_line]"),
        (lexicon.load_outlets, "[outlets]\n[wires]\nAFP=['afp']\n", "missing or empty [outlets]"),
        (lexicon.load_outlets, "not = valid = toml", "not valid TOML"),
        (lexicon.load_scope, "regions = []\n", "non-empty list"),
        (lexicon.load_scope, "regions = ['deir_ez_zor']\nnear_km = -1\n", "non-negative"),
    ],
)
def test_malformed_rules_rejected(tmp_path: Path, loader, content: str, message: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleError, match=message.replace("[", r"\[").replace("]", r"\]")):
        loader(path)


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="missing"):
        lexicon.load_weapons(tmp_path / "nope.toml")


def test_lasting_cues_are_recall_cues() -> None:
    # a [lasting] cue of triggers.toml is read as a recall cue and marked as one a recent day does not undo;
    # a plain recall cue is not lasting
    t = lexicon.rules().triggers
    funeral = "at the funeral of the commander killed"
    cue = t.background.search(funeral)
    assert cue and cue.group() == "funeral of the commander killed" and t.lasting.fullmatch(funeral, cue.start(), cue.end())
    aside = "has been hit"
    assert t.background.search(aside) and not t.lasting.search(aside)
