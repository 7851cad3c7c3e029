# Round 5 of docs/classifier.md: grouped-CV sweeps over the scores ScoreDumpExperiment.java
# (/tmp/lo-scores.tsv) and L2DumpExperiment.java (/tmp/lo-l2-scores.tsv) write. Run from this
# folder with python3 (numpy): sweep.py holds the shared scoring (the service's combination,
# shrink, 0.99 cap, per-group macro-F1 / ECE / pre-selection as FacetScoreSheet computes them).
import json,re
L=[json.loads(l) for l in open('/work/shared/data/lessons-dev.jsonl')]
FW=set("a an the we i you he she it they our their this that these those of to in on at by for with and or but is are was were be been has have had do did so as from into its us me my there then than no not all every each next after before when if one two three what which who customer customers".split())
MOD=re.compile(r"\b(should|could|would|will|must|need to|needs to|going forward|from now on|next time|in future|in the future|'ll)\b",re.I)
def last(t):
    s=[x for x in re.split(r'(?<=[.!?])\s+',t.strip()) if x]
    return s[-1] if s else ''
def imper(t):
    w=re.findall(r"[A-Za-z']+",last(t))
    if not w: return False
    f=w[0].lower()
    return f not in FW and not f.endswith('ed') and not (f.endswith('s') and not f.endswith('ss')) and not f.endswith('ing') and not w[0][0].isdigit()
from collections import Counter
for name,fn in [('imper',lambda l:imper(l['text'])),('modal-last',lambda l:bool(MOD.search(last(l['text'])))),('modal-any',lambda l:bool(MOD.search(l['text'])))]:
    print(name)
    for g in sorted(set(l['group'] for l in L))+['all']:
        S=[l for l in L if g=='all' or l['group']==g]
        c=Counter((fn(l),l['gold']['direction']) for l in S)
        on=c[(True,'FOR')]+c[(True,'FROM')]; off=c[(False,'FOR')]+c[(False,'FROM')]
        print('  %s on %3d P(FOR|on)=%.2f  off %3d P(FOR|off)=%.2f'%(g,on,c[(True,'FOR')]/max(on,1),off,c[(False,'FOR')]/max(off,1)))
