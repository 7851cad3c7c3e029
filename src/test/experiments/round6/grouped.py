# Round 6: grouped-CV figures (every lesson of each held-out group; means over the 8 groups) of the
# training variants GroupedVariantsDumpExperiment.java dumps (/tmp/lo-grouped-variants.tsv), and of
# the label-prior EM of curve.py applied to the held-out group's unlabelled lessons (k = 0).
# python3 grouped.py [dump]
import sys
from sweep import *
import curve
rows=curve.load_curve(sys.argv[1] if len(sys.argv)>1 else '/tmp/lo-grouped-variants.tsv')
GROUPS=sorted(set(r['group'] for r in rows))
def figures(name,pf):
    out=[]
    for f in FACETS:
        per=[];P=[];Y=[]
        for g in GROUPS:
            rs=[r for r in rows if r['group']==g and r['variant']==name]
            B=Block(rs,f); p=pf(B,g,f); per.append(metrics(B.y,p,TH[f],B.K)); P.append(p); Y.append(B.y)
        per=np.array(per); pooled=metrics(np.concatenate(Y),np.concatenate(P),TH[f],B.K)[1]
        out.append('%.3f ± %.3f / ECE %.3f (pooled %.3f) / %2.0f %% @ %.3f'%(per[:,0].mean(),per[:,0].std(),per[:,1].mean(),pooled,100*per[:,2].mean(),per[:,3].mean()))
    print('%-22s | '%name+' | '.join(out))
if __name__=='__main__':
    for v in ['base','self','gbal']:
        figures(v,lambda B,g,f: probs(B,W0[f],T0[f]))
    for alpha in [0,10,50]:
        def em(B,g,f,alpha=alpha):
            ps=curve.source_prior(g,f,'mean'); z=softmax(B.score(W0[f])/T0[f])
            q=curve.em_prior(z,ps,np.zeros((0,B.K)),alpha); a=z*(q/ps); a/=a.sum(1,keepdims=True)
            shrink=~(B.placed if f=='unit' else np.zeros(len(B.y),bool)); e=np.where(shrink,B.e,1.0)[:,None]
            return e*a+(1-e)/B.K
        figures('base',em); print('  ^ label-prior EM, alpha',alpha)
