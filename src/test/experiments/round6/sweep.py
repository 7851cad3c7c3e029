# Round 5 of docs (copied for round 6, unit temperature 2.2 as kept in round 5)/classifier.md: grouped-CV sweeps over the scores ScoreDumpExperiment.java
# (/tmp/lo-scores.tsv) and L2DumpExperiment.java (/tmp/lo-l2-scores.tsv) write. Run from this
# folder with python3 (numpy): sweep.py holds the shared scoring (the service's combination,
# shrink, 0.99 cap, per-group macro-F1 / ECE / pre-selection as FacetScoreSheet computes them).
import numpy as np, sys, itertools
from collections import defaultdict
FACETS=['unit','type','direction']
W0={'unit':3.0,'type':3.0,'direction':0.0}
T0={'unit':2.2,'type':1.6,'direction':1.2}
TH={'unit':0.9,'type':0.9,'direction':0.97}
def load(path):
    rows=[]
    for line in open(path):
        c=line.rstrip('\n').split('\t')
        r=dict(outer=c[0],inner=c[1],group=c[2],id=c[3],n=int(c[4]),e=float(c[5]),placed=c[6]=='1')
        for k,f in enumerate(FACETS):
            b=7+3*k
            r[f]=(int(c[b]),np.array([float(x) for x in c[b+1].split(',')]),np.array([float(x) for x in c[b+2].split(',')]))
        rows.append(r)
    return rows
class Block:
    """arrays for a set of rows and a facet"""
    def __init__(s,rows,f):
        s.f=f
        s.g=np.array([r['group'] for r in rows]); s.y=np.array([r[f][0] for r in rows])
        s.lr=np.stack([r[f][1] for r in rows]); s.nb=np.stack([r[f][2] for r in rows])
        s.n=np.array([max(1,r['n']) for r in rows],float); s.e=np.array([r['e'] for r in rows])
        s.placed=np.array([r['placed'] for r in rows]); s.K=s.lr.shape[1]
    def score(s,w): return s.lr + (w/np.sqrt(s.n))[:,None]*s.nb
def softmax(z):
    z=z-z.max(1,keepdims=True); p=np.exp(z); return p/p.sum(1,keepdims=True)
def probs(B,w,T,alpha=0.0,bias=None):
    z=B.score(w)
    if bias is not None: z=z+bias
    p=softmax(z/T)
    if alpha: p=(1-alpha)*p+alpha/B.K
    shrink=~(B.placed if B.f=='unit' else np.zeros(len(B.y),bool))
    e=np.where(shrink,B.e,1.0)[:,None]
    return e*p+(1-e)/B.K
def metrics(y,p,th,K):
    pred=p.argmax(1); conf=np.minimum(0.99,p.max(1)); right=pred==y
    f1s=[]
    for c in range(K):
        gold=(y==c).sum(); pr=(pred==c).sum()
        if gold+pr>0: f1s.append(2*((y==c)&(pred==c)).sum()/(gold+pr))
    bins=np.minimum(9,(conf*10).astype(int)); ece=0
    for b in range(10):
        m=bins==b
        if m.any(): ece+=abs(conf[m].sum()-right[m].sum())/len(y)
    pre=conf>=th
    return np.mean(f1s),ece,pre.mean(),(right[pre].mean() if pre.any() else 1.0),right.mean()
def grouped(B,p,th):
    out=[]
    for g in sorted(set(B.g)):
        m=B.g==g; out.append(metrics(B.y[m],p[m],th,B.K))
    return np.array(out)
