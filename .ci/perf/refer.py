#!/usr/bin/env python3
"""Writes N school referrals through POST /api/referrals (each a child of its own, alternating the two
demo schools) and prints the H2 file size every `step` referrals. Usage:
  refer.py BASE_URL N [DB_FILE] [STEP] [OFFSET]
"""
import base64, http.client, json, os, sys, time, urllib.parse

LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"

def upn(i):
    rest = "852" + "2001" + "13" + "%03d" % (i % 1000)
    rest = rest[:-3] + "%03d" % (i % 1000)
    s = sum((int(c) if c.isdigit() else LETTERS.index(c)) * p for p, c in zip(range(2, 14), rest))
    return LETTERS[s % 23] + rest

def body(i):
    code = "".join("bcdfghjklmnpqrstvwxz"[(i // 20 ** k) % 20] for k in range(4))
    dob = time.strftime("%Y-%m-%d", time.gmtime(1378000000 + 86400 * (i % 2500)))
    b = {"referrerName": "A. Teacher", "referrerEmail": "dsl@riverside.example",
         "legalForename": "Quen" + code, "legalSurname": "Thistle" + code, "dateOfBirth": dob,
         "postcode": "SO%d %dQZ" % (10 + i % 80, i % 10), "onSchoolRoll": False, "educationElsewhere": "none",
         "circumstances": "Not seen since the October half term.",
         "attemptsToLocate": [{"step": "PARENTS_PHONE_OR_TEXT", "on": "2026-10-20", "result": "No answer"}]}
    if i % 2 == 0 and i < 1000:
        b["upn"] = upn(i)
    return b

def main():
    base, n = sys.argv[1], int(sys.argv[2])
    db = sys.argv[3] if len(sys.argv) > 3 else None
    step = int(sys.argv[4]) if len(sys.argv) > 4 else max(1, n // 10)
    offset = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    u = urllib.parse.urlparse(base)
    conns = {}
    users = ["riverside.dsl", "hillcrest.dsl"]
    t0 = time.time()
    for k in range(n):
        i = offset + k
        user = users[i % 2]
        c = conns.get(user) or http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        conns[user] = c
        auth = base64.b64encode((user + ":Demo-Pass-2026").encode()).decode()
        c.request("POST", "/api/referrals", json.dumps(body(i)),
                  {"Content-Type": "application/json", "Authorization": "Basic " + auth})
        r = c.getresponse(); data = r.read()
        if r.status != 201:
            print("referral", i, r.status, data[:300]); sys.exit(1)
        if (k + 1) % step == 0:
            size = os.path.getsize(db) if db and os.path.exists(db) else -1
            print("%6d referrals  %7.1f s  file %10d bytes  %8.1f KB/referral" % (
                k + 1, time.time() - t0, size, size / 1024 / (offset + k + 1)), flush=True)

main()
