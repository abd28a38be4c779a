"""The supervisor console: live alerts for a supervisor's areas, and the actions they take."""
