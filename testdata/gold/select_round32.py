# Round 32 draw: the cables no earlier batch has used (seen.txt, selection.tsv), of 600-30,000 bytes.
# Round 31 took the last ones with a word of reported activity; this round draws 40 of the quiet
# rest at random (seed 20261232): where the extractor should give few rows, so it measures
# precision, and recall on what quiet cables state in passing. The pool (unseen cables with a
# path, scene-setters left out, active or quiet) is select_round31.py's, run from its own text;
# /tmp/corp.db is a store of ../shared/corpus (bodies and subjects only read).
src=open('select_round31.py').read()
exec(src[src.index('import sqlite3'):src.index('random.shuffle(quiet)')])  # paths, active, quiet (no draw)
random.seed(20261232)
pool=sorted(active+quiet)
random.shuffle(pool)
out=sorted(pool[:40])
print(len(active), len(quiet), len(out))
with open('/tmp/selection32.tsv','w') as f:
    for i,g in out:
        p=paths[i]+('#'+i if paths[i].endswith('.json') else '')
        f.write('\t'.join([i,g,'heldout',p])+'\n')
