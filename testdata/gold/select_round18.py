# Round 18 draw: a fresh held-out split of all 29 unseen cables left (bodies of 600-30,000
# bytes), none in an earlier batch (selection.tsv) nor in seen.txt (cables whose extractor rows
# were shown in corpus diffs or audits). /tmp/corp.db is a store of ../shared/corpus built at
# 33f6052 (only its bodies and subjects are read); seen.txt now also holds the 15 cables whose rows round 17 changed.
import sqlite3, random, re, csv
random.seed(20261218)
seen=set(l.strip() for l in open('seen.txt'))|set(l.split('\t')[0] for l in open('selection.tsv'))
db=sqlite3.connect('/tmp/corp.db')
rows=db.execute("select id, length(body), upper(coalesce(subject,'')), upper(body) from cables where length(body) between 600 and 30000").fetchall()
# path per id from INDEX.tsv (prefer html avilaroman)
paths={}
for r in csv.DictReader(open('/work/shared/corpus/INDEX.tsv'),delimiter='\t'):
    paths.setdefault(r['reference_id'],r['path'])
def genre(s,b):
    if 'SCENESETTER' in s or 'SCENE SETTER' in s or 'SCENE-SETTER' in s or 'SCENESETTER' in b[:3000]: return None
    if 'EXBS' in s or 'EXPORT CONTROL' in s or 'EXBS' in b: return 'exbs'
    if re.search(r'TRAIN|COURSE|JCET', s) or (b.count('TRAINING')>=3): return 'training'
    if re.search(r'CONFERENCE|SUMMIT|WORKSHOP|SEMINAR|SYMPOSIUM|FORUM', s): return 'conference'
    if re.search(r'PLENARY|UNGA|NATO|IAEA|MTCR|NSG|OSCE|G-8|G8|\bEU\b|ASEAN|\bOAS\b|UNSC|UNHRC|\bAU\b|GCC|P5|P-5|SECURITY COUNCIL', s): return 'multilateral'
    if re.search(r'DEMARCHE|NON-PAPER|RESPONSE TO|RESPONDS|REACTION', s) or 'DEMARCHE' in b: return 'demarche'
    if 'OUTREACH' in b or re.search(r'SPEAKER|PUBLIC DIPLOMACY|IVLP|EXCHANGE', s): return 'outreach'
    
    if re.search(r'VISIT|CODEL|TRIP\b|DELEGATION', s): return 'visit'
    if re.search(r'MEETING|MEETS|CALLS? ON|DISCUSS|TALKS|CONSULTATION|TELLS|WITH ', s): return 'meeting'
    return None
by={}
for i,n,s,b in rows:
    if i in seen or i not in paths: continue
    g=genre(s,b)
    if g: by.setdefault(g,[]).append(i)
quota={'demarche':9,'meeting':30,'multilateral':9,'training':9,'conference':9,'outreach':9,'visit':9}  # all 29 that are left
out=[]
for g in sorted(by):
    ids=sorted(by[g]); random.shuffle(ids)
    for k,i in enumerate(ids[:quota.get(g,6)]):
        out.append((i,g,'heldout',paths[i]))
    print(g,len(by[g]))
with open('/tmp/selection18.tsv','w') as f:
    f.write('id\tgenre\tsplit\tpath\n')
    for o in out: f.write('\t'.join(o)+'\n')
print(len(out))
