"""Originality audit: fingerprints, embeddings, a vector index and a policy (see audit.py)."""
