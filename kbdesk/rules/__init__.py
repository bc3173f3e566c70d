"""Service-plan rules: working calendar, deadlines, lifecycle, quotas, notices.

Plain Python over plain data; the only module here that reads the archive is
:mod:`kbdesk.rules.attention`, which loads the facts the pure rules need.
"""
