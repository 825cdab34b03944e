-- Included by the write benchmarks (dofile, run from the repository root): what varies per request. Each wrk
-- thread seeds its own generator; a citizen is one of the BENCH_CITIZENS bench/servers/facade.ts loads (CPRs
-- 0101900000 + i), a day one of April to June 2025.
local citizens = tonumber(os.getenv("BENCH_CITIZENS") or "1000")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function randomCpr()
  return string.format("%010d", 101900000 + math.random(0, citizens - 1))
end

function randomDay()
  return string.format("2025-%02d-%02d", math.random(4, 6), math.random(1, 28))
end

-- The request() of a write whose envelope varies by {CPR} and {DAY} only (CreateAbsence, CreateActivity).
function citizenAndDay()
  local body = (wrk.body:gsub("{CPR}", randomCpr()):gsub("{DAY}", randomDay()))
  return wrk.format(nil, nil, nil, body)
end
