"""`ncrs-watch simulate`: realistic control-room event streams onto Kafka (or a file)."""
