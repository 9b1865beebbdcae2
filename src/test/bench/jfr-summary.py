#!/usr/bin/env python3
"""Where the time goes in a flight recording of the benchmark (docs/performance.md, "Profiling").

    python3 src/test/bench/jfr-summary.py target/bench/intake.jfr [stack-marker]

Counts the execution samples whose stack holds stack-marker (default: the CME referral's API method,
ReferralApi.refer, in the JVM or over HTTP), and prints, of those samples: the share in each part of the
work (a sample counts in the first category of CATEGORIES, in that order, found anywhere on its stack:
the database before the engine, the engine before the application), the application's own methods by inclusive
share, and the hottest methods by self time. Needs the JDK's `jfr` tool on the PATH.
"""
import collections
import json
import subprocess
import sys

CATEGORIES = [
    # (label, substring of "Class.method"): a sample counts in the first of these found anywhere on its stack
    ("H2 commit / store (MVStore)", "org.h2.mvstore"),
    ("H2 SQL (parse, execute, indexes)", "org.h2."),
    ("PostgreSQL driver", "org.postgresql"),
    ("FEEL / DMN decision", "org.camunda.feel"),
    ("DMN engine", "org.camunda.bpm.dmn"),
    ("engine authorization checks", "AuthorizationManager"),
    ("engine flush (insert/update rows)", "DbSqlSession.flush"),
    ("engine entity manager / MyBatis", "org.apache.ibatis"),
    ("Spring Data JDBC (register aggregates)", "org.springframework.data.jdbc"),
    ("Spring JDBC", "org.springframework.jdbc"),
    ("Jackson / JSON", "com.fasterxml.jackson"),
    ("Spin JSON", "org.camunda.spin"),
    ("Java serialization", "java.io.ObjectOutputStream"),
    ("logging", "ch.qos.logback"),
    ("JUEL expressions", "org.camunda.bpm.impl.juel"),
    ("Camunda engine (other)", "org.camunda.bpm.engine"),
    ("application code", "uk.gov.cme"),
]


def frames(event):
    stack = event["values"].get("stackTrace") or {}
    for frame in stack.get("frames", []):
        method = frame["method"]
        yield method["type"]["name"].replace("/", ".") + "." + method["name"]


def main():
    recording = sys.argv[1]
    marker = sys.argv[2] if len(sys.argv) > 2 else "ReferralApi.refer"
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", recording],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    threads = collections.Counter()
    for e in events:
        name = ((e["values"].get("sampledThread") or {}).get("javaName") or "?")
        threads["".join(c if not c.isdigit() else "#" for c in name)] += 1
    print(f"all {len(events)} samples by thread (digits as #):")
    for name, n in threads.most_common(8):
        print(f"  {name}: {n}")
    selected = [list(frames(e)) for e in events]
    selected = [f for f in selected if any(marker in m for m in f)]
    total = len(selected)
    print(f"{total} samples with {marker} on the stack (of {len(events)})")
    if not total:
        return
    by_category = collections.Counter()
    inclusive = collections.Counter()
    self_time = collections.Counter()
    for stack in selected:
        self_time[stack[0]] += 1
        for label, needle in CATEGORIES:
            if any(needle in m for m in stack):
                by_category[label] += 1
                break
        else:
            by_category["other"] += 1
        for m in set(stack):
            if m.startswith("uk.gov.cme") and "bench" not in m:
                inclusive[m] += 1
    print("\n| part of the work (first category found on the stack) | share |\n| --- | --- |")
    for label, n in by_category.most_common():
        print(f"| {label} | {100 * n / total:.0f} % |")
    print("\n| application method (inclusive) | share |\n| --- | --- |")
    for m, n in inclusive.most_common(15):
        print(f"| `{m}` | {100 * n / total:.0f} % |")
    print("\n| hottest method (self) | share |\n| --- | --- |")
    for m, n in self_time.most_common(10):
        print(f"| `{m}` | {100 * n / total:.0f} % |")


if __name__ == "__main__":
    main()
