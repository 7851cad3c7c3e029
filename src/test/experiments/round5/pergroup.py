# Round 5 of docs/classifier.md: grouped-CV sweeps over the scores ScoreDumpExperiment.java
# (/tmp/lo-scores.tsv) and L2DumpExperiment.java (/tmp/lo-l2-scores.tsv) write. Run from this
# folder with python3 (numpy): sweep.py holds the shared scoring (the service's combination,
# shrink, 0.99 cap, per-group macro-F1 / ECE / pre-selection as FacetScoreSheet computes them).
from sweep import *
rows=load('/tmp/lo-scores.tsv')
outer=[r for r in rows if r['inner']=='-']
for f in FACETS:
    B=Block(outer,f); G=grouped(B,probs(B,W0[f],T0[f]),TH[f])
    print(f,'ECE per group',' '.join('%.3f'%x for x in G[:,1]),'acc',' '.join('%.3f'%x for x in G[:,4]))
    print('   mean without g3 %.3f'%np.delete(G[:,1],2).mean())
