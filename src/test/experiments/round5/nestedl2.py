# Round 5 of docs/classifier.md: grouped-CV sweeps over the scores ScoreDumpExperiment.java
# (/tmp/lo-scores.tsv) and L2DumpExperiment.java (/tmp/lo-l2-scores.tsv) write. Run from this
# folder with python3 (numpy): sweep.py holds the shared scoring (the service's combination,
# shrink, 0.99 cap, per-group macro-F1 / ECE / pre-selection as FacetScoreSheet computes them).
from nested import *
# lr variants: key (outer, inner, id, l2, facet) -> logp
LR={}
for line in open('/tmp/lo-l2-scores.tsv'):
    o,i,id_,l2,f,v=line.rstrip('\n').split('\t')
    LR[(o,i,id_,float(l2),f)]=np.array([float(x) for x in v.split(',')])
L2S=[0.5,1.0,2.0,4.0]
def block(g,inner,f,l2):
    sel=[r for r in rows if r['outer']==g and ((r['inner']!='-') if inner else (r['inner']=='-'))]
    B=Block(sel,f)
    if l2!=1.0:
        B.lr=np.stack([LR[(g,r['inner'],r['id'],l2,f)] for r in sel])
    return B
def runl2(f,name,choose_l2,wgrid):
    Gs=[];ch=[]
    for g in OUT:
        if choose_l2 is None:
            best=None
            for l2 in L2S:
                Bi=block(g,True,f,l2)
                for w in wgrid:
                    s=mean_inner(Bi,probs(Bi,w,1.0),0.9,0)
                    if best is None or s>best[0]+1e-9: best=(s,l2,w)
            _,l2,w=best
        else:
            l2,w=choose_l2,wgrid[0]
        Bo=block(g,False,f,l2); ch.append((l2,w))
        Gs.append(metrics(Bo.y,probs(Bo,w,T0[f]),TH[f],Bo.K))
    G=np.array(Gs)
    print('%-9s %-30s F1 %.3f±%.3f ECE %.3f pre %2.0f%% @ %.3f | %s | %s'%(f,name,G[:,0].mean(),G[:,0].std(),G[:,1].mean(),100*G[:,2].mean(),G[:,3].mean(),' '.join('%.3f'%x for x in G[:,0]),ch),flush=True)
for f in FACETS:
    for l2 in L2S: runl2(f,'fixed L2 %s w %s'%(l2,W0[f]),l2,[W0[f]])
    runl2(f,'L2 by inner, w fixed',None,[W0[f]])
    runl2(f,'L2 and w by inner',None,[0,1,2,3,4,5])
