-- Included by every bench/*.lua (dofile, run from the repository root): at the end of a wrk run, one line
-- `BENCH {…}` with what wrk's own summary does not print: the largest latency, the number of answers that
-- took over 1 s (wrk keeps a count per distinct latency in microseconds, up to --timeout; an answer that never
-- came within --timeout is a socket timeout, counted apart), p50/p99, and the error counts.
--
-- wrk 4 "corrects" its latency histogram for coordinated omission before done() runs (stats_correct in wrk.c):
-- for every answer that took n ≥ 2e µs, e = duration / (requests / connections), it adds a made-up sample at
-- n − e, n − 2e, … while above e. One answer of 5 s with e = 68 ms becomes ~70 "requests", ~58 of them over
-- 1 s. Those samples are not answers: they are undone here, from the largest latency down (each made-up sample
-- comes from a larger latency), so over1s, p50 and p99 count the answers wrk received; wrk's own corrected
-- figures are printed beside them (over1sWrk, p99WrkUs). The largest latency is an answer either way.
-- WRK_CONNECTIONS (bench/wrk.ts sets it) is wrk's -c; without it nothing is undone.

-- The answers' count per distinct latency (µs), ascending, with wrk's made-up samples taken out.
local function answers(summary, latency)
  local values, counts = {}, {}
  for i = 1, #latency do
    local us, n = latency(i)
    values[i] = us
    counts[us] = n
  end
  local connections = tonumber(os.getenv("WRK_CONNECTIONS") or "")
  local perConnection = connections and math.floor(summary.requests / connections) or 0
  if perConnection > 0 then
    local e = math.floor(summary.duration / perConnection)
    local made = {}
    for i = #values, 1, -1 do
      local us = values[i]
      local real = counts[us] - (made[us] or 0)
      counts[us] = real
      if us >= 2 * e and real > 0 then
        local m = us - e
        while m > e do
          made[m] = (made[m] or 0) + real
          m = m - e
        end
      end
    end
  end
  return values, counts
end

function done(summary, latency, requests)
  local values, counts = answers(summary, latency)
  local recorded, over, overWrk = 0, 0, 0
  for _, us in ipairs(values) do recorded = recorded + counts[us] end
  for i = 1, #latency do
    local us, n = latency(i)
    if us > 1000000 then overWrk = overWrk + n; over = over + counts[us] end
  end
  local function percentile(p)
    local want, seen = math.ceil(recorded * p / 100), 0
    for _, us in ipairs(values) do
      seen = seen + counts[us]
      if seen >= want then return us end
    end
    return 0
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"recorded":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"maxUs":%d,"over1s":%d,"p99WrkUs":%d,"over1sWrk":%d,"non2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\n',
    summary.requests, recorded, summary.duration, percentile(50), percentile(99), latency.max, over,
    latency:percentile(99), overWrk, e.status, e.connect, e.read, e.write, e.timeout))
end
