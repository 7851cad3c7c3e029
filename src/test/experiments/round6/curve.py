# Round 6 of docs/classifier.md: learning-curve adaptations swept over the scores
# LearningCurveDumpExperiment.java (/tmp/lo-curve-scores.tsv) and ScoreDumpExperiment.java
# (/tmp/lo-scores.tsv, for the training groups' out-of-fold scores) write. Run from this folder:
# python3 curve.py [dump] (round 6 swept /tmp/lo-curve-scores.tsv, lo-curve2.tsv, lo-curve3.tsv).
# Every adaptation sees the held-out group's texts (never its labels) and the
# labels of its k confirmed lessons only; the scored lessons are the curve's test part.
from sweep import *
import sys
def load_curve(path):
    rows=[]
    for line in open(path):
        c=line.rstrip('\n').split('\t')
        r=dict(group=c[0],variant=c[1],k=int(c[2]),role=int(c[3]),id=c[4],n=int(c[5]),e=float(c[6]),placed=c[7]=='1')
        for j,f in enumerate(FACETS):
            b=8+3*j
            r[f]=(int(c[b]),np.array([float(x) for x in c[b+1].split(',')]),np.array([float(x) for x in c[b+2].split(',')]))
        rows.append(r)
    return rows
CURVE=load_curve(sys.argv[1] if len(sys.argv)>1 else '/tmp/lo-curve-scores.tsv')
try:
    DUMP=load('/tmp/lo-scores.tsv')
except FileNotFoundError:
    DUMP=[]
GROUPS=sorted(set(r['group'] for r in CURVE))
def source_prior(g,f,how):
    """label distribution the model's posteriors reflect, from the training groups only"""
    rows=[r for r in DUMP if r['outer']==g and r['inner']!='-']
    B=Block(rows,f)
    if how=='labels': return np.bincount(B.y,minlength=B.K)/len(B.y)
    return probs(B,W0[f],T0[f]).mean(0)
def oof_confusion(g,f):
    rows=[r for r in DUMP if r['outer']==g and r['inner']!='-']
    B=Block(rows,f); p=probs(B,W0[f],T0[f]); C=np.zeros((B.K,B.K))
    for pr,y in zip(p.argmax(1),B.y): C[pr,y]+=1
    return C/len(B.y)
def em_prior(p,ps,known,alpha,iters=100):
    """Saerens et al. 2002: the installation's label prior by EM over its unlabelled lessons'
    posteriors p (rows), with the confirmed lessons' labels (one-hot rows in known) clamped and a
    Dirichlet pull of alpha lessons toward the source prior ps"""
    q=ps.copy()
    for _ in range(iters):
        a=p*(q/ps); a/=a.sum(1,keepdims=True)
        q=(a.sum(0)+known.sum(0)+alpha*ps)/(len(p)+len(known)+alpha)
    return q
def bbse(p,C,ps_labels,known,alpha):
    """Lipton et al. 2018: weights w = C^-1 mu (clipped), C = P(pred, y) out of fold on the sources"""
    K=len(ps_labels); mu=np.bincount(p.argmax(1),minlength=K)/len(p)
    w,*_=np.linalg.lstsq(C,mu,rcond=None); w=np.clip(w,0.05,None)
    q=w*ps_labels; q/=q.sum()
    q=(q*len(p)+known.sum(0)+alpha*ps_labels)/(len(p)+len(known)+alpha)
    return q
def run(variant,adapt=None,facets=FACETS,show=True,**kw):
    res={}
    for f in facets:
        curve={}
        for k in [0,10,20,40]:
            v=variant if k>0 or any(r['variant']==variant and r['k']==0 for r in CURVE[:2000]+CURVE[-2000:]) else 'base'
            per=[]
            for g in GROUPS:
                rows=[r for r in CURVE if r['group']==g and r['variant']==v and r['k']==k]
                B=Block(rows,f); p=probs(B,W0[f],T0[f])
                role=np.array([r['role'] for r in rows]); test=role<0
                if adapt is not None:
                    conf_mask=(role>=0)&(role<k)
                    known=np.eye(B.K)[B.y[conf_mask]]
                    p=adapt(B,p,~conf_mask,known,g,f,**kw)
                per.append(metrics(B.y[test],p[test],TH[f],B.K))
            per=np.array(per); curve[k]=(per[:,0].mean(),per[:,1].mean())
        res[f]=curve
        if show:
            print('%-9s %-22s '%(f,variant+(' '+adapt.__name__ if adapt else '')+(' '+str(kw) if kw else ''))+
                  '  '.join('k%-2d %.3f/%.3f'%(k,*curve[k]) for k in curve)+'   d40 %+.3f'%(curve[40][0]-curve[0][0]))
    return res
def prior_shift(B,p,unl,known,g,f,alpha=10,how='mean',use_unlabelled=True):
    """correct the posteriors by q/ps; q by EM over the group's unlabelled lessons (or the
    confirmed labels alone)"""
    ps=source_prior(g,f,how)
    # the probabilities the correction applies to are the combined, tempered ones before shrink
    z=softmax(B.score(W0[f])/T0[f])
    if use_unlabelled:
        q=em_prior(z[unl],ps,known,alpha)
    else:
        q=(known.sum(0)+alpha*ps)/(len(known)+alpha)
    a=z*(q/ps); a/=a.sum(1,keepdims=True)
    shrink=~(B.placed if f=='unit' else np.zeros(len(B.y),bool))
    e=np.where(shrink,B.e,1.0)[:,None]
    return e*a+(1-e)/B.K
def bbse_shift(B,p,unl,known,g,f,alpha=10):
    ps=source_prior(g,f,'labels'); C=oof_confusion(g,f)
    z=softmax(B.score(W0[f])/T0[f])
    q=bbse(z[unl],C,ps,known,alpha)
    a=z*(q/ps); a/=a.sum(1,keepdims=True)
    shrink=~(B.placed if f=='unit' else np.zeros(len(B.y),bool))
    e=np.where(shrink,B.e,1.0)[:,None]
    return e*a+(1-e)/B.K
if __name__=='__main__':
    variants=sorted(set(r['variant'] for r in CURVE))
    for v in ['base']+[x for x in variants if x!='base']:
        run(v)
    if DUMP:
        for alpha in [0,10,50]:
            run('base',prior_shift,alpha=alpha)
        run('base',prior_shift,alpha=10,how='labels')
        for alpha in [10,40]:
            run('base',prior_shift,alpha=alpha,use_unlabelled=False)
        run('base',bbse_shift,alpha=10)
