-- wrk script: what readers of the API do together, each request drawn at random: half of them GET
-- a statement at random among the ids in the file named by $IDS, a quarter the date page of a day
-- at random among those in $DAYS, a quarter a one-word search of a word at random in $WORDS. A
-- unique unknown parameter on each request keeps the server's cache of rendered reads out of it.
local function lines(name)
    local list = {}
    for line in io.lines(os.getenv(name)) do
        list[#list + 1] = line
    end
    return list
end
local ids, days, words = lines("IDS"), lines("DAYS"), lines("WORDS")
local counter = 0

dofile("src/bench/threads.lua")

request = function()
    counter = counter + 1
    local nocache = "nocache=" .. started .. "-" .. id .. "-" .. counter
    local draw = math.random(4)
    if draw <= 2 then
        return wrk.format("GET", "/api/v1/statements/" .. ids[math.random(#ids)] .. "?" .. nocache)
    elseif draw == 3 then
        return wrk.format("GET", "/api/v1/statements?date=" .. days[math.random(#days)] .. "&" .. nocache)
    end
    return wrk.format("GET", "/api/v1/statements?q=" .. encode(words[math.random(#words)]) .. "&" .. nocache)
end
