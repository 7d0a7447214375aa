-- wrk script for bench/budgets.sh: cycles GET requests over the paths in PADEN (space-separated), with the bearer
-- token in TOKEN, so that one wrk run is a mixed read load over a service's main read endpoints.
local paden = {}
for pad in string.gmatch(os.getenv("PADEN") or "/q/health/live", "%S+") do
  paden[#paden + 1] = pad
end
local headers = { ["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or ""), ["Accept"] = "application/json" }
local i = 0
request = function()
  i = i % #paden + 1
  return wrk.format("GET", paden[i], headers)
end
