"""kbdesk's build backend: setuptools, plus Qt's lrelease when a wheel is built.

A wheel must carry compiled translations (.qm): an installed site-packages
may not be writable, so they cannot be built at start-up there. lrelease ships
with PySide6-Essentials, so building a wheel (``pip install .``, ``pip wheel``,
``python -m build``) asks for it in the build environment. An editable install
(``pip install -e .``) does not: it reads resources/ in place and compiles the
.qm files there at start-up (kbdesk/ui/i18n.py), so it stays quick.
"""

from __future__ import annotations

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every other hook is setuptools' own

LRELEASE_PROVIDER = "PySide6-Essentials>=6.6"  # the same lower bound as the runtime dependency


def get_requires_for_build_wheel(config_settings=None):
    return [*_setuptools.get_requires_for_build_wheel(config_settings), LRELEASE_PROVIDER]
