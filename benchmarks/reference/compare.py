"""Compares Convener's `simulate --json` with exact_workload.py's output for the same workload.

Convener's win probabilities are exact (integrals); numpy's are sampled, so each difference is
judged against numpy's standard error sqrt(p(1-p)/sims), with p Convener's probability.

usage: python3 compare.py CONVENER.json NUMPY.json
"""
import json
import math
import sys

engine = json.load(open(sys.argv[1]))
numpy = json.load(open(sys.argv[2]))
n = numpy['sims']
worst, worst_z, beyond4, chi2, cells = 0.0, 0.0, 0, 0.0, 0
for code, chances in engine['winProbability'].items():
    sampled = numpy['winProbability'][code]
    for party in set(chances) | set(sampled):
        p = chances.get(party, 0.0)
        q = sampled.get(party, 0.0)
        worst = max(worst, abs(p - q))
        if 0 < p < 1:
            z = (q - p) / math.sqrt(p * (1 - p) / n)
            worst_z = max(worst_z, abs(z))
            beyond4 += abs(z) > 4
            if p * n >= 5 and (1 - p) * n >= 5:
                chi2 += z * z
                cells += 1
print(f"seats {len(engine['winProbability'])}, numpy sims {n}")
print(f"largest |difference| in a win probability: {worst:.4f}")
print(f"largest |z|: {worst_z:.2f}; cells beyond 4 standard errors: {beyond4}; chi-squared per cell: {chi2 / cells:.3f} over {cells} cells")
print(f"{'':6} {'Convener mean, median (5-95%)':32} {'numpy mean, median (5-95%)':32}")
for party, t in engine['seatTotals'].items():
    u = numpy['seatTotals'].get(party)
    if u is None or (t['mean'] < 0.5 and u['mean'] < 0.5):
        continue
    print(f"{party:6} {t['mean']:6.1f} {t['median']:5.0f} ({t['p05']:.0f}-{t['p95']:.0f}){'':12} "
          f"{u['mean']:6.1f} {u['median']:5.0f} ({u['p05']:.0f}-{u['p95']:.0f})")
