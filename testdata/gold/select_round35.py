# Round 35 draw: every cable no earlier batch has used (seen.txt, selection.tsv) of 400-60,000
# bytes, scene-setters left out: the pool of select_round34.py after its draw, taken whole (3 with
# words of activity, 70 quiet), as the corpus's last unseen cables. No seed: nothing is drawn.
# The pool code is select_round31.py's, run from its own text, with round 34's size bounds;
# /tmp/corp.db is a store of ../shared/corpus (bodies and subjects only read).
src=open('select_round31.py').read()
src=src[src.index('import sqlite3'):src.index('random.shuffle(quiet)')]
src=src.replace('between 600 and 30000','between 400 and 60000')
exec(src)  # paths, active, quiet (no draw)
out=sorted(active+quiet)
print(len(active), len(quiet), len(out))
with open('/tmp/selection35.tsv','w') as f:
    for i,g in out:
        p=paths[i]+('#'+i if paths[i].endswith('.json') else '')
        f.write('\t'.join([i,g,'heldout',p])+'\n')
