-- wrk script: GET a statement chosen at random among the ids listed in the file named by $IDS.
local ids = {}
for line in io.lines(os.getenv("IDS")) do
    ids[#ids + 1] = line
end

dofile("src/bench/threads.lua")

request = function()
    return wrk.format("GET", "/api/v1/statements/" .. ids[math.random(#ids)])
end
