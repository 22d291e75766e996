"""Readers for element-set and catalogue formats. Parsers take data (bytes, text), not paths."""
