-- wrk script: /projection with typed shares that differ on every request (so no answer comes from
-- the server's memory of recent runs), the transition model, regional errors on (the default),
-- 20,000 draws. usage: wrk -t1 -c1 -d60s -s typed-shares.lua http://127.0.0.1:PORT
local counter = 0
request = function()
  counter = counter + 1
  local n = counter + 1000 * math.random(0, 999)
  local ruk = 24 + (n % 61) / 10
  local lab = 20 + (n % 31) / 10
  local path = string.format(
    "/projection?source=custom&con=18&lab=%.1f&ld=12&ruk=%.1f&green=10&snp=2.5&pc=0.7&model=tm&sims=20000", lab, ruk)
  return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip" })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx) %d\n", summary.requests, summary.errors.status))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%g %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
