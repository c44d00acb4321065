"""The reference workload in numpy, written independently of the engine and as fast as numpy allows.

631 seats of Great Britain in 2024 without the Speaker's; uniform swing to the reference shares;
per simulation a national error N(0, 2 points) per party, a regional error N(0, R points) per region
and party, and a seat error N(0, 3 points) per seat and contender, added to the swing, clipped at
zero, highest share wins. A seat's contenders are the modelled parties standing there (the SNP in
Scotland, Plaid Cymru in Wales, the rest everywhere) and its strongest candidate outside them, who
keeps their fraction of Oth's vote and shares Oth's national and regional errors; the rest of Oth
cannot win.

Vectorised in chunks of simulations, seats grouped by their number of contenders; only contenders within 6 standard deviations of a difference
of the seat's leader are drawn (their chance of winning is below 1e-9 per simulation otherwise).

usage: python3 exact_workload.py DATA_DIR [REGIONAL_POINTS] [SEED] [SIMS] > out.json
"""
import csv
import json
import sys
import time

import numpy as np

D = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
REGIONAL = float(sys.argv[2]) / 100 if len(sys.argv) > 2 else 0.0
SEED = int(sys.argv[3]) if len(sys.argv) > 3 else 1
SIMS = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
NATIONAL, SEAT = 0.02, 0.03
P = ['Con', 'Lab', 'LD', 'RUK', 'Green', 'SNP', 'PC']
TARGET = np.array([18, 22, 12, 30, 10, 2.5, 0.7, 0]) / 100
TARGET[7] = 1 - TARGET.sum()

rows = [r for r in csv.DictReader(open(D + '/HoC-GE2024-results-by-constituency.csv', encoding='utf-8'))
        if r['Country name'] != 'Northern Ireland' and r['First party'] != 'Spk']
best = {}
for r in csv.DictReader(open(D + '/HoC-GE2024-results-by-candidate.csv', encoding='utf-8')):
    if r['Party abbreviation'] not in P and (r['ONS ID'] not in best or int(r['Votes']) > int(best[r['ONS ID']]['Votes'])):
        best[r['ONS ID']] = r
codes = [r['ONS ID'] for r in rows]
S = len(rows)
valid = np.array([int(r['Valid votes']) for r in rows], dtype=float)
votes = np.array([[int(r[p]) for p in P] for r in rows], dtype=float)
votes = np.column_stack([votes, valid - votes.sum(1)])
base = votes / valid[:, None]
stands = np.ones((S, 8), dtype=bool)
stands[:, 5] = [r['Country name'] == 'Scotland' for r in rows]
stands[:, 6] = [r['Country name'] == 'Wales' for r in rows]
other = np.array([int(best[c]['Votes']) / valid[i] if c in best else 0.0 for i, c in enumerate(codes)])
kind = ['Ind' if best.get(c, {}).get('Party abbreviation') == 'Ind' else 'Oth' for c in codes]
regions = sorted({r['ONS region ID'] for r in rows})
region = np.array([regions.index(r['ONS region ID']) for r in rows])

t0 = time.perf_counter()
c0 = time.process_time()
# uniform swing among the parties standing, each party's change over the seats where it stands
weight = valid / valid.sum()
nation_share = (weight[:, None] * base * stands).sum(0)
raw = np.where(stands, base + (TARGET - nation_share), 0.0)
centre = raw / raw.sum(1, keepdims=True)
# contenders: standing parties (not Oth's pool) and, in Oth's slot, the strongest other candidate
fraction = np.where(base[:, 7] > 0, np.minimum(1, other / np.maximum(base[:, 7], 1e-300)), 0)
contender = centre.copy()
contender[:, 7] = centre[:, 7] * fraction
alive = stands.copy()
alive[:, 7] = other > 0
spread = np.sqrt(2 * (NATIONAL ** 2 + REGIONAL ** 2 + SEAT ** 2))
top = np.where(alive, contender, -np.inf).max(1, keepdims=True)
alive &= contender >= top - 6 * spread
count = alive.sum(1)
order = np.argsort(~alive, axis=1, kind='stable')                  # each seat's contenders first
labels = ['Con', 'Lab', 'LD', 'RUK', 'Green', 'SNP', 'PC', 'Ind', 'Oth']
other_label = np.array([7 if k == 'Ind' else 8 for k in kind])
# seats grouped by how many contenders they have, so no group draws for absent contenders
groups = []
for k in sorted(set(count.tolist())):
    seats = np.flatnonzero(count == k)
    o = order[seats, :k]
    groups.append((seats, k, o, np.take_along_axis(contender[seats], o, 1).astype(np.float32),
                   np.where(o < 7, o, other_label[seats][:, None]), region[seats]))
rng = np.random.default_rng(SEED)
chunk = 2_000
wins = np.zeros((S, 8), dtype=np.int64)
totals = np.zeros((SIMS, len(labels)), dtype=np.int32)
for start in range(0, SIMS, chunk):
    n = min(chunk, SIMS - start)
    nat = rng.standard_normal((n, 8), dtype=np.float32) * NATIONAL
    if REGIONAL > 0:
        reg = rng.standard_normal((n, len(regions), 8), dtype=np.float32) * REGIONAL
    counts = np.zeros((n, len(labels)), dtype=np.int32)
    for seats, k, o, mu, lab, reg_of in groups:
        shares = rng.standard_normal((n, len(seats), k), dtype=np.float32)
        shares *= SEAT
        shares += nat[:, o]
        if REGIONAL > 0:
            shares += reg[:, reg_of[:, None], o]
        shares += mu
        np.maximum(shares, 0, out=shares)
        winner = shares.argmax(2)                                  # (n, seats in the group)
        cell = np.arange(len(seats))[None, :] * k + winner
        wins[seats[:, None], o] += np.bincount(cell.ravel(), minlength=len(seats) * k).reshape(len(seats), k)
        won = lab.ravel()[cell]
        counts += np.stack([(won == L).sum(1) for L in range(len(labels))], 1)
    totals[start:start + n] = counts
seconds = time.perf_counter() - t0
cpu = time.process_time() - c0
probability = {}
for i, c in enumerate(codes):
    seat = {}
    for p in range(8):
        if alive[i, p]:
            name = labels[p] if p < 7 else labels[other_label[i]]
            seat[name] = seat.get(name, 0) + wins[i, p] / SIMS
    probability[c] = seat
out = {'sims': SIMS, 'regionalSd': REGIONAL * 100, 'seconds': seconds, 'cpuSeconds': cpu, 'contendersDrawn': int(count.sum()),
       'winProbability': probability,
       'seatTotals': {p: {'mean': float(totals[:, j].mean()), 'median': float(np.percentile(totals[:, j], 50)),
                          'p05': float(np.percentile(totals[:, j], 5)), 'p95': float(np.percentile(totals[:, j], 95))}
                      for j, p in enumerate(labels)}}
json.dump(out, sys.stdout)
