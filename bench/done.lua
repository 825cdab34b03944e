-- Included by every bench/*.lua (dofile, run from the repository root): at the end of a wrk run, one line
-- `BENCH {…}` with what wrk's own summary does not print: the largest latency, the number of answers that
-- took over 1 s (wrk keeps a count per distinct latency in microseconds, up to --timeout; an answer that never
-- came within --timeout is a socket timeout, counted apart), p50/p99, and the error counts.
function done(summary, latency, requests)
  -- #latency is the number of distinct latencies recorded, latency(i) the i-th of them (µs) and its count.
  local over = 0
  for i = 1, #latency do
    local us, n = latency(i)
    if us > 1000000 then over = over + n end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"maxUs":%d,"over1s":%d,"non2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, over,
    e.status, e.connect, e.read, e.write, e.timeout))
end
