"""Rule-based behaviour detectors: manoeuvres, pattern-of-life labels, other events."""
