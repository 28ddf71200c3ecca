"""Benchmarks: synthetic corpora, a naive peer and timing harnesses (`python -m extraction bench`)."""
