# Round 10 of docs/classifier.md: sweeps over the scores StaticEmbeddingExperiment.java writes
# (/tmp/r10-scores.tsv; run it with -Dlo.inner=true for the "inside each split" rows). Run from
# this folder with python3 (numpy): `python3 sweep.py [/tmp/r10-scores.tsv] > /tmp/r10-sweep.txt`.
# Scoring as the service and FacetScoreSheet: softmax of (kept score + w * variant log-score) / T,
# shrunk toward uniform by evidence (not the unit when the CODP rule places it), confidence capped
# at 0.99, per held-out group macro-F1 / ECE (10 bins) / pre-selected share @ precision (a group
# with nothing pre-selected counts precision 1), then mean (and spread) over the 8 groups.
import sys
from collections import defaultdict
import numpy as np

FACETS = ['unit', 'type', 'direction']
T0 = {'unit': 2.2, 'type': 1.6, 'direction': 1.2}
TH = {'unit': 0.9, 'type': 0.9, 'direction': 0.97}
L2S = [1, 10, 100, 1000]
WS = [0, 0.25, 0.5, 1, 1.5, 2]
TS = [1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.5, 3.0]
PRIORI = (100, 0.5)  # fixed before the first run: L2 100, w 0.5, the service's temperature


class Block:
    def __init__(self, rows):
        self.g = np.array([r[0] for r in rows])
        self.y = np.array([r[1] for r in rows])
        self.e = np.array([r[2] for r in rows])
        self.placed = np.array([r[3] for r in rows])
        self.base = np.stack([r[4] for r in rows])
        self.src = {k: np.stack([r[5][k] for r in rows]) for k in rows[0][5]}
        self.K = self.base.shape[1]


def load(path):
    data = defaultdict(dict)  # (outer, inner, facet) -> id -> [group, gold, e, placed, base, {}]
    for line in open(path):
        outer, inner, group, lid, e, placed, facet, gold, source, values = line.rstrip('\n').split('\t')
        v = np.array([float(x) for x in values.split(',')])
        d = data[(outer, inner, facet)]
        if lid not in d:
            d[lid] = [group, int(gold), float(e), placed == '1', None, {}]
        if source == 'base':
            d[lid][4] = v
        else:
            d[lid][5][source] = v
    return {k: Block(list(d.values())) for k, d in data.items()}


def softmax(z):
    z = z - z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def probs(B, facet, score, T):
    p = softmax(score / T)
    keep = B.placed if facet == 'unit' else np.zeros(len(B.y), bool)
    e = np.where(keep, 1.0, B.e)[:, None]
    return e * p + (1 - e) / B.K


def metrics(y, p, th, K):
    pred = p.argmax(1)
    conf = np.minimum(0.99, p.max(1))
    right = pred == y
    f1s = []
    for c in range(K):
        gold = (y == c).sum()
        pr = (pred == c).sum()
        if gold + pr > 0:
            f1s.append(2 * ((y == c) & (pred == c)).sum() / (gold + pr))
    bins = np.minimum(9, (conf * 10).astype(int))
    ece = 0
    for b in range(10):
        m = bins == b
        if m.any():
            ece += abs(conf[m].sum() - right[m].sum()) / len(y)
    pre = conf >= th
    return [np.mean(f1s), ece, pre.mean(), right[pre].mean() if pre.any() else 1.0]


def per_group(B, p, th):
    return {g: metrics(B.y[B.g == g], p[B.g == g], th, B.K) for g in sorted(set(B.g))}


def summary(pg):
    a = np.array(list(pg.values()))
    return a.mean(0), a[:, 0].std()


def fmt(m, sd=None):
    s = '%.3f' % m[0] + (' ± %.3f' % sd if sd is not None else '')
    return s + ' / %.3f / %.0f %% @ %.3f' % (m[1], 100 * m[2], m[3])


def score(B, var, l2, w):
    if w == 0 or var is None:
        return B.base
    return B.base + w * B.src['%s:%d' % (var, l2)]


def nll(B, p):
    return -np.log(np.maximum(p[np.arange(len(B.y)), B.y], 1e-12)).mean()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else '/tmp/r10-scores.tsv'
    blocks = load(path)
    outers = sorted({k[0] for k in blocks})
    inner_available = any(k[1] != '-' for k in blocks)
    variants = sorted({s.split(':')[0] for s in next(iter(blocks.values())).src})
    variants = [v for v in ['m2v64', 'm2v128', 'm2v256', 'm2v256u', 'cls256', 'full'] if v in variants]

    def outer_block(facet):
        # the 8 outer held-out groups together (scores come from 8 different models)
        rows = [blocks[(o, '-', facet)] for o in outers]
        return rows

    def concat(bs):
        B = Block.__new__(Block)
        B.g = np.concatenate([b.g for b in bs])
        B.y = np.concatenate([b.y for b in bs])
        B.e = np.concatenate([b.e for b in bs])
        B.placed = np.concatenate([b.placed for b in bs])
        B.base = np.concatenate([b.base for b in bs])
        B.src = {k: np.concatenate([b.src[k] for b in bs]) for k in bs[0].src}
        B.K = bs[0].K
        return B

    O = {f: concat(outer_block(f)) for f in FACETS}

    print('== service (kept model, temperature %s)' % T0)
    for f in FACETS:
        pg = per_group(O[f], probs(O[f], f, O[f].base, T0[f]), TH[f])
        m, sd = summary(pg)
        print('%-9s %s   per group F1 %s' % (f, fmt(m, sd), ' '.join('%.3f' % v[0] for v in pg.values())))

    print('\n== variant alone (softmax over the vectors, T 1; F1 ± spread / ECE / pre @ prec)')
    for v in variants:
        for l2 in L2S:
            cells = []
            for f in FACETS:
                B = O[f]
                pg = per_group(B, probs(B, f, B.src['%s:%d' % (v, l2)], 1.0), TH[f])
                m, sd = summary(pg)
                cells.append(fmt(m, sd))
            print('%-7s L2 %-5d | %s' % (v, l2, ' | '.join(cells)))

    print('\n== direction: how the variant alone (L2 100) relates to the kept model (pooled over the'
          ' 8 groups): correlation of the two log-odds, share of the model\'s errors the variant'
          ' gets right, share of the model\'s right labels the variant gets wrong')
    B = O['direction']
    base_lo = B.base[:, 1] - B.base[:, 0]
    right = B.base.argmax(1) == B.y
    for v in variants:
        s = B.src['%s:100' % v]
        vr = s.argmax(1) == B.y
        print('%-7s r %.2f | fixes %.2f of %d errors | breaks %.2f of %d right' % (
            v, np.corrcoef(base_lo, s[:, 1] - s[:, 0])[0, 1], vr[~right].mean(), (~right).sum(),
            (~vr[right]).mean(), right.sum()))

    print('\n== a priori: L2 %d, w %.2g, service temperature' % PRIORI)
    for v in variants:
        cells = []
        for f in FACETS:
            B = O[f]
            pg = per_group(B, probs(B, f, score(B, v, PRIORI[0], PRIORI[1]), T0[f]), TH[f])
            m, sd = summary(pg)
            cells.append(fmt(m, sd))
        print('%-7s | %s' % (v, ' | '.join(cells)))
        pgd = per_group(O['direction'], probs(O['direction'], 'direction', score(O['direction'], v, PRIORI[0], PRIORI[1]), T0['direction']), TH['direction'])
        print('        direction per group %s' % ' '.join('%.3f' % x[0] for x in pgd.values()))

    print('\n== best cell read off the held-out groups (optimistic): (L2, w) by mean F1, ties to'
          ' smaller w; then the temperature with the lowest ECE and, second, with the service\'s T')
    grid_lines = []
    for v in variants:
        for f in FACETS:
            B = O[f]
            best = None
            for l2 in L2S:
                for w in WS:
                    s = score(B, v, l2, w)
                    for T in TS:
                        pg = per_group(B, probs(B, f, s, T), TH[f])
                        m, sd = summary(pg)
                        grid_lines.append('%s %s L2 %d w %.2f T %.1f  %s' % (v, f, l2, w, T, fmt(m, sd)))
                    m, sd = summary(per_group(B, probs(B, f, s, T0[f]), TH[f]))
                    key = (round(m[0], 6), -w)
                    if best is None or key > best[0]:
                        best = (key, l2, w, m, sd)
            _, l2, w, m, sd = best
            s = score(B, v, l2, w)
            byT = []
            for T in TS:
                mT, _ = summary(per_group(B, probs(B, f, s, T), TH[f]))
                byT.append((mT[1], T, mT))
            ece, T, mT = min(byT)
            pg = per_group(B, probs(B, f, s, T), TH[f])
            print('%-7s %-9s L2 %-4d w %-4g | T %.1f: %s | T %.1f: %s | per group %s' % (
                v, f, l2, w, T, fmt(mT, sd), T0[f], fmt(m, sd),
                ' '.join('%.3f' % x[0] for x in pg.values())))
            # weights at that L2 (F1 at the service's T)
            ws = []
            for w2 in WS:
                m2, _ = summary(per_group(B, probs(B, f, score(B, v, l2, w2), T0[f]), TH[f]))
                ws.append('%g: %.3f' % (w2, m2[0]))
            print('        F1 by w at L2 %d: %s' % (l2, ', '.join(ws)))
    with open('/tmp/r10-grid.txt', 'w') as out:
        out.write('\n'.join(grid_lines) + '\n')

    if not inner_available:
        return
    print('\n== chosen inside each split (inner leave-one-group-out over the 7 training groups):'
          ' (L2, w) by mean inner-group F1 (ties to smaller w), then T by inner NLL / by mean'
          ' inner-group ECE / the service\'s T')
    for v in variants + [None]:
        rows = {mode: {f: {} for f in FACETS} for mode in ('nll', 'ece', 'kept')}
        chosen = {f: [] for f in FACETS}
        for o in outers:
            for f in FACETS:
                I = concat([blocks[k] for k in blocks if k[0] == o and k[1] != '-' and k[2] == f])
                best = None
                for l2 in L2S:
                    for w in (WS if v is not None else [0]):
                        s = score(I, v, l2, w)
                        m, _ = summary(per_group(I, probs(I, f, s, T0[f]), TH[f]))
                        key = (round(m[0], 6), -w)
                        if best is None or key > best[0]:
                            best = (key, l2, w)
                _, l2, w = best
                s = score(I, v, l2, w)
                t_nll = min(TS, key=lambda T: nll(I, probs(I, f, s, T)))
                t_ece = min(TS, key=lambda T: summary(per_group(I, probs(I, f, s, T), TH[f]))[0][1])
                chosen[f].append('%s:L2 %d w %g T %.1f/%.1f' % (o, l2, w, t_nll, t_ece))
                B = blocks[(o, '-', f)]
                so = score(B, v, l2, w)
                for mode, T in (('nll', t_nll), ('ece', t_ece), ('kept', T0[f])):
                    rows[mode][f][o] = metrics(B.y, probs(B, f, so, T), TH[f], B.K)
        name = v or 'service (T chosen inside)'
        for mode in ('kept', 'nll', 'ece'):
            cells = []
            for f in FACETS:
                m, sd = summary(rows[mode][f])
                cells.append(fmt(m, sd))
            print('%-26s T %-4s | %s' % (name, mode, ' | '.join(cells)))
        print('        direction per group (T kept) %s' % ' '.join('%.3f' % x[0] for x in rows['kept']['direction'].values()))
        for f in FACETS:
            print('        %s chosen: %s' % (f, ', '.join(chosen[f])))


if __name__ == '__main__':
    main()
