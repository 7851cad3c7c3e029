# Round 5 of docs/classifier.md: grouped-CV sweeps over the scores ScoreDumpExperiment.java
# (/tmp/lo-scores.tsv) and L2DumpExperiment.java (/tmp/lo-l2-scores.tsv) write. Run from this
# folder with python3 (numpy): sweep.py holds the shared scoring (the service's combination,
# shrink, 0.99 cap, per-group macro-F1 / ECE / pre-selection as FacetScoreSheet computes them).
from sweep import *
rows=load('/tmp/lo-scores.tsv')
outer=[r for r in rows if r['inner']=='-']
rng=np.random.default_rng(7)
for f in FACETS:
    B=Block(outer,f); p=probs(B,W0[f],T0[f]); conf=np.minimum(.99,p.max(1))
    sims=[]
    for s in range(400):
        right=rng.random(len(conf))<conf
        e=[]
        for g in sorted(set(B.g)):
            m=B.g==g; c=conf[m]; r=right[m]; bins=np.minimum(9,(c*10).astype(int)); ece=0
            for b in range(10):
                mm=bins==b
                if mm.any(): ece+=abs(c[mm].sum()-r[mm].sum())/m.sum()
            e.append(ece)
        sims.append(np.mean(e))
    sims=np.array(sims); print(f,'ECE of a perfectly calibrated model with these confidences: mean %.3f, 90%% range %.3f-%.3f'%(sims.mean(),np.quantile(sims,.05),np.quantile(sims,.95)))
print('pooled')
for f in FACETS:
    B=Block(outer,f); p=probs(B,W0[f],T0[f]); conf=np.minimum(.99,p.max(1)); right=p.argmax(1)==B.y
    print(f,'pooled ECE %.3f'%metrics(B.y,p,0.9,B.K)[1])
    sims=[]
    for s in range(400):
        r=rng.random(len(conf))<conf; bins=np.minimum(9,(conf*10).astype(int)); ece=0
        for b in range(10):
            mm=bins==b
            if mm.any(): ece+=abs(conf[mm].sum()-r[mm].sum())/len(conf)
        sims.append(ece)
    sims=np.array(sims); print('   floor pooled mean %.3f 90%% %.3f-%.3f'%(sims.mean(),np.quantile(sims,.05),np.quantile(sims,.95)))
