"""Rule-based extraction of the CONTRACT §3 facts: layout, spaCy pipeline, one module per fact group."""
