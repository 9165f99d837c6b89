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

dofile("src/bench/threads.lua")

request = function()
    counter = counter + 1
    local url = path .. "?" .. param .. "=" .. encode(words[math.random(#words)]) .. extra
    if nocache then
        url = url .. "&nocache=" .. started .. "-" .. id .. "-" .. counter
    end
    return wrk.format("GET", url)
end
