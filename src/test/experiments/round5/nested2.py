# Round 5 of docs/classifier.md: grouped-CV sweeps over the scores ScoreDumpExperiment.java
# (/tmp/lo-scores.tsv) and L2DumpExperiment.java (/tmp/lo-l2-scores.tsv) write. Run from this
# folder with python3 (numpy): sweep.py holds the shared scoring (the service's combination,
# shrink, 0.99 cap, per-group macro-F1 / ECE / pre-selection as FacetScoreSheet computes them).
from nested import *
f=sys.argv[1]
def c3(B):
    T,a=fit_T(B,W0[f],None,Agrid); return (W0[f],T,a,None,fit_threshold(B,W0[f],T,a,None))
run(f,'T+alpha ece, th inner',c3)
def c4(B):
    w=fit_w(B); T,a=fit_T(B,w,None,Agrid); return (w,T,a,None,fit_threshold(B,w,T,a,None))
run(f,'w f1, T+alpha ece, th inner',c4)
def c5(B):
    w=fit_w(B); T,a=fit_T(B,w); return (w,T,a,None,fit_threshold(B,w,T,a,None))
run(f,'w f1, T ece, th inner',c5)
