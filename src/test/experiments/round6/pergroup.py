# Round 6: per-group macro-F1 at k = 0 and 40 for the curve's variants
# (python3 pergroup.py /tmp/lo-curve2.tsv)
from curve import *
for f in FACETS:
    for v in ['base','aug1','aug2','aug1bias','aug2bias']:
        out=[]
        for g in GROUPS:
            vals=[]
            for k in [0,40]:
                if not any(r['variant']==v for r in CURVE): break
                rows=[r for r in CURVE if r['group']==g and r['variant']==(v if k else 'base') and r['k']==k]
                B=Block(rows,f); p=probs(B,W0[f],T0[f]); test=np.array([r['role']<0 for r in rows])
                vals.append(metrics(B.y[test],p[test],TH[f],B.K)[0])
            out.append('%s %.2f>%.2f'%(g,*vals))
        print(f,v,' '.join(out))
# label shares per group
for f in FACETS:
    rows=[r for r in CURVE if r['variant']=='base' and r['k']==0]
    print(f,' '.join('%s:%s'%(g,np.bincount([r[f][0] for r in rows if r['group']==g],minlength=len(rows[0][f][1]))) for g in GROUPS))
