# Round 6: an upper bound for item 6. For each group, the best of the dumped ways to use its 40
# confirmed lessons (or not using them: the k = 0 model), picked with the held-out labels (an
# oracle no honest procedure can beat); if even that mean gain is under +0.03, no choice among
# these variants, made inside the training groups or on the confirmed lessons, reaches target 6.
# python3 oracle.py /tmp/lo-curve-scores.tsv /tmp/lo-curve2.tsv
import sys
from sweep import *
import curve
rows=[]
for path in sys.argv[1:]:
    rows+=curve.load_curve(path)
GROUPS=sorted(set(r['group'] for r in rows))
variants=sorted(set(r['variant'] for r in rows if r['k']==40))
for f in FACETS:
    table={}
    for g in GROUPS:
        for v in ['k0']+variants:
            rs=[r for r in rows if r['group']==g and ((v=='k0' and r['variant']=='base' and r['k']==0) or (r['variant']==v and r['k']==40))]
            seen=set(); rs=[r for r in rs if not (r['id'] in seen or seen.add(r['id']))]
            B=Block(rs,f); p=probs(B,W0[f],T0[f]); test=np.array([r['role']<0 for r in rs])
            table[g,v]=metrics(B.y[test],p[test],TH[f],B.K)[0]
    k0=np.mean([table[g,'k0'] for g in GROUPS])
    best=np.mean([max(table[g,v] for v in variants) for g in GROUPS])
    bestk0=np.mean([max(table[g,v] for v in ['k0']+variants) for g in GROUPS])
    print('%-9s k0 %.3f  oracle over %d variants at k40 %.3f (%+.3f)  incl. not adapting %.3f (%+.3f)  best single variant %s %.3f'%(
        f,k0,len(variants),best,best-k0,bestk0,bestk0-k0,*max(((v,np.mean([table[g,v] for g in GROUPS])) for v in variants),key=lambda t:t[1])))
