"""Thai text helpers: digits, Buddhist-era dates, fiscal years, sort order."""
