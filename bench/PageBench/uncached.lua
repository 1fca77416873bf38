-- uncached.lua - wrk script for the "article (uncached)" scenario.
-- Every request asks for the article with a query string no earlier request used, so an output
-- cache keyed on path and query (ASP.NET Core's default) never holds the answer: each request is
-- rendered. The portal's article action reads no query parameter, so the page itself is unchanged.
local threads = 0

function setup(thread)
   threads = threads + 1
   thread:set("thread_number", threads)
end

local sent = 0

function request()
   sent = sent + 1
   return wrk.format(nil, wrk.path .. "?uncached=" .. thread_number .. "-" .. sent)
end
