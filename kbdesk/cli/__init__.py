"""The `kbdesk` command line: uses the same services as the GUI."""
