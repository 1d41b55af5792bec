# Round 34 draw: 40 cables at random (seed 20261234) from those no earlier batch has used
# (seen.txt, selection.tsv), scene-setters left out, active or quiet, as in round 32, but of
# 400-60,000 bytes (as round 33; rounds 30-32 took 600-30,000; what is left there is nearly all quiet, and
# the longer readouts and the short notes are reporting too). The pool code is select_round31.py's,
# run from its own text, with the size bounds widened; /tmp/corp.db is a store of ../shared/corpus
# (bodies and subjects only read).
src=open('select_round31.py').read()
src=src[src.index('import sqlite3'):src.index('random.shuffle(quiet)')]
src=src.replace('between 600 and 30000','between 400 and 60000')
exec(src)  # paths, active, quiet (no draw)
random.seed(20261234)
pool=sorted(active+quiet)
random.shuffle(pool)
out=sorted(pool[:40])
print(len(active), len(quiet), len(out))
with open('/tmp/selection34.tsv','w') as f:
    for i,g in out:
        p=paths[i]+('#'+i if paths[i].endswith('.json') else '')
        f.write('\t'.join([i,g,'heldout',p])+'\n')
