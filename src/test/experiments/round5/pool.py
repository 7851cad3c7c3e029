# Round 5 of docs/classifier.md: grouped-CV sweeps over the scores ScoreDumpExperiment.java
# (/tmp/lo-scores.tsv) and L2DumpExperiment.java (/tmp/lo-l2-scores.tsv) write. Run from this
# folder with python3 (numpy): sweep.py holds the shared scoring (the service's combination,
# shrink, 0.99 cap, per-group macro-F1 / ECE / pre-selection as FacetScoreSheet computes them).
from sweep import *
rows=load('/tmp/lo-scores.tsv')
outer=[r for r in rows if r['inner']=='-']
def pr(B,p,th):
    G=grouped(B,p,th); return 'F1 %.3f ECE %.3f pre %2.0f%% @ %.3f'%(G[:,0].mean(),G[:,1].mean(),100*G[:,2].mean(),G[:,3].mean())
def shrink(B,p):
    s=~(B.placed if B.f=='unit' else np.zeros(len(B.y),bool)); e=np.where(s,B.e,1.0)[:,None]; return e*p+(1-e)/B.K
for f in FACETS:
    B=Block(outer,f)
    print(f,'base',pr(B,probs(B,W0[f],T0[f]),TH[f]))
    best=[]
    for c in [0.5,1,2,3]:
      for norm in ['sqrt','n']:
        d=np.sqrt(B.n) if norm=='sqrt' else B.n/4
        pnb=softmax(B.nb*(c/d)[:,None])
        for T in [1.0,1.2,1.6,2.0]:
          plr=softmax(B.lr/T)
          for a in [0.2,0.35,0.5]:
            p=shrink(B,(1-a)*plr+a*pnb); G=grouped(B,p,TH[f])
            best.append((G[:,0].mean(),G[:,1].mean(),c,norm,T,a,pr(B,p,TH[f])))
    best.sort(key=lambda x:-x[0])
    for b in best[:4]: print('  lin c=%s %s T=%s a=%s'%b[2:6],b[6])
    best.sort(key=lambda x:x[1])
    for b in best[:3]: print('  lin(ece) c=%s %s T=%s a=%s'%b[2:6],b[6])
