"""One widget per main-window section; each owns its list and detail views."""
