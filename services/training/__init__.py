"""`ncrs-watch train`: generate data, fit, evaluate and write the crimeability model artifact."""
