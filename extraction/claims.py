"""Facts inside one sentence: casualty figures, damage, and who is speaking.

Pure functions over (text, start, end); every fact keeps the span it was read from.
Number words ("six", "twenty-one") are converted by text2num, not by a home-made table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from .lexicon import group_name, rules
from .records import Span
from .screen import screened

_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (
    rf"(?:(?<!\d)(?<!\d[.,])\d{{1,4}}(?![.,]?\d)|(?:{_TENS})(?:[- ](?:{_UNITS}))?|(?:{_UNITS})(?: hundred)?|a dozen|a hundred|dozens|several|"
    r"scores|a number of|a few|some|many|numerous|hundreds|tens)"
)
_QUAL = r"(?:at least|as many as|up to|about|around|nearly|almost|more than|over|some|approximately|roughly|an estimated)"
_VICTIM = r"(?:[\w'’.]+(?:-[\w'’.]+)*-?\s+|\([\w'’. -]{1,30}\)\s+){0,7}?"  # "members of the National Defence Forces (NDF)" (not a dash: "12 (Xinhua) -- A civilian was killed")
_KILL = r"(?:killed|dead|died|slain|martyred|eliminated|neutrali[sz]ed|liquidated|lost (?:their|his|her) lives|lost (?:his|her) life|perished|fatalities|deaths)"
_WOUND = r"(?:wounded|injured|hurt|injuries|casualties)"
_ADVERB = r"(?:(?:reportedly|also|all|critically|seriously|lightly)\s+)?"
_VERB = rf"(?:(?:were|was|have been|had been|are|is|got|been)\s+)?{_ADVERB}"
_SHOT = r"shot dead|gunned down|shot and killed|executed|assassinated|beheaded"  # killings by gunmen, verb first
# one person, told with an article or a pronoun: "a civilian was wounded", "another was killed", "he was shot dead"
_ONE = r"(?:an?|one|another|a (?:second|third|fourth|fifth)|he|she)"

# a person named by role in the singular, after "the" or a possessive ("the driver", "his companion")
_ONE_ROLE = (r"(?:driver|companion|passenger|owner|shepherd|farmer|son|daughter|brother|sister|father|mother|wife|husband|"
             r"bodyguard|assistant|commander|leader|official|emir|mukhtar|guard|child|cousin|nephew|friend|colleague)(?!s)")

# Verb-first forms come first: in "killed seven and wounded twelve" they claim their numbers
# before the number-first form could read "seven ... wounded".
_CAS_PATTERNS = [
    # "killing six", "killed at least 12 fighters", "wounding two others", "left four dead"
    # "killing all four people inside", "killing its three passengers", "killing both occupants"
    screened(rf"\b(?P<v>killing|killed|wounding|wounded|injuring|injured|claim(?:ed|ing|s) the lives of|took the lives of|taking the lives of)\s+(?:(?:all|its|their|the|another|his|her)\s+){{0,2}}"
             rf"(?P<q>{_QUAL}\s+)?(?P<n>{NUMBER}|both)\b(?!\s*(?:days?|hours?|weeks?|months?|years?|km|kilometres|kilometers|miles|times)\b)", re.I),
    screened(rf"\bleft\s+(?P<q>{_QUAL}\s+)?(?P<n>{NUMBER})\s+{_VICTIM}(?P<v>dead|killed|wounded|injured)\b", re.I),
    # "gunmen shot dead a tribal notable", "gunned down two SDF fighters"
    screened(rf"\b(?P<v>{_SHOT})\s+(?P<q>{_QUAL}\s+)?(?P<n>{NUMBER}|an?)\b", re.I),
    # the Russian and Syrian military's word for killing fighters: "eliminating 21 terrorists", "neutralised
    # up to 25 militants" (not things: "eliminated two hideouts")
    screened(rf"\b(?P<v>eliminat(?:ing|ed)|neutrali[sz](?:ing|ed)|liquidat(?:ing|ed))\s+(?P<q>{_QUAL}\s+)?(?P<n>{NUMBER})\s+"
             r"(?:[\w'’-]+\s+){0,2}?(?:militants|terrorists|fighters|militiamen|members|gunmen|insurgents|jihadists|operatives|"
             r"mercenaries|people|persons|elements|soldiers|servicemen)\b", re.I),
    # "the death toll rose to 14"
    # "at least six militants were killed", "two soldiers wounded", "12 dead"
    screened(rf"\b(?P<q>{_QUAL}\s+)?(?P<n>{NUMBER})\s+{_VICTIM}{_VERB}(?P<v>{_KILL}|{_WOUND})\b", re.I, screen=True),
    # "14 of its fighters, all from the Kataib Hezbollah brigade, were killed"
    screened(rf"\b(?P<q>{_QUAL}\s+)?(?P<n>{NUMBER})\s+(?:[\w'’.-]+\s+){{0,6}}?[\w'’.-]+,\s+[^,.;]{{1,60}},\s+(?:were|was|have been|had been)\s+"
             rf"{_ADVERB}(?P<v>{_KILL}|{_WOUND})\b", re.I, screen=True),
    # "both men were killed", "both of them were wounded": two
    screened(rf"\b(?P<n>both)\s+(?:of them\s+|(?:men|women|fighters|soldiers|civilians|brothers|members|militants|militiamen|"
             rf"occupants|passengers|guards|children|boys|girls|youths|young men)\s+)?{_VERB}"
             r"(?P<v>killed|dead|died|slain|martyred|wounded|injured|hurt)\b", re.I),
    # "the death toll from Monday's strikes on Albu Kamal has risen to nine"
    screened(rf"\b(?P<v>death toll|toll)\s+(?:[\w'’-]+\s+){{0,10}}?(?:to|of|at|reached|stands at)\s+(?P<q>{_QUAL}\s+)?(?P<n>{NUMBER})\b", re.I),
    # a person told in the singular: "a civilian was wounded", "an SDF fighter lost his life", "another was
    # injured", "a US service member suffered minor injuries" (one word of kind at most between article and verb
    # group, so that "a drone strike in which two were killed" is not read as one)
    screened(rf"\b(?P<n>{_ONE})\s+(?:(?!(?:drone|strike|attack|rocket|shell|bomb|blast|car|vehicle|explosion|raid|clash)s?\b)"
             rf"[\w'’.-]+\s+|\([\w'’. -]{{1,30}}\)\s+){{0,8}}?(?:(?:was|has been|had been|is)\s+{_ADVERB}"
             rf"(?P<v>killed|slain|martyred|wounded|injured|hurt|{_SHOT})|(?P<v2>lost (?:his|her) life|died)"
             rf"|(?:suffered|sustained|received)\s+(?:an?\s+)?(?:\w+\s+)?(?P<v3>injuries|injury|wounds|wound))\b", re.I),
    # the nominal form of translated reports: "which led to the death of two young men and the injury of a woman",
    # "resulted in the martyrdom of three civilians"
    screened(rf"\b(?P<v>deaths?|martyrdom|killing|injury|injuries|injuring|wounding)\s+of\s+(?P<q>{_QUAL}\s+)?(?P<n>{NUMBER}|an?)\b", re.I),
    # "killing an ISIS leader", "wounded a US soldier"
    # "killing him instantly", "seriously wounding her" (a person named before: the pronoun of one)
    screened(r"\b(?P<v>killing|wounding|injuring)\s+(?P<n>him|her)\b", re.I),
    # one person told with "the" or a possessive: "killed the driver and wounded his companion"
    screened(rf"\b(?P<v>killing|killed|wounding|wounded|injuring|injured|claimed the life of)\s+(?P<n>(?:the|his|her|their)\s+{_ONE_ROLE})\b", re.I),
    # "killing a senior ISIS official and wounding another": one more person
    screened(r"\b(?P<v>killing|killed|wounding|wounded|injuring|injured)\s+(?P<n>another)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|few|dozen))", re.I),
    screened(r"\b(?P<v>killing|killed|wounding|wounded|injuring|injured|claimed the life of)\s+(?P<n>an?)(?=\s+(?!number\b|few\b|dozen\b|hundred\b|total\b|"
             r"(?:day|week|month|year|hour)s?\b)\w)", re.I),
]
# the verbs of _CAS_PATTERNS that tell the dead (the others tell the wounded)
_KILLED_VERB = re.compile(rf"{_KILL}|killing|eliminating|neutrali[sz]ing|liquidating|death toll|toll|claim(?:ed|ing|s) the li(?:fe|ves) of|(?:took|taking) the lives of|{_SHOT}|deaths?|martyrdom"
                          r"|lost (?:his|her) life", re.I)
# the words of _CAS_PATTERNS' "n" that tell one person: "a", "another", "him", "the driver"
_ONE_PERSON = re.compile(rf"{_ONE}|him|her|(?:the|his|her|their)\s+{_ONE_ROLE}", re.I)
# who is said to be unharmed, between "no" and the noun: "no US or coalition casualties", "no civilian injuries"
_UNHARMED = r"(?:(?:u\.?s\.?|american|coalition|u\.?s\.?-led|sdf|human|civilian|military|other|or|and)\s+){0,4}"
# words between "no" and "were hurt" that make it something else than a person: "no confirmation that two were killed"
_NOT_A_PERSON = r"(?!(?:that|whether|how|if|confirmation|information|word|details?|indication|evidence|reports?|news|sign)\b)"
_NO_CASUALTIES = screened(
    rf"\b(?:no (?:immediate )?(?:reported |reports of |report of )?{_UNHARMED}(?:casualties|injuries|injured|victims?|deaths|fatalities|dead|wounded|losses|human losses)"
    r"|no (?:material )?damage (?:or|and|nor) (?:casualties|injuries|victims)"
    r"|without (?:causing |leaving |resulting in |any reported )?(?:any )?(?:[\w.]+\s+){0,2}?(?:casualties|victims|injuries|deaths|losses)"
    r"|no(?:body| one) (?:(?:there|else|inside|on board|aboard) )?(?:was|were) (?:killed|hurt|injured|wounded|harmed)"
    # "no American personnel had been killed or injured", "No SDF or Coalition personnel were injured",
    # "no one on the ground was hurt"
    rf"|no (?:{_NOT_A_PERSON}[\w.-]+ ){{0,4}}?(?:were|was|had been|have been|has been) (?:killed|hurt|injured|wounded|harmed)"
    r"|(?:killed|hurt|injured|wounded|harmed) (?:no(?:body| one)|none of)"
    r"|caused no (?:casualties|injuries|deaths)"
    # "all personnel are accounted for": the military's way of saying nobody was hurt
    r"|all (?:[\w.-]+ ){0,2}?(?:personnel|troops|service\s?members|forces) (?:are|were|have been|had been) accounted for"
    # "its forces were not harmed", "US troops were not injured in the attack"
    r"|(?:forces|troops|personnel|service\s?members|soldiers) (?:were|had|have) not (?:been )?(?:killed|hurt|injured|wounded|harmed)"
    r"|did not (?:cause|result in|lead to|leave|inflict) (?:any )?(?:\w+ )?(?:casualties|injuries|victims|deaths|losses)"
    r"|zero (?:casualties|injuries|deaths|fatalities)"
    r"|there were no (?:reports of |reported )?(?:casualties|injuries|victims)"
    # "caused neither casualties nor damage", "Casualties: none", "there was not casualties" (translated),
    # "none of the soldiers was hurt", "causing only material damage" (the way local reports say nobody was hurt)
    r"|neither (?:\w+ )?(?:casualties|injuries|victims|deaths|fatalities) nor"
    r"|casualties\s*:\s*(?:none|nil|zero|0)"
    r"|there (?:was|were) not (?:any )?(?:casualties|injuries|victims)"
    r"|none of (?:the |them |[\w.-]+ ){1,3}?(?:was|were|had been|has been|have been) (?:killed|hurt|injured|wounded|harmed)"
    r"|(?:only|merely) material (?:damage|losses)|material (?:damage|losses) only)\b",
    re.I,
)
_UNKNOWN_CASUALTIES = screened(
    r"\b(?:(?:no|without) (?:immediate )?(?:details|information|word|indication) (?:on|about|of|regarding|as to) (?:\w+ ){0,5}?(?:casualties|losses|injuries|victims)"
    r"|whether (?:\w+ ){0,5}?(?:casualties|anyone was (?:killed|hurt|injured))"
    r"|(?:casualties|losses) (?:were|was|are|is|remain(?:ed)?) (?:not (?:immediately )?(?:known|clear)|unknown|unclear)"
    r"|(?:size|extent) of the (?:losses|casualties|damage))\b",
    re.I,
    screen=True,
)
_DAMAGE = screened(
    r"\b(?:(?:caus(?:ing|ed)|inflict(?:ing|ed)|left|resulting in|with) )?(?:(?:heavy|significant|minor|extensive|some|material|light|limited|no|minimal|considerable) )?(?:material )?damage(?: is being assessed| was being assessed| assessment)?"
    r"|damag(?:ed|ing) (?:\w+ ){0,3}?(?:vehicles?|buildings?|equipment|facilit(?:y|ies)|homes?|depots?|warehouses?|infrastructure)"
    r"|destroy(?:ed|ing) (?:\w+ ){0,3}?(?:vehicles?|buildings?|depots?|warehouses?|launchers?|positions?|trucks?|facilit(?:y|ies)|sites?)"
    r"|pillars? of smoke|columns? of smoke|plumes? of smoke|fires? broke out|set (?:on )?fire|caught fire|secondary explosions?"
    r"|(?:size|extent) of the (?:losses|damage)\b",
    re.I,
)
# a second lot of victims joined to the first by "and": "killing a woman and her two children", "five
# militants and two soldiers were killed", "killed an ISIS leader and one other operative" (a word of the
# victims may not be a verb: "killed two and wounded three", "two fighters and three others were wounded")
_WORD = r"(?!(?:were|was|is|are|have|has|had|been|and|or|while|as|in|near|on|at|after|during|when|including)\b)(?!\w*(?:kill|wound|injur|destroy|detain|arrest|captur|damag|dead|died)\w*\b)(?:(?:[A-Za-z]\.){2,}|[\w'’-]+)"
_AND_MORE = rf"(?:\s+{_WORD}){{1,4}}?\s+and\s+(?:(?:his|her|their|its)\s+)?(?P<n>{NUMBER}|an?|one other|another)\s+{_WORD}(?:\s+{_WORD}){{0,2}}?"
_AND_MORE_AFTER = re.compile(_AND_MORE + r"(?=\s*(?:[,.;)]|$|\s+(?:in|near|on|at|when|after|during|inside|who)\b))", re.I)
# "killed a commander of the Fatemiyoun and his driver": one more, named by role
_AND_ONE_MORE_AFTER = re.compile(rf"(?:\s+{_WORD}){{0,4}}?\s+and\s+(?:his|her|their)\s+{_ONE_ROLE}"
                                 r"(?=\s*(?:[,.;)]|$|\s+(?:in|near|on|at|when|after|during|inside|who)\b))", re.I)
_AND_MORE_BEFORE = re.compile(_AND_MORE + rf"(?=\s+{_VERB}$)", re.I)
# a first lot told before the number, at the head of the clause: "One contractor was killed, while a second
# contractor and five US service members were wounded" (not a thing: "a drone and ...", nor a verb's object)
_AND_MORE_LEAD = re.compile(rf"(?:^|[,;:]\s*|\b(?:while|whereas|but|and)\s+)(?P<n>(?:his|her|their)\s+{_ONE_ROLE}|an?|another|one|{NUMBER})"
                            r"(?:\s+(?!(?:drones?|strikes?|attacks?|rockets?|shells?|bombs?|blasts?|cars?|vehicles?|"
                            rf"explosions?|raids?|clash(?:es)?|number|few|total|dozen)\b){_WORD}){{0,4}}\s+and\s+$", re.I)
_RECIPIENT = re.compile(r"\b(?:told|telling|(?:said|speaking|spoke|talking) to)\s+(?:the\s+)?$", re.I)
_AGENT = re.compile(r"(?<!said )(?<!stated )(?<!claimed )(?<!reported )(?<!announced )\bby\s+(?:the\s+)?$", re.I)
_STRUCK = re.compile(r"\b(?:attacked|attacking|targeted|targeting|struck|striking|shelled|shelling|against|attacks? on|strikes? on)\s+(?:the\s+)?$", re.I)
# Stems without which a text holds no casualty figure or damage (a cheap test before the full rules;
# pipeline.py reads them too, to skip sentences with no fact to attach).
CASUALTY_WORDS = screened(r"kill|dead|die|death|slain|martyr|lives|life|perish|fatalit|wound|injur|hurt|casualt|victim|toll|loss|harm|gunned|material|eliminat|neutrali|liquidat|"
                          r"execut|assassinat|behead|accounted for", re.I)
DAMAGE_WORDS = screened(r"damag|destroy|smoke|fire|explosion|loss", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")


@dataclass(frozen=True)
class Casualty:
    """A casualty statement: attribute killed / wounded / casualties ('none' or 'unknown')."""

    attribute: str
    count: int | None
    value: str
    span: Span


@dataclass(frozen=True)
class Speaker:
    """A claimant named in a sentence, with the span of its name."""

    name: str
    type: str
    span: Span


def parse_number(word: str) -> int | None:
    """'six' -> 6, 'twenty-one' -> 21, '14' -> 14, 'a dozen' -> 12; vague amounts -> None."""
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    if w == "a dozen":
        return 12
    if w == "a hundred":
        return 100
    try:
        return int(text2num(w.replace(" hundred", " hundred"), "en"))
    except ValueError:
        return None


def find_casualties(text: str, start: int, end: int) -> list[Casualty]:
    """Casualty figures and 'no casualties' statements in text[start:end].

    (The rules are asked about the range of the article itself, not a copy of it, so that the article's
    anchors, found once, serve every sentence: screen.py.)"""
    out: list[Casualty] = []
    if not CASUALTY_WORDS.search(text, start, end):
        return out
    taken: list[tuple[int, int]] = []

    def add(attr: str, count: int | None, value: str, s: int, e: int) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        out.append(Casualty(attr, count, value, Span(s, e, text[s:e])))

    for m in _UNKNOWN_CASUALTIES.finditer(text, start, end):
        add("casualties", None, "unknown", m.start(), m.end())
    for m in _NO_CASUALTIES.finditer(text, start, end):
        add("casualties", 0, "none", m.start(), m.end())
    for rx in _CAS_PATTERNS:
        for m in rx.finditer(text, start, end):
            verb = next(v for v in (m.groupdict().get(g) for g in ("v", "v2", "v3")) if v).lower()
            attr = "casualties" if verb == "casualties" else "killed" if _KILLED_VERB.fullmatch(verb) else "wounded"
            n = m.group("n").lower()
            count = 1 if _ONE_PERSON.fullmatch(n) else 2 if n == "both" else parse_number(n)
            more = _more_victims(text, m, start, end) if count is not None and attr != "casualties" else None
            count = count + more if more else count
            value = str(count) if count is not None else "some"
            add(attr, count, value, m.start(), m.end())
    return sorted(out, key=lambda c: c.span.start)


def _more_victims(text: str, m: re.Match[str], start: int, end: int) -> int | None:
    """The number of a second lot of victims after the first ('a woman and her two children'), told
    before the verb ('five militants and two soldiers were killed') or after it ('killing an ISIS leader
    and one other operative'), or of a first lot told before the number ('a contractor and five soldiers
    were wounded'); None when there is none."""
    n_end = m.end("n")
    if n_end < m.end() - 1:  # number first: the victims lie between the number and the verb
        more = _AND_MORE_BEFORE.match(text, n_end, m.start("v") if m.groupdict().get("v") else end)
        if not more and not m.groupdict().get("q"):
            more = _AND_MORE_LEAD.search(text[max(start, m.start() - 80):m.start()])
    else:
        more = _AND_MORE_AFTER.match(text, m.end(), end)
        if not more and _AND_ONE_MORE_AFTER.match(text, m.end(), end):
            return 1
    if not more:
        return None
    w = more.group("n").lower()
    return 1 if w in {"a", "an", "one other", "another"} or _ONE_PERSON.fullmatch(w) else parse_number(w)


def find_damage(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The first damage statement in text[start:end], as (normalised phrase, span)."""
    m = _DAMAGE.search(text, start, end) if DAMAGE_WORDS.search(text, start, end) else None
    if not m:
        return None
    phrase = m.group().lower()
    if phrase.startswith("size of the") or phrase.startswith("extent of the"):
        return ("unknown", Span(m.start(), m.end(), m.group()))
    for prefix in ("causing ", "caused ", "inflicting ", "inflicted ", "left ", "resulting in ", "with "):
        if phrase.startswith(prefix):
            phrase = phrase[len(prefix):]
    return (phrase, Span(m.start(), m.end(), m.group()))


def quoted_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of quotations inside text[start:end]."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text, start, end)]


def _distance(cue: re.Match[str], name: re.Match[str]) -> int:
    """Characters between an attribution cue and a name; 'according to X' only looks forward."""
    if cue.group().lower().startswith("according") and name.start() < cue.end():
        return 10_000
    return min(abs(cue.start() - name.end()), abs(name.start() - cue.end()))


def find_speakers(text: str, start: int, end: int) -> list[Speaker]:
    """Claimants named in text[start:end] (outside quotations first), nearest an attribution cue first.

    A sentence without an attribution cue ('said', 'according to', 'told AFP', 'in a tweet'...)
    has no speaker: it is the outlet's own reporting.
    """
    r = rules()
    cues = [m for m in r.triggers.attribution.finditer(text, start, end)]
    if not cues:
        return []
    quotes = quoted_ranges(text, start, end)
    found: list[tuple[int, int, int, Speaker]] = []
    for m in r.claimants.regex.finditer(text, start, end):
        if _RECIPIENT.search(text[max(start, m.start() - 20) : m.start()]):
            continue  # "local sources told Deir Ezzor 24": the outlet told is not the speaker
        if _AGENT.search(text[max(start, m.start() - 20) : m.start()]):
            continue  # "the site targeted by the U.S. military": an actor, not a speaker
        if _STRUCK.search(text[max(start, m.start() - 20) : m.start()]):
            continue  # "denied that the group had attacked U.S. forces": the party struck, not a speaker
        inside = any(qs <= m.start() < qe for qs, qe in quotes)
        name = group_name(m, r.claimants.names)
        dist = min(_distance(c, m) for c in cues)
        generic = int(name in r.claimants.generic)
        found.append((int(inside), generic, dist, Speaker(name, r.claimants.type[name], Span(m.start(), m.end(), m.group()))))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    seen: set[str] = set()
    out: list[Speaker] = []
    for *_, sp in found:
        if sp.name not in seen:
            seen.add(sp.name)
            out.append(sp)
    return out
