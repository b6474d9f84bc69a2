-- Loaded by `wrk -s` from bench/run.sh (issue 18, writes alone against a C loop): every request
-- POSTs a valid new deployment event (a unique key per thread and counter) with the editor's bearer
-- token MSSOPS_TOKEN. At the end it prints one JSON line like bench/wrk_report.lua, with non-2xx
-- answers counted as errors_status.
local token = os.getenv("MSSOPS_TOKEN") or ""
local run_id = os.getenv("MSSOPS_WRITES_RUN") or "0"
local headers = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}

local threads = {}
local next_thread = 0
function setup(thread)
  next_thread = next_thread + 1
  thread:set("number", next_thread)
  table.insert(threads, thread)
end

local counter = 0
local non_2xx = 0
function request()
  counter = counter + 1
  local key = string.format("bench-writes-%s-%d-%d", run_id, wrk.thread:get("number"), counter)
  local body = string.format('{"key": "%s", "mission": "mss-haiti", "country": "KEN", ' ..
    '"personnel_type": "police", "count": 1, "event": "arrived", "date": "2025-%02d-%02d", ' ..
    '"basis": "reported", "source_id": "synthetic-bench-mission", "notes": "SYNTHETIC bench arrival"}',
    key, 1 + counter % 12, 1 + counter % 28)
  return wrk.format("POST", "/api/v1/deployment_events", headers, body)
end

function response(status, response_headers, body)
  if status < 200 or status > 299 then
    non_2xx = non_2xx + 1
    if non_2xx <= 3 then io.stderr:write("non-2xx " .. status .. ": " .. string.sub(body, 1, 300) .. "\n") end
  end
  wrk.thread:set("non_2xx", non_2xx)
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + (thread:get("non_2xx") or 0) end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "bytes": %d, "errors_connect": %d, "errors_read": %d, "errors_write": %d, ' ..
    '"errors_status": %d, "errors_timeout": %d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, summary.bytes, e.connect, e.read, e.write, failed, e.timeout))
end
