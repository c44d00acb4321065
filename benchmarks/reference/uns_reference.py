"""Reference workload in numpy: 631 GB seats (no NI, no Speaker), UNS, errors N(0,2) national, N(0,3) seat."""
import csv, sys, time, json
import numpy as np
D = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data'
P = ['Con', 'Lab', 'LD', 'RUK', 'Green', 'SNP', 'PC']
rows = [r for r in csv.DictReader(open(D + '/HoC-GE2024-results-by-constituency.csv', encoding='utf-8'))
        if r['Country name'] != 'Northern Ireland' and r['First party'] != 'Spk']
codes = [r['ONS ID'] for r in rows]
votes = np.array([[int(r[p]) for p in P] for r in rows], dtype=float)
valid = np.array([int(r['Valid votes']) for r in rows], dtype=float)
votes = np.column_stack([votes, valid - votes.sum(1)])
t0 = time.time()
base = votes / valid[:, None]
national = votes.sum(0) / valid.sum()
target = np.array([18, 22, 12, 30, 10, 2.5, 0.7, 0]) / 100
target[7] = 1 - target.sum()
swing = base + (target - national)
rng = np.random.default_rng(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
sims, chunk = 100_000, 5_000
wins = np.zeros_like(base)
totals = np.zeros((sims, 8), dtype=np.int32)
for start in range(0, sims, chunk):
    n = min(chunk, sims - start)
    nat = rng.normal(0, 0.02, (n, 1, 8))
    seat = rng.normal(0, 0.03, (n, len(rows), 8))
    shares = np.clip(swing[None, :, :] + nat + seat, 0, None)
    winner = shares.argmax(2)
    onehot = np.eye(8, dtype=np.int32)[winner]
    wins += onehot.sum(0)
    totals[start:start + n] = onehot.sum(1)
seconds = time.time() - t0
out = {'sims': sims, 'seconds': seconds,
       'winProbability': {c: dict(zip(P + ['Oth'], (wins[i] / sims).tolist())) for i, c in enumerate(codes)},
       'seatTotals': {p: {'median': float(np.percentile(totals[:, j], 50)), 'p05': float(np.percentile(totals[:, j], 5)),
                          'p95': float(np.percentile(totals[:, j], 95)), 'mean': float(totals[:, j].mean())}
                      for j, p in enumerate(P + ['Oth'])}}
json.dump(out, sys.stdout)
