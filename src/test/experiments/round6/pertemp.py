# Round 6: a temperature per installation, fitted by log-loss on its k confirmed lessons (scored by
# the k = 0 model, which never trained on them) with a log-normal pull toward the service's
# temperature (sigma a priori 0.3 and 1.0), applied to the k = 0 model on the curve's test part.
# ECE and pre-selection change, macro-F1 does not. python3 pertemp.py
from curve import *
Ts=np.exp(np.linspace(np.log(0.5),np.log(6),60))
for sigma in [0.3,1.0]:
    for f in FACETS:
        res={}
        for k in [0,10,20,40]:
            per=[]
            for g in GROUPS:
                rows=[r for r in CURVE if r['group']==g and r['variant']=='base' and r['k']==0]
                B=Block(rows,f); role=np.array([r['role'] for r in rows]); test=role<0; conf=(role>=0)&(role<k)
                T=T0[f]
                if k:
                    nll=[-np.log(probs(B,W0[f],t)[conf,B.y[conf]]).sum()+(np.log(t/T0[f]))**2/(2*sigma**2) for t in Ts]
                    T=Ts[int(np.argmin(nll))]
                p=probs(B,W0[f],T); per.append(metrics(B.y[test],p[test],TH[f],B.K))
            per=np.array(per); res[k]='ECE %.3f %2.0f%%@%.3f'%(per[:,1].mean(),100*per[:,2].mean(),per[:,3].mean())
        print('sigma',sigma,'%-9s'%f,'  '.join('k%d %s'%(k,v) for k,v in res.items()))
