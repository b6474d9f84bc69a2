-- Loaded by `wrk -s` from scripts/load-test.sh. MSSOPS_LOAD_ROLE=reader cycles through the mission
-- summary, the incidents aggregate and an incident page; MSSOPS_LOAD_ROLE=writer posts valid new
-- incidents and deployment events (each key unique: thread number and a counter), stopping each
-- thread after MSSOPS_LOAD_MAX_WRITES writes so the run is bounded in count as well as in time.
-- Every request carries the bearer token MSSOPS_TOKEN. At the end it prints one JSON line.
-- Requests per second are counted over the time each thread actually spent (its first request to
-- its last response): a writer thread that stops at its cap must not be divided by the whole run.
local role = os.getenv("MSSOPS_LOAD_ROLE") or "reader"
local token = os.getenv("MSSOPS_TOKEN") or ""
local max_writes = tonumber(os.getenv("MSSOPS_LOAD_MAX_WRITES") or "5000")
local run_id = os.getenv("MSSOPS_LOAD_RUN") or "0"

local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } mssops_timespec;
int clock_gettime(int clock, mssops_timespec *now);
]]
local monotonic = ffi.new("mssops_timespec")
local function now_us()
  ffi.C.clock_gettime(1, monotonic) -- CLOCK_MONOTONIC
  return tonumber(monotonic.tv_sec) * 1000000 + tonumber(monotonic.tv_nsec) / 1000
end

local threads = {}
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("number", next_thread)
  table.insert(threads, thread)
end

local counter = 0
local answered = 0
local started_us = nil
local non_2xx = 0
local statuses = {}
local headers = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}

local reads = {
  "/api/v1/missions/mss-haiti/summary",
  "/api/v1/incidents/aggregate?by=adm1&period=week",
  "/api/v1/incidents?limit=20&admin1=Ouest",
}

local function incident_body(key)
  return string.format('{"key": "%s", "date": "2025-%02d-%02d", "time_precision": 1, "event_type": "Riots", ' ..
    '"sub_event_type": "Mob violence", "actor1": "Rioters (synthetic)", "country": "HTI", "admin1": "Ouest", ' ..
    '"location": "Port-au-Prince", "latitude": 18.54, "longitude": -72.34, "fatalities": 0, ' ..
    '"reported_by": "mssops load test", "source_id": "synthetic-bench-mission", "notes": "SYNTHETIC load-test event"}', key, 1 + counter % 12, 1 + counter % 28)
end

local function deployment_body(key)
  return string.format('{"key": "%s", "mission": "mss-haiti", "country": "KEN", "personnel_type": "police", ' ..
    '"count": 1, "event": "arrived", "date": "2025-%02d-%02d", "basis": "reported", ' ..
    '"source_id": "synthetic-bench-mission", "notes": "SYNTHETIC load-test arrival"}', key, 1 + counter % 12,
    1 + counter % 28)
end

function request()
  if not started_us then
    started_us = now_us()
    wrk.thread:set("started_us", started_us)
  end
  counter = counter + 1
  if role == "writer" then
    local key = string.format("load-%s-%d-%d", run_id, wrk.thread:get("number"), counter)
    if counter % 2 == 0 then
      return wrk.format("POST", "/api/v1/deployment_events", headers, deployment_body(key))
    end
    return wrk.format("POST", "/api/v1/incidents", headers, incident_body(key))
  end
  return wrk.format("GET", reads[1 + counter % #reads], headers)
end

function response(status, response_headers, body)
  if status < 200 or status > 299 then
    non_2xx = non_2xx + 1
    statuses[status] = (statuses[status] or 0) + 1
    if non_2xx <= 3 then io.stderr:write("non-2xx " .. status .. ": " .. string.sub(body, 1, 300) .. "\n") end
  end
  answered = answered + 1
  wrk.thread:set("non_2xx", non_2xx)
  wrk.thread:set("answered", answered)
  wrk.thread:set("finished_us", now_us())
  if role == "writer" and counter >= max_writes then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local failed = 0
  local answered_all = 0
  local rate = 0
  local busiest_seconds = 0
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("non_2xx") or 0)
    local count = thread:get("answered") or 0
    local started, finished = thread:get("started_us"), thread:get("finished_us")
    answered_all = answered_all + count
    if started and finished and finished > started then
      local seconds = (finished - started) / 1e6
      rate = rate + count / seconds
      if seconds > busiest_seconds then busiest_seconds = seconds end
    end
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "seconds": %.3f, "rps": %.1f, "wrk_rps": %.1f, "p50_us": %d, "p90_us": %d, ' ..
    '"p99_us": %d, "max_us": %d, "non_2xx": %d, "errors_connect": %d, "errors_read": %d, "errors_write": %d, ' ..
    '"errors_status": %d, "errors_timeout": %d}\n',
    answered_all, busiest_seconds, rate, summary.requests / (summary.duration / 1e6), latency:percentile(50),
    latency:percentile(90), latency:percentile(99), latency.max, failed, e.connect, e.read, e.write, e.status,
    e.timeout))
end
