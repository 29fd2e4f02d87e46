#!/usr/bin/env python3
"""Black-box acceptance check of the `helpdesk` command-line contract (../shared/CLI.md).

It knows only what a script author on a fresh machine knows: the built binary, the README and
CLI.md. Every check drives the binary against fresh temporary databases (`--db`, `$HELPDESK_DB`
and the XDG default with a temporary `XDG_DATA_HOME` and `HOME`) and compares what it prints
and how it exits with the contract's words. Python 3 standard library only.

    Tests/EndToEnd/cli-contract.py [BINARY]     # default: $HELPDESK_BIN, else .build/debug/helpdesk

Prints one line per check (`ok`/`FAIL`), then a summary; exits 0 when every check passed, 1
otherwise, 2 when the binary is missing. `swift test` runs it (CLIContractScriptTests).
Groups of checks use separate databases and run two at a time to stay well under a minute.
"""

import concurrent.futures
import csv
import datetime
import io
import json
import os
import pwd
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                         os.environ.get("HELPDESK_BIN") or os.path.join(ROOT, ".build/debug/helpdesk"))
WORK = tempfile.mkdtemp(prefix="helpdesk-cli-contract-")
# The same for every run: this machine's clock decides "today", UTC keeps report days simple.
BASE_ENV = {k: v for k, v in os.environ.items()
            if not k.startswith(("HELPDESK_", "XDG_")) and k not in ("USER", "LOGNAME", "NO_COLOR", "LANG", "LC_ALL")}
BASE_ENV.update({"TZ": "UTC", "LANG": "C.UTF-8", "NO_COLOR": "1", "TERM": "dumb", "HELPDESK_BUSY_TIMEOUT": "1"})

STATUSES = ["new", "open", "pending-customer", "pending-vendor", "resolved", "closed"]
ROLES = ["l1", "l2", "l3", "supervisor", "admin"]


class Result:
    def __init__(self, args, code, out, err):
        self.args, self.code, self.out, self.err = args, code, out, err

    def json(self):
        return json.loads(self.out)

    def __repr__(self):
        return f"`{' '.join(self.args)}` exit {self.code}, stdout {self.out[:300]!r}, stderr {self.err[:300]!r}"


class Group:
    """A group of checks with its own folder, environment and verdicts."""

    def __init__(self, name):
        self.name = name
        self.dir = os.path.join(WORK, name)
        os.makedirs(self.dir)
        self.env = dict(BASE_ENV, HOME=os.path.join(self.dir, "home"), XDG_DATA_HOME=os.path.join(self.dir, "data"),
                        XDG_CONFIG_HOME=os.path.join(self.dir, "config"), XDG_STATE_HOME=os.path.join(self.dir, "state"),
                        USER="boss")
        os.makedirs(self.env["HOME"])
        self.db = self.path("desk.sqlite")
        self.lines = []
        self.failures = 0
        self.checks = 0
        self.runs = 0

    def path(self, name):
        return os.path.join(self.dir, name)

    def write(self, name, text):
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(text.encode() if isinstance(text, str) else text)
        return path

    def run(self, *args, user=None, db=True, env=None, stdin=None, unset=()):
        """Runs the binary; `db=True` puts `--db DESK` first, a string names another file."""
        e = dict(self.env)
        if user is not None:
            e["USER"] = user
        e.update(env or {})
        for name in unset:
            e.pop(name, None)
        argv = list(args)
        if db is True:
            argv = ["--db", self.db] + argv
        elif isinstance(db, str):
            argv = ["--db", db] + argv
        self.runs += 1
        p = subprocess.run([BINARY] + argv, env=e, input=(stdin or "").encode(), capture_output=True, timeout=60)
        return Result(argv, p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))

    def check(self, name, condition, detail=""):
        self.checks += 1
        if condition:
            self.lines.append(f"ok   {self.name}: {name}")
        else:
            self.failures += 1
            self.lines.append(f"FAIL {self.name}: {name}\n       {detail}")
        return condition

    def ok(self, name, result, json_type=None):
        """Exit 0 (and, with `json_type`, stdout is one JSON value of that type); returns the JSON."""
        good = result.code == 0
        value = None
        if good and json_type is not None:
            try:
                value = result.json()
                good = isinstance(value, json_type)
            except ValueError:
                good = False
        self.check(name, good, repr(result))
        return value if json_type is not None else result

    def fails(self, name, result, code, says=()):
        """The contract's error: exit `code` (None: any but 0), one `helpdesk: ...` line on stderr,
        nothing on stdout."""
        lines = result.err.splitlines()
        good = ((result.code == code if code else result.code != 0) and result.out == "" and len(lines) == 1 and lines[0].startswith("helpdesk: ")
                and result.err.endswith("\n") and all(s.lower() in result.err.lower() for s in says))
        self.check(f"{name} (exit {code or 'non-zero'}, one stderr line, clean stdout)", good, repr(result))

    def new_ticket(self, subject, user="ana", *extra):
        r = self.run("ticket", "new", "--subject", subject, "--requester", "marta@contoso.example", *extra, "--json", user=user)
        if r.code != 0:
            raise RuntimeError(repr(r))
        return r.json()["id"]

    def setup_desk(self):
        """boss (admin) adds the team; everyone works with their own OS login."""
        team = [("boss", "admin", []), ("ana", "l1", []), ("luis", "l2", ["network", "os"]),
                ("elena", "l3", ["network"]), ("sofia", "supervisor", [])]
        for login, role, areas in team:
            args = ["agent", "add", login, "--name", login.capitalize(), "--role", role]
            for a in areas:
                args += ["--area", a]
            r = self.run(*args)
            if r.code != 0:
                raise RuntimeError(repr(r))


def query(path, sql):
    """Rows of `sql` on the SQLite file at `path`, read with Python's own sqlite3."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def iso8601(text):
    try:
        datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return True
    except (TypeError, ValueError):
        return False


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def ticket_shape(t, with_events=False):
    """Problems with a ticket object against the contract's JSON shape (empty when fine)."""
    problems = []
    if not isinstance(t, dict):
        return ["not an object"]
    want = {"id": lambda v: isinstance(v, int) and not isinstance(v, bool), "subject": lambda v: isinstance(v, str),
            "status": lambda v: v in STATUSES, "tier": lambda v: v in ("l1", "l2", "l3", "external"),
            "priority": lambda v: v in ("P1", "P2", "P3", "P4"), "kind": lambda v: v in ("incident", "request"),
            "requester": lambda v: isinstance(v, str), "assignee": lambda v: v is None or isinstance(v, str),
            "first_contact_resolution": lambda v: isinstance(v, bool), "created_at": iso8601}
    for key, good in want.items():
        if key not in t or not good(t[key]):
            problems.append(f"{key}={t.get(key, '<missing>')!r}")
    if with_events:
        events = t.get("events")
        if not isinstance(events, list) or not events:
            problems.append("events missing or empty")
        else:
            for e in events:
                if not (isinstance(e, dict) and isinstance(e.get("type"), str) and iso8601(e.get("at"))
                        and isinstance(e.get("actor"), str)):
                    problems.append(f"event {e!r}")
    return problems


def article_shape(a):
    if not isinstance(a, dict):
        return ["not an object"]
    problems = []
    if not (isinstance(a.get("id"), int) and not isinstance(a.get("id"), bool)):
        problems.append(f"id={a.get('id')!r}")
    if "external_id" not in a or not (a["external_id"] is None or isinstance(a["external_id"], str)):
        problems.append(f"external_id={a.get('external_id', '<missing>')!r}")
    if not isinstance(a.get("title"), str):
        problems.append("title")
    if a.get("lang") not in ("es", "en"):
        problems.append(f"lang={a.get('lang')!r}")
    if a.get("status") not in ("draft", "review", "published", "retired"):
        problems.append(f"status={a.get('status')!r}")
    return problems


# ---------------------------------------------------------------------------------------------
# Database location and identity


def database_location(g):
    # --db before and after the subcommand; a missing file is created with the schema.
    before, after = g.path("before.sqlite"), g.path("after.sqlite")
    g.ok("--db before the subcommand creates a missing database", g.run("--db", before, "ticket", "list", db=False))
    g.check("... the file exists", os.path.exists(before))
    g.ok("--db after the subcommand", g.run("ticket", "new", "--subject", "After", "--requester", "r", "--db", after, db=False))
    g.ok("--db between the command and its subcommand", g.run("ticket", "--db", after, "list", db=False))
    listed = g.ok("the ticket is in the --db file, read with --db first", g.run("--db", after, "ticket", "list", "--json", db=False), list)
    g.check("... one ticket, 'After'", [t.get("subject") for t in listed or []] == ["After"], repr(listed))
    g.ok("--json before the subcommand", g.run("--json", "--db", after, "agent", "list", db=False), list)
    tables = {r[0] for r in query(before, "SELECT name FROM sqlite_master WHERE type='table'")}
    g.check("a database created on first use has the current schema (tickets, events, articles, agents)",
            {"tickets", "ticket_events", "agents"} <= tables and any("article" in t for t in tables), sorted(tables))

    # $HELPDESK_DB when there is no --db; --db wins over it.
    env_db, other = g.path("env.sqlite"), g.path("other.sqlite")
    g.ok("$HELPDESK_DB is used without --db",
         g.run("ticket", "new", "--subject", "From env", "--requester", "r", db=False, env={"HELPDESK_DB": env_db}))
    g.check("... and created there", os.path.exists(env_db))
    r = g.run("ticket", "list", "--json", db=False, env={"HELPDESK_DB": env_db})
    g.check("... and read from there", r.code == 0 and [t["subject"] for t in r.json()] == ["From env"], repr(r))
    r = g.run("--db", other, "ticket", "list", "--json", db=False, env={"HELPDESK_DB": env_db})
    g.check("--db wins over $HELPDESK_DB", r.code == 0 and r.json() == [] and os.path.exists(other), repr(r))

    # The XDG default, and ~/.local/share without XDG_DATA_HOME.
    xdg = g.path("xdg")
    g.ok("init without --db or $HELPDESK_DB", g.run("init", db=False, env={"XDG_DATA_HOME": xdg}))
    g.check("... creates $XDG_DATA_HOME/helpdesk/helpdesk.sqlite", os.path.exists(os.path.join(xdg, "helpdesk/helpdesk.sqlite")))
    home = g.path("home2")
    os.makedirs(home)
    g.ok("ticket new without XDG_DATA_HOME", g.run("ticket", "new", "--subject", "Home", "--requester", "r", db=False,
                                                    env={"HOME": home}, unset=("XDG_DATA_HOME",)))
    g.check("... creates ~/.local/share/helpdesk/helpdesk.sqlite",
            os.path.exists(os.path.join(home, ".local/share/helpdesk/helpdesk.sqlite")))

    # init is idempotent: twice is fine, the schema and the data stay.
    desk = g.path("init.sqlite")
    g.ok("init creates a database", g.run("init", db=desk))
    g.run("ticket", "new", "--subject", "Kept", "--requester", "r", db=desk)

    schema = lambda: sorted(query(desk, "SELECT type, name, sql FROM sqlite_master"))
    first = schema()
    g.ok("init a second time", g.run("init", db=desk))
    g.ok("init a third time, --db after", g.run("init", "--db", desk, db=False))
    g.check("init is idempotent: same schema", schema() == first)
    r = g.run("ticket", "list", "--json", db=desk)
    g.check("init is idempotent: the data is kept", r.code == 0 and len(r.json()) == 1, repr(r))
    g.ok("init --json prints JSON", g.run("init", "--json", db=desk), dict)

    # 69: not a database, and locked past the retry budget.
    junk = g.write("junk.sqlite", b"this is not a database, just some text " * 200)
    g.fails("a file that is not a database", g.run("ticket", "list", db=junk), 69)
    g.fails("init on a file that is not a database", g.run("init", db=junk), 69)
    locked = g.path("locked.sqlite")
    g.run("init", db=locked)
    holder = sqlite3.connect(locked, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE IF NOT EXISTS cli_contract_lock (x)")
    try:
        started = time.monotonic()
        g.fails("a write while another process holds the write lock ($HELPDESK_BUSY_TIMEOUT=1)",
                g.run("ticket", "new", "--subject", "s", "--requester", "r", db=locked), 69)
        g.check("... gives up after the retry budget, not at once and not much later",
                0.8 <= time.monotonic() - started <= 8, f"{time.monotonic() - started:.1f} s")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    g.ok("... and works once the lock is released", g.run("ticket", "new", "--subject", "s", "--requester", "r", db=locked))


def identity(g):
    g.setup_desk()
    r = g.run("ticket", "new", "--subject", "Printer", "--requester", "marta", "--json", user="ana")
    t = g.ok("the OS login ($USER) acts", r, dict) or {}
    tid = t.get("id")
    show = g.run("ticket", "show", str(tid), "--json").json()
    g.check("... the event's actor is $USER", show["events"][0]["actor"] == "ana", show["events"])

    # Without $USER: the uid's name.
    me = pwd.getpwuid(os.getuid()).pw_name
    g.run("agent", "add", me, "--name", "Me", "--role", "l1")
    r = g.run("ticket", "note", str(tid), "noted without USER", "--json", unset=("USER", "LOGNAME"))
    g.ok("without $USER the uid's name acts", r, dict)
    events = g.run("ticket", "show", str(tid), "--json").json()["events"]
    g.check(f"... the event's actor is {me}", events[-1]["actor"] == me, events[-1])

    # --as: an admin OS login may; it acts as the other agent, before or after the subcommand.
    r = g.run("--as", "luis", "ticket", "note", str(tid), "as luis", "--json", user="boss")
    g.ok("--as for an admin OS login", r, dict)
    r = g.run("ticket", "note", str(tid), "as elena", "--as", "elena", "--json", user="boss")
    g.ok("--as after the subcommand", r, dict)
    actors = [e["actor"] for e in g.run("ticket", "show", str(tid), "--json").json()["events"]][-2:]
    g.check("... the events are signed by the --as agents", actors == ["luis", "elena"], actors)

    # Refused for anyone else, reading commands too: 77.
    for login in ("ana", "sofia", "stranger"):
        for cmd in (["ticket", "list"], ["ticket", "note", str(tid), "x"], ["report", "--json"]):
            g.fails(f"--as for OS login {login} ({' '.join(cmd[:2])})", g.run("--as", "luis", *cmd, user=login), 77)
    g.fails("a stranger (not an agent) cannot log tickets", g.run("ticket", "new", "--subject", "s", "--requester", "r", user="stranger"), 77)
    for cmd in (["ticket", "list"], ["ticket", "note", str(tid), "x"]):
        g.fails(f"--as a login that is no agent ({' '.join(cmd[:2])})", g.run("--as", "lusi", *cmd, user="boss"), 77, ["lusi"])

    # No admin yet: anyone may use --as, so the first agents can be set up.
    fresh = g.path("noadmin.sqlite")
    g.ok("a desk without an admin: agent add by anyone", g.run("agent", "add", "ana", "--name", "Ana", "--role", "l1", db=fresh, user="bob"))
    r = g.run("--as", "ana", "ticket", "new", "--subject", "s", "--requester", "r", "--json", db=fresh, user="bob")
    t = g.ok("--as on a desk with no admin yet", r, dict) or {}
    ev = g.run("ticket", "show", str(t.get("id", 0)), "--json", db=fresh, user="bob").json()
    g.check("... acts as that agent", ev["events"][0]["actor"] == "ana", ev["events"][0])
    g.ok("the first admin is added", g.run("agent", "add", "bob", "--name", "Bob", "--role", "admin", db=fresh, user="bob"))
    g.fails("--as once an admin exists, for a non-admin", g.run("--as", "ana", "ticket", "list", db=fresh, user="carl"), 77)
    g.ok("--as still fine for the admin", g.run("--as", "ana", "ticket", "list", db=fresh, user="bob"))

    # Role refusals: 77.
    g.fails("L1 cannot add agents", g.run("agent", "add", "x", "--name", "X", "--role", "l1", user="ana"), 77)
    g.fails("a supervisor cannot create an admin", g.run("agent", "add", "x", "--name", "X", "--role", "admin", user="sofia"), 77)
    g.ok("a supervisor adds an agent", g.run("agent", "add", "pablo", "--name", "Pablo", "--role", "l1", user="sofia"))

    # agent add / list
    r = g.run("agent", "add", "marco", "--name", "Marco Ruiz", "--role", "l2", "--area", "security", "--area", "access", "--json")
    a = g.ok("agent add --json prints the agent", r, dict) or {}
    g.check("... with login, name, role, areas", (a.get("login"), a.get("name"), a.get("role"), a.get("areas")) ==
            ("marco", "Marco Ruiz", "l2", ["security", "access"]), a)
    agents = g.ok("agent list --json is an array", g.run("agent", "list", "--json"), list) or []
    g.check("... of objects with login, name, role (l1..admin), areas (array of strings)",
            agents and all(isinstance(x.get("login"), str) and isinstance(x.get("name"), str) and x.get("role") in ROLES
                           and isinstance(x.get("areas"), list) and all(isinstance(s, str) for s in x["areas"]) for x in agents),
            agents)
    g.check("... every role added is listed", {x["role"] for x in agents} == set(ROLES), agents)
    r = g.run("agent", "list")
    g.check("agent list (text) names the agents", r.code == 0 and "luis" in r.out and "network" in r.out, repr(r))


# ---------------------------------------------------------------------------------------------
# Tickets


def tickets(g):
    g.setup_desk()
    desc = g.write("desc.txt", "Line one of the details.\nLínea dos, con acentos.\n")
    r = g.run("ticket", "new", "--subject", "No puedo conectarme a la VPN", "--requester", "marta@contoso.example",
              "--description-file", desc, "--kind", "request", "--category", "network", "--impact", "high",
              "--urgency", "high", user="ana")
    g.check("ticket new prints its id (digits and a newline only)", r.code == 0 and re.fullmatch(r"[0-9]+\n", r.out), repr(r))
    tid = r.out.strip()
    t = g.run("ticket", "show", tid, "--json").json()
    g.check("ticket show --json has the contract's fields, events with type/at/actor", not ticket_shape(t, True), ticket_shape(t, True))
    g.check("... the options were kept (kind, category, description from the file)",
            (t.get("kind"), t.get("category"), t.get("description")) ==
            ("request", "network", "Line one of the details.\nLínea dos, con acentos.\n"), t)
    g.check("... at L1, status new, unassigned, P1 from high × high",
            (t["tier"], t["status"], t["assignee"], t["priority"]) == ("l1", "new", None, "P1"), t)
    g.check("... the first event is signed by ana", t["events"][0]["actor"] == "ana", t["events"])

    r = g.run("ticket", "new", "--subject", "Printer", "--requester", "luis@x", "--description", "Tray 2", "--json",
              "--impact", "low", "--urgency", "low", user="ana")
    p = g.ok("ticket new --json prints the ticket", r, dict) or {}
    g.check("... with the contract's fields", not ticket_shape(p), ticket_shape(p))
    g.check("... incident by default, P4 from low × low, description kept",
            (p.get("kind"), p.get("priority"), p.get("description")) == ("incident", "P4", "Tray 2"), p)
    mid = g.new_ticket("Outlook slow", "ana", "--impact", "medium", "--urgency", "high")

    # ticket list: array, filters, most urgent first.
    rows = g.ok("ticket list --json is an array", g.run("ticket", "list", "--json"), list) or []
    g.check("... of tickets with the contract's fields", rows and all(not ticket_shape(x) for x in rows), rows[:1])
    prios = [x["priority"] for x in rows]
    g.check("... most urgent first", prios == sorted(prios), prios)
    g.check("ticket list --limit 2", len(g.run("ticket", "list", "--limit", "2", "--json").json()) == 2)
    found = g.run("ticket", "list", "--search", "vpn", "--json").json()
    g.check("ticket list --search (case-insensitive)", [str(x["id"]) for x in found] == [tid], found)
    g.check("ticket list --tier l2 is empty for now", g.run("ticket", "list", "--tier", "l2", "--json").json() == [])
    g.check("ticket list --status new lists all three", len(g.run("ticket", "list", "--status", "new", "--json").json()) == 3)
    g.ok("ticket list (text)", g.run("ticket", "list"))

    # The life cycle, each change printing the ticket after it with --json.
    def change(name, *args, user="ana", expect=None, acting=()):
        r = g.run(*acting, "ticket", *args, "--json", user=user)
        t = g.ok(f"ticket {name} --json prints the ticket", r, dict) or {}
        if t and ticket_shape(t):
            g.check(f"... ticket {name}: contract fields", False, ticket_shape(t))
        for key, want in (expect or {}).items():
            g.check(f"... after {name}: {key} = {want}", t.get(key) == want, t)
        return t

    change("take", "take", tid, expect={"assignee": "ana", "status": "open"})
    change("comment", "comment", tid, "Hemos recibido su solicitud")
    change("note", "note", tid, "internal: certificate looks expired")
    change("status pending-customer", "status", tid, "pending-customer", expect={"status": "pending-customer"})
    change("status open", "status", tid, "open", expect={"status": "open"})
    change("escalate --to l2", "escalate", tid, "--to", "l2", "--area", "network", "--reason", "certificate expired",
           "--tried", "restarted the client", expect={"tier": "l2"})
    text = g.run("ticket", "show", tid).out
    g.check("ticket show (text) keeps the hand-off: reason and what was tried",
            "certificate expired" in text and "restarted the client" in text, text)
    g.fails("L1 cannot take an L2 ticket", g.run("ticket", "take", tid, user="ana"), 77)
    change("take by L2", "take", tid, user="luis", expect={"assignee": "luis"})
    change("escalate --to l3", "escalate", tid, "--to", "l3", "--area", "network", "--reason", "kernel bug", "--tried",
           "reinstalled the driver", user="luis", expect={"tier": "l3"})
    change("take by L3", "take", tid, user="elena", expect={"assignee": "elena"})
    change("escalate --to vendor", "escalate", tid, "--to", "vendor", "--reason", "firmware defect", "--tried",
           "downgraded", user="elena", expect={"tier": "external"})
    change("deescalate from the vendor", "deescalate", tid, "--note", "vendor says configuration", user="elena",
           expect={"tier": "l3"})
    change("escalate --to department", "escalate", tid, "--to", "department", "--area", "security", "--reason",
           "policy question", "--tried", "read the policy", user="elena", expect={"tier": "external"})
    change("deescalate from the department", "deescalate", tid, "--note", "policy allows it", user="elena", expect={"tier": "l3"})
    change("deescalate l3 → l2", "deescalate", tid, "--note", "check the certificate store first", user="elena",
           expect={"tier": "l2"})
    t = change("deescalate l2 → l1", "deescalate", tid, "--note", "you can renew it yourself", user="luis",
               expect={"tier": "l1"})
    g.check("... back to the one who escalated it", t.get("assignee") == "ana", t)
    g.fails("escalate without --tried", g.run("ticket", "escalate", tid, "--to", "l2", "--reason", "r", user="ana"), 64)
    g.fails("escalate without --reason", g.run("ticket", "escalate", tid, "--to", "l2", "--tried", "t", user="ana"), 64)
    g.fails("deescalate without --note", g.run("ticket", "deescalate", tid, user="ana"), 64)
    g.fails("deescalate at L1 (nowhere to go back to)", g.run("ticket", "deescalate", tid, "--note", "n", user="ana"), 65)
    kb = g.run("kb", "add", "--title", "Renew the VPN certificate", "--body", "Open the VPN client and renew.",
               "--lang", "en", "--id", "VPN-RENEW", "--json", user="luis").json()
    g.run("kb", "publish", str(kb["id"]), user="luis")
    g.fails("close before resolved", g.run("ticket", "close", tid, user="ana"), 65)
    change("resolve --kb (external id)", "resolve", tid, "--resolution", "renewed the certificate", "--kb", "VPN-RENEW",
           expect={"status": "resolved"})
    t = g.run("ticket", "show", tid, "--json").json()
    g.check("... the resolution links the article", kb["id"] in [e.get("article_id") for e in t["events"]] or
            any(a.get("article_id") == kb["id"] for a in t.get("articles", [])), t["events"][-1])
    change("reopen", "reopen", tid, expect={"status": "open"})
    change("resolve --kb (numeric id)", "resolve", tid, "--resolution", "renewed again", "--kb", str(kb["id"]),
           expect={"status": "resolved"})
    change("close --csat 5, by the admin --as ana", "close", tid, "--csat", "5", user="boss", acting=("--as", "ana"),
           expect={"status": "closed"})
    t = g.run("ticket", "show", tid, "--json").json()
    g.check("... the close is signed by ana, not by the admin's OS login", t["events"][-1]["actor"] == "ana", t["events"][-1])
    g.check("... the close event keeps the score", any(e.get("csat") == 5 for e in t["events"]) or t.get("csat") == 5, t["events"][-1])
    g.check("... every change is in the history, in order", [e["type"] for e in t["events"]][0] == "created"
            and len(t["events"]) >= 18, [e["type"] for e in t["events"]])
    g.check("... a ticket that was escalated is not a first-contact resolution", t["first_contact_resolution"] is False)

    # First-contact resolution and the rest of the statuses.
    fcr = g.new_ticket("Password reset", "ana")
    g.run("ticket", "take", str(fcr), user="ana")
    t = change("resolve at first contact", "resolve", str(fcr), "--resolution", "reset it", expect={"status": "resolved"})
    g.check("... first_contact_resolution is true", t.get("first_contact_resolution") is True, t)
    change("status closed", "status", str(fcr), "closed", expect={"status": "closed"})
    other = str(g.new_ticket("Monitor flickers", "ana"))
    for status in ["open", "pending-vendor", "pending-customer", "resolved", "closed", "new"]:
        r = g.run("ticket", "status", other, status, "--json", user="sofia")
        if status == "new":
            g.check("ticket status back to new after closed is refused (65) or allowed (0), never another code",
                    r.code in (0, 65), repr(r))
        else:
            g.check(f"ticket status {status}", r.code == 0 and r.json().get("status") == status, repr(r))
    a = change("assign by a supervisor", "assign", str(mid), "luis", user="sofia", expect={"assignee": "luis"})
    g.fails("assign to an unknown login", g.run("ticket", "assign", str(mid), "nobody", user="sofia"), 65)
    g.check("ticket list --assignee luis", [x["id"] for x in g.run("ticket", "list", "--assignee", "luis", "--json").json()] == [mid])
    closed = {x["id"] for x in g.run("ticket", "list", "--status", "closed", "--json").json()}
    g.check("ticket list --status closed", {int(tid), fcr} <= closed and int(mid) not in closed, closed)
    esc = str(g.new_ticket("Disk full", "ana"))
    g.run("ticket", "take", esc, user="ana")
    g.run("ticket", "escalate", esc, "--to", "l2", "--area", "os", "--reason", "r", "--tried", "t", user="ana")
    l2 = g.run("ticket", "list", "--tier", "l2", "--json").json()
    g.check("ticket list --tier l2", [x["id"] for x in l2] == [int(esc)], l2)
    g.fails("escalating down is refused", g.run("ticket", "escalate", esc, "--to", "l2", "--reason", "r", "--tried", "t", user="luis"), 65)

    # Bad input: 64 usage, 65 data, 66 missing file.
    g.fails("ticket show of an unknown id", g.run("ticket", "show", "9999"), 65)
    g.fails("ticket show --json of an unknown id", g.run("ticket", "show", "9999", "--json"), 65)
    g.fails("ticket take of an unknown id", g.run("ticket", "take", "9999", user="ana"), 65)
    g.fails("ticket new with an empty subject", g.run("ticket", "new", "--subject", " ", "--requester", "r", user="ana"), 65)
    g.fails("ticket new --description-file missing", g.run("ticket", "new", "--subject", "s", "--requester", "r",
                                                           "--description-file", g.path("nope.txt"), user="ana"), 66)
    g.fails("close --csat 6", g.run("ticket", "close", tid, "--csat", "6"), 64)
    g.fails("close --csat 0", g.run("ticket", "close", tid, "--csat", "0"), 64)
    g.fails("ticket show with a non-numeric id", g.run("ticket", "show", "abc"), 64)
    g.fails("ticket new without --subject", g.run("ticket", "new", "--requester", "r"), 64)
    g.fails("ticket new without --requester", g.run("ticket", "new", "--subject", "s"), 64)
    g.fails("ticket comment without text", g.run("ticket", "comment", tid), 64)


def usage_errors(g):
    """64 for unknown commands, unknown options, missing values and bad enum values."""
    g.run("init")
    cases = [
        ["bogus-command"], ["ticket", "bogus"], ["ticket", "list", "--bogus"], ["--bogus", "ticket", "list"],
        ["ticket", "list", "--tier", "l9"], ["ticket", "list", "--status", "bogus"], ["ticket", "list", "--limit", "x"],
        ["ticket", "list", "--limit"], ["ticket", "status", "1", "bogus"],
        ["ticket", "new", "--subject", "s", "--requester", "r", "--kind", "problem"],
        ["ticket", "new", "--subject", "s", "--requester", "r", "--impact", "huge"],
        ["ticket", "new", "--subject", "s", "--requester", "r", "--urgency", "now"],
        ["ticket", "escalate", "1", "--to", "l4", "--reason", "r", "--tried", "t"],
        ["agent", "add", "x", "--name", "X", "--role", "boss"], ["agent", "add", "x", "--role", "l1"],
        ["kb", "search", "vpn", "--lang", "fr"], ["kb", "search", "vpn", "--limit", "0"], ["kb", "search"],
        ["kb", "add", "--title", "t"], ["kb", "add", "--title", "t", "--body", "b", "--lang", "de"],
        ["report", "--from", "yesterday"], ["report", "--to", "2026-02-30"], ["report", "--from", "2026-03-02", "--to", "2026-03-01"],
        ["db", "backup"], ["db", "bogus"], ["theme", "check"], ["demo", "--no-tui", "--tickets", "many"],
        ["tui", "--screen", "bogus"], ["tui", "--lang", "fr"], ["ticket", "close", "1", "--csat", "x"], ["--db"],
        ["ticket", "new", "--subject", "s", "--requester", "r", "--description", "d", "--description-file", "f"],
    ]
    for args in cases:
        g.fails(" ".join(args), g.run(*args), 64)
    # The terminal UI without a terminal (as here, under a script): an error, not a hang or garbage.
    g.fails("helpdesk (the UI) without a terminal", g.run(), None)
    g.fails("helpdesk tui --screen l2 --theme light --no-color without a terminal",
            g.run("tui", "--screen", "l2", "--theme", "light", "--no-color"), None)


# ---------------------------------------------------------------------------------------------
# Knowledge base


def knowledge_base(g):
    g.setup_desk()
    body = g.write("body.md", "# Impresora\n\nAbra la bandeja 2 y retire el papel atascado.\n")
    r = g.run("kb", "add", "--title", "La impresora no imprime", "--body-file", body, "--lang", "es", "--category",
              "hardware", "--tag", "impresora", "--tag", "papel", "--id", "PRN-1", "--json", user="luis")
    a = g.ok("kb add --body-file --json prints the article", r, dict) or {}
    g.check("... with id, external_id, title, lang, status", not article_shape(a) and a.get("external_id") == "PRN-1"
            and a.get("lang") == "es", a)
    r = g.run("kb", "add", "--title", "Reset your password", "--body", "Use the self-service portal.", "--json", user="ana")
    b = g.ok("kb add --body", r, dict) or {}
    g.check("... external_id is null without --id", "external_id" in b and b["external_id"] is None, b)
    g.fails("kb add --body-file missing", g.run("kb", "add", "--title", "t", "--body-file", g.path("none.md"), user="luis"), 66)
    g.fails("kb add with --body and --body-file", g.run("kb", "add", "--title", "t", "--body", "b", "--body-file", body), 64)
    g.fails("L1 cannot publish", g.run("kb", "publish", str(b["id"]), user="ana"), 77)
    for ref in (str(a["id"]), "PRN-1"):
        s = g.ok(f"kb show {ref} --json", g.run("kb", "show", ref, "--json"), dict) or {}
        g.check(f"... article shape ({ref})", not article_shape(s) and s.get("id") == a["id"], s)
    r = g.run("kb", "show", "PRN-1")
    g.check("kb show (text) has the body, category and tags", r.code == 0 and all(
        w in r.out for w in ("bandeja 2", "hardware", "impresora", "papel")), repr(r))
    g.fails("kb show of an unknown article", g.run("kb", "show", "9999"), 65)
    p = g.ok("kb publish --json", g.run("kb", "publish", "PRN-1", "--json", user="luis"), dict) or {}
    g.check("... published", p.get("status") == "published" and not article_shape(p), p)
    hits = g.ok("kb search --json is an array", g.run("kb", "search", "impresora atascada", "--json"), list) or []
    g.check("... finds the published article with id, external_id, title, score",
            hits and hits[0].get("id") == a["id"] and hits[0].get("external_id") == "PRN-1" and isinstance(hits[0].get("title"), str)
            and is_number(hits[0].get("score")), hits)
    g.check("... a draft is not found", not g.run("kb", "search", "self-service portal", "--json").json())
    r = g.ok("kb retire --json", g.run("kb", "retire", "PRN-1", "--json", user="luis"), dict) or {}
    g.check("... retired", r.get("status") == "retired", r)
    g.check("... a retired article is not found", not g.run("kb", "search", "impresora", "--json").json())

    # kb import: JSONL.
    lines = [
        {"id": "kb-vpn", "title": "Conectar a la VPN", "body": "Instale el cliente VPN y renueve el certificado.", "lang": "es",
         "category": "network", "tags": ["vpn", "red"]},
        {"id": "kb-print", "title": "Printer does not print", "body": "Open tray 2 and remove the jammed paper.", "lang": "en"},
        {"id": "kb-mail", "title": "Mailbox full", "body": "Archive old mail to free the mailbox quota."},
        {"id": "kb-pass", "title": "Password expired", "body": "Reset the password on the self-service portal.", "lang": "en",
         "category": "access"},
    ]
    jsonl = g.write("articles.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    r = g.run("kb", "import", jsonl, user="luis")
    g.check("kb import FILE.jsonl exits 0, progress on stderr only", r.code == 0 and r.out == "" and r.err.strip(), repr(r))
    imported = g.run("kb", "show", "kb-vpn", "--json").json()
    g.check("... keeps id as external_id, published, lang, category",
            (imported.get("external_id"), imported.get("status"), imported.get("lang"), imported.get("category")) ==
            ("kb-vpn", "published", "es", "network"), imported)
    g.check("... tags kept", imported.get("tags") == ["vpn", "red"], imported)
    export_count = lambda: len(g.run("kb", "export").out.splitlines())
    before = export_count()
    lines[1]["title"] = "Printer does not print at all"
    g.write("articles.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    r = g.ok("kb import again --json", g.run("kb", "import", jsonl, "--json", user="luis"), dict) or {}
    g.check("... re-importing by external id updates and never duplicates", export_count() == before, r)
    g.check("... the changed article was updated", g.run("kb", "show", "kb-print", "--json").json()["title"] ==
            "Printer does not print at all")
    draft_file = g.write("drafts.jsonl", json.dumps({"id": "kb-draft", "title": "Wifi drops", "body": "Forget the network."}) + "\n")
    g.ok("kb import --draft", g.run("kb", "import", draft_file, "--draft", user="luis"))
    g.check("... the article is a draft", g.run("kb", "show", "kb-draft", "--json").json()["status"] == "draft")
    g.check("... and not found by search", not g.run("kb", "search", "wifi", "--json").json())
    bad = g.write("bad.jsonl", json.dumps(lines[0]) + "\n" + json.dumps({"id": "x", "title": "ok", "body": "ok"}) + "\n"
                  + '{"id": "y", "title": "broken", \n' + json.dumps({"id": "z", "body": "no title"}) + "\n")
    before = export_count()
    r = g.run("kb", "import", bad, user="luis")
    g.fails("kb import with bad lines", r, 65)
    g.check("... names the bad lines by number (3 and 4)", re.search(r"\b3\b", r.err) and re.search(r"\b4\b", r.err)
            and "bad.jsonl" in r.err, repr(r))
    g.check("... and writes nothing", export_count() == before)
    no_id = g.write("noid.jsonl", json.dumps({"title": "No id", "body": "An article without an id."}) + "\n")
    r = g.run("kb", "import", no_id, user="luis")
    r2 = g.run("kb", "import", no_id, user="luis")
    g.check("a JSONL line without the required id is refused with its line number (65), so re-imports cannot duplicate",
            r.code == 65 and "noid.jsonl:1" in r.err and r2.code == 65, f"{r!r}\n       {r2!r}")
    g.fails("kb import of a missing file", g.run("kb", "import", g.path("missing.jsonl"), user="luis"), 66)
    g.fails("kb import of a missing folder", g.run("kb", "import", g.path("missing-folder"), user="luis"), 66)

    # kb import: a folder of Markdown files with YAML and TOML front matter.
    g.write("md/yaml.md", "---\ntitle: Restablecer la contraseña\nid: md-yaml\nlang: es\ncategory: access\n"
            "tags: [contraseña, acceso]\n---\nEntre en el portal y pulse «Olvidé mi contraseña».\n")
    g.write("md/sub/toml.md", '+++\ntitle = "Configure the printer driver"\nid = "md-toml"\nlang = "en"\n'
            'tags = ["printer", "driver"]\n+++\nDownload the driver from the vendor site.\n')
    r = g.run("kb", "import", g.path("md"), user="luis")
    g.check("kb import FOLDER of Markdown exits 0, stdout clean", r.code == 0 and r.out == "", repr(r))
    y = g.run("kb", "show", "md-yaml", "--json").json()
    t = g.run("kb", "show", "md-toml", "--json").json()
    g.check("... YAML front matter: title, id, lang, category, tags, published",
            (y.get("title"), y.get("lang"), y.get("category"), y.get("tags"), y.get("status")) ==
            ("Restablecer la contraseña", "es", "access", ["contraseña", "acceso"], "published"), y)
    g.check("... TOML front matter: title, id, lang, tags, published",
            (t.get("title"), t.get("lang"), t.get("tags"), t.get("status")) ==
            ("Configure the printer driver", "en", ["printer", "driver"], "published"), t)
    g.write("badmd/a.md", "---\ntitle: Fine\nid: bad-1\nthis line has no separator\n---\nbody\n")
    r = g.run("kb", "import", g.path("badmd"), user="luis")
    g.fails("a Markdown file with a broken front matter line", r, 65)
    g.check("... reported as file:line (a.md:4)", "a.md:4" in r.err, repr(r))
    g.write("badlang/b.md", "---\ntitle: Fine\nid: bad-2\nlang: fr\n---\nbody\n")
    r = g.run("kb", "import", g.path("badlang"), user="luis")
    g.fails("a Markdown file with an unknown lang", r, 65)
    g.check("... reported at the line of the bad value (b.md:4)", "b.md:4" in r.err, repr(r))

    # kb search QUERY: --limit, --lang, ranked.
    r = g.run("kb", "search", "printer", "--json")
    hits = r.json() if r.code == 0 else []
    g.check("kb search ranks: scores do not increase", [h["score"] for h in hits] == sorted([h["score"] for h in hits], reverse=True), hits)
    g.check("kb search --limit 1", len(g.run("kb", "search", "printer driver paper", "--limit", "1", "--json").json()) == 1)
    lang = {a["id"]: a["lang"] for a in map(json.loads, g.run("kb", "export").out.splitlines())}
    es = g.run("kb", "search", "contraseña portal", "--lang", "es", "--json").json()
    g.check("kb search --lang es returns only Spanish articles", es and all(lang[h["id"]] == "es" for h in es), es)
    g.ok("kb search (text)", g.run("kb", "search", "vpn"))

    # kb search --stdin --json: one line in, one JSON line out, in order; any text is a query.
    queries = ["vpn certificado", "", "printer", 'NEAR(printer driver', '"unbalanced', "*", "-", "AND OR NOT",
               "title:printer", "(", "contraseña", "   ", "impresora\tpapel"]
    r = g.run("kb", "search", "--stdin", "--limit", "3", "--json", stdin="\n".join(queries) + "\n")
    out = r.out.split("\n")
    g.check("kb search --stdin --json exits 0 with nothing on stderr", r.code == 0 and r.err == "", repr(r))
    g.check("... one line out per line in (empty lines included), newline-terminated",
            len(out) == len(queries) + 1 and out[-1] == "", r.out)
    parsed = []
    for line in out[:-1]:
        try:
            parsed.append(json.loads(line))
        except ValueError:
            parsed.append(None)
    g.check("... each line is a JSON object with query and results, in input order",
            [p.get("query") if isinstance(p, dict) else None for p in parsed] == queries, parsed)
    g.check("... each result has id (int), external_id (string or null), title, score (number); --limit 3 holds",
            all(isinstance(p, dict) and isinstance(p.get("results"), list) and len(p["results"]) <= 3 and all(
                isinstance(h.get("id"), int) and (h.get("external_id") is None or isinstance(h.get("external_id"), str))
                and isinstance(h.get("title"), str) and is_number(h.get("score")) for h in p["results"]) for p in parsed), parsed)
    g.check("... finds what the query asks for", parsed[0] and parsed[0]["results"] and parsed[0]["results"][0]["external_id"] == "kb-vpn",
            parsed[:1])
    g.check("... an empty query has no results", parsed[1] and parsed[1]["results"] == [], parsed[1:2])
    keys = re.findall(r'"(query|results)"', out[0])
    g.check("... query comes before results on each line", keys[:2] == ["query", "results"], out[0])
    r = g.run("kb", "search", "--stdin", "--json", "--lang", "en", stdin="printer\nvpn")
    lines_out = r.out.splitlines()
    g.check("... a last line without a newline is still answered; --lang en filters",
            r.code == 0 and len(lines_out) == 2 and all(lang[h["id"]] == "en" for h in json.loads(lines_out[0])["results"]), repr(r))
    # A query that starts with "-" follows the usual convention: after "--".
    for q in ['"', 'NEAR(', "AND(", "a*b*", "vpn -client", "^", "vpn OR", "{col}:x", "-x"]:
        r = g.run("kb", "search", "--json", "--", q)
        g.check(f"kb search {q!r} (FTS syntax) is a plain query", r.code == 0 and isinstance(r.json(), list), repr(r))


# ---------------------------------------------------------------------------------------------
# Report, db, theme, demo


def report_db_theme(g):
    g.setup_desk()
    a = g.new_ticket("Printer", "ana")
    g.run("ticket", "take", str(a), user="ana")
    g.run("ticket", "resolve", str(a), "--resolution", "fixed", user="ana")
    b = g.new_ticket("VPN", "ana")
    g.run("ticket", "take", str(b), user="ana")
    g.run("ticket", "escalate", str(b), "--to", "l2", "--area", "network", "--reason", "r", "--tried", "t", user="ana")
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()

    rep = g.ok("report --json is an object", g.run("report", "--json"), dict) or {}
    rate = lambda v: v is None or is_number(v)
    g.check("... first_contact_resolution_rate, escalation_rate (numbers or null)",
            "first_contact_resolution_rate" in rep and rate(rep["first_contact_resolution_rate"]) and
            "escalation_rate" in rep and rate(rep["escalation_rate"]), rep)
    g.check("... open_by_tier (an object of counts per tier)",
            isinstance(rep.get("open_by_tier"), dict) and all(isinstance(v, int) for v in rep["open_by_tier"].values())
            and rep["open_by_tier"].get("l2") == 1, rep.get("open_by_tier"))
    g.check("... sla_breached (a count), mean_time_to_resolve_hours (number or null)",
            isinstance(rep.get("sla_breached"), int) and "mean_time_to_resolve_hours" in rep
            and rate(rep["mean_time_to_resolve_hours"]), rep)
    g.check("... the figures are right: FCR 1.0 (one resolved, at first contact), escalation rate 0.5",
            rep.get("first_contact_resolution_rate") == 1 and rep.get("escalation_rate") == 0.5, rep)
    r = g.run("report", "--from", today, "--to", today, "--json")
    g.check("report --from/--to today counts today's tickets", r.code == 0 and r.json().get("escalation_rate") == 0.5, repr(r))
    r = g.run("report", "--from", "2020-01-01", "--to", "2020-01-31", "--json")
    g.check("report --from/--to a past month has no resolutions",
            r.code == 0 and r.json().get("first_contact_resolution_rate") is None
            and r.json().get("mean_time_to_resolve_hours") is None, repr(r))
    r = g.run("report", "--csv")
    rows = list(csv.reader(io.StringIO(r.out))) if r.code == 0 else []
    g.check("report --csv prints comma-separated rows of equal width",
            len(rows) > 3 and len({len(x) for x in rows if x}) == 1, r.out[:300])
    g.check("... with the contract's figures", all(any(name in ",".join(x) for x in rows) for name in
                                                   ("first_contact_resolution_rate", "escalation_rate", "sla_breached")), r.out[:500])
    r = g.run("report")
    g.check("report (text)", r.code == 0 and r.out.strip(), repr(r))
    g.fails("report as an L1 agent with --as refused", g.run("--as", "sofia", "report", user="ana"), 77)

    # db check, db backup.
    g.check("db check", g.run("db", "check").code == 0)
    r = g.ok("db check --json", g.run("db", "check", "--json"), dict) or {}
    g.check("... ok true", r.get("ok") is True, r)
    backup = g.path("backup.sqlite")
    r = g.run("db", "backup", backup)
    g.check("db backup PATH", r.code == 0 and os.path.exists(backup), repr(r))
    count = query(backup, "SELECT count(*) FROM tickets")[0][0]
    g.check("... the backup holds the tickets", count == 2, count)
    g.check("... and passes db check", g.run("db", "check", db=backup).code == 0)
    g.fails("db backup over an existing file", g.run("db", "backup", backup), 73)
    g.fails("db backup into a missing folder", g.run("db", "backup", g.path("no/such/folder/b.sqlite")), 73)
    r = g.ok("db backup --json", g.run("db", "backup", g.path("backup2.sqlite"), "--json"), dict)

    # theme list, theme check.
    themes = g.ok("theme list --json", g.run("theme", "list", "--json"), list) or []
    names = {t.get("name") for t in themes if isinstance(t, dict)}
    g.check("... lists the shipped themes", {"default", "light", "high-contrast", "colorblind", "mono"} <= names, names)
    r = g.run("theme", "list")
    g.check("theme list (text)", r.code == 0 and "high-contrast" in r.out, repr(r))
    good = g.write("good.toml", 'name = "mine"\ndescription = "mine"\n[roles]\ntitle = { fg = "brightwhite", bg = "blue", attrs = ["bold"] }\n')
    r = g.run("theme", "check", good)
    g.check("theme check of a good theme: 0", r.code == 0 and r.err == "", repr(r))
    g.ok("theme check --json", g.run("theme", "check", good, "--json"), dict)
    cases = {
        "bad-colour.toml": ('name = "x"\n[roles]\ntitle = { fg = "nocolour" }\n', 3),
        "bad-key.toml": ('name = "x"\n\nbogus = 1\n', 3),
        "bad-table.toml": ('name = "x"\n\n[colors]\ntitle = "red"\n', 3),
        "bad-syntax.toml": ('name = "x"\n[roles]\ntitle = { fg = \n', 3),
        "bad-role.toml": ('name = "x"\n[roles]\n\nnotarole = { fg = "red" }\n', 4),
    }
    for name, (text, line) in cases.items():
        path = g.write(name, text)
        r = g.run("theme", "check", path)
        located = re.search(re.escape(name) + r":" + str(line) + r"(:\d+)?: ", r.out + r.err)
        g.check(f"theme check {name}: exit 65, error at line {line}", r.code == 65 and located, repr(r))
        g.check(f"... {name}: one-line summary on stderr", len(r.err.splitlines()) == 1 and r.err.startswith("helpdesk: "), repr(r))
    g.fails("theme check of a missing file", g.run("theme", "check", g.path("none.toml")), 66)
    g.fails("theme check of a folder", g.run("theme", "check", g.dir), 66)
    g.fails("kb add --body-file of a folder", g.run("kb", "add", "--title", "t", "--body-file", g.dir, user="luis"), 66)


def demo(g):
    # Default path: $XDG_DATA_HOME/helpdesk/demo.sqlite, never $HELPDESK_DB.
    work = g.path("work.sqlite")
    r = g.run("demo", "--no-tui", "--tickets", "30", "--articles", "4", db=False, env={"HELPDESK_DB": work})
    default = os.path.join(g.env["XDG_DATA_HOME"], "helpdesk/demo.sqlite")
    g.check("demo --no-tui writes $XDG_DATA_HOME/helpdesk/demo.sqlite, stdout clean",
            r.code == 0 and os.path.exists(default) and r.out == "", repr(r))
    g.check("... and not $HELPDESK_DB", not os.path.exists(work))
    g.ok("demo again replaces the earlier demo", g.run("demo", "--no-tui", "--tickets", "10", "--articles", "2", db=False))
    r = g.run("ticket", "list", "--limit", "1000", "--json", db=default)
    g.check("... now with 10 tickets", r.code == 0 and len(r.json()) == 10, repr(r))

    path = g.path("demo.sqlite")
    r = g.run("demo", "--no-tui", "--tickets", "300", "--articles", "12", "--seed", "7", "--json", db=path, user="stranger")
    g.ok("demo --no-tui --tickets --articles --seed --db --json", r, dict)
    agents = g.run("agent", "list", "--json", db=path).json()
    g.check("... agents of every role", {a["role"] for a in agents} >= set(ROLES), agents)
    ts = g.run("ticket", "list", "--limit", "10000", "--json", db=path, user="stranger").json()
    g.check("... 300 tickets", len(ts) == 300, len(ts))
    g.check("... in every tier", {t["tier"] for t in ts} == {"l1", "l2", "l3", "external"}, {t["tier"] for t in ts})
    g.check("... in every state", {t["status"] for t in ts} == set(STATUSES), {t["status"] for t in ts})
    arts = [json.loads(x) for x in g.run("kb", "export", db=path).out.splitlines()]
    published = [x for x in arts if x.get("status") == "published"]
    g.check("... 12 published KB articles in Spanish and English",
            len(published) == 12 and {x["lang"] for x in published} == {"es", "en"}, [(x["lang"], x["status"]) for x in arts])
    g.check("... Spanish ticket text", any(re.search(r"[áéíóúñ¿]|\bno puedo\b|\bimpresora\b", t["subject"], re.I) for t in ts),
            [t["subject"] for t in ts[:10]])
    g.ok("... --as works on a demo database for anyone", g.run("--as", "sofia", "report", "--json", db=path, user="stranger"), dict)
    same = g.path("same.sqlite")
    g.run("demo", "--no-tui", "--tickets", "300", "--articles", "12", "--seed", "7", db=same)
    ts2 = g.run("ticket", "list", "--limit", "10000", "--json", db=same, user="stranger").json()
    key = lambda rows: sorted((t["id"], t["subject"], t["tier"], t["status"], t["priority"]) for t in rows)
    g.check("... the same --seed gives the same tickets", key(ts) == key(ts2))
    diff = g.path("diff.sqlite")
    g.run("demo", "--no-tui", "--tickets", "300", "--articles", "12", "--seed", "8", db=diff)
    ts3 = g.run("ticket", "list", "--limit", "10000", "--json", db=diff, user="stranger").json()
    g.check("... another --seed gives other tickets", key(ts) != key(ts3))
    desk = g.path("desk.sqlite")
    g.setup_desk()
    g.new_ticket("Real work", "ana")
    before = open(desk, "rb").read()
    g.fails("demo refuses to replace a working desk", g.run("demo", "--no-tui", "--tickets", "5", db=desk), 73)
    g.check("... and leaves it as it was", open(desk, "rb").read() == before)
    g.fails("demo --tickets -1", g.run("demo", "--no-tui", "--tickets", "-1", db=g.path("neg.sqlite")), 64)


# ---------------------------------------------------------------------------------------------
# --help for every command, --json on every command that prints data


HELP = {
    (): ["--db", "--as", "--json", "tui", "demo", "init", "agent", "ticket", "kb", "report", "db", "theme"],
    ("tui",): ["--screen", "l1", "dashboard", "kb", "--theme", "--no-color"],
    ("demo",): ["--tickets", "--articles", "--seed", "--no-tui", "--db"],
    ("init",): ["--db"],
    ("agent", "add"): ["--name", "--role", "--area", "supervisor", "admin"],
    ("agent", "list"): ["--json"],
    ("ticket", "new"): ["--subject", "--requester", "--description", "--description-file", "--kind", "--category",
                        "--impact", "--urgency"],
    ("ticket", "list"): ["--tier", "--status", "--assignee", "--search", "--limit"],
    ("ticket", "show"): ["--json"],
    ("ticket", "take"): ["--json"],
    ("ticket", "assign"): ["<login>"],
    ("ticket", "comment"): ["<text>"],
    ("ticket", "note"): ["<text>"],
    ("ticket", "status"): ["new", "open", "pending-customer", "pending-vendor", "resolved", "closed"],
    ("ticket", "escalate"): ["--to", "l2", "l3", "vendor", "department", "--area", "--reason", "--tried"],
    ("ticket", "deescalate"): ["--note"],
    ("ticket", "resolve"): ["--resolution", "--kb"],
    ("ticket", "reopen"): ["<id>"],
    ("ticket", "close"): ["--csat"],
    ("kb", "add"): ["--title", "--body", "--body-file", "--lang", "--category", "--tag", "--id"],
    ("kb", "import"): ["--draft", "jsonl"],
    ("kb", "search"): ["--limit", "--lang", "--stdin", "--json"],
    ("kb", "show"): ["<id>"],
    ("kb", "publish"): ["<id>"],
    ("kb", "retire"): ["<id>"],
    ("report",): ["--from", "--to", "--csv", "--json"],
    ("db", "check"): ["--db"],
    ("db", "backup"): ["<path>"],
    ("theme", "list"): ["--json"],
    ("theme", "check"): ["<path>"],
}


def help_pages(g):
    for cmd, words in HELP.items():
        r = g.run(*cmd, "--help", db=False)
        missing = [w for w in words if w not in r.out]
        g.check(f"`helpdesk {' '.join(cmd + ('--help',))}` exits 0 on stdout and mentions {', '.join(words)}",
                r.code == 0 and r.err == "" and not missing, f"missing {missing}; {r!r}")
        if cmd:
            g.check(f"... {' '.join(cmd)} --help mentions the global --db and --as", "--db" in r.out and "--as" in r.out, r.out[-400:])


def prints_json(g, argv, kind, user):
    r = g.run(*argv, user=user)
    try:
        good = r.code == 0 and isinstance(json.loads(r.out), kind)
    except ValueError:
        good = False
    g.check(f"{' '.join(a for a in argv if not a.startswith('/'))} prints one JSON {kind.__name__}", good, repr(r))


def json_everywhere(g):
    """Every command that prints data takes --json and prints exactly one JSON document."""
    g.setup_desk()
    tid = str(g.new_ticket("JSON", "ana"))
    art = g.run("kb", "add", "--title", "Json article", "--body", "Body text", "--id", "J-1", "--json", user="luis").json()
    jsonl = g.write("one.jsonl", json.dumps({"id": "J-2", "title": "Imported", "body": "Body"}) + "\n")
    theme = g.write("t.toml", 'name = "t"\n')
    # Every ticket change with --json is checked in `tickets`.
    commands = [
        (["init"], dict), (["agent", "list"], list), (["agent", "add", "zoe", "--name", "Zoe", "--role", "l1"], dict),
        (["ticket", "list"], list), (["ticket", "show", tid], dict), (["ticket", "assign", tid, "ana"], dict),
        (["kb", "add", "--title", "t", "--body", "b"], dict), (["kb", "import", jsonl], dict),
        (["kb", "search", "article"], list), (["kb", "show", "J-1"], dict), (["kb", "publish", "J-1"], dict),
        (["kb", "retire", "J-1"], dict), (["report"], dict), (["db", "check"], dict),
        (["db", "backup", g.path("b.sqlite")], dict), (["theme", "list"], list), (["theme", "check", theme], dict),
    ]
    for args, kind in commands:
        user = "luis" if args[0] == "kb" else "sofia"
        prints_json(g, args + ["--json"], kind, user)
    # --json is global: before the subcommand too.
    for args, kind in [(["ticket", "list"], list), (["ticket", "show", tid], dict), (["agent", "list"], list),
                       (["report"], dict), (["kb", "search", "article"], list), (["theme", "list"], list)]:
        prints_json(g, ["--json"] + args, kind, "sofia")
    demo_json = g.run("demo", "--no-tui", "--tickets", "5", "--articles", "1", "--json", db=g.path("d.sqlite"))
    g.ok("demo --json", demo_json, dict)


GROUPS = [database_location, identity, tickets, usage_errors, knowledge_base, report_db_theme, demo, help_pages,
          json_everywhere]


def main():
    if not os.access(BINARY, os.X_OK):
        print(f"cli-contract: no helpdesk binary at {BINARY}; build it (swift build --product helpdesk) or pass its path",
              file=sys.stderr)
        return 2
    started = time.monotonic()
    groups = []

    def run(fn):
        g = Group(fn.__name__)
        begun = time.monotonic()
        try:
            fn(g)
        except Exception as e:  # a crash in a group is a failure of that group, not of the others
            g.check("runs to the end", False, f"{type(e).__name__}: {e}")
        g.seconds = time.monotonic() - begun
        return g

    workers = int(os.environ.get("CLI_CONTRACT_JOBS", "2"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        groups = list(pool.map(run, GROUPS))
    for g in groups:
        print("\n".join(g.lines))
        print(f"---- {g.name}: {g.checks - g.failures}/{g.checks} in {g.seconds:.1f} s, {g.runs} runs")
    checks = sum(g.checks for g in groups)
    failures = sum(g.failures for g in groups)
    seconds = time.monotonic() - started
    print(f"\ncli-contract: {checks - failures}/{checks} checks passed in {seconds:.1f} s ({BINARY})")
    if failures == 0:
        shutil.rmtree(WORK, ignore_errors=True)
    else:
        print(f"cli-contract: {failures} failed; databases kept in {WORK}")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
