"""Which stage lost each missed gold main incident, summed per group of corpora (counts only).

    .venv/bin/python tests/golden/diagnose_misses.py dev dev2 holdout13 ...   # from the repository root
    LIST=1 .venv/bin/python tests/golden/diagnose_misses.py dev7                # and each open case

A missed incident (no prediction with its date or its site) is put in the first class that holds:
a background prediction matches it (role); a background prediction at its site on another day;
a main prediction that day elsewhere (its site named in the text or not; one of the other side
that day); its site named in the text with no incident read there; a gold place the gazetteer
does not know; its site never read. Closed corpora are counted, never listed.
"""
import collections
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from extraction import evaluate as ev  # noqa: E402
from extraction.pipeline import extract  # noqa: E402
from extraction.places import load_gazetteer  # noqa: E402

within = ev._gazetteer_within()
gaz = load_gazetteer()
groups = collections.defaultdict(collections.Counter)
CLOSED = ('holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19')  # written blind; never listed
for corpus in sys.argv[1:]:
    folder = Path(__file__).resolve().parent / corpus
    g = 'closed' if corpus in CLOSED else 'opened13' if corpus in ('holdout13', 'holdout14') else 'opened9' if corpus in ('holdout9','holdout10','holdout11','holdout12') else 'tune' if corpus.startswith('dev') else 'opened'
    for case in ev.load_corpus(folder):
        text = (folder / case.file).read_text(encoding='utf-8')
        res = extract(text, published=case.published, outlet=case.outlet, url=case.url, wire=case.wire)
        allp = [(ev._predicted(m), m.role) for m in res.incidents]
        mains = [p for p, r in allp if r == 'main']
        bgs = [p for p, r in allp if r != 'main']
        m = ev.match_article(case.gold, mains, within)
        near = {id(x) for x, _ in m['near']}
        found = [ev.Predicted(None, pm.site.id, pm.site.name, pm.span.text, '', '', '', None, None)
                 for pm in gaz.find(text, 0, len(text), unknown=False) if pm.site is not None]
        for gi in m['missed']:
            if id(gi) in near:
                continue
            groups[g]['missed'] += 1
            if gi.date is None:
                groups[g]['  gold has no date'] += 1
            if any(p.date == gi.date and ev.site_agreement(gi, p, within) is not None for p in bgs):
                why = 'a background prediction matches (role)'
            elif any(ev.site_agreement(gi, p, within) is not None for p in bgs):
                why = 'a background prediction at the site, other date'
            elif any(p.date == gi.date for p in mains):
                named = any(ev.site_agreement(gi, p, within) is not None for p in found)
                opp = any(p.date == gi.date and p.perpetrator == gi.target and gi.perpetrator != 'unknown' for p in mains)
                why = 'a main prediction that day elsewhere; site ' + ('named' if named else 'not read') + ('; one of the other side that day' if opp else '')
            elif any(ev.site_agreement(gi, p, within) is not None for p in found):
                why = 'site named in text, no incident there'
            elif gi.site is None:
                why = 'gold place not in gazetteer'
            else:
                why = 'gold site never read in text'
            groups[g]['  ' + why] += 1
            if os.environ.get('LIST') and g != 'closed':
                print(corpus, case.file, gi.label(), '|', why)
            if not mains and not bgs:
                groups[g]['  (article has no prediction at all)'] += 1
for g, c in groups.items():
    print(g, dict(sorted(c.items())))
