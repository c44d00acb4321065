-- Paces each connection: a request, then a pause, so that N connections make a steady rate.
-- wrk -t2 -c10 -d60s --latency -s paced.lua URL  (10 connections x 20 per second = 200 per second)
local pause_ms = tonumber(os.getenv("PAUSE_MS") or "50")

function delay()
  return pause_ms
end

function done(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s: %.1f per second; non-2xx or errors: %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
