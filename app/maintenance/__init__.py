"""Keeping the program and its data healthy: backups and restore, integrity checks, logs,
the self-test of a built bundle, and the About information (versions and licences)."""
