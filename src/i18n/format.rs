//! Locale formatting of dates, durations and money.
