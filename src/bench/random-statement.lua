-- wrk script: GET a statement chosen at random among the ids listed in the file named by $IDS.
local ids = {}
for line in io.lines(os.getenv("IDS")) do
    ids[#ids + 1] = line
end

-- Each thread draws its own sequence: with one seed for all, the threads sent the same requests
-- at the same moments, and one thread's read was often answered from the cache the other's filled.
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

function init(args)
    math.randomseed(os.time() * 1000 + id)
end
request = function()
    return wrk.format("GET", "/api/v1/statements/" .. ids[math.random(#ids)])
end
