"""Round 9 of docs/classifier.md: the table's rows from the output directory of runs.sh.

  python3 src/test/experiments/round9/curve.py /tmp/r9out [../shared/data/lessons-dev.jsonl]

Per setting: macro-F1 at k = 0 / 10 / 20 / 40 per facet (means over groups, as the curve prints
them) and Δ40; for direction also ECE and pre-selected share @ precision per step (means over
groups; a group with nothing pre-selected counts precision 1, as everywhere in the doc), the
pre-selected precision pooled over the groups' test parts, the fitted temperatures (exp.pertemp)
and the bundled lessons' weights (exp.iw).
"""
import collections, glob, json, os, re, sys

out = sys.argv[1]
data = sys.argv[2] if len(sys.argv) > 2 else '../shared/data/lessons-dev.jsonl'
size = collections.Counter(json.loads(l)['group'] for l in open(data))
STEPS = ['0', '10', '20', '40']
for path in sorted(glob.glob(os.path.join(out, '*.json'))):
    name = os.path.basename(path)[:-5]
    d = json.load(open(path))
    print(name)
    for f in ('unit', 'type', 'direction'):
        v = [d[f][k]['macroF1'] for k in STEPS]
        print(f'  {f:10s} F1 ' + ' / '.join(f'{x:.3f}' for x in v) + f'  (Δ40 {v[3] - v[0]:+.3f})')
    dd = d['direction']
    if 'ece' in dd['0']:
        print('  direction ECE ' + ' / '.join(f"{dd[k]['ece']:.3f}" for k in STEPS)
              + '   pre-selected ' + ' / '.join(
                  f"{dd[k]['preselectedShare'] * 100:.0f} % @ {dd[k]['preselectedPrecision']:.3f}" for k in STEPS))
    err = os.path.join(out, name + '.err')
    if not os.path.exists(err):
        continue
    rows = [l.split() for l in open(err) if l.startswith('round9 ')]
    pooled, temps, weights = [], [], []
    for k in STEPS:
        pre = right = 0.0
        ts, ws = [], []
        for r in (r for r in rows if r[3] == k):
            m = re.match(r'([\d.]+)@([\d.]+)', r[13])
            n = size[r[1]] - 40
            pre += float(m[1]) * n
            right += float(m[1]) * n * float(m[2])
            if 'T' in r:
                ts.append(r[r.index('T') + 1])
            if 'mean' in r:
                ws.append((float(r[r.index('mean') + 1]), int(r[r.index('zero') + 1])))
        pooled.append(f'{round(pre)} @ {right / pre:.3f}' if pre else '-')
        if ts:
            temps.append(f'k {k}: ' + ' '.join(ts))
        if ws:
            weights.append(f'k {k}: mean {sum(w for w, _ in ws) / len(ws):.3f}, '
                           f'{sum(z for _, z in ws) / len(ws):.0f} lessons at 0 repeats')
    if rows:
        print('  direction pre-selected lessons @ precision, pooled: ' + ' / '.join(pooled))
    for t in temps:
        print('  temperatures by group, ' + t)
    for w in weights:
        print('  bundled weights, ' + w)
