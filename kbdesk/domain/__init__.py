"""Plain-Python domain vocabulary shared by storage, services, search and UI."""
