# Round 12: the pre-registered choice of unit's noising p inside each split (see pre-registration.txt).
import json, os
import sys
R = sys.argv[1] if len(sys.argv) > 1 else 'runs'
P = ['0', '0.3', '0.5']
outer = {p: json.load(open(f'{R}/outer-p{p}.json')) for p in P}
groups = sorted(outer['0']['groups'])
chosen = {}
for g in groups:
    inner = {}
    for p in P:
        f = f'{R}/inner-{g}-p{p}.json'
        if not os.path.exists(f):
            break
        u = json.load(open(f))['unit']
        inner[p] = (u['macroF1'], u['ece'])
    if len(inner) < 3:
        print(g, 'incomplete', inner); continue
    base = inner['0'][0]
    ok = [p for p in P if inner[p][0] >= base - 0.005]
    best = min(ok, key=lambda p: (inner[p][1], float(p)))
    chosen[g] = best
    print(g, ' '.join(f'p{p}: F1 {inner[p][0]:.3f} ECE {inner[p][1]:.3f}' for p in P), '->', best)
if len(chosen) == len(groups):
    f1 = sum(outer[chosen[g]]['groups'][g]['unit']['macroF1'] for g in groups) / len(groups)
    ece = sum(outer[chosen[g]]['groups'][g]['unit']['ece'] for g in groups) / len(groups)
    print(f'procedure: unit macro-F1 {f1:.4f}, ECE {ece:.4f}')
    for p in P:
        u = outer[p]['unit']
        print(f'outer p{p}: F1 {u["macroF1"]:.4f} ECE {u["ece"]:.4f} pre {u["preselectedShare"]:.3f} @ {u["preselectedPrecision"]:.3f}')
