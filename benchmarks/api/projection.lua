-- POSTs a projection of 10,000 simulations, each with a seed of its own so that no answer is
-- served from the recent-runs cache. wrk -t1 -c1 -d30s --latency -s projection.lua URL/api/v1/projections
local seed = 1000

request = function()
  seed = seed + 1
  local body = string.format(
    '{"shares":{"Con":18,"Lab":22,"LD":12,"RUK":30,"Green":10,"SNP":2.5,"PC":0.7},"sims":10000,"seed":%d}', seed)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s; non-2xx or errors: %d\n",
    summary.requests, summary.duration / 1e6,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
