#!/usr/bin/env python3
"""Terminal UI timings for Benchmarks/scale: each screen's first frame and its reaction to keys,
measured in tmux by polling the pane (with colours, so a moved cursor counts) until it stays still
for 0.6 s. Usage: scale-tui.py HELPDESK_BINARY DATABASE"""
import subprocess, sys, time
bin_, db = sys.argv[1], sys.argv[2]
sock = "hdscale%d" % (time.time_ns() % 100000)
def tmux(*a):
    return subprocess.run(["tmux", "-L", sock, *a], capture_output=True, text=True).stdout
def pane():
    return tmux("capture-pane", "-p", "-e", "-t", "s")
def blank(p):
    import re
    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", p).strip() == ""
def settle(before, t0, quiet=0.6, limit=60.0):
    """Time from t0 until the pane changed from `before`, and until it last changed before staying still for `quiet` s."""
    first = last = None; cur = before
    while True:
        now = time.perf_counter()
        if now - t0 > limit: break
        p = pane()
        if p != cur and not blank(p):
            cur = p; last = now
            if first is None: first = now
        elif last is not None and now - last > quiet: break
        time.sleep(0.005)
    f = (first - t0) * 1000 if first else float('nan'); l = (last - t0) * 1000 if last else float('nan')
    return f, l, cur
def run(screen, keys, login="sofia"):
    tmux("kill-server")
    t0 = time.perf_counter()
    tmux("new-session", "-d", "-s", "s", "-x", "100", "-y", "30",
         f"env TERM=xterm-256color LANG=C.UTF-8 {bin_} --db {db} --as {login} tui --screen {screen}")
    f, l, cur = settle("", t0)
    print(f"{screen:10} {'first frame':22} {l:9.0f} ms   (first paint {f:.0f} ms)")
    for label, key in keys:
        t0 = time.perf_counter()
        if key.startswith("-l "):
            tmux("send-keys", "-t", "s", "-l", key[3:])
        else:
            tmux("send-keys", "-t", "s", key)
        f, l, cur = settle(cur, t0)
        print(f"{screen:10} {label:22} {l:9.0f} ms   (first change {f:.0f} ms)")
    tmux("send-keys", "-t", "s", "q"); time.sleep(0.3); tmux("kill-server")
nav = [("key j (move)", "j"), ("key j (move)", "j"), ("key G (bottom)", "G"), ("key g (top)", "g")]
run("dashboard", [("key j (tile)", "j"), ("key 2 (L2 queue)", "2"), ("key 4 (dashboard)", "4")])
run("l1", [("key j (move)", "j"), ("key 2 (L2 queue)", "2")], login="ana")
run("l2", nav, login="luis")
run("l3", nav, login="elena")
run("kb", [("type 'impresora'", "-l impresora"), ("key Enter (search)", "Enter"), ("key Enter (open article)", "Enter")], login="ana")
