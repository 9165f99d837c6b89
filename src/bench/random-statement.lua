-- wrk script: GET one of the names listed in the file named by $IDS, chosen at random, under the
-- path $PREFIX (default /api/v1/statements/, the server's statements; /s/ for nginx's copies of
-- them, /d/ with a file of days for its copies of the date pages). With $NOCACHE set, each request
-- also carries a unique unknown parameter, so that the server's cache of rendered reads never
-- answers (nginx ignores it and serves the same file).
local ids = {}
for line in io.lines(os.getenv("IDS")) do
    ids[#ids + 1] = line
end
local prefix = os.getenv("PREFIX") or "/api/v1/statements/"
local nocache = os.getenv("NOCACHE")
local counter = 0

dofile("src/bench/threads.lua")

request = function()
    counter = counter + 1
    local url = prefix .. ids[math.random(#ids)]
    if nocache then
        url = url .. "?nocache=" .. started .. "-" .. id .. "-" .. counter
    end
    return wrk.format("GET", url)
end
