"""PyInstaller entry point: the ``kbdesk`` command.

With no arguments it starts the desktop app; with arguments it is the same
command line as ``kbdesk`` from a pip install (``kbdesk --archive X search …``).
The app's background jobs re-run this executable with CLI arguments
(kbdesk.ui.jobs.kbdesk_command), so both must work from one binary.
"""

import sys

from kbdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
