# Round 32 draw: the cables no earlier batch has used (seen.txt, selection.tsv), of 600-30,000 bytes.
# Round 31 took the last ones with a word of reported activity; this round draws 40 of the quiet
# rest at random (seed 20261232): where the extractor should give few rows, so it measures
# precision, and recall on what quiet cables state in passing. Paths as in select_round30.py (a page where there is one; the
# JSON-only cables are copied to cables/ID.json as one-record files).
# /tmp/corp.db is a store of ../shared/corpus (bodies and subjects only read).
import sqlite3, random, re, csv
random.seed(20261232)
seen=set(l.strip() for l in open('seen.txt'))|set(l.split('\t')[0] for l in open('selection.tsv'))
db=sqlite3.connect('/tmp/corp.db')
rows=db.execute("select id, upper(coalesce(subject,'')), upper(coalesce(body,'')) from cables where length(body) between 600 and 30000").fetchall()
paths={}
for r in csv.DictReader(open('/work/shared/corpus/INDEX.tsv'),delimiter='\t'):
    p=paths.get(r['reference_id'])
    if p is None or (r['path'].startswith('html/') and not p.startswith('html/')):
        paths[r['reference_id']]=r['path']
wl='/work/shared/corpus/json/None-later+Wikileaks_Processing/wikileaks-11-28-10.json'
for line in open(wl):
    i=re.match(r'\{ "_id" : "([^"]+)"', line)
    if i and i.group(1) not in paths: paths[i.group(1)]=wl[len('/work/shared/corpus/'):]
src=open('select_round21.py').read()
exec(src[src.index('def genre'):src.index('by={}')])
active, quiet = [], []
for i,s,b in sorted(rows):
    if i in seen or i not in paths: continue
    if re.search('SCENE ?-?SETTER', s+b[:3000]): continue
    g=genre(s,b) or 'unclassified'
    if re.search(r'\b(MET|MEETING|ATTENDED|PARTICIPATED|DELIVERED|HOSTED|VISITED|DELEGATION|CONFERENCE|TRAINING|WORKSHOP)\b', b):
        active.append((i,g))
    else:
        quiet.append((i,g))
pool=sorted(active+quiet)
random.shuffle(pool)
out=sorted(pool[:40])
print(len(active), len(quiet), len(out))
with open('/tmp/selection32.tsv','w') as f:
    for i,g in out:
        p=paths[i]+('#'+i if paths[i].endswith('.json') else '')
        f.write('\t'.join([i,g,'heldout',p])+'\n')
