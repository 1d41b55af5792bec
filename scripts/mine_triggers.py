#!/usr/bin/env python3
"""Mine the verbs that follow a US actor in the prose of a cablesql store.

Usage: scripts/mine_triggers.py STORE.db [GOLD_SELECTION.tsv]

Counts, over every paragraph of the store (cables of the gold selection left
out), the word after a US actor ("the Ambassador", "PolOff", "EXBS", "we")
at the start of a clause, and prints the most frequent verbs: the evidence
behind extract/lexicon.tsv's trigger forms.
"""
import re, sqlite3, sys, collections
db = sqlite3.connect(sys.argv[1])
gold = set()
if len(sys.argv) > 2:
    gold = {l.split('\t')[0] for l in open(sys.argv[2])}
actor = re.compile(r"(?:^|[.;,] |\b(?:and|then) )(?:the |The )?(?:U\.S\. |US |visiting |Embassy )?"
                   r"(Ambassador|Charge|Charg\u00e9|CDA|DCM|PolOff|Poloff|POLOFF|EconOff|Econoff|Emboffs?|EmbOffs?|PolCouns|Polcouns|"
                   r"DATT|A/S \w+|U/S \w+|DAS \w+|Secretary \w+|Embassy|USG|U\.S\. (?:delegation|side|team|officials?)|"
                   r"[Dd]elegation|EXBS|INL|DEA|FBI|ICE|We|we)\s+(?:also |again |then |subsequently |further |strongly |separately )?([a-z]+(?: (?:with|on|to|over|in|for))?)")
verbs = collections.Counter()
for cid, text in db.execute("select cable_id, text from paragraphs"):
    if cid in gold:
        continue
    for m in actor.finditer(text):
        verbs[m.group(2)] += 1
for v, n in verbs.most_common(150):
    print(n, v, sep='\t')
