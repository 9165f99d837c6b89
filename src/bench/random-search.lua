-- wrk script: GET a one-word search of the list path in $SEARCH_PATH (default /api/v1/statements),
-- the word chosen at random among those in the file named by $WORDS (with $DATE set, the lines
-- are days and the request is a date-only page, ?date=DAY). With $NOCACHE set, each
-- request also carries a unique unknown parameter, so that the server's cache of rendered reads
-- never answers and every request is a real search. $PARAM names another parameter to vary
-- (the change feed's since), and $EXTRA is appended to every query (&limit=1000).
local words = {}
for line in io.lines(os.getenv("WORDS")) do
    words[#words + 1] = line
end
local path = os.getenv("SEARCH_PATH") or "/api/v1/statements"
local nocache = os.getenv("NOCACHE")
local param = os.getenv("PARAM") or (os.getenv("DATE") and "date" or "q")
local extra = os.getenv("EXTRA") or ""
local counter = 0

-- Each thread draws its own sequence: with one seed for all, the threads sent the same requests
-- at the same moments, and one thread's read was often answered from the cache the other's filled.
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

local started
function init(args)
    started = os.time()
    math.randomseed(started * 1000 + id)
end

local function encode(s)
    return (s:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
    counter = counter + 1
    local url = path .. "?" .. param .. "=" .. encode(words[math.random(#words)]) .. extra
    if nocache then
        url = url .. "&nocache=" .. started .. "-" .. id .. "-" .. counter
    end
    return wrk.format("GET", url)
end
