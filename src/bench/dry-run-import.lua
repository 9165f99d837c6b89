-- wrk script: POST the page in the file named by $BODY as a dry-run import, with the key in $KEY.
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=UTF-8"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("KEY")
