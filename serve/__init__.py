"""The SPARQL endpoint: a Starlette app served by uvicorn, queries run in worker processes that can be
stopped when they run too long."""
