# Round 5 of docs/classifier.md: grouped-CV sweeps over the scores ScoreDumpExperiment.java
# (/tmp/lo-scores.tsv) and L2DumpExperiment.java (/tmp/lo-l2-scores.tsv) write. Run from this
# folder with python3 (numpy): sweep.py holds the shared scoring (the service's combination,
# shrink, 0.99 cap, per-group macro-F1 / ECE / pre-selection as FacetScoreSheet computes them).
from sweep import *
import sys
rows=load('/tmp/lo-scores.tsv')
OUT=sorted(set(r['outer'] for r in rows))
Tgrid=np.round(np.arange(0.8,4.01,0.1),2)
Agrid=[0,0.02,0.04,0.06,0.08,0.1,0.12,0.15,0.2]
Wgrid=[0,0.5,1,1.5,2,2.5,3,3.5,4,5,6]
def mean_inner(B,p,th,col): return grouped(B,p,th)[:,col].mean()
def fit_T(B,w,bias=None,alphas=(0,)):
    best=None
    for T in Tgrid:
        for a in alphas:
            ece=mean_inner(B,probs(B,w,T,a,bias),0.9,1)
            if best is None or ece<best[0]: best=(ece,T,a)
    return best[1],best[2]
def fit_T_pooled(B,w,bias=None,alphas=(0,)):
    best=None
    for T in Tgrid:
        for a in alphas:
            p=probs(B,w,T,a,bias); ece=metrics(B.y,p,0.9,B.K)[1]
            if best is None or ece<best[0]: best=(ece,T,a)
    return best[1],best[2]
def fit_T_nll(B,w):
    best=None
    for T in Tgrid:
        p=probs(B,w,T); nll=-np.log(p[np.arange(len(B.y)),B.y]+1e-12).mean()
        if best is None or nll<best[0]: best=(nll,T)
    return best[1],0
def fit_w(B):
    best=None
    for w in Wgrid:
        f=mean_inner(B,probs(B,w,1.0),0.9,0)
        if best is None or f>best[0]+1e-9: best=(f,w)
    return best[1]
def fit_bias(B,w):
    grid=np.arange(-1.5,1.51,0.25)
    best=None
    for combo in itertools.product(grid,repeat=B.K-1):
        bias=np.array((0.0,)+combo)
        f=mean_inner(B,probs(B,w,1.0,0,bias),0.9,0)
        if best is None or f>best[0]+1e-9: best=(f,bias)
    return best[1]
def fit_threshold(B,w,T,a,bias):
    p=probs(B,w,T,a,bias)
    for th in np.arange(0.50,0.991,0.01):
        G=grouped(B,p,th)
        if G[:,3].mean()>=0.95: return th
    return 0.99
def run(f,name,choose):
    Gs=[];chosen=[]
    for g in OUT:
        Bi=Block([r for r in rows if r['outer']==g and r['inner']!='-'],f)
        Bo=Block([r for r in rows if r['outer']==g and r['inner']=='-'],f)
        w,T,a,bias,th=choose(Bi)
        chosen.append((w,T,a,None if bias is None else tuple(np.round(bias,2)),round(th,2)))
        Gs.append(metrics(Bo.y,probs(Bo,w,T,a,bias),th,Bo.K))
    G=np.array(Gs)
    print('%-9s %-34s F1 %.3f±%.3f ECE %.3f pre %2.0f%% @ %.3f (min %.3f) | %s'%(f,name,G[:,0].mean(),G[:,0].std(),G[:,1].mean(),100*G[:,2].mean(),G[:,3].mean(),G[:,3].min(),
        ' '.join('%.3f'%x for x in G[:,0])),flush=True)
    print('      chosen:',chosen,flush=True)
    return G
facets=[] if __name__!="__main__" else (sys.argv[1:] or FACETS)
for f in facets:
    run(f,'fixed',lambda B:(W0[f],T0[f],0,None,TH[f]))
    run(f,'fixed w, fixed T, th inner',lambda B:(W0[f],T0[f],0,None,fit_threshold(B,W0[f],T0[f],0,None)))
    run(f,'T nll',lambda B:(W0[f],)+fit_T_nll(B,W0[f])+(None,TH[f]))
    run(f,'T ece(group mean)',lambda B:(W0[f],)+fit_T(B,W0[f])+(None,TH[f]))
    run(f,'T ece(pooled)',lambda B:(W0[f],)+fit_T_pooled(B,W0[f])+(None,TH[f]))
    run(f,'T+alpha ece(group)',lambda B:(W0[f],)+fit_T(B,W0[f],None,Agrid)+(None,TH[f]))
    def c1(B):
        w=fit_w(B); T,a=fit_T(B,w); return (w,T,a,None,TH[f])
    run(f,'w f1 + T ece',c1)
    def c2(B):
        w=W0[f]; bias=fit_bias(B,w); T,a=fit_T(B,w,bias); return (w,T,a,bias,TH[f])
    run(f,'bias f1 + T ece',c2)
