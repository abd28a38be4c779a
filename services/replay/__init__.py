"""`ncrs-watch replay`: the engine offline over a file of events, in event time."""
