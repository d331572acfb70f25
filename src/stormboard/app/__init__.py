"""Use cases: undoable edits, history, the board session, queries, and the ports they need."""
