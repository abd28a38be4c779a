"""The stream worker: `ncrs-watch worker` (faust app, transactional emission, deadlines)."""
