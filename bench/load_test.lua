-- Loaded by `wrk -s` from scripts/load-test.sh. MSSOPS_LOAD_ROLE=reader cycles through the mission
-- summary, the incidents aggregate and an incident page; MSSOPS_LOAD_ROLE=writer posts valid new
-- incidents and deployment events (each key unique: thread number and a counter), stopping each
-- thread after MSSOPS_LOAD_MAX_WRITES writes so the run is bounded in count as well as in time.
-- Every request carries the bearer token MSSOPS_TOKEN. At the end it prints one JSON line.
local role = os.getenv("MSSOPS_LOAD_ROLE") or "reader"
local token = os.getenv("MSSOPS_TOKEN") or ""
local max_writes = tonumber(os.getenv("MSSOPS_LOAD_MAX_WRITES") or "5000")
local run_id = os.getenv("MSSOPS_LOAD_RUN") or "0"

local threads = {}
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("number", next_thread)
  table.insert(threads, thread)
end

local counter = 0
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
  wrk.thread:set("non_2xx", non_2xx)
  if role == "writer" and counter >= max_writes then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + (thread:get("non_2xx") or 0) end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "non_2xx": %d, "errors_connect": %d, "errors_read": %d, "errors_write": %d, ' ..
    '"errors_status": %d, "errors_timeout": %d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, failed, e.connect, e.read, e.write, e.status, e.timeout))
end
