# Round 30 draw: as rounds 28 and 29, and now also the cables that only the JSON sources hold (INDEX.tsv
# lists none of them; each is copied to testdata/gold/cables as its own one-record file):: the last unseen cables of the keyword genres (select_round21.py's genre()) of 600-30,000
# bytes, whatever their format (earlier draws took only those with a page), then unseen cables its genre()
# calls none whose body has a word of reported activity, to 30 in all, at random (seed 20261230).
# None is in an earlier batch (selection.tsv), seen.txt, or among the cables whose rows were shown
# in the diffs of earlier rounds (seen.txt).
# /tmp/corp.db is a store of ../shared/corpus built at b45dbd7 (bodies and subjects only read).
import sqlite3, random, re, csv, os
random.seed(20261230)
seen=set(l.strip() for l in open('seen.txt'))|set(l.split('\t')[0] for l in open('selection.tsv'))
if os.path.exists('/tmp/seen_new.txt'):
    seen|=set(l.strip() for l in open('/tmp/seen_new.txt'))
db=sqlite3.connect('/tmp/corp.db')
rows=db.execute("select id, length(body), upper(coalesce(subject,'')), upper(body) from cables where length(body) between 600 and 30000").fetchall()
paths={}
for r in csv.DictReader(open('/work/shared/corpus/INDEX.tsv'),delimiter='\t'):
    p=paths.get(r['reference_id'])
    if p is None or (r['path'].startswith('html/') and not p.startswith('html/')):
        paths[r['reference_id']]=r['path']
wl='/work/shared/corpus/json/None-later+Wikileaks_Processing/wikileaks-11-28-10.json'
for line in open(wl):
    i=re.match(r'\{ "_id" : "([^"]+)"', line)
    if i and i.group(1) not in paths: paths[i.group(1)]=wl[len('/work/shared/corpus/'):]
paths.setdefault('08MOSCOW3343','json/javiervegas+qwikileaks/public/json/cable.json')
src=open('select_round21.py').read()
exec(src[src.index('def genre'):src.index('by={}')])
keyword, none = [], []
for i,n,s,b in sorted(rows):
    if i in seen or i not in paths: continue
    g=genre(s,b)
    if g: keyword.append((i,g))
    elif re.search(r'\b(MET|MEETING|ATTENDED|PARTICIPATED|DELIVERED|HOSTED|VISITED|DELEGATION|CONFERENCE|TRAINING|WORKSHOP)\b', b) and not re.search('SCENE ?-?SETTER', s+b[:3000]):
        none.append((i,'unclassified'))
random.shuffle(none)
out=keyword+none[:30-len(keyword)]
missing=[i for i,n,s,b in rows if i not in seen and i not in paths]
print('no file:', missing)
print(len(keyword), len(none), len(out))
with open('/tmp/selection30.tsv','w') as f:
    f.write('id\tgenre\tsplit\tpath\n')
    for i,g in out: f.write('\t'.join([i,g,'heldout',paths[i]])+'\n')
