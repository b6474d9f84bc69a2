-- Loaded by `wrk -s`: sends the Authorization header given in the environment (MSSOPS_TOKEN) and, at
-- the end, prints one JSON line the bench scripts parse: requests per second, latency percentiles in
-- microseconds, and every kind of error wrk counts (status >= 400 included).
local token = os.getenv("MSSOPS_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "bytes": %d, "errors_connect": %d, "errors_read": %d, "errors_write": %d, ' ..
    '"errors_status": %d, "errors_timeout": %d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout))
end
