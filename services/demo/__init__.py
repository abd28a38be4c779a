"""`python -m services.demo`: alerts as they fire, in a live terminal table (used by make demo)."""
