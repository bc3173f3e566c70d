"""`kbdesk team init URL`, `kbdesk --archive URL team add-user NAME --role R`, `kbdesk team users`."""

from __future__ import annotations

import argparse
import getpass
import sys

from ..errors import ArchiveError
from ..services.team_access import ROLES, add_team_user, describe, init_team, is_team_url, team_users
from .progress import Output


def add_parsers(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser("team", help="a team archive on PostgreSQL: create it, add people, list them")
    tsub = t.add_subparsers(dest="team_command", required=True)
    c = tsub.add_parser("init", help="create the schema and the team's roles in an empty database")
    c.add_argument("url", metavar="URL", help="postgresql://owner@host/dbname (an empty database you own)")
    c = tsub.add_parser("add-user", help="let a person log in with a role (run as the archive's owner)")
    c.add_argument("name", help="their login name (lowercase letters, digits, _)")
    c.add_argument("--role", required=True, choices=ROLES)
    c.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    tsub.add_parser("users", help="who may log in, with their role")


def run(args: argparse.Namespace, out: Output) -> int:
    if args.team_command == "init":
        if not is_team_url(args.url):
            raise ArchiveError(f"{args.url} is not a team archive address (postgresql://user@host/dbname).")
        init_team(args.url)
        out.done(f"Created the team archive {describe(args.url)} with the roles {', '.join(ROLES)}. "
                 f"Add people with: kbdesk --archive URL team add-user NAME --role ROLE")
        return 0
    url = args.archive
    if not url or not is_team_url(url):
        raise ArchiveError("Name the team archive: kbdesk --archive postgresql://owner@host/dbname team …")
    if args.team_command == "users":
        for name, role in team_users(url):
            print(f"{name:<24} {role}")
        return 0
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.name} (empty: set it later): ") or None
    add_team_user(url, args.name, args.role, password)
    out.done(f"{args.name} may now log in to {describe(url)} as {args.role}.")
    return 0
