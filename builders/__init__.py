"""Builders: files -> normalised documents -> mentions, entities, statements -> quads."""
