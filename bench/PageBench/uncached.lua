-- uncached.lua - wrk script for the "article (uncached)" scenario.
-- Every request carries an Authorization header. The portal's output cache neither answers nor
-- stores a request that carries credentials, and the portal signs nobody in from this header (it
-- uses a cookie), so each request is rendered afresh as for an anonymous reader, and the cache is
-- left as it was: the same page, the same code path, only without the cache.
wrk.headers["Authorization"] = "Bearer page-bench-uncached"
