# Round 6: the most label-shift correction can give. The posteriors are corrected by q / ps with q
# the held-out group's TRUE label shares (an oracle; ps = the training groups' mean out-of-fold
# posterior, as in curve.py), on the grouped CV's whole held-out groups. python3 trueprior.py
from sweep import *
import curve
rows=[r for r in load('/tmp/lo-scores.tsv') if r['inner']=='-']
G=sorted(set(r['group'] for r in rows))
for f in FACETS:
    for how in ['mean','labels']:
        plain=[];fixed=[]
        for g in G:
            B=Block([r for r in rows if r['group']==g],f)
            ps=curve.source_prior(g,f,how); q=np.bincount(B.y,minlength=B.K)/len(B.y)
            z=softmax(B.score(W0[f])/T0[f]); a=z*(q/ps); a/=a.sum(1,keepdims=True)
            shrink=~(B.placed if f=='unit' else np.zeros(len(B.y),bool)); e=np.where(shrink,B.e,1.0)[:,None]
            plain.append(metrics(B.y,probs(B,W0[f],T0[f]),TH[f],B.K)); fixed.append(metrics(B.y,e*a+(1-e)/B.K,TH[f],B.K))
        plain=np.array(plain);fixed=np.array(fixed)
        print('%-9s source prior %-6s  F1 %.3f -> %.3f   ECE %.3f -> %.3f   direction per group: %s'%(f,how,plain[:,0].mean(),fixed[:,0].mean(),plain[:,1].mean(),fixed[:,1].mean(),' '.join('%.2f>%.2f'%(a,b) for a,b in zip(plain[:,0],fixed[:,0])) if f=='direction' else ''))
