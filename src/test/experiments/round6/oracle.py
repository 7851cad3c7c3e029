# Round 6: an upper bound for item 6. For each group, the best of the ways tried to use its 40
# confirmed lessons (or not using them: the k = 0 model), picked with the held-out labels (an
# oracle no honest procedure can beat); if even that mean gain is under +0.03, no choice among
# these variants, made inside the training groups or on the confirmed lessons, reaches target 6.
# Post-hoc corrections (label priors by EM, from the confirmed labels, BBSE) are applied to the
# service's k = 40 model as in curve.py.
# python3 oracle.py /tmp/lo-curve-scores.tsv /tmp/lo-curve2.tsv /tmp/lo-curve3.tsv
import sys
from sweep import *
import curve
rows=[]
for path in sys.argv[1:]:
    rows+=curve.load_curve(path)
GROUPS=sorted(set(r['group'] for r in rows))
variants=sorted(set(r['variant'] for r in rows if r['k']==40))
posthoc={'EM a0':(curve.prior_shift,dict(alpha=0)),'EM a10':(curve.prior_shift,dict(alpha=10)),
         'EM a50':(curve.prior_shift,dict(alpha=50)),
         'labels a10':(curve.prior_shift,dict(alpha=10,use_unlabelled=False)),
         'labels a40':(curve.prior_shift,dict(alpha=40,use_unlabelled=False)),
         'BBSE a10':(curve.bbse_shift,dict(alpha=10))}
def block(g,v,k):
    rs=[r for r in rows if r['group']==g and r['variant']==v and r['k']==k]
    seen=set(); rs=[r for r in rs if not (r['id'] in seen or seen.add(r['id']))]
    return rs
for f in FACETS:
    table={}
    for g in GROUPS:
        rs=block(g,'base',0); B=Block(rs,f); test=np.array([r['role']<0 for r in rs])
        table[g,'k0']=metrics(B.y[test],probs(B,W0[f],T0[f])[test],TH[f],B.K)[0]
        for v in variants:
            rs=block(g,v,40); B=Block(rs,f); test=np.array([r['role']<0 for r in rs])
            table[g,v]=metrics(B.y[test],probs(B,W0[f],T0[f])[test],TH[f],B.K)[0]
        rs=block(g,'base',40); B=Block(rs,f); role=np.array([r['role'] for r in rs]); test=role<0
        conf=(role>=0)&(role<40); known=np.eye(B.K)[B.y[conf]]
        for name,(fn,kw) in posthoc.items():
            p=fn(B,None,~conf,known,g,f,**kw)
            table[g,name]=metrics(B.y[test],p[test],TH[f],B.K)[0]
    names=variants+list(posthoc)
    k0=np.mean([table[g,'k0'] for g in GROUPS])
    best=np.mean([max(table[g,v] for v in names) for g in GROUPS])
    bestk0=np.mean([max(table[g,v] for v in ['k0']+names) for g in GROUPS])
    print('%-9s k0 %.3f  oracle over %d procedures at k40 %.3f (%+.3f)  incl. not adapting %.3f (%+.3f)  best single %s %.3f'%(
        f,k0,len(names),best,best-k0,bestk0,bestk0-k0,*max(((v,np.mean([table[g,v] for g in GROUPS])) for v in names),key=lambda t:t[1])))
