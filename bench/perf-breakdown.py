#!/usr/bin/env python3
"""Where a request's CPU goes, from `perf record -g` of Payara's JVM, as milliseconds of CPU per request.

Why not only JFR: JFR's execution sampler takes a bounded number of Java threads per period and skips threads in
native code or the kernel, so its samples per request are not proportional to CPU. Between the trivial and the case
read of one bench run, the RSA signature check (the same work in both) got 2.9 times more JFR samples per request
in the case read. perf samples CPU time itself, every thread and every frame (kernel, JVM, JIT code), so a frame's
share of samples is its share of CPU, and the same frame compares across recordings.

It needs the JVM started with -XX:+PreserveFramePointer (else perf cannot walk JIT frames) and the JIT's symbol map
written after the recording (jcmd PID Compiler.perfmap, /tmp/perf-PID.map); bench/read-path.sh does both with
PERF_DIR set. Each marker below counts every request-thread sample whose stack holds a matching frame (inclusive, so
a marker's children are part of it); a marker "A & B" counts the samples that hold a frame matching each, such as
the pool borrows made inside one part of the request.
  bench/perf-breakdown.py FREQUENCY_HZ rec1.txt REQUESTS1 [rec2.txt REQUESTS2 ...]
where recN.txt is `perf script -F comm,tid,ip,sym` of a recording.
"""
import collections
import re
import sys

# (label, pattern of a frame); indentation in the label shows what lies inside what
MARKERS = [
    ("JWT check (Payara's MicroProfile JWT)", r"fish\.payara\.microprofile\.jwtauth"),
    ("  RSA signature check", r"com\.nimbusds\.jose\.JWSObject\.verify"),
    ("Jobbro's AuthenticationFilter", r"dk\.jobbro\.app\.security\.AuthenticationFilter\.filter"),
    ("Jersey routing", r"PathMatchingRouter\.apply"),
    ("resource method with its interceptors", r"ResourceMethodInvoker\.invoke$"),
    ("  CaseLookup.read", r"dk\.jobbro\.caseload\.control\.CaseLookup\.read"),
    ("    case select (CaseReadQuery.find)", r"CaseReadQuery\.find"),
    ("      pool borrow", r"CaseReadQuery\.find & AbstractDataSource\.getConnection"),
    ("      execute, with the round trip", r"executeQuery"),
    ("      row to CaseFile (JSON arrays)", r"CaseReadQuery\.found"),
    ("      connection back to the pool", r"CaseReadQuery\.find & ConnectionHolder\d*\.close"),
    ("    view (CaseViews, CPR decryption)", r"CaseLookup\.view"),
    ("      CPR decryption", r"PersonalDataCipher"),
    ("    access log (row, hashes, group commit)", r"AccessLog\.recordRead"),
    ("      group commit: writing a group", r"AccessLogGroupCommit\.insert"),
    ("        pool borrow and return", r"AccessLogGroupCommit\.insert & getConnection$|ConnectionHolder\d*\.close$"),
    ("        statement(s) and round trip(s)", r"AccessLogGroupCommit\.insert & "
     r"execute(Batch|Update)$|ConnectionHolder\.commit$"),
    ("      group commit: waiting", r"AccessLogGroupCommit\$Pending\.awaitBriefly"),
    ("exceptions' stack traces (any)", r"Throwable\.fillInStackTrace"),
    ("  Soteria's failing BeanManager lookups", r"Throwable\.fillInStackTrace & soteria\.cdi\.CdiUtils\.jndiLookup"),
    ("response writing", r"WriterInterceptorExecutor\.proceed|MessageBodyFactory\.writeTo"),
    ("  JSON-B (Yasson)", r"org\.eclipse\.yasson"),
    ("kernel (system calls, scheduling)", r"^(entry_SYSCALL|do_syscall_64|asm_sysvec|irqentry)"),
]
REQUEST_THREAD = re.compile(r"^http-thread")


def stacks(path):
    """(thread name, [frames innermost first]) per sample of `perf script -F comm,tid,ip,sym`."""
    comm, frames = None, None
    with open(path, errors="replace") as text:
        for line in text:
            if not line.strip():
                if frames is not None:
                    yield comm, frames
                comm, frames = None, None
            elif line[0] not in " \t":
                comm, frames = line.split()[0], []
            else:
                symbol = line.strip().split(" ", 1)[-1]
                method = re.search(r"([\w.$]+)\(", symbol)  # a Java frame: keep Class.method
                frames.append(method.group(1) if method else symbol)
    if frames is not None:
        yield comm, frames


def breakdown(path):
    request, other = 0, collections.Counter()
    counts = collections.Counter()
    # "A & B": the stack holds a frame matching A and one matching B (a frame inside a part of the request)
    patterns = [(label, [re.compile(part) for part in p.split(" & ")]) for label, p in MARKERS]
    for comm, frames in stacks(path):
        if not REQUEST_THREAD.match(comm or ""):
            other[re.sub(r"[#\d_-]+$", "", comm or "?")] += 1
            continue
        request += 1
        for label, parts in patterns:
            if all(any(part.search(f) for f in frames) for part in parts):
                counts[label] += 1
    return request, counts, other


def main(argv):
    hz = float(argv[1])
    runs = [(argv[i], float(argv[i + 1])) for i in range(2, len(argv), 2)]
    results = [(breakdown(path), requests) for path, requests in runs]
    ms = lambda samples, requests: samples * 1000.0 / hz / requests
    print("%-46s" % "ms of CPU per request" + "".join("%12s" % f"run {i + 1}" for i in range(len(runs))))
    print("%-46s" % "request threads, all" + "".join("%12.3f" % ms(r[0], n) for r, n in results))
    for label, _ in MARKERS:
        print("%-46s" % label + "".join("%12.3f" % ms(r[1][label], n) for r, n in results))
    for i, ((_, _, other), n) in enumerate(results):
        top = ", ".join("%s %.3f" % (name, ms(c, n)) for name, c in other.most_common(4))
        print(f"run {i + 1}, other threads: {top}")


if __name__ == "__main__":
    main(sys.argv)
