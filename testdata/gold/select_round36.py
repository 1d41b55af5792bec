# Round 36 draw: the corpus's last cables no batch has used (seen.txt, selection.tsv): the
# scene-setters every earlier draw left out (31) and the cables under 400 bytes of body (16),
# taken whole; 1 published without a body is left out. Scene-setters describe a visit to come and
# recount past meetings, so the round measures above all that plans give no row. No seed: nothing
# is drawn. Paths and genres as in select_round31.py; /tmp/corp.db is a store of
# ../shared/corpus (bodies and subjects only read).
src=open('select_round31.py').read()
src=src[src.index('import sqlite3'):src.index('active, quiet = [], []')]
src=src.replace('between 600 and 30000','between 1 and 1000000')
exec(src)  # seen, rows, paths, genre
out=[]
for i,s,b in sorted(rows):
    if i in seen or i not in paths: continue
    scene=re.search('SCENE ?-?SETTER', s+b[:3000])
    if not scene and len(b)>=400: continue
    out.append((i, 'visit' if scene else (genre(s,b) or 'unclassified')))
print(len(out))
with open('/tmp/selection36.tsv','w') as f:
    for i,g in out:
        p=paths[i]+('#'+i if paths[i].endswith('.json') else '')
        f.write('\t'.join([i,g,'heldout',p])+'\n')
