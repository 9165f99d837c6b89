-- Shared by the wrk scripts (loaded with dofile): each thread draws its own random sequence. With
-- one seed for all, the threads sent the same requests at the same moments, and one thread's read
-- was often answered from the cache the other's had just filled. Sets the globals id (the thread,
-- from 1) and started (when it started, in seconds); and encode(s), s escaped for a query string.
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

function init(args)
    started = os.time()
    math.randomseed(started * 1000 + id)
end

function encode(s)
    return (s:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
