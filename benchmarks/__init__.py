"""The performance harness behind `make bench`: a throwaway database with the demo content
and a realistic bulk of pages, then the key public addresses timed over real HTTP and
their SQL queries counted. Run as `python -m benchmarks`; README "Benchmarks" says how."""
