"""Benchmarks: scripts that time hot paths against a peer in one run and print ratios."""
