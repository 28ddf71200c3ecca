"""Read one clause: does it report an incident, of what type, by whom, against whom, where, when.

A sentence is cut into clauses at cues that introduce another event ("in retaliation for",
"after", "prompting", "responded ... to an attack"), so an attack and the response it drew
come out as two candidates.  Everything here is a pure function of the text and the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from . import dates
from .lexicon import WORD_START, group_name, rules
from .places import ARTICLE_PREFIX, load_gazetteer
from .records import PlaceMatch, Span
from .screen import Anchored, Screened, screened

# Clause boundaries that are not in the rules' [prior] list: a response clause opener, and the
# "responded (on Wednesday) to an attack" construction whose object is the earlier event.
_RESPONSE_OPENER = screened(
    WORD_START + r"(?:prompting|which prompted|drawing|triggering|sparking|provoking)\b", re.I
)
_RESPONDED_TO = screened(
    r"\b(?:respond(?:ed|s|ing)?|retaliat(?:ed|es|ing)|replied|reacted|hit back|struck back)\b[^.;]{0,80}?\s(?P<cut>to|against|for)\s+"
    r"(?=(?:an?|the|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|shelling|bombardment|assault|raids?|rocket|drone|fire)\b)",
    re.I,
)
# an answer a speaker adds after telling the attack: "a drone hit the base, an official said, adding that US troops
# responded with artillery at the launch sites"
_ANSWER_ADDED = re.compile(r",\s+(?:adding|saying|stating|and\s+said|and)\s+(?:that\s+)?(?=(?:[\w.'’-]+\s+){1,5}?"
                           r"(?:responded|retaliated|returned\s+fire|fired\s+back|hit\s+back|struck\s+back)\b)", re.I)
# the cause answered, then what answered it: "responded to the attacks with helicopters and artillery"
_ANSWERED_WITH = re.compile(r"(?:[\w'’-]+\s+){1,4}?with\s+(?!(?:the|a|an)\s+(?:help|support|backing)\b)", re.I)
# Coordinated clauses that may report a second event the same night ("rockets hit Conoco, and a
# drone was shot down near Green Village"; "...: two drones were downed").
# not ", and a third site near al-Qaim": the list of what was hit goes on
_COORDINATION = re.compile(r"(?:;|:(?!\d)|,\s+(?:and(?!\s+(?:(?:a|an|the)\s+(?:second|third|fourth|fifth|further|other)|another)\b)"
                           r"|while|whereas|but|as(?!\s+well\s+as\b))\b)\s*", re.I)
# "targeted three US bases with drones: al-Shaddadi, al-Tanf and Rukban": the names after a colon are the
# places hit (a name opens the list, not a quote or a clause of its own)
_NAMED_LIST = re.compile(r"(?:the\s+)?(?:(?:al|el|ash|as|ad|at|ar|az)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                         r"(?:\s+(?:gas\s+|oil\s+)?(?:field|base|airport|air\s+base|garrison|camp|plant))?\s*(?:,|and\b|or\b|$|\.)")
# "struck three sites on Tuesday: the Hamdan airfield near Albu Kamal, the outskirts of ...": after a colon, a
# named thing and the town it is near opens the list of what was hit
_LOCATED_FIRST = re.compile(r"the\s+(?:[\w'’-]+\s+){1,4}?(?:near|in|outside|close\s+to|at)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
                            r"(?:(?:al|el|ash|as|ad|at|ar|az)-)?[A-Z]")
# "came under attack at three sites on Thursday: drones at al-Tanf, rockets at the Green Village and ...": after a
# colon, each item what struck (or was hit) at a named place
_ITEM_AT = re.compile(r"(?:an?\s+|one\s+|two\s+|three\s+)?(?:[\w-]+\s+){1,2}?(?:at|on|against|near)\s+(?:the\s+)?"
                      r"(?:(?:al|el|ash|as|ad|at|ar|az)-)?[A-Z][\w'’-]*[^,;:.]{0,40}(?:,|\s+and\b)")
_AND_AT = re.compile(r"(?:and\s+)?", re.I)  # "; and a house in Z": the list's last item
# the verb said once for two objects: "targeted the Conoco base with drones, and the al-Omar base with rockets",
# "hit Ain al-Asad, and the base at al-Shaddadi on Thursday", "...: drones at the al-Omar field, and rockets on
# the Conoco field": one more named place hit (by what, on what day), with no verb of its own
_GAPPED_OBJECT = re.compile(r"(?:(?:an?\s+|one\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:at|on|against)\s+)?(?:the\s+)?"
                            r"(?:(?:US|U\.S\.|American|occupation)\s+)?(?:(?:base|field|garrison|camp)\s+(?:at|in|of)\s+)?"
                            r"(?:(?:al|el|ash|as|ad|at|ar|az)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z0-9][\w'’-]*)*"
                            r"(?:\s+(?:gas\s+|oil\s+)?(?:field|oilfield|base|airport|air\s?base|airbase|garrison|camp|plant))?"
                            r"(?=\s+with\s|\s*[.;]|\s*$|\s+(?:on\s+[A-Z]\w+|overnight|last\s+night)(?:\s+(?:night|morning|evening))?\s*[.,;])")
# what follows ", and" is one more thing struck, somewhere ("a safe house near al-Mayadin"), or one
# more place ("positions in and around Albu Kamal, and in the town of Mayadin")
_LISTED_OBJECT = re.compile(r"(?:an?|one|another|two|three|four|several|other)\s+(?:[\w-]+\s+){1,4}?"
                            r"(?:near|in|at|outside|close to|next to|on the outskirts of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)\s"
                            r"|(?:in|near|around)\s+the\s+(?:town|city|village)\s+of\s"
                            # "struck sites at two locations in Syria, near Al Bukamal, and one in Iraq, near Al Qaim"
                            r"|(?:one|another)\s+(?:in|near|at|outside)\s"
                            # a bare plural of things hit: "..., and sites near Albu Kamal on the Iraqi border"
                            r"|(?:sites|positions|depots|facilities|targets|warehouses|posts|buildings|headquarters)\s+(?:near|in|around|outside|close to)\s"
                            r"|(?:in|near|around|outside)\s+the\s+(?:desert|countryside|outskirts|area|vicinity|sector|region)\s"
                            r"(?:of|near|around|outside|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s"
                            # the last of a list of places, told with no preposition: "targeted locations in the
                            # city of Albu Kamal, the city of al-Mayadin, and the outskirts of the city of Deir ez-Zor"
                            r"|(?:on\s+)?the\s+(?:town|city|village|outskirts|suburbs|surroundings|environs|countryside|desert)\s+(?:of|around)\s", re.I)
# the wider scene an event is told against, not its parties or places: "..., amid the ongoing Israeli
# aggression on the Gaza Strip", "amid rising tensions between Washington and Tehran"
_AMID_CONTEXT = screened(r"\bamid(?:st)?\s+(?:the\s+)?(?:ongoing|continuing|escalating|rising|growing|heightened|mounting|"
                         r"regional|wider|broader|tensions?|war\b|escalation|conflict|crisis)[^,;.]*", re.I)
_WHO_CLAUSE = screened(r",\s+who\b[^,;.]*(?=[,;.]|$)", re.I)
# Relative clauses describe rather than report: ", which fights against IS in Iraq and Syria,".
_WHERE_CLAUSE = screened(r"\bwhere\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:have|has|had|are|is|were|was)\b[^;.]*", re.I)
_RELATIVE = screened(r",\s+(?:which|who|whose|where)\b[^,;.]*(?=[,;.]|$)", re.I)
# ...but "the US strikes, which hit weapons depots in the city of Deir ez-Zor": a relative clause that
# tells what the event itself hit reports where it happened, and is read as part of the clause
_EVENT_RELATIVE = re.compile(
    r"\b(?:strikes?|air\s?strikes?|raids?|attacks?|shelling|bombardment|bombing|barrage|drones?|missiles?|rockets?)"
    r",\s+which\s+(?:had\s+)?(?:hit|struck|targeted|pounded|shelled|bombed)\s", re.I)
# A page dateline ("SULAIMANI (ESTA) —", "DAMASCUS, Jan 5 (Reuters) -", "ANHA | Hasakah -") names where it was filed.
_DATELINE = re.compile(
    rf"^\s*(?:(?:[A-Z]|(?:{ARTICLE_PREFIX})-[A-Z])[A-Za-z'.-]*(?:\s?[/|]\s?|\s)?){{1,5}}(?:,[^\n(—–-]{{0,40}})?\s*(?:\([^)\n]{{1,40}}\))?\.?\s*(?:[—–]|--?\s|(?<=[.)])-)", re.M
)
# What every dateline starts with: before its first "-", "," or "(" (or the dash that ends it), only
# letters, "'", ".", "/" and spaces.  A line that opens otherwise ("The US military said on 3 ...",
# "“We ...") is passed over without trying _DATELINE, whose words in capitals backtrack at length.
_DATELINE_HOPE = re.compile(r"[A-Za-z'./|\s]*+[-,(—–]")
# a wire dateline of the day and the agency only: "Jan 24 (Reuters) -", "March 3 (AP) —", "Sept. 9, 2019 (AFP) -"
_DAY_DATELINE = re.compile(
    r"\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*\([^)\n]{1,40}\)\s*(?:[—–]|--?\s)")

_AGENT_BEFORE = re.compile(
    # "wounded by a sniper of the SDF", "attacked by fighters belonging to ISIS": whose men did it
    r"(?:\bby\s+(?:an?\s+|the\s+)?(?:snipers?|gunm[ae]n|members|fighters|militants|elements|mercenaries|drones?|aircraft|"
    r"warplanes|helicopters|artillery|forces|troops|units)\s+(?:of|belonging\s+to)\s+(?:the\s+)?$"
    r"|\b(?:by|from)\s+(?:the\s+|an?\s+(?=[\"“'«‹„]))?[\"“'«‹„]?(?:[\w'’.-]+\s+){0,2}?|attributed to\s+(?:the\s+)?|blamed on\s+(?:the\s+)?"
    # "a young man was killed at the hands of SDF members"
    r"|\bat\s+the\s+hands\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?)$", re.I
)
# "22 of their fighters, all from the Kataib Hezbollah brigade": where the victims came from, not the agent
_MEMBERS_FROM = re.compile(
    r"\b(?:all|both|most|many|some|several|mostly|mainly|members|fighters|soldiers|militiamen|troops|personnel|"
    r"recruits|men)\s+from\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?$", re.I)
_FROM_AREAS = re.compile(r"\bfrom\s+(?:the\s+)?(?:areas?|territor(?:y|ies)|positions?|zones?|regions?|sites?)\b[^.]{0,30}$", re.I)
_DESCRIPTOR_BEFORE = re.compile(
    r"\b(?:(?:controlled|held|run|used|operated|manned|occupied)(?:\s+as\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:by|to|with)"
    # "areas under the control of Iranian-backed militias"
    r"|under\s+(?:the\s+)?(?:full\s+)?control\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I
)
# "militias backed by Iran", "intelligence provided by the United States": a description, no role.
_QUALIFIER_BEFORE = re.compile(
    r"\b(?:backed|supported|sponsored|funded|armed|trained|affiliated|loyal|linked|allied|close|provided|supplied|given|shared|"
    r"led|commanded|founded|created|established|designated|listed)\s+(?:by|to|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$"
    # "dozens of 'popular forces' fighting Islamic State were killed": whom the victims fight describes them
    r"|\b(?:forces|fighters|troops|units|militias?|groups?|factions?)[\"”'’]?\s+(?:(?:who\s+were|that\s+were)\s+)?"
    r"(?:fighting|battling|combating|combatting)\s+(?:against\s+)?(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}?(?:and|or)\s+(?:the\s+)?)?$"
    # who held a place before: "in a region formerly under the control of the Syrian government", "once held by ISIS"
    r"|\b(?:formerly|previously|once)\s+(?:under\s+(?:the\s+)?(?:full\s+)?control\s+of|held\s+by|controlled\s+by|run\s+by)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I
)
# "killed an Islamic State official", "wounding two SDF fighters": the victims are the target.
_VICTIM_BEFORE = screened(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|captured|capturing|arrested|eliminated|eliminating|"
    r"shot dead|shooting dead|assassinated|assassinating|kidnapped|kidnapping|abducted|abducting|executed|executing)\s+"
    r"(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens of|(?:at least|more than|over|nearly|some) \w+)\s+"
    r"(?:senior|top|prominent|local|leading|other)?\s*$", re.I
)
_TARGET_BEFORE = re.compile(
    r"\b(?:at|on|against|targeting|targeted|toward|towards|hit|hitting|struck|striking|attacked|attacking|shelled|"
    r"shelling|bombed|bombing|pounded|pounding|raided|raiding|ambushed|ambushing|stormed|storming|into|housing|hosting|of)\s+"
    r"(?:the\s+|a\s+|an\s+|several\s+|two\s+|three\s+|its\s+|their\s+|one of the\s+|positions of\s+(?:the\s+)?|"
    r"sites? of\s+(?:the\s+)?|bases? of\s+(?:the\s+)?)?"
    # the words between are the target's own ("on SDF-held villages"), not a clause opened after the
    # preposition ("SANA said on Friday that the coalition's aircraft bombed": "that" opens who acted;
    # "Residents of al-Busayrah said SDF fighters opened fire": what follows "said" is what was said)
    r"(?:(?!(?:that|which|who|whom|when|while|where|because|whereas|said|says|say|told|reported|added|stated)\b)[\w'’-]+\s+){0,2}?$",
    re.I,
)
# "operations to pursue ISIS cells": whoever is hunted is the target
_PURSUED_BEFORE = re.compile(
    r"\b(?:pursu(?:e|es|ed|ing)|hunt(?:s|ed|ing)?(?: down)?|chas(?:e|es|ed|ing)|track(?:s|ed|ing)? down)\s+"
    r"(?:the\s+)?(?:remaining\s+|sleeper\s+)?$", re.I
)
_PASSIVE_AFTER = re.compile(
    # "two SDF fighters (were) killed", but not "ISIS militants killed three soldiers" (an object follows: active)
    r"^(?:\s+(?:fighters|soldiers|troops|members|personnel|militants|militiamen|commanders?|officers?)\s+(?:were\s+(?:killed|wounded|injured|hurt)\b"
    r"|(?:killed|wounded|injured|hurt)\b(?!\s+(?:an?|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|scores|"
    r"at least|more than|some|many|their|its)\b))"
    r"|[^.;]{0,40}?\b(?:was|were|has been|have been|had been|being|came|come|comes)\s+(?:\w+\s+)?"
    r"(?:attacked|targeted|hit|struck|shelled|bombed|ambushed|raided|stormed|fired (?:up)?on|under (?:\w+ )?(?:attack|fire)|killed|wounded|injured|martyred|hurt"
    # a killing told by how the victim died: "an SDF member was shot dead by gunmen", "was assassinated"
    r"|shot|gunned down|assassinated|executed|murdered|slain|stabbed|kidnapped|abducted)\b"
    r"|\s+(?:(?:have|has|had)\s+)?(?:suffered|sustained|received)\s+(?:\w+\s+){0,2}(?:injuries|wounds|casualties)"
    # ... or died of it: "an SDF fighter died of wounds sustained in an attack", "succumbed to his injuries",
    # "fell victim to sniper fire"
    r"|[^.;]{0,40}?\b(?:died\s+(?:of|from)\s+(?:\w+\s+)?(?:wounds|injuries)|succumb(?:ed|s)\s+to|fell\s+victims?\s+to|lost\s+(?:his|her|their)\s+li(?:fe|ves)"
    # ... or lived through it: "a local SDF commander survived an assassination attempt"
    r"|(?:survived|escaped)\s+an?\s+(?:[\w-]+\s+)?(?:assassination|attack|attempt|ambush))\b)",
    re.I,
)
# "struck what the Pentagon described as depots", "hit what Israel said were IRGC positions": the party
# that names the target is a speaker, not a party to the event
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:the\s+)?$", re.I)
_NAMED_AS_AFTER = re.compile(r"(?:'s)?\s+(?:\w+\s+)?(?:described|describes|called|calls|termed|terms|branded|labell?ed|"
                             r"characteri[sz]ed|identified|said|says|claimed|claims)\b", re.I)
# "Coalition officials said", "the SDF spokesman": the actor speaks; it is not a party to the event
# (but in "fired at a U.S. position, causing no injuries, officials said" the officials are others).
_SPEAKER_AFTER = re.compile(
    r"(?:'s)?(?:,(?!\s*\w+ing\b)[^,.;]{1,30},)?\s*(?:also\s+|for its part\s+|strongly\s+)?(?:did not comment|declined to comment|has not commented|had no (?:immediate )?comment|(?:is|are|were|was) yet to comment|"
    r"officials?|chief|head|secretary|press secretary|command(?:er)? said|spokes(?:man|woman|person)|statement|press office|media (?:office|centre|center)|sources?|"
    r"commanders? said|said|says|say|told|stated|announced|reported|report|describ(?:e|es|ed)|heard|hear|denied|deny|confirmed|confirm|claimed|claim|condemned|denounced|accused|"
    r"blamed|warned|vowed|demanded|rejected|called|urged|threatened|welcomed|praised)\b", re.I
)
# A weapon named as the target or the cause of an earlier event, not the one used in this clause:
# "rocket sites spotted engaging in indirect fire", "the positions from which the rockets were launched".
# (No "^": it is matched at a weapon's end with match(text, pos), where "^" never holds.)
_WEAPON_AS_TARGET_AFTER = re.compile(r"\s*(?:sites?|launch(?:ers?|ing sites?| sites?| pads?| teams?| crews?)|positions?|teams?|crews?|cells?|depots?|storage|warehouses?|factor(?:y|ies)|production)\b", re.I)
_WEAPON_AS_TARGET_BEFORE = re.compile(r"(?:from which|which|engag(?:ed|ing) in|responsible for|used (?:to|for|in)|spotted)\b[^.;]{0,40}$", re.I)
_BASE_OF = re.compile(
    r"\b(?:base|bases|garrison|positions?|headquarters|camp|facilit(?:y|ies)|convoy|patrol|outpost|sites?|troops|personnel)\s+"
    r"(?:of|belonging to|used by|housing|hosting)\s+(?:the\s+)?(?:so-called\s+)?$", re.I
)
_BASE_WORD = re.compile(r"\b(?:base|bases|garrisons?|occupation base|positions?|outposts?)$", re.I)
# "the US military base at al-Tanf ... was attacked": an actor naming whose base it is
_BASE_AFTER = re.compile(
    r"(?:\s+(?:military|army|occupation|coalition|forces'?|troops'?))?\s+(?:base|bases|garrison|outpost|convoy|patrol)\b", re.I
)
# "fired from areas of al-Mayadin", "flying from the direction of al-Tanf": where the fire came from.
# a "from" that is not what rose from a place: "smoke rose from the Conoco base after it was hit"
_FROM_NOT_RISEN = r"(?<!rose\s)(?<!rising\s)(?<!rises\s)(?<!billowed\s)(?<!billowing\s)from"
_ORIGIN_BEFORE = re.compile(
    rf"\b(?:{_FROM_NOT_RISEN}|(?:flying|flew|flown|operating)\s+out\s+of)\s+(?:the\s+)?(?:(?:areas?|territor(?:y|ies)|positions?|zones?|regions?|direction|outskirts|vicinity|desert|countryside)\s+(?:of|in|near|around)\s+(?:the\s+)?)?(?:[\w'’-]+\s+){{0,1}}?$",
    re.I,
)
# Places an event's people came from or went to, not where it happened: "the SDF brought in
# reinforcements from its base at the al-Omar oil field", "the wounded were taken to the hospital of al-Mayadin"
_NOT_THE_SCENE = re.compile(
    rf"\b(?:{_FROM_NOT_RISEN}\s+(?:its|their|his|a|the)\s+(?:[\w-]+\s+)?(?:bases?|headquarters|positions?)\s+(?:at|in|near)"
    r"|(?:transferred|taken|rushed|evacuated|transported|moved|brought)\s+to\s+(?:a|the)\s+(?:[\w-]+\s+)?hospitals?\s+(?:of|in|at)"
    # "the Turkish bombardment, which did not reach Deir Ezzor": a place the event did not touch
    r"|(?:did|does|has|have)\s+not\s+(?:yet\s+)?(?:reach(?:ed)?|hit|affect(?:ed)?|extend(?:ed)?\s+to|spread\s+to))"
    r"\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$", re.I)
# the subject's forces told at their base: "US forces at the Conoco base", "coalition troops in the al-Omar field",
# or its guns there: "US artillery at the Green Village base shelled...", "the occupation's howitzers in the Koniko field"
_FORCES_AT_BASE = re.compile(r"\b(?:forces|troops|soldiers|units|artillery|howitzers|guns|batteries|cannons|launchers|tanks)"
                             r"\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# ...unless what the clause tells before them hit them: "rockets targeted US forces at the Conoco base"
_HIT_BEFORE = re.compile(r"\b(?:hit|struck|targeted|targeting|attacked|attacking|shelled|on|against|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|units)\b", re.I)
_UNDERGONE = re.compile(r"\b(?:was|were|been|came|come|comes|being)\b", re.I)
_POSTED_IN = re.compile(r"\b(?:positioned|stationed|deployed|based|entrenched)\s+(?:in|at|near|around)\s+(?:the\s+)?"
                        # "forces stationed in their illegitimate base at al-Omar field fired shells on Hatla"
                        r"(?:(?:their|its|his|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:bases?|positions?|posts?|headquarters|points?)\s+(?:in|at|near)\s+(?:the\s+)?)?"
                        r"(?:town\s+of\s+|city\s+of\s+)?#?$", re.I)
# "Our correspondent in Deir Ez-Zor reported": where the reporter sits, not where it happened
# (an office is the newsroom's or a press office, not any office: "a bomb at the door of a council office in Thiban")
_REPORTER_IN = re.compile(r"\b(?:correspondents?|reporters?|journalists?|bureau|(?<!council )(?<!party )(?<!municipal )(?<!municipality )"
                          r"(?<!government )(?<!post )(?<!exchange )office|newsroom)\s+(?:based\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)
# "A source in the Internal Security Command in Deir Ezzor told SANA that...": where the speaker sits
_SPEAKER_IN = re.compile(
    r"\b(?:sources?|officials?|commanders?|command|spokes(?:man|woman|person)|directorate|police|council)\b"
    r"(?:[^,.;:]{0,40}?|[^,.;:]{0,40},[^,.;:]{0,4})\b(?:in|at)\s+(?:the\s+)?$", re.I)
# "...killed in Darnaj village, according to local networks in Deir ez-Zor": where the sources sit
_ACCORDING_IN = screened(r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:sources?|networks?|activists?|"
                         r"residents?|officials?|monitors?|witness(?:es)?|media|outlets?|pages?|groups?|journalists?)\s+"
                         r"(?:in|at|from|inside)\s+(?:the\s+)?(?:(?:city|town|province|countryside)\s+of\s+)?$", re.I)
# "..., per a medical source at the field hospital in al-Omar", "citing a doctor at the hospital of al-Mayadin": the
# hospital the source speaks from, not where it happened
_SOURCE_AT_HOSPITAL = screened(
    r"\b(?:per|citing|quoting|according\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:sources?|officials?|doctors?|"
    r"medics?|nurses?|staff|workers?|directors?|physicians?)\s+(?:in|at|from|of)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|points?)|morgue)\s+(?:of|in|at|near)\s+(?:the\s+)?"
    r"(?:(?:city|town)\s+of\s+)?$", re.I)
# "Local sources in Albu Kamal told the agency that the strike hit a school on the outskirts of the city": the
# town the speakers sit in is the one their account calls "the city"
_AND_ANOTHER = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", re.I)
# where a side went after the act, not where it happened: "before the remaining SDF members withdrew toward
# Hasakeh province", "the attackers fled to the desert of al-Mayadin", "retreated back to the west bank at Hatla"
_WENT_TO = re.compile(r"\b(?:withdr[eai]\w*|retreat(?:ed|ing|s)?|pull(?:ed|ing|s)?\s+(?:back|out)|fled|flee(?:ing|s)?|escap(?:ed|ing))"
                      r"\s+(?:[\w-]+\s+){0,3}?(?:to|towards?|into|in\s+the\s+direction\s+of)\s+(?:the\s+)?"
                      r"(?:(?:city|town|village|province)\s+(?:of\s+)?"
                      # "withdrew toward the desert near Hajin", "fled to the farms around al-Mayadin": an area they
                      # vanished into, named by a town it lies by
                      r"|(?P<area>(?:[\w-]+\s+)?(?:countryside|desert|badia|areas?|outskirts|surroundings|vicinity|farms|orchards|"
                      r"river|bank)\s+(?:(?:of|near|around|in|outside|(?:south|north|east|west)\s+of)\s+)?))?$", re.I)


# where a vehicle or the people in it were going: "a fuel convoy heading to al-Mayadin", "a truck bound for Albu
# Kamal", "a bus en route to Hasakah", "a car carrying commanders on their way to al-Mayadin", "a convoy travelling
# from Albu Kamal to Deir ez-Zor", "a bus on its way back to Deir ez-Zor" (not a drone or a missile heading to its target)
_RIDERS = (r"convoys?|patrols?|trucks?|lorr(?:y|ies)|tankers?|buses|bus|minibus(?:es)?|cars?|vehicles?|vans?|pick-?ups?|"
           r"motorcycles?|columns?|reinforcements|passengers|travell?ers|workers")  # what rides somewhere, and who
_BOUND_FOR = re.compile(rf"\b(?:{_RIDERS}|shipments?|commanders?)\b[^.;:]{{0,50}}?"
                        r"\b(?:heading|headed|bound|en\s+route|on\s+(?:its|their|his|her|the)\s+way(?:\s+back)?|travell?ing|driving|"
                        r"returning|going|moving)\s+(?:back\s+)?(?:from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+)?"
                        r"(?:to|for|towards?|into)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)


_ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|route)\b", re.I)


def went_to(text: str, pos: int, lo: int = 0) -> str | None:
    """Whether the place at `pos` is where a side went after the act (_WENT_TO): "area" for the land around
    a town they vanished into ("withdrew toward the desert near Hajin"), "place" for a town or site itself."""
    m = _WENT_TO.search(text[max(lo, pos - 80) : pos])
    return None if m is None else "area" if m.group("area") else "place"


_BARE_PLACE = re.compile(r"\b(?:on|at|in|into|around|of)\s+the\s+(?:[\w-]+\s+)?(?:(?:outskirts|edges?|surroundings|vicinity|houses|homes|neighbou?rhoods?)\s+of\s+the\s+)?"
                         r"(?:city|town|village)\b(?!\s+of\b)", re.I)
_BARE_TOWN = re.compile(r"\bthe\s+(?:city|town)\b(?!\s+of\b)(?!['’]s\s+(?:[\w-]+\s+)?(?:council|officials?|residents?)\b)", re.I)
# (also set off by commas: "An Iraqi security source on the other side of the border, in al-Qaim, said")
_SPEAKS_AFTER = re.compile(r",?\s+(?:told|said|says|stated|reported|confirmed)\b", re.I)
# "Rudaw's Hasakah correspondent"
_REPORTER_AFTER = re.compile(r"(?:-based)?\s+(?:correspondents?|reporters?|bureau|office|newsroom)\b", re.I)
# "a depot on the road to Deir Ezzor": where a road leads is not where it happened
_ROAD_TO = re.compile(r"\b(?:road|highway|route|way|motorway)\s+(?:leading\s+|(?:that|which)\s+(?:links|connects|leads)\s+(?:it\s+)?)?"
                      r"(?:to|towards?|with)\s+(?:the\s+)?"
                      r"(?:(?:eastern|western|northern|southern|provincial|border)\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)
# (screened: most of the words before a place hold no "from", and the optional verb and \s* make
# `re` try the pattern at every word boundary of them)
# a ride told by where it began: "an SDF patrol returning to al-Busayrah from Thiban", "a bus travelling from Albu Kamal"
_JOURNEY_FROM = re.compile(rf"\b(?:{_RIDERS})\b[^.;:]{{0,60}}?"
                           r"\b(?:heading|headed|en\s+route|on\s+(?:its|their|his|her|the)\s+way(?:\s+back)?|travell?ing|driving|"
                           r"returning|going|moving|coming\s+back)\s+(?:back\s+)?(?:(?:to|for|towards?|into)\s+(?:the\s+)?"
                           r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+)?from\s*$", re.I)
# ... and the place told after it is where it was hit: "... from Thiban near the village of al-Shuhail"
_LOCATED_AFTER = re.compile(r"\b(?:near|outside|at|in\s+the\s+(?:vicinity|area)\s+of|on\s+the\s+outskirts\s+of|close\s+to)\s", re.I)
_ROSE_FROM = re.compile(r"\b(?:rose|rising|rises|billowed|billowing|billows)\s+from\s*$", re.I)
_FROM = screened(r"\b(?:fired|launched|came|coming|flying|flew|originated|shot)?\s*from\b", re.I)
# a ground attack "from" its attackers: "came under attack from SDF fighters near Al-Shaddadi", "was killed
# by gunfire from unknown gunmen near al-Busayrah"
_ATTACKERS_FROM = re.compile(r"\b(?:(?:attack|assault|ambush|raid)(?:ed|s)?|gunfire|bullets|shots)\s+from\s*$", re.I)
_ATTACKERS = re.compile(r"\s*(?:the\s+)?(?:[\w'’/-]+\s+){0,3}?(?:fighters|militants|militiamen|gunmen|members|insurgents|"
                        r"rebels|cells?|troops|soldiers|forces|units|elements|assailants|attackers|persons|armed men|snipers?|militias?|patrols?)"
                        r"\s+(?:near|in|at|around|outside)\s", re.I)
# ...and the event's own verb after the "from" phrase ends it: "a landmine left over from the war exploded near Hajin"
# people "from" a family, tribe or group: who they are, not where fire came from
_PEOPLE_FROM = re.compile(r"\b(?:gunmen|fighters|members|militants|militiamen|tribesmen|youths?|men|elements|people|sons)\s+from\s*$", re.I)
# a victim named by the place they come from: "a man from al-Busayrah was shot dead near his home"; told
# with no other place, their home town is where it happened (read_clause)
_VICTIM_NOUN_FROM = (r"\b(?:man|woman|boy|girl|child|teenager|youth|shepherd|farmer|civilian|teacher|doctor|nurse|worker|"
                     r"trader|merchant|resident|elder|mukhtar|driver|pharmacist|father|mother|son|daughter|brother|sister|"
                     # "a father of three from al-Shuhail"
                     r"husband|wife)(?:\s+of\s+(?:two|three|four|five|six|seven|eight|\d+))?\s+from")
# ...or by words that tell a person's home, whoever they are: "a young man hailing from al-Kasrah", "an SDF
# commander who hails from Thiban", "two fighters originally from Raqqa", "truffle hunters, natives of al-Quriyah",
# "a civilian displaced from Hajin", "the dead, all from al-Mayadin"
_HOME_WORDS = (r"\bhail(?:s|ed|ing)?\s+from|\boriginally\s+from|\b(?:a\s+)?natives?\s+of|\bdisplaced\s+from"
               r"|,\s*(?:all|both|each|most)\s+(?:of\s+them\s+)?(?:originally\s+)?from")
_VICTIM_FROM = screened(r"(?:" + _VICTIM_NOUN_FROM + "|" + _HOME_WORDS + r")\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$", re.I)
_VICTIM_FROM_END = screened(r"(?:" + _VICTIM_NOUN_FROM + "|" + _HOME_WORDS + r")\s*$", re.I)
# "from" an event, not a place: "the toll from the car bombing in ...", "casualties from Friday's strike on ...",
# or an era: "a landmine left over from the war near the village of ..."
_EVENT_AFTER_FROM = re.compile(r"\s*(?:(?:the|a|an|this|that|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:bombings?|bombs?|attacks?|strikes?|airstrikes?|"
                               r"blasts?|explosions?|shelling|ambush(?:es)?|raids?|clashes|fighting|assaults?|massacres?|"
                               r"wars?|battles?|conflict|era)\s", re.I)
_TARGET_AFTER_FROM = re.compile(r"\b(?:at|on|against|targeting|toward|towards|into|hitting|struck|hit|exploded|detonated|went\s+off|"
                                r"blew\s+up|landed|crashed|erupted|broke\s+out|attacked|assaulted|stormed|raided|shelled|ambushed|clashed)\b", re.I)


# a fighter's nom de guerre that takes a town for surname: 'identified by their codenames as "Dilovan
# Amed" and "Sipan Hesekeh"', 'known by the alias "Heval Qamishlo"' (a name, not the scene)
_NAMED_AFTER = re.compile(r"\b(?:code\s*names?|noms? de guerre|nicknames?|aliases|alias|known as|nicknamed|codenamed)\b"
                          r"[^.;:]{0,80}[\"“][A-Z][\w'’-]+\s+$")


# "the border between the provinces of Deir ez-Zor and Raqqa", "the administrative line between Homs and Deir ez-Zor"
_BETWEEN_SIDES = re.compile(r"\b(?:borders?|boundary|boundaries|frontier|(?:dividing\s+|administrative\s+|demarcation\s+)?lines?)"
                            r"\s+between\s+(?:the\s+)?(?:(?:provinces|governorates|regions)\s+of\s+)?"
                            r"(?:[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+and\s+(?:the\s+)?)?$", re.I)


# ", in the Syrian", ", in the province of": between a place and the wider one that locates it (a
# bare ", in" may go on a list: "near al-Mayadin, in Albu Kamal and in Hajin")
_LOCATES = re.compile(r",\s+in\s+(?:the\s+)?(?:(?:Syrian|Iraqi)\s+|(?:province|governorate)\s+of\s+)", re.I)


# where aircraft only fly: "American helicopters are flying over the area of Thiban and al-Shuhayl" (a
# sighting, not the scene of an attack)
_OVERFLOWN = re.compile(r"\b(?:flying|flew|flies|fly|hovering|hovered|hovers|circling|circled|circles)\s+(?:low\s+|intensively\s+|heavily\s+)?"
                        r"(?:over|above)\s+(?:the\s+)?(?:(?:skies|sky|area|areas|airspace|outskirts|town|towns|village|villages|city)\s+of\s+)?"
                        r"(?:[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|and)\s+)?$", re.I)


def _hashtag_topic(text: str, pos: int) -> bool:
    """'#DeirEzzor | Loud explosions at #Conoco...': the first hashtag of a post is its topic."""
    if pos == 0 or text[pos - 1] != "#":
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start : pos - 1].strip(" \t🔴⚡️🚨•|-")


# "near Syria's border with Iraq", "near the border with Turkey and the Kurdistan Region": the
# country or region across a border is not where it happened
_BORDER_WITH = re.compile(r"\b(?:borders?|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?(?:[\w'’-]+\s+(?:and|or)\s+(?:the\s+)?)?$", re.I)
# a place named as far from the event: "struck hideouts in southern Syria on Thursday, far from the US garrison at al-Tanf"
_FAR_FROM = re.compile(r"\b(?:far|a long way|hundreds of (?:kilometres|kilometers|miles))\s+(?:away\s+)?from\s+(?:the\s+)?"
                       r"(?:[\w'’-]+\s+){0,4}?(?:(?:at|in|of)\s+)?$", re.I)
# ...and a town across it, for any place: "on the Syrian side of the border crossing with Iraq's al-Qaim"
_ACROSS_FROM = re.compile(r"\b(?:borders?|frontier|boundary|border crossing|crossing)\s+with\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'’-]+(?:'s|’s)\s+)?(?:town\s+of\s+)?$")


# a place label that opens a line: "Hasakah: An explosion targeted a checkpoint at al-Hol camp"
_LINE_LABEL = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:[ -][\w'’.-]+){0,3}:[ \t]")


def _in_kicker(text: str, pos: int) -> bool:
    """Whether pos lies in a short label that opens a line before ' | ' (a section or topic kicker),
    or in a place label followed by a colon."""
    line_start = text.rfind("\n", 0, pos) + 1
    bar = text.find(" | ", line_start, line_start + 50)
    if bar != -1 and pos < bar and "\n" not in text[line_start:bar]:
        return True
    label = _LINE_LABEL.match(text, line_start)
    return label is not None and pos < label.end()


# what opens an item before its region: "In Deir ez-Zor, ...", "Meanwhile in Hasakah, ..."
_REGION_OPENER = re.compile(r"\s*(?:(?:meanwhile|also|and)\s*,?\s+)?in\s+", re.I)
# what opens a digest's item before its label: a bullet or a dash
_ITEM_LABEL = re.compile(r"\s*[-–—•*·]?\s*")


def _named_like_its_province(p: PlaceMatch) -> bool:
    """A city that shares its name with its province (Deir ez-Zor, Hasakah, Raqqa): named alone, either."""
    site = p.site
    return site is not None and site.precision == "town" and bool(site.parent) \
        and site.parent.endswith("_province") and site.id.removesuffix("_city") == site.parent.removesuffix("_province")


def far_from(text: str, pos: int, start: int = 0) -> bool:
    """Whether the place at `pos` is named as far from the event ("far from the US garrison at al-Tanf")."""
    return _FAR_FROM.search(text[max(start, pos - 70) : pos]) is not None


@lru_cache(maxsize=1)
def _day_after_from() -> re.Pattern[str]:
    """A day or an hour right after "from": "from Saturday to Sunday", "from 14 to 15 January", "from dawn"."""
    return re.compile(rf"\s*(?:the\s+)?(?:(?:early|late)\s+)?(?:{dates.weekday_names()}|{dates.month_names()}|[0-9]{{1,2}}(?![0-9])"
                      r"|dawn|dusk|midnight|noon|sunset|sunrise|morning|evening|night)\b", re.I)


def _is_origin(before: str) -> bool:
    """Whether a place is named as where fire came from: 'fired from the west bank, near al-Mayadin'."""
    if _VICTIM_FROM.search(before[-50:]):
        return False  # "a man from al-Busayrah was shot dead": a victim's home town, not where fire came from
    if _ORIGIN_BEFORE.search(before[-45:]) or _NOT_THE_SCENE.search(before[-60:]):
        return True
    last = None
    for m in _FROM.finditer(before):
        last = m
    if last is None or len(before) - last.end() >= 75 or _TARGET_AFTER_FROM.search(before, last.end()):
        return False
    if _JOURNEY_FROM.search(before, max(0, last.end() - 170), last.end()) and _LOCATED_AFTER.search(before, last.end()):
        return False  # "a bus returning to Deir ez-Zor from Albu Kamal near al-Mayadin": where the ride began, not fire
    if _ROSE_FROM.search(before, 0, last.end()):
        return False  # "smoke rose from the Conoco base after it was hit": where the smoke was, not where fire came from
    if _EVENT_AFTER_FROM.match(before, last.end()):
        return False  # "the death toll from Friday's car bombing in al-Busayrah": where the event was
    if _day_after_from().match(before, last.end()):
        return False  # "in the night from Saturday to Sunday near Albu Kamal": a span of time, not where fire came from
    if _ATTACKERS_FROM.search(before, 0, last.start() + len(last.group())) and _ATTACKERS.match(before, last.end()):
        return False  # "came under attack from SDF fighters near Al-Shaddadi": where the attackers struck
    if _PEOPLE_FROM.search(before, 0, last.end()) or _VICTIM_FROM_END.search(before, 0, last.end()):
        return False  # "clashes between the SDF and gunmen from local families in Dhiban town": who they are
    # a bare "from" ends at a comma: "protecting the border from Daesh, in the al-Qaim region" locates
    # the positions; "fired from the west bank, near al-Mayadin" still tells where the fire came from
    stops = "[.;,]" if last.group().lstrip().lower() == "from" else "[.;]"
    return not re.search(stops, before[last.end():])


# "Damascus condemned", "Baghdad said": a capital standing for its government, not a place of events.
_METONYM_AFTER = re.compile(
    r"(?:,[^,.;]{0,50},)?\s*(?:has |have |had |also |strongly |for its part,? )?(?:said|says|condemned|condemns|denounced|accused|blamed|called|warned|"
    r"claimed|denied|denies|responded|demanded|rejected|protested|insisted|stressed|considers|considered)\b", re.I
)
# A place that names a body, not where the event was: "a member of the Deir ez-Zor Civil Council in
# the town of Hajin", "fighters of the Deir ez-Zor Military Council clashed with gunmen in al-Busayrah"
_BODY_AFTER = re.compile(r"\s+(?:Civil|Military|Local|Provincial|Legislative|Executive|Tribal|Regional)\s+"
                         r"(?:Councils?|Administrations?)\b", re.I)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|at|inside|over|to|into|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|outskirts of|countryside of|suburbs? of|city of)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
# Verbs of saying whose speaker stands before them: an actor after one and before the event word
# opens what was said ("the monitor said US aircraft struck"), a party, not a speaker.
_SAID_VERBS = r"said|says|reported|stated|announced|added|confirmed|explained|noted"
_SAID_BEFORE = re.compile(rf"(?:{_SAID_VERBS})\s+(?:the\s+|a\s+|an\s+)?", re.I)
_SPEAKER_BEFORE = re.compile(
    rf"\b(?:{_SAID_VERBS}|told|according to|detailed|informed|"
    r"quoted|citing|cited|statements?\s+(?:from|by|of|issued by)|spokes(?:man|woman|person)\s+(?:for|of)|"
    r"sources?\s+(?:in|from|within|close to)|officials?\s+(?:in|from|with))\s+(?:the\s+|a\s+|an\s+)?$", re.I
)
# A country named as a place ("near the border with Iraq and Turkey"), not as a party.
_COUNTRY = re.compile(r"turkey|türkiye|russia|israel|iran|iraq|jordan|syria", re.I)
_LOCATION_BEFORE = re.compile(
    r"\b(?:borders?\s+(?:with|of)|bordering|near|toward|towards|into|from|to|in|across|over)\s+(?:the\s+)?(?:\w+\s+(?:and|,)\s+)?$", re.I
)
_CO_AGENT_BEFORE = re.compile(r"(?:\band|,|\btogether with|\balong with|\bjointly with|\bin cooperation with)\s+(?:the\s+)?$", re.I)
_NO_VICTIMS_BEFORE = re.compile(r"\bno\s+(?:\w+\s+){0,2}?(?:of\s+)?(?:the\s+)?$", re.I)
_NEGATED_AGENT = re.compile(r"\bnot\s+(?:been\s+)?(?:carried out|conducted|launched|behind)\s+by\s+(?:the\s+)?$", re.I)
_WEAK_TRIGGERS = frozenset(
    "operation incident engaged eliminate responded retaliated retaliation retaliatory hit hits targets landed fell "
    "impacted fire firing explosion explosions blast blasts raid raids intercepted downed killed killing martyred".split()
)
# A wounding ("were wounded", "wounded three") is weak too: it also counts the casualties of an attack told already.
_WOUNDING = re.compile(r"\b(?:wounded|injured)\b", re.I)


def _weak(word: str) -> bool:
    """A trigger word that reports an incident only with what did it, where, or by whom."""
    return word.lower() in _WEAK_TRIGGERS or _WOUNDING.search(word) is not None


# Two weak words make one report when the event is what hit: "the raids hit positions near al-Mayadin",
# "an explosion hit a depot", "a blast killed two fighters"
# (and where it hit, between: "the raids on the Syrian side, near the town of Albu Kamal, killed five fighters")
_EVENT_HITS = re.compile(r"\b(?:raids?|explosions?|blasts?)\s+(?:\w+\s+|(?:,\s*)?(?:on|in|near|around|at)\s+(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+,?\s+){0,2}(?:hit|hits|killed|kills|landed"
                         # "an explosion rocked a weapons depot in al-Mayadin", "a blast ripped through the market"
                         r"|rocked|rocks|shook|shakes|ripped\s+through|tore\s+through|struck|targeted|destroyed|damaged"
                         # a raid told by its toll: "the raid on Thiban on Monday left one dead and three wounded"
                         r"|left\s+(?:[\w-]+\s+){0,3}?(?:dead|killed|wounded|injured|casualties))\b"
                         # "The incident happened on Tuesday near the town of Dayrik": an event told by
                         # when and where it took place
                         r"|\b(?:incident|explosion|blast)\s+(?:happened|occurred|took\s+place)\b"
                         # a place told as the one that saw it (translated copy): "the town of al-Mayadin witnessed
                         # an explosion", "Hajin was rocked by a blast"
                         r"|\b(?:witnessed|witnesses|(?:was|were)\s+(?:rocked|shaken)\s+by)\s+(?:an?\s+|two\s+|several\s+)?"
                         r"(?:[\w-]+\s+)?(?:explosions?|blasts?)\b"
                         # "Violent explosions were heard inside the base in the Koniko field" (coded an attack; but
                         # "the sound of explosions was heard in the towns of X and Y" tells where people heard them)
                         r"|(?<!sound of )(?<!sounds of )\b(?:explosions?|blasts?)\s+(?:were|was)\s+heard\s+"
                         r"(?:[\w,]+\s+){0,4}?(?:inside|at|near|around|in\s+the\s+(?:vicinity|area)\s+of)\s"
                         # ... and heard at a base or site with no "were": "explosions heard at the Conoco gas field"
                         r"|(?<!sound of )(?<!sounds of )\b(?:explosions|blasts|explosion|blast)\s+(?:were\s+|was\s+)?heard\b"
                         r"(?=\s+(?:from\s+)?(?:at|in|inside|near|around)\s+(?:the\s+)?[^.;]{0,50}?\b(?:base|field|airfield|airport|garrison|compound|depot|headquarters)s?\b)"
                         # blasts people heard or describe at a place of their own, not a town they heard them in:
                         # "residents describe loud blasts near the militia positions", "locals said they heard five
                         # explosions coming from the base"
                         r"|\b(?:heard|hearing|describ(?:e|es|ed|ing))\s+(?:(?:at\s+least|more\s+than|some)\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:explosions|blasts)\s+(?:near|at|inside|around|in\s+the\s+(?:vicinity|area)\s+of|coming\s+from)\s"
                         # the attackers told by who they were after a weak word: "was wounded by gunmen" ("gunmen
                         # killed a teacher" is a trigger of its own, rules/triggers.toml)
                         r"|\b(?:killed|wounded|injured)\s+by\s+(?:\w+\s+){0,2}?(?:gunmen|assailants|attackers|snipers?|sniper\s+fire|gunfire|shrapnel)\b"
                         # ... and the dead told before the event that killed them: "seven people were killed in
                         # an explosion in Hajin", "killed in Monday's blast at a market"
                         r"|\b(?:killed|wounded|injured)\s+(?:in|by)\s+(?:an?|the|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?|raids?)\b",
                         re.I)
# A killing told by its victim alone, with where and when: "a militant was killed in al-Mayadin on Friday",
# "two shepherds were killed near Hajin on Sunday" (a count or an article, then the victim, then the verb;
# not "the fighters killed in the raid", which recalls the dead of an event told elsewhere)
_VICTIM_KILLED = screened(r"(?<![\w-])(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}?"
                          # who the victim is: "a young man from al-Mayadin", "a member of the Military Council"
                          r"(?:(?:from|of)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(?:[\w'’-]+\s+){1,3}?)?"
                          r"(?:was|were)\s+(?:killed|martyred)\b(?!\s+(?:by|in|during|when|after|while)\s+(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,2}?(?:clash|accident|crash|collision|fire\b|explosion|blast))", re.I)
# Names that contain trigger words but report nothing: "Operation Inherent Resolve".
_PROPER_NAMES = screened(r"\bOperation [A-Z][a-z]+(?: [A-Z][a-z]+)*|\bDesert Storm\b|\bStrike Eagles?\b|\bStrike Group\b")
_ANAPHORA = re.compile(r"\b(?:the|these|those|both|such|this|that|the two|either|all the)\s+(?:\w+\s+)?$"
                       # a rank given to an event told already: "It was the first deadly attack on the base since ..."
                       r"|\bthe\s+(?:first|second|third|latest|deadliest|biggest|largest|heaviest|worst|most\s+\w+)\s+(?:[\w-]+\s+)?$", re.I)
# what a claim takes when it is of an event not told before: "claimed an attack", "claimed a new bombing"
# (not one recalled: "the alliance had claimed a drone attack on the Rumailan base")
_NEW_CLAIMED = re.compile(r"(?<!\bhad )(?<!\bhad also )\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:an?|another)\s+(?:[\w-]+\s+)?$", re.I)
# the subject that names one of the events a sentence counted: "while the second", "and the other blast", "the third"
_SERIES_ITEM = re.compile(r"\W*(?:(?:while|whereas|and|but|as)\s+)?the\s+(?:second|third|fourth|fifth|other|latter|last)"
                          r"(?:\s+(?:one|[\w-]+))?\s+(?:(?:was|were|had|has)\s+)?", re.I)
# an event named by its day (the weekday names of the dates lexicon), "The Friday strike hit a car", "Sunday's attack wounded two": one told already
# (the pipeline lets it start an incident only when nothing else is news yet)
@lru_cache(maxsize=1)
def _day_named_before() -> re.Pattern[str]:
    return re.compile(rf"(?:\bthe\s+(?:[\w-]+\s+)?|^\s*|[,;:]\s+)(?:{dates.weekday_names()})"
                      r"(?:(?:'s|’s)\s+(?:[\w-]+\s+)?|(?:\s+(?:night|morning|evening))?\s+)$", re.I)


# "reported that violent clashes...": a conjunction after a verb of saying, not "that attack"
_SAID_THAT = screened(r"\b(?:said|says|say|reported|reports|confirmed|stated|added|announced|noted|explained|indicated|"
                        r"revealed|claimed|warned|mentioned|stressed|told \w+)\s+that\s+(?:\w+\s+)?$", re.I)
# "US forces shot down a drone": who intercepts is the one attacked, not the attacker
_INTERCEPT = re.compile(r"(?:shot down|shoot(?:s|ing)? down|intercept(?:ed|s|ing)?|downed|down(?:s|ing)?)$", re.I)
_FIRED = r"drones?|UAS|UAVs?|unmanned|rockets?|missiles?|projectiles?"  # what flies at a base
# what was intercepted must fly: "intercepted two drones", not "gunmen intercepted the bus"
_AERIAL_AFTER = re.compile(rf"[^.;]{{0,50}}?\b(?:{_FIRED}|aircraft|jets?|planes?)\b", re.I)
# "coalition forces engaged one of the drones": an interception too
_ENGAGED_DRONE = re.compile(rf"engag(?:ed|es|ing)\s+(?:\w+\s+){{0,4}}?(?:{_FIRED})\b", re.I)
# ...unless a warplane did it: "a US F-15E shot down an Iranian-made drone" is an air engagement
_WARPLANE = re.compile(r"\b(?:jets?|fighters? jets?|warplanes?|aircraft|planes?|helicopters?|F-\d+\w*|Su-\d+\w*)\b", re.I)
_AIR_POWERS = frozenset({"us", "israel", "russia", "turkey"})
# an attacker told as unknown: "unidentified aircraft struck", "a drone of unknown identity targeted";
# whoever is blamed or guessed at elsewhere ("believed to belong to the coalition"), the strike is unclaimed
_AIRCRAFT = r"(?:aircraft|warplanes?|(?:war|fighter |combat )?jets?|planes?|drones?|uavs?|(?:unmanned )?aerial vehicles?|helicopters?)"
_UNIDENTIFIED = screened(rf"\b(?:unidentified|unknown|unmarked)\s+(?:(?:military|armed|attack|combat)\s+)?{_AIRCRAFT}\b"
                         rf"|\b{_AIRCRAFT}\s+(?:of|with)\s+(?:an?\s+)?unknown\s+(?:identity|affiliation|nationality)\b", re.I)
# an air power's strike told only by its aim or by the victim's word for it: "Israel targeted a depot",
# "the American aggression targeted positions"
_STRIKE_WORDS = re.compile(r"\b(?:strikes?|struck|raids?|bomb\w*|hit|targeted|targeting|aggression)\b")
_NIGHT_WORDS = re.compile(r"\b(?:night|overnight|nightly|late)\b", re.I)


@dataclass
class Candidate:
    """One clause's reading of an incident, before clauses are grouped into incidents."""

    clause: Span
    sentence: int
    kind: str  # "main", "response" (answers the sentence's main event) or "prior" (an earlier event)
    event_type: str
    triggers: list[Span]
    weapons: list[tuple[str, Span]]
    perpetrator: str = "unknown"
    perpetrator_span: Span | None = None
    target: str = "unknown"
    target_span: Span | None = None
    places: list[PlaceMatch] = field(default_factory=list)
    times: list[dates.TimeExpr] = field(default_factory=list)
    time: dates.TimeExpr | None = None
    background: Span | None = None
    responds: bool = False
    anaphoric: bool = False  # "the attacks", "both strikes": refers back, never a new incident
    day_named: bool = False  # "The Friday strike hit a car", "Sunday's attack": an event told already, named by its day
    context: date | None = None  # the date in force in the text where the clause stands
    claimed: bool = False  # "the group claimed the attack": speaks of an incident reported elsewhere
    listed: bool = False  # one of several far-apart sites the clause lists
    unidentified: bool = False  # the clause tells the attacker as unidentified ("unidentified aircraft struck")
    post: int = -1  # on a page of stamped posts (a Telegram digest), the post the clause stands in

    @property
    def side_pair(self) -> tuple[str, str]:
        side = rules().actors.side
        return (side.get(self.perpetrator, "unknown"), side.get(self.target, "unknown"))


def dateline_spans(text: str, limit: int = 3000) -> list[tuple[int, int]]:
    """Places named in a filing dateline are where the story was written, not where it happened."""
    # the pattern starts with ^ (re.M): it is tried only at the text's start and after a newline,
    # in order and after the previous match, as finditer would find them
    end = min(len(text), limit)
    found: list[tuple[int, int]] = []
    pos = 0
    for start in _line_starts(text, end):
        if start < pos:
            continue
        m = _DAY_DATELINE.match(text, start, end)
        if m is None and _DATELINE_HOPE.match(text, start, end) is None:
            continue
        m = m or _DATELINE.match(text, start, end)
        if m is not None:
            found.append((m.start(), m.end()))
            pos = m.end()
    return found


def _line_starts(text: str, end: int) -> list[int]:
    starts = [0]
    i = text.find("\n", 0, end)
    while i != -1:
        starts.append(i + 1)
        i = text.find("\n", i + 1, end)
    return starts


_FOLLOWED_BY = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\b", re.I)
# "after clashes", "after a firefight", "after fierce fighting": a fight told first, not one named before
_UNTOLD_FIGHT = re.compile(r"\s+(?:an?\s+|hours\s+of\s+|(?:heavy|fierce|violent|brief|intense|short)\s+)*"
                           r"(?:clash(?:es)?|firefights?|gun ?fights?|gun ?battles?|exchanges? of fire|fighting|battles?)\b", re.I)
# the count that opens "Two days after ...", "Just hours after ...", "Less than a week after ..."
_COUNT_BEFORE = re.compile(r"\s*(?:(?:just|only|barely|less\s+than|more\s+than|some|about|nearly|a\s+few|several|a|an|one|two|"
                           r"three|four|five|six|seven|eight|nine|ten|\d+)\s+)+", re.I)
# "sirens sounded inside the base after it was targeted by rockets", "smoke rose from the field after it was hit by two
# drones": what the place showed, told before the attack on it; the attack is the news, not an earlier event
_IT_WAS_HIT = re.compile(r"\s+(?:it|they)\s+(?:was|were|had\s+been|has\s+been|came\s+under)\s+(?:\w+\s+)?"
                         r"(?:targeted|hit|attacked|struck|shelled|bombed|bombarded|(?:[\w-]+\s+)?(?:attack|fire))\b", re.I)
# "the following day, bombing a depot in al-Mayadin": the day an act was done on and how it was done
_DAY_THEN_WHAT = re.compile(r"\s+(?:day|night|morning|evening|afternoon)\s*,\s+[a-z]+ing\b")
_AFTER_A_TIME = re.compile(r"\s+(?:midnight|noon|midday|dark|dawn|dusk|nightfall|sunset|sunrise|daybreak|\d)", re.I)


# a sentence opened by its day (the weekday names of the dates lexicon) and a comma, before the cause it is set after ("On Wednesday, |a day after")
@lru_cache(maxsize=1)
def _day_then() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:(?:late|early)\s+)?(?:on\s+)?(?:{dates.weekday_names()}|yesterday|today)"
                      r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:[\w-]+\s+){0,2}", re.I)


# the news just told taken up as a subject, linked to what it came after: "It came |a week after", "This followed |"
_NEWS_TAKEN_UP = re.compile(r"\W*(?:it|this|that|the\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|raids?|shelling|bombardment"
                            r"|barrage|assault|operation|incident))\s+((?:came|comes)\s+(?:[\w-]+\s+)?)?", re.I)


def _taken_up_before(text: str, start: int, pos: int) -> bool:
    """Whether text[start:pos] is the news taken up as the subject of what it came after or followed."""
    m = _NEWS_TAKEN_UP.fullmatch(text, start, pos)
    return m is not None and (m.group(1) is not None or text[pos : pos + 6].lower() == "follow")


def split_clauses(text: str, sent: Span) -> list[tuple[Span, str]]:
    """Cut a sentence at the openers of earlier or answering events; label each clause."""
    r = rules()
    cuts: list[tuple[int, str]] = []
    lead = "main"
    for m in r.triggers.prior.finditer(text, sent.start, sent.end):
        if _AFTER_A_TIME.match(text, m.end()):
            continue  # "shortly after midnight on Tuesday": a time, not an earlier event
        if m.group().lower() == "following" and text[max(sent.start, m.start() - 4) : m.start()].lower() == "the " \
                and _DAY_THEN_WHAT.match(text, m.end()):
            continue  # "US jets struck the following day, bombing a depot": a day, and what was done on it
        if m.group().lower() == "followed" and _FOLLOWED_BY.match(text, m.end()) \
                and not _taken_up_before(text, sent.start, m.start()):  # ("It followed an air raid by ...": what it came after)
            # "rockets fell inside the Conoco base, followed minutes later by rockets that targeted the Green
            # Village": what follows "followed by" came later, one more event told in turn, not its cause
            if m.start() - sent.start > 3:
                cuts.append((m.start(), "coord"))
            continue
        if m.group().lower() == "after" and _IT_WAS_HIT.match(text, m.end()):
            ignored = [(i.start(), i.end()) for i in r.triggers.ignore.finditer(text, sent.start, m.start())]
            if not any(not _weak(t.group()) and not inside(t.start(), ignored)
                       for t in r.triggers.regex.finditer(text, sent.start, m.start())):
                continue
        if m.group().lower() in {"after", "following"} and _UNTOLD_FIGHT.match(text, m.end()) \
                and not r.triggers.regex.search(text, sent.start, m.start()):
            # "tribal fighters took over the checkpoints at the entrance of al-Shuhayl after clashes that
            # lasted until the evening", "entered the town, following clashes that lasted from the early morning
            # hours": a deed that is no attack, won after a fight of its own, is that fight
            continue
        if m.start() - sent.start > 3 and _day_then().fullmatch(text, sent.start, m.start()):
            # "On Wednesday, a day after tribesmen stormed a post in Thiban, an IED struck a patrol in
            # al-Busayrah": the day opens the sentence, the cause is set in, and the news follows its comma
            comma = text.find(",", m.end(), min(sent.end, m.end() + 80))
            cuts.append((m.start(), "prior"))
            if comma > 0:
                cuts.append((comma + 1, "main"))
        elif (m.start() - sent.start > 3 or _taken_up_before(text, sent.start, m.start())) \
                and not _COUNT_BEFORE.fullmatch(text, sent.start, m.start()):
            cuts.append((m.start(), "prior"))
        else:  # "Following the attacks, the coalition fired...": an opening phrase about the cause
            # ("Two days after the drone strike near Albu Kamal, militias fired rockets..." too)
            comma = text.find(",", m.end(), min(sent.end, m.end() + 60))
            if comma > 0:
                lead = "prior"
                cuts.append((comma + 1, "main"))
    for m in _RESPONSE_OPENER.finditer(text, sent.start, sent.end):
        cuts.append((m.start(), "response"))
    for m in _ANSWER_ADDED.finditer(text, sent.start, sent.end):
        cuts.append((m.start() + 1, "response"))
    for m in _RESPONDED_TO.finditer(text, sent.start, sent.end):
        if _ANSWERED_WITH.match(text, m.end()):
            continue  # "U.S. forces responded to the attacks with Apache helicopters": the answer goes on, told whole
        cuts.append((m.start("cut"), "prior"))
    for m in _COORDINATION.finditer(text, sent.start, sent.end):
        # (a semicolon list too: "hit three sites: a depot in X; a checkpoint near Y; and a house in Z")
        listed = _LISTED_OBJECT.match(text, _AND_AT.match(text, m.end()).end()) or (
            m.group()[:1] == ":" and (_NAMED_LIST.match(text, m.end()) or _LOCATED_FIRST.match(text, m.end())
                                      or _ITEM_AT.match(text, m.end()))) or (
            m.group()[:1] in {",", ";"} and _GAPPED_OBJECT.match(text, _AND_AT.match(text, m.end()).end()))
        if m.group()[:1] in {",", ":", ";"} and listed and not any(
                not _weak(t.group()) for t in r.triggers.regex.finditer(text, m.end(), sent.end)):
            continue  # "hit a training facility near Albu Kamal, and a safe house near al-Mayadin": one list
        cuts.append((m.end(), "coord"))
    cuts.sort()
    out: list[tuple[Span, str]] = []
    start, kind = sent.start, lead
    for pos, k in cuts:
        if pos - start < 12 and not (k == "prior" and start == sent.start and _taken_up_before(text, start, pos)):
            # too short to be a clause: keep the earlier label (but "It came a week after ...", "The attack
            # followed ...": a subject that takes up the news told, and the earlier event it came after)
            continue
        out.append((Span(start, pos, text[start:pos]), kind))
        start, kind = pos, k
    out.append((Span(start, sent.end, text[start:sent.end]), kind))
    for i in range(1, len(out)):
        if out[i][1] == "coord" and out[i - 1][1] == "prior" and _ONE_MORE_CAUSE.match(out[i][0].text):
            # "Sunday's operation followed US strikes on Oct. 26 near Albu Kamal, and a Nov. 8 strike on a
            # depot near Mayadin": one more event of the list the news came after, told without a verb
            out[i] = (out[i][0], "prior")
    return out


# ", and a Nov. 8 strike on a depot near X", "and two drone attacks on the Conoco base last week": a noun
# phrase of one more event, with no verb of its own (not "and the Russian warplanes executed raids on")
_ONE_MORE_CAUSE = re.compile(
    r"\s*(?:(?:and|or|as\s+well\s+as)\s+)?(?:an?|another|the|two|three|four|several|earlier|previous)\s+(?:(?![\w-]*ed\b)[\w.'’-]+\s+){0,4}?"
    r"(?:air\s?strikes?|strikes?|attacks?|raids?|bombings?|shelling|barrages?|assaults?)\s+(?:on|against|near|at|in|targeting)\b",
    re.I)


def _masked(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The relative clauses of text[start:end] (", which fights against IS in Iraq and Syria,"): they describe."""
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text, start, end)]


def _where_it_hit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The relative clauses of text[start:end] that tell where the event itself hit ("the US strikes,
    which hit weapons depots in the city of Deir ez-Zor"): the places they name are the event's."""
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text, start, end)
            if _EVENT_RELATIVE.match(text, _word_start(text, m.start()), m.end())]


def _word_start(text: str, pos: int) -> int:
    """Where the word that ends at `pos` begins (a compound "air strikes" counts as one)."""
    i = pos
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-"):
        i -= 1
    if text[max(0, i - 4) : i].lower() == "air ":
        i -= 4
    return i


def described_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a clause describes a place rather than reports ('where the militias have dug in since 2017')."""
    found = []
    for m in _WHERE_CLAUSE.finditer(text, start, end):
        close = m.end()
        # ...that closes at a comma the event's day follows: "struck the Conoco field, where US forces are
        # based, on the night of Thursday to Friday" (the day is the event's, not the base's)
        for t in dates.find_time_expressions(text, m.start(), m.end()):
            if t.kind in _EVENT_DAY_KINDS and text[m.start() : t.span.start].rstrip().endswith(","):
                close = text.rindex(",", m.start(), t.span.start)
                break
        found.append((m.start(), close))
    found.extend((m.start(), m.end()) for m in _HAD_RELATIVE.finditer(text, start, end))
    return found


_EVENT_DAY_KINDS = frozenset({"weekday", "night_range", "absolute", "relative_day"})
# "the YPG, which had entered the city after the regime's withdrawal last week", "al-Busayrah, which had been
# handed over to the council last month,": a relative clause in the pluperfect tells what had happened before
_HAD_RELATIVE = screened(r",\s+which\s+had\s+(?:already\s+|previously\s+|earlier\s+|just\s+|first\s+)?"
                         r"[a-z]+(?:ed|en|wn|ft|ld|ht|ne|ok|un)\b[^,;.]*", re.I)


def inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether an offset lies in one of the (start, end) ranges."""
    return any(s <= pos < e for s, e in ranges)


# after an aside of intention, the clause goes on with the event's place or time
_RESUMES = re.compile(r",\s+(?=(?:in|at|near|on|late|early|overnight|east|west|north|south)\b)", re.I)
_SELF_APPOSITION = re.compile(r"\w[\w'’)]*,\s+(?:the|its|their)\s+$", re.I)
_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.I)


def _aside_end(text: str, pos: int, end: int) -> int:
    """Where an aside that runs on from `pos` closes: its next comma, else the clause's end."""
    comma = text.find(",", pos, end)
    return end if comma < 0 else comma


_ASK = object()  # read_clause's `hypothetical` not given: it searches the clause itself


def _quote_closing(text: str, start: int, pos: int, end: int) -> int | None:
    """Where the quotation `pos` stands in closes, when it opened in the clause before `pos` and closes
    before the clause ends, with words of the clause after it; else None."""
    before = text[start:pos]
    if before.count('"') % 2 == 1:
        close = text.find('"', pos, end)
    elif before.rfind("\u201c") > before.rfind("\u201d"):
        close = text.find("\u201d", pos, end)
    else:
        return None
    return close + 1 if close >= 0 and text[close + 1 : end].strip(" ,.;:") else None


def read_clause(
    text: str,
    clause: Span,
    kind: str,
    sentence: int,
    skip_places: list[tuple[int, int]],
    sentence_times: list[dates.TimeExpr] | None = None,
    trigger_matches: list[re.Match[str]] | None = None,
    hypothetical: re.Match[str] | None | object = _ASK,
) -> Candidate | None:
    """The incident a clause reports, or None when it reports none.  `trigger_matches`, when given,
    are the article's trigger matches that start in the clause (found once for the whole text);
    `hypothetical`, when given, is the clause's first hypothetical cue (or None), as the caller found it."""
    r = rules()
    start, end = clause.start, clause.end
    hyp = r.triggers.hypothetical.search(text, start, end) if hypothetical is _ASK else hypothetical
    aside: list[tuple[int, int]] = []
    if hyp:
        resume = _RESUMES.search(text, hyp.end(), end)
        closed = _quote_closing(text, start, hyp.start(), end)
        if closed is not None and (resume is None or closed <= resume.start()) \
                and r.triggers.regex.search(text, closed, end):  # (not '"... to protect our people," he said')
            # 'said its forces had "withdrawn to protect civilians" and accused government factions of attacking
            # its positions': the purpose is the quotation's; the clause's report goes on after it closes
            aside = [(hyp.start(), closed)]
            after = r.triggers.hypothetical.search(text, closed, end)
            if after:
                end = after.start()
        elif resume:
            # "positions of its brigade, tasked with protecting the border, in the al-Qaim region late
            # on Sunday": the intention is an aside; where and when the event happened follow it
            aside = [(hyp.start(), resume.end())]
        else:
            end = hyp.start()  # what follows is intention or threat, not an event
    if trigger_matches is None:
        trigger_matches = list(r.triggers.regex.finditer(text, start, end))
    else:
        trigger_matches = [m for m in trigger_matches if m.end() <= end]
    if aside:
        trigger_matches = [m for m in trigger_matches if not inside(m.start(), aside)]
    if not trigger_matches:
        return None  # no trigger word: nothing to read (what follows only filters them)
    ignored = [(m.start(), m.end()) for m in r.triggers.ignore.finditer(text, start, end)]
    names = [(m.start(), m.end()) for m in _PROPER_NAMES.finditer(text, start, end)]
    names += [(m.start(), m.end()) for m in _WHO_CLAUSE.finditer(text, start, end)]  # what a person said
    triggers = [(group_name(m, r.triggers.names), Span(m.start(), m.end(), m.group())) for m in trigger_matches
                if not (ignored and inside(m.start(), ignored)) and not (names and inside(m.start(), names))]
    if not triggers or r.triggers.negated.search(text, start, clause.end):
        return None
    masked = _masked(text, start, end) + aside + [(m.start(), m.end()) for m in _AMID_CONTEXT.finditer(text, start, end)]
    weapons = [
        (group_name(m, r.weapons.names), Span(m.start(), m.end(), m.group()))
        for m in r.weapons.regex.finditer(text, start, end)
        if not (masked and inside(m.start(), masked))
        and not _WEAPON_AS_TARGET_AFTER.match(text, m.end(), end)
        and not _WEAPON_AS_TARGET_BEFORE.search(text[max(start, m.start() - 60) : m.start()])
    ]
    gaz = load_gazetteer()
    found_places = gaz.find(text, start, end)
    told_where = _where_it_hit(text, start, end)
    if told_where and not any(p.site is None or p.site.precision != "country" for p in found_places
                              if not inside(p.span.start, masked)) \
            and any(p.site is not None and p.site.precision in {"town", "facility"} for p in found_places
                    if inside(p.span.start, told_where)):
        # "...were killed in the US strikes, which hit depots in the city of Deir ez-Zor": a clause that
        # places its event nowhere else is placed by the town or facility the relative clause says the
        # event hit (a province or a countryside named there only describes: "which hit positions in
        # the Deir ez-Zor countryside")
        place_mask = [r for r in masked if r not in told_where]
    else:
        place_mask = masked
    places = [
        p for p in found_places
        if not (place_mask and inside(p.span.start, place_mask)) and not (skip_places and inside(p.span.start, skip_places))
        and not _is_origin(text[max(start, p.span.start - 90) : p.span.start])
        and not _REPORTER_IN.search(text[max(start, p.span.start - 40) : p.span.start])
        and not (_SPEAKS_AFTER.match(text, p.span.end, end) and _SPEAKER_IN.search(text[max(start, p.span.start - 70) : p.span.start])
                 and not (p.site is not None and p.site.precision == "town" and _BARE_TOWN.search(text, p.span.end, end)))
        and not _ROAD_TO.search(text[max(start, p.span.start - 60) : p.span.start])
        and not _ACCORDING_IN.search(text[max(start, p.span.start - 80) : p.span.start])
        and not _SOURCE_AT_HOSPITAL.search(text[max(start, p.span.start - 110) : p.span.start])
        and not _REPORTER_AFTER.match(text, p.span.end, end)
        and not (p.site is not None and p.site.precision == "country" and text.startswith(("'s", "’s"), p.span.end))
        and not (p.site is not None and p.site.precision in {"country", "province"}
                 and _BORDER_WITH.search(text[max(start, p.span.start - 45) : p.span.start]))
        and not _ACROSS_FROM.search(text[max(start, p.span.start - 45) : p.span.start])
        and not far_from(text, p.span.start, start)
        and not _hashtag_topic(text, p.span.start)
        and not _NAMED_AFTER.search(text[max(start, p.span.start - 120) : p.span.start])
        and not _OVERFLOWN.search(text[max(start, p.span.start - 60) : p.span.start])
        and not _METONYM_AFTER.match(text, p.span.end, end)
        and not _BODY_AFTER.match(text, p.span.end, end)
        and not (p.site is not None and p.site.id in r.actors.metonyms
                 and not _LOCATIVE_BEFORE.search(text[max(start, p.span.start - 30) : p.span.start]))
    ]
    if places:
        # "clashed near al-Kasrah before the SDF withdrew to al-Busayrah": where a side went after the act, when
        # the clause tells another place (alone, a town is near the scene: "an ISIS cell attacked, then retreated
        # into Hajin"); the land around a town they vanished into never is ("then withdrew toward the desert near Hajin")
        went = {id(p): went_to(text, p.span.start, start) for p in places}
        gone = [p for p in places if went[id(p)]]
        if gone and len(gone) < len(places):
            places = [p for p in places if p not in gone]
        else:
            # (nor the province or the road they withdrew toward: "before the rest withdrew towards Hasakah
            # province", "then fled toward the Hasakah road")
            places = [p for p in places if went[id(p)] != "area" and not (went[id(p)] and (
                (p.site is not None and p.site.precision in {"province", "country"}) or _ROAD_AFTER.match(text, p.span.end)))]
    if len(places) > 1:
        # "ambushed a fuel convoy heading to al-Mayadin near al-Shuhail": where a vehicle or its riders were going
        # is not where they were hit, when the clause names another place
        bound = [p for p in places if _BOUND_FOR.search(text, max(start, p.span.start - 100), p.span.start)]
        if bound and len(bound) < len(places):
            places = [p for p in places if p not in bound]
    if len(places) > 1:
        # "a man from al-Busayrah was shot dead in Thiban": the home town only when no other place is told
        homes = [p for p in places if _VICTIM_FROM.search(text, max(start, p.span.start - 50), p.span.start)]
        # "the dead, all from al-Mayadin and Hajin": both are homes
        homes += [p for i, p in enumerate(places) if i and places[i - 1] in homes and p not in homes
                  and _AND_ANOTHER.fullmatch(text, places[i - 1].span.end, p.span.start)]
        if homes and len(homes) < len(places):
            places = [p for p in places if p not in homes]
    # "in the Bishri mountains, on the border between the provinces of Deir ez-Zor and Raqqa": a city named like its
    # province as a side of a line between regions stands for the province (the line runs through the desert,
    # not the city)
    places = [PlaceMatch(p.span, gaz.get(p.site.parent), p.matched_alias)
              if _named_like_its_province(p) and _BETWEEN_SIDES.search(text, max(start, p.span.start - 70), p.span.start)
              else p for p in places]
    if len(places) > 1:
        # "Deir Ezzor escalation | Gunmen seize positions in al-Busayrah": a section label names the region
        kicker = [p for p in places if _in_kicker(text, p.span.start)]
        if kicker and len(kicker) < len(places):
            places = [p for p in places if p not in kicker]
        # "In Deir ez-Zor, ISIS cells killed a shepherd near al-Busayrah": a roundup's item opens on the
        # province, named like its capital; the town in it is where it happened, not the capital too
        # (or a digest's item labelled by it: "- Hasakah: a landmine wounded two shepherds near al-Hol")
        region = [p for p in places if _named_like_its_province(p) and (
                  _REGION_OPENER.fullmatch(text, start, p.span.start) and text.startswith(",", p.span.end)
                  or _ITEM_LABEL.fullmatch(text, start, p.span.start) and text.startswith(":", p.span.end))]
        if region:
            province = region[0].site.parent
            if any(q is not region[0] and q.site is not None and q.site.id != region[0].site.id
                   and gaz.within(q.site.id, province) for q in places):
                places = [p for p in places if p is not region[0]]
        # "army units positioned in Mayadin shelled Thiban": where the shooters sit is not the event
        # site when the clause names another place (alone, it is: "troops stationed at Conoco came under fire")
        # (not the troops the act hit: "rockets were fired at US troops stationed at Rumailan in northeastern Syria")
        shooters = [p for p in places if _POSTED_IN.search(text[max(start, p.span.start - 70) : p.span.start])
                    and not _HIT_BEFORE.search(text, max(start, p.span.start - 70), p.span.start)]
        # "US forces at the Conoco base fired artillery shells at areas near Mo Hassan": the subject's base, named
        # before the act, is where the shooters sit (not "rockets hit US forces at the Conoco base")
        first_act = min((t.start for _, t in triggers), default=end)
        shooters += [p for p in places if p not in shooters and p.span.end <= first_act and p.site is not None
                     and p.site.precision == "facility" and _FORCES_AT_BASE.search(text, max(start, p.span.start - 40), p.span.start)
                     and not _HIT_BEFORE.search(text, start, p.span.start)
                     and not _UNDERGONE.search(text, p.span.end, first_act)]  # ("forces at al-Tanf were targeted")
        # "forces stationed in al-Mayadin and al-Quriyah": both are posts
        shooters += [p for i, p in enumerate(places) if i and places[i - 1] in shooters and p not in shooters
                     and _AND_ANOTHER.fullmatch(text, places[i - 1].span.end, p.span.start)]
        if shooters and (len(shooters) < len(places) or _BARE_PLACE.search(text, shooters[-1].span.end, end)):
            # (the posts alone, and the shells fell on "the town" told before: where the shooters sit is
            # still not the scene)
            places = [p for p in places if p not in shooters]
        # "the base in al-Shaddadi, in the Syrian Hasakah": a wider place set off after a place locates it
        places = [p for i, p in enumerate(places)
                  if not (i and _LOCATES.fullmatch(text, places[i - 1].span.end, p.span.start))]
    actors = [
        (_occupier(text, m.group()) or group_name(m, r.actors.names), Span(m.start(), m.end(), m.group()))
        for m in r.actors.regex.finditer(text, start, end)
        if not (masked and inside(m.start(), masked))
        and not (_SPEAKER_AFTER.match(text, m.end(), end)  # "an ISIS official" killed is a victim, not a speaker
                 and not _VICTIM_BEFORE.search(text[max(start, m.start() - 40) : m.start()])
                 and not _OFFICIAL_HIT.match(text, m.end(), end)  # "an SDF official was assassinated"
                 # "CENTCOM said it struck depots in al-Mayadin": a party (_assign_roles), when the clause names the place
                 # ... or when its act answers another ("the coalition said its forces returned fire at the point of origin")
                 and not ((places or r.triggers.response.search(text, m.end(), end)) and _said_own_act(text, m.end(), end))
                 and not _said_own_loss(text, m.end(), end))  # "the SDF said one of its fighters was killed": the side hit
        and not (skip_places and inside(m.start(), skip_places))  # "Damascus/Washington (dpa) -" is where it was filed
        # "jets struck what the Pentagon described as weapons depots": who names the target, not a party
        and not (_WHAT_BEFORE.search(text, max(start, m.start() - 12), m.start()) and _NAMED_AS_AFTER.match(text, m.end(), end))
        and not _BACKED_AFTER.match(text, m.end())  # "mercenaries of the Syrian regime-backed militias": who backs them
        and not _LEFT_BY_BEFORE.search(text, max(start, m.start() - 80), m.start())  # "a landmine left by ISIS"
        and not _REPORTER_IN.search(text[max(start, m.start() - 40) : m.start()])  # "our correspondent in Damascus"
        and not (_COUNTRY.fullmatch(m.group()) and _LOCATION_BEFORE.search(text[max(start, m.start() - 40) : m.start()]))
    ]
    strong = [t for t in triggers if not _weak(t[1].text)]
    found = sentence_times if sentence_times is not None else dates.find_time_expressions(text, start, end)
    # "warplanes hit depots in the desert where the militias have dug in since 2017": a description of
    # the place, neither the event's time nor a recall of it
    described = described_ranges(text, start, end)
    recalls = list(r.triggers.background.finditer(text, start, end))
    # "struck depots on Tuesday, the fourth round of US strikes this year,": the apposition counts the
    # news itself; neither it nor its dates make the clause a recall
    counted = [(m.start(), _aside_end(text, m.end(), end)) for m in recalls
               if _ORDINAL.match(m.group()) and _SELF_APPOSITION.search(text, max(start, m.start() - 8), m.start())]
    undated = aside + counted  # asides whose dates are not the event's
    times = [t for t in found if start <= t.span.start and t.span.end <= end and not (skip_places and inside(t.span.start, skip_places))
             and not (described and inside(t.span.start, described)) and not (undated and inside(t.span.start, undated))]
    dated = [t for t in times if t.kind != "vague"]
    if not (weapons or places or actors) and not dated:
        return None
    if all(_WOUNDING.search(t.text) for _, t in triggers) and not (weapons or places):
        # "as of today, 24 US personnel were injured": a count of the wounded, told of no place (an
        # actor named there may be the victim)
        return None
    if not strong and not (weapons or (actors and (places or times)) or (dated and not (places or actors))) \
            and not _EVENT_HITS.search(text, start, end) \
            and not (places and dated and _VICTIM_KILLED.search(text, start, end)):
        return None

    cand = Candidate(
        clause=Span(start, end, text[start:end]),
        sentence=sentence,
        kind=kind,
        event_type=_event_type(triggers, weapons),
        triggers=[t[1] for t in triggers],
        weapons=weapons,
        places=places,
        times=times,
    )
    _assign_roles(text, cand, actors, start)
    cand.unidentified = _UNIDENTIFIED.search(text, start, end) is not None
    if cand.event_type in {"attack", "shelling/artillery/missile attack"} and air_strike_by(
            cand.perpetrator, [t.text for t in cand.triggers], [w for w, _ in cand.weapons]):
        cand.event_type = "air/drone strike"
    bg = next((m for m in recalls if not (described and inside(m.start(), described)) and not (counted and inside(m.start(), counted))), None)
    if bg:
        cand.background = Span(bg.start(), bg.end(), bg.group())
    # "in retaliation for the US raids": the raids are not themselves a response
    cand.responds = kind == "response" or (kind == "main" and bool(r.triggers.response.search(text, start, end)))
    claimed = r.triggers.responsibility.search(text, start, min(t.start for _, t in triggers)) is not None
    # "On Friday, ISIS claimed an attack on an oil tanker near al-Kasrah": a claim of an event not told
    # before, with its own day and place, reports it (where "ISIS claimed the attack" refers back)
    claimed = claimed and not (dated and places and _NEW_CLAIMED.search(
        text, max(start, min(t.start for _, t in triggers) - 40), min(t.start for _, t in triggers)))
    cand.claimed = claimed
    cand.anaphoric = claimed or not (weapons or places or actors) or not dated and not weapons and all(
        _ANAPHORA.search(text[max(start, t.start - 30) : t.start]) and not _SAID_THAT.search(text[max(start, t.start - 40) : t.start])
        for t in cand.triggers)
    if cand.anaphoric and not claimed and places and _SERIES_ITEM.fullmatch(text, start, min(t.start for _, t in triggers)):
        # "..., while the second targeted a vehicle near Hajin", "The other hit the Rumailan base": one more of
        # the events a sentence counted, told at its own place
        cand.anaphoric = False
    first = min(t.start for t in cand.triggers)
    cand.day_named = bool(dated) and _day_named_before().search(text[max(start, first - 30) : first]) is not None
    cand.anaphoric = cand.anaphoric or cand.day_named
    return cand


# the agent of a passive, right before the actor: "a young man was shot by an SDF patrol"
_BY_BEFORE = re.compile(r"\bby\s+(?:an?\s+|the\s+)?$", re.I)
# an official told as the victim, in the passive: "an SDF official was assassinated by gunmen"
_OFFICIAL_HIT = re.compile(r"\s+(?:officials?|chief|head|commanders?)\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?"
                           r"(?:killed|assassinated|shot|wounded|injured|kidnapped|abducted|executed|murdered|gunned down|stabbed|martyred)\b", re.I)
# the agent of a passive act, told after it: "targeted by a drone", "hit by Turkish warplanes" (not "by their own aircraft")
_AGENT_AFTER = re.compile(r"\s+by\s+(?!(?:their|its|his|her|our)\s+own\b)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:drones?|warplanes?|aircraft|jets?|helicopters?|missiles?|rockets?|shells?|artillery|mortars?|gunmen|(?-i:[A-Z]))", re.I)
_WHILE_BEFORE = re.compile(r"\b(?:as|while|whereas)\s+(?:the\s+)?$", re.I)
# "The attack began when pro-government forces opened fire": the actor right before a later act of the
# clause is that act's subject, whatever noun of the act came first
_SUBJECT_BEFORE = re.compile(r"(?:\s+(?:gunmen|fighters|militants|militiamen|members|cells?|forces|troops|units))?"
                             r"\s+(?:(?:then|also|first|had|have|has|reportedly|allegedly)\s+){0,2}(?:opened\s+)?", re.I)
_WHEN_BEFORE = re.compile(r"\b(?:when|as|after|before|once)\s+(?:the\s+)?$", re.I)
# a device an old war left ("a landmine left by ISIS", "a mine left over from the battles with ISIS"):
# whoever fought there laid it years ago; the blast of the day has no attacker (the gold's convention)
_LEFT_BY_BEFORE = re.compile(r"\b(?:mines?|landmines?|ieds?|devices?|explosives?|ordnance|munitions?|remnants?|shells?)\s+"
                             r"(?:that\s+(?:was|were|had\s+been)\s+)?left\s+(?:over\s+|behind\s+)?(?:by|from)\s+(?:the\s+)?"
                             r"(?:(?:battles?|war|fighting|days|era|rule|years|time|control|occupation)\s+(?:with|against|of|under)\s+(?:the\s+)?)?$", re.I)
_BACKED_AFTER = re.compile(r"[-‐]\s?(?:backed|supported|sponsored|affiliated|aligned|allied|linked)\b", re.I)
_BARE_OCCUPATION = re.compile(r"(?:the\s+)?occupation(?:'s|’s)?\b", re.I)
_TURKISH_OCCUPATION = re.compile(r"\bturkish\s+occupation\b", re.I)


@lru_cache(maxsize=4)
def _names_turkish_occupation(text: str) -> bool:
    """Whether the article (read once) calls Turkey "the Turkish occupation", as Kurdish media do."""
    return _TURKISH_OCCUPATION.search(text) is not None


def _occupier(text: str, actor: str) -> str | None:
    """"The occupation drones targeted a bakery" is Turkey in a page that calls Turkey "the Turkish
    occupation" (else the bare word is the US, as state and Iranian media use it)."""
    if _BARE_OCCUPATION.match(actor) and _names_turkish_occupation(text):
        return "Turkey"
    return None


def _engaged_in_the_air(text: str, pos: int) -> bool:
    """'coalition forces engaged one of the drones', but not 'engaged the rocket launch team' (what
    fired is named as a target on the ground, as read_clause reads a weapon)."""
    m = _ENGAGED_DRONE.match(text, pos)
    return m is not None and not _WEAPON_AS_TARGET_AFTER.match(text, m.end())


def air_strike_by(perpetrator: str, trigger_words: list[str], weapons: list[str]) -> bool:
    """'US strikes', 'Israel struck', 'Russian raids' with no ground fire named: an air force's strike.
    Israel's missiles in Syria come from its aircraft ("Israeli missiles hit depots near Albu Kamal")."""
    words = " ".join(w.lower() for w in trigger_words)
    side = rules().actors.side.get(perpetrator)
    ground = {"artillery", "rockets", "mortars", "shells"} | (set() if side == "israel" else {"missiles"})
    return side in _AIR_POWERS and bool(_STRIKE_WORDS.search(words)) and not set(weapons) & ground


def _event_type(triggers: list[tuple[str, Span]], weapons: list[tuple[str, Span]]) -> str:
    """Weapons decide between air and ground fire; a trigger's own type wins when it is specific."""
    kinds = {rules().weapons.kind[w] for w, _ in weapons}
    typed = [t for t, _ in triggers if t != "attack"]
    if "armed clash" in typed:
        return "armed clash"
    if "explosive" in kinds or "remote explosive/landmine/IED" in typed:
        return "remote explosive/landmine/IED"
    if "air/drone strike" in typed or ("air" in kinds and "indirect" not in kinds):
        return "air/drone strike"
    if "indirect" in kinds or "shelling/artillery/missile attack" in typed:
        return "shelling/artillery/missile attack"
    if "small_arms" in kinds:
        return "armed clash"
    return "attack"


# What _assign_roles asks of the 60 characters before an actor, tried only where a match can start
# (screened): the four that rule the actor out, as one pattern (any of them matching).
_NOT_A_PARTY_BEFORE = screened("|".join(f"(?:{p.pattern})" for p in (_NEGATED_AGENT, _NO_VICTIMS_BEFORE, _QUALIFIER_BEFORE, _SPEAKER_BEFORE)),
                               re.I)
_CO_AGENT_SCREENED = screened(_CO_AGENT_BEFORE)
_BASE_OF_SCREENED = screened(_BASE_OF)
# the aircraft or guns of an actor, opening the clause, are that actor acting
_ARMS_OF_SCREENED = screened(
    r"\b(?:aircraft|warplanes|(?:war|fighter |combat )?jets|planes|helicopters|gunships|artillery|drones?)\s+"
    # (a capitalised word may name whose: "Aircraft of the American coalition attacked our positions")
    r"(?:of|belonging to)\s+(?:the\s+)?(?:so-called\s+)?(?-i:[A-Z][\w'’-]*\s+)?$", re.I)
# ... and so are its fighters ("the mujahideen of the Islamic Resistance in Iraq targeted the occupation
# base"), unless what befell them is told before the act ("three members of the militias died in a raid")
_FIGHTERS_OF_SCREENED = screened(
    r"\b(?:mujahideen|mujahidin|fighters|forces|militants|militiamen|gunmen|members|elements|units|cells?|mercenaries|remnants)\s+"
    r"(?:of|belonging to)\s+(?:the\s+)?$", re.I)
# "killed at least five members of Syria's new army": the fighters are the victims of a verb before them
_FIGHTERS_STRUCK = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|captured|capturing|arrested|arresting|"
                              r"detained|detaining|targeted|targeting|attacked|attacking|ambushed|ambushing|executed|kidnapped|abducted)\b"
                              r"(?:(?!\b(?:when|as|while|after|before|and)\b)[^.;,]){0,40}$", re.I)  # not "wounded on Saturday when members of ISIS attacked"
_BREAKS_OFF = re.compile(r"[,;:]|\bfrom\b")  # between such an actor and the act: another clause or an origin
_BEFELL = re.compile(r"\b(?:died|dead|killed|wounded|injured|hurt|were|was|(?:had|has|have) been|lost|came\s+under)\b", re.I)
_AGENT_SCREENED = screened(_AGENT_BEFORE)
_MEMBERS_FROM_SCREENED = screened(_MEMBERS_FROM)
_POSITIONS_OF = re.compile(r"\b(?:positions|sites?|bases?)\s+of\s+(?:the\s+)?$", re.I)
_TARGET_SCREENED = screened(_TARGET_BEFORE)


# an actor named just before the act it is told by ("the death toll of the ISIS attack on a bus",
# "in an Israeli strike"): whose act it was
_ACTION_AFTER = re.compile(r"\s+(?:(?:drone|air|rocket|missile|artillery|suicide|car-bomb)\s+)?"
                           r"(?:attacks?|assaults?|ambush(?:es)?|strikes?|airstrikes?|raids?|offensive|shelling|bombardment"
                           # "came under SDF sniper fire": whose fire it was
                           r"|(?:sniper|mortar|machine-gun|tank)\s+fire)\b", re.I)

# ... or just after it: "the air attack of the United States on two points", "the raids of the coalition
# aircraft" (but "the bombing of ISIS hideouts" names what was bombed)
_ACTION_OF_BEFORE = screened(r"\b(?:(?:air|drone|missile|rocket|aerial)\s+)?(?:attacks?|assaults?|aggression|raids?|"
                             r"(?:air\s?)?strikes?|incursion|offensive)\s+of\s+(?:the\s+)?(?:so-called\s+)?$", re.I)

# A party that says it acted itself: "CENTCOM said it conducted a strike", "the SDF said its fighters
# killed an ISIS emir", "the Guards said on Monday their missiles had struck": the speaker is the
# perpetrator (not "said its fighters were attacked", not "said it repelled" or "shot down").
_OWN_ACT_SAID = screened(
    r"\b(?:said|says|announced|claimed|stated|confirmed|added)\b[^.;:]{0,30}?\b(?:that\s+)?"
    r"(?:(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:carried out|conducted|launched|struck|hit|targeted|"
    r"killed|attacked|shelled|bombed|destroyed|ambushed|raided)\b"
    r"|(?<!\bof )(?:its|their)\s+(?:own\s+)?(?:forces|fighters|troops|units|aircraft|warplanes|jets|drones|missiles|rockets|artillery|"
    r"militants|members|men|soldiers|commandos|helicopters)\b"
    # not what befell them or what they fended off: "its forces at al-Tanf had been targeted", "its fighters repelled"
    r"(?![^.;]{0,80}?\b(?:were|was|had been|have been|has been|are|is|came|come|suffered|repelled|repulsed|fought off|"
    r"thwarted|foiled|intercepted|shot down|downed)\b))",
    re.I)


# ... and a party that tells its own losses is the side attacked: "the SDF said one of its fighters was
# killed by ISIS gunmen", "the ministry announced that two of its soldiers were wounded"
_OWN_LOSS_SAID = screened(
    r"\b(?:said|says|announced|claimed|stated|confirmed|added|reported)\b[^.;:]{0,30}?\b(?:that\s+)?"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|a\s+number)\s+of\s+)?"
    r"(?:its|their)\s+(?:own\s+)?(?:forces|fighters|troops|units|members|men|soldiers|personnel|militants|commandos|guards)\b"
    r"[^.;]{0,40}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|martyred|hurt|shot|attacked|ambushed|targeted|kidnapped|abducted)\b"
    # ... or that its own men fended an attack off: "the SDF said its fighters repelled an ISIS attack"
    r"|\b(?:said|says|announced|stated|confirmed|added)\b[^.;:]{0,30}?\b(?:that\s+)?(?:its|their)\s+(?:own\s+)?"
    r"(?:forces|fighters|troops|units|members|men|soldiers|guards)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:repelled|repulsed|foiled|thwarted|fought\s+off|fended\s+off|beat\s+back|warded\s+off)\b"
    # ... or that others struck its own positions: "the SDF said ISIS militants attacked their positions in Gharanij"
    r"|\b(?:said|says|announced|stated|confirmed|added|reported)\b[^.;:]{0,30}?\b(?:that\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?:attacked|targeted|shelled|ambushed|struck|hit|stormed|raided|bombed)\s+(?:one\s+of\s+|two\s+of\s+)?(?:its|their)\s+(?:own\s+)?"
    r"(?:positions?|posts?|checkpoints?|bases?|points?|outposts?|forces|fighters|troops|units|members|patrols?|convoys?|headquarters)\b",
    re.I)

_STOP = re.compile(r"[.;]")


def _said_of_itself(rx: Anchored | Screened, text: str, pos: int, end: int) -> re.Match[str] | None:
    """The statement `rx` (_OWN_ACT_SAID, _OWN_LOSS_SAID) of the speaker ending at `pos`, its verb
    within a few words and in the same sentence."""
    m = rx.search(text, pos, end)
    return m if m and m.start() - pos <= 50 and not _STOP.search(text, pos, m.start()) else None


def _said_own_act(text: str, pos: int, end: int) -> re.Match[str] | None:
    return _said_of_itself(_OWN_ACT_SAID, text, pos, end)


def _said_own_loss(text: str, pos: int, end: int) -> re.Match[str] | None:
    return _said_of_itself(_OWN_LOSS_SAID, text, pos, end)


# "an accusation against Moscow", "charges against the coalition": whom a party blames
_ACCUSED_BEFORE = screened(r"\b(?:accusations?|charges?|allegations?|complaints?)\s+against\s+(?:the\s+)?$", re.I)

# ground taken from a party (rules/triggers.toml, armed clash): "seized the al-Omar oil field from the SDF"
_TAKEN_FROM_BEFORE = screened(r"\b(?:captured|recaptured|retook|seized|liberated|wrested|control\s+(?:of|over))\b[^.;]{0,60}?"
                              r"\bfrom\s+(?:the\s+)?(?:so-called\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)
# the subject of the act told in a "when" clause after its toll: "two soldiers were killed when an SDF drone hit their
# position", "a guard was wounded as ISIS gunmen stormed the checkpoint"
# a clause that opens on the event it follows or answers: "Shortly after the attack, ...", "Following
# the rocket fire on the base, ...", "In response to the attack, ..."
_AFTER_THE_EVENT = re.compile(r"\s*(?:(?:shortly|soon|minutes|moments|hours|immediately|just|an\s+hour)\s+)?"
                              r"(?:after|following|in\s+(?:response|retaliation|reply)\s+to|in\s+the\s+wake\s+of)"
                              r"\s+(?:the|this|that|these|those)\s+[^,;.]{0,60}?,\s", re.I)
_WHEN_AGENT = re.compile(r"\b(?:when|as)\s+(?:an?\s+|the\s+)?$", re.I)
_ACTS_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:hit|struck|targeted|attacked|shelled|bombed|opened\s+fire|fired|ambushed|stormed|"
                         r"raided|rammed|blew\s+up|detonated)\b", re.I)
# the side a party is told fighting, in a description before its act: "Arab tribal fighters battling the U.S.-backed SDF
# captured the village", "gunmen at war with the government ambushed", "clans who rose up against the SDF stormed"
_OPPONENT_BEFORE = re.compile(r"\b(?:battling|clashing\s+with|at\s+war\s+with|(?:who\s+(?:have\s+|had\s+)?)?(?:rose|risen|rising)\s+up\s+against)"
                              r"\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?$", re.I)
_REPEL = r"(?:repelled|repulsed|repel|repels|repelling|repulse|foiled|thwarted|fought\s+off|fended\s+off|beat\s+back|beaten\s+back|warded\s+off)"

# ... after a preposition: "in the Israeli strike", and with no article "at Israeli air attacks" (a
# translation's "bei israelischen Luftangriffen"), "after US strikes"
# and after a verb of fending off: "repelled an ISIS attack", "fought off a jihadist assault"
_OF_THE_BEFORE = re.compile(r"\b(?:(?:of|in|after|since|during|from|by|" + _REPEL + r")\s+(?:the|an?|this|that)|(?:at|in|after|during|from|by)"
                            r"|(?:came|come|comes|coming)\s+under(?:\s+(?:an?|heavy|intense))?)\s+$", re.I)
# the party that fends off the attack is its target: "US-backed fighters repelled an ISIS attack on their positions"
_REPELS_AFTER = re.compile(r"(?:\s+(?:[\w-]+\s+){0,3}?)?(?:have\s+|has\s+|had\s+)?" + _REPEL + r"\b", re.I)
# the party whose air defences work fends the attack off: it is the target ("the coalition forces had
# switched on their air defences and the drone exploded in farmland", "air defences of the coalition
# base shot down two drones", "US forces activated the C-RAM system")
_AIR_DEFENCE = (r"(?:air[ -]defen[cs]es?(?:\s+(?:systems?|batteries|units?))?|anti-?aircraft\s+(?:defen[cs]es|systems?|guns?|batteries)"
                r"|defen[cs]e\s+(?:systems?|batteries)|C-RAM(?:\s+systems?)?|counter-drone\s+systems?|sirens?)")
_DEFENDS_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,4}?(?:(?:activated|switched\s+on|turned\s+on|engaged|fired|deployed|"
                            r"sounded|used|put\s+on\s+alert)\s+(?:their|its|the)\s+(?:own\s+)?" + _AIR_DEFENCE + r"|"
                            + _AIR_DEFENCE + r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:activated|switched\s+on|"
                            r"turned\s+on|engaged|fired|responded|sounded|went\s+off|intercepted|shot\s+down|downed))\b", re.I)
# ... and so is a party named by its air defences that met the attack: "Syrian air defences confronted Israeli missiles"
_DEFENCES_NAMED = re.compile(_AIR_DEFENCE + r"$", re.I)
_DEFENCES_MET_AFTER = re.compile(r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:[\w-]+ly\s+)?"
                                 r"(?:confronted|countered|repelled|repulsed|intercepted|shot\s+down|downed|engaged|responded)\b", re.I)
_LAUNCHED_FROM_AREAS_OF = screened(r"\b(?:launched|fired|shot|came|coming|flying|flew|flown|originat\w*)\s+from\s+(?:the\s+)?"
                                   r"(?:areas?|territor(?:y|ies)|positions?|zones?|regions?|sites?|points?)\s+"
                                   r"(?:of|held\s+by|controlled\s+by|under\s+the\s+control\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)
_DEFENCE_OF_BEFORE = screened(r"\b" + _AIR_DEFENCE + r"\s+(?:of|at|belonging\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def _assign_roles(text: str, cand: Candidate, actors: list[tuple[str, Span]], clause_start: int) -> None:
    """Perpetrator and target from word order, agent/target markers and passive voice."""
    strong = [t for t in cand.triggers if not _weak(t.text)] or cand.triggers
    opener = _AFTER_THE_EVENT.match(text, clause_start, cand.clause.end)
    if opener and any(t.start >= opener.end() for t in strong):
        # "Shortly after the attack, coalition forces shelled the sources of fire": the event the opener
        # names came first; the clause's own act, and its subject, follow the comma
        strong = [t for t in strong if t.start >= opener.end()]
        actors = [a for a in actors if a[1].start >= opener.end()]
    first_trigger = min(t.start for t in strong)
    perp: tuple[str, Span] | None = None
    target: tuple[str, Span] | None = None
    unassigned: list[tuple[str, Span]] = []
    attribution = rules().triggers.attribution
    own_action = [a for a in actors if any(a[1].start <= t.start < a[1].end for t in cand.triggers)]
    for name, span in own_action + [a for a in actors if a not in own_action]:
        # the words before the actor, asked in place rather than copied (the article's anchors, found
        # once, serve every actor: screen.py)
        lo = max(clause_start, span.start - 60)
        after = text[span.end : min(cand.clause.end, span.end + 60)]
        ruled_out = _NOT_A_PARTY_BEFORE.search(text, lo, span.start)
        if ruled_out and not (span.start < first_trigger and _SAID_BEFORE.fullmatch(ruled_out.group())):
            # "not carried out by US forces", "no members of the coalition were hurt", "according to
            # the SDF"; but in "the monitor said US aircraft struck" the actor opens what was said
            continue
        if span.start < first_trigger and _CO_AGENT_SCREENED.search(text, lo, span.start) and any(
                0 <= span.start - o.end <= 12 for _, o in actors if o.end <= span.start):
            continue  # "the coalition and the SDF killed...": a partner in the same act
        if _TAKEN_FROM_BEFORE.search(text, lo, span.start):
            role = "target"  # "recaptured Albu Kamal from Islamic State": who lost the ground
        elif span.start < first_trigger and _OPPONENT_BEFORE.search(text, lo, span.start):
            role = "target"  # "tribal fighters battling the SDF captured al-Kishkiyah": the side fought, before the act
        elif _WHEN_AGENT.search(text, lo, span.start) and _ACTS_AFTER.match(text, span.end, cand.clause.end):
            role = "perp"  # "two soldiers were killed when an SDF drone hit their position": the subject of the act told
        elif _LAUNCHED_FROM_AREAS_OF.search(text, lo, span.start):
            role = "perp"  # "a drone launched from the areas of the Iranian militias": the launch site is the attacker's
        elif (span.end < first_trigger and _DEFENDS_AFTER.match(text, span.end, first_trigger)) \
                or _DEFENCE_OF_BEFORE.search(text, lo, span.start) \
                or (_DEFENCES_NAMED.search(span.text) and _DEFENCES_MET_AFTER.match(text, span.end)):
            role = "target"  # "the coalition switched on its air defences", "air defences of the coalition"
        elif (name, span) in own_action or (_ACTION_AFTER.match(text, span.end, cand.clause.end)
                                            and _OF_THE_BEFORE.search(text, lo, span.start)):
            role = "perp"  # "the US raids", "American strikes", "the ISIS attack on a bus": the actor's own action
        elif _ACCUSED_BEFORE.search(text, lo, span.start):
            role = "perp"  # "a rare accusation against Moscow": the accused is the one said to have struck
        elif (_BASE_OF_SCREENED.search(text, lo, span.start) or _BASE_WORD.search(span.text) or _BASE_AFTER.match(text, span.end)) \
                and not _BY_BEFORE.search(text, lo, span.start):
            role = "target"  # "a base of the US occupation forces", "the US base" (not "shot by an SDF patrol")
        elif _ACTION_OF_BEFORE.search(text, lo, span.start):
            role = "perp"  # "condemned the air attack of the United States on two points near Boukamal"
        elif _VICTIM_BEFORE.search(text, lo, span.start) and span.start > first_trigger - 40:
            role = "target"  # "killed an Islamic State official in a raid": a victim, not a speaker
        elif span.end < first_trigger and _REPELS_AFTER.match(text, span.end, first_trigger):
            role = "target"  # "US-backed fighters repelled an ISIS attack": the attacked party fends it off
        elif span.end < first_trigger and (own := _said_own_act(text, span.end, min(cand.clause.end, first_trigger + 30))) \
                and own.start() < first_trigger and not any(span.end <= o.start < own.end() for _, o in actors):
            role = "perp"  # "CENTCOM said it conducted a strike": the speaker tells its own act
        elif span.end < first_trigger and (loss := _said_own_loss(text, span.end, min(cand.clause.end, first_trigger + 30))) \
                and loss.start() < first_trigger and not any(span.end <= o.start < loss.start() for _, o in actors):
            role = "target"  # "the SDF said one of its fighters was killed": the speaker tells its own loss
        elif span.end < first_trigger and attribution.search(text, span.end, first_trigger):
            continue  # "the Hashed, ..., said 22 died in a strike": a speaker, not a party
        elif _DESCRIPTOR_BEFORE.search(text, lo, span.start):
            role = "perp" if _FROM_AREAS.search(text[max(clause_start, span.start - 90) : span.start]) else "target"
        elif span.start < first_trigger and not _BREAKS_OFF.search(text, span.end, first_trigger) and (
                _ARMS_OF_SCREENED.search(text, lo, span.start)
                or (_FIGHTERS_OF_SCREENED.search(text, lo, span.start) and not _BEFELL.search(text, span.end, first_trigger)
                    and not _FIGHTERS_STRUCK.search(text, lo, span.start))):
            # "Aircraft of the US occupation forces launched an aggression", "the mujahideen of the Islamic
            # Resistance in Iraq targeted the occupation base": whose aircraft or fighters struck
            role = "perp"
        elif _AGENT_SCREENED.search(text, lo, span.start) and not _MEMBERS_FROM_SCREENED.search(text, lo, span.start) \
                and not _POSITIONS_OF.search(text, lo, span.start):
            role = "perp"
        elif _TARGET_SCREENED.search(text, lo, span.start) and span.start > first_trigger - 40 or _PURSUED_BEFORE.search(text, lo, span.start):
            role = "target"
        elif _PASSIVE_AFTER.search(after):
            role = "target"
        else:
            unassigned.append((name, span))
            continue
        if role == "perp" and perp is None:
            perp = (name, span)
        elif role == "target" and target is None:
            target = (name, span)
    if all((_INTERCEPT.match(t.text) and _AERIAL_AFTER.match(text, t.end)) or _engaged_in_the_air(text, t.start) for t in strong) \
            and not _WARPLANE.search(text, clause_start, first_trigger):
        # the subject of "intercepted"/"shot down" defended itself: it is the target
        # and whose missiles or drones were downed ("intercepted Israeli missiles") is the attacker
        for name, span in unassigned:
            if span.start < first_trigger and target is None:
                target = (name, span)
            elif span.start > first_trigger and perp is None and (target is None or target[0] != name):
                perp = (name, span)
        unassigned = [a for a in unassigned if a not in (target, perp)]
    # "Coalition artillery shelled Hajin as the SDF advanced": the subject of a clause of its own after
    # the act (an action at the same time) is neither side of it
    unassigned = [(name, span) for name, span in unassigned
                  if not (span.start > first_trigger and _WHILE_BEFORE.search(text, max(clause_start, span.start - 12), span.start))]
    # "SDF fighters inspect the wreckage of a vehicle targeted by a drone": before an act told in the passive
    # with its agent, an actor is no agent of it (the one it befell, if anyone)
    passive = _AGENT_AFTER.match(text, next(t.end for t in strong if t.start == first_trigger)) is not None
    for name, span in unassigned:
        if passive and perp is None and span.start < first_trigger:
            if target is None and name != "civilians":
                target = (name, span)
            continue
        if perp is None and span.start > first_trigger and (target is None or target[0] != name) \
                and _WHEN_BEFORE.search(text, max(clause_start, span.start - 12), span.start) \
                and any(t.start > span.end and _SUBJECT_BEFORE.fullmatch(text, span.end, t.start) for t in cand.triggers):
            perp = (name, span)  # "The attack began when the pro-government forces opened fire"
        elif perp is None and span.start < first_trigger and (target is None or target[0] != name):
            perp = (name, span)
        elif target is None and span.start > first_trigger and (perp is None or perp[0] != name) and name != "civilians":
            target = (name, span)
    if perp and target and perp[0] == target[0]:
        target = None
    if perp:
        cand.perpetrator, cand.perpetrator_span = perp
    if target:
        cand.target, cand.target_span = target


def is_night(expr_text: str) -> bool:
    """Whether a time expression speaks of a night (which may straddle two dates)."""
    return bool(_NIGHT_WORDS.search(expr_text))
