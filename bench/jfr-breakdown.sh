#!/usr/bin/env bash
# Where a request's CPU goes, from a JFR recording's execution samples: each sample of a request thread is put in the
# first of the categories below whose frames its stack contains (so "JWT check" holds the JSON parsing and RSA inside
# it), and a sample in none of them goes to the package of its innermost non-JDK frame. With the number of requests
# served during the recording, it also prints samples per 1,000 requests, which compares two recordings (the trivial
# read's and the case read's) category by category whatever their length.
#   bench/jfr-breakdown.sh recording.jfr [requests]
# bench/read-path.sh writes such recordings when JFR_DIR is set.
set -euo pipefail
FILE=$1
REQUESTS=${2:-0}
jfr print --events jdk.ExecutionSample --stack-depth 256 "$FILE" | awk -v requests="$REQUESTS" '
  BEGIN {
    # category, then the pattern of a frame that puts a sample in it; the first category that matches wins
    n = 0
    rule[++n] = "JWT check (Payara, incl. RSA and JSON)";  pat[n] = "fish\\.payara\\.microprofile\\.jwtauth"
    rule[++n] = "access log: group commit (JDBC, wait)";    pat[n] = "AccessLogGroupCommit"
    rule[++n] = "access log: row and keyed hashes";         pat[n] = "KeyedHash|audit\\.AccessLog\\."
    rule[++n] = "CPR decryption (AES-GCM)";                 pat[n] = "PersonalDataCipher"
    rule[++n] = "JSON-B of the answer";                     pat[n] = "org\\.eclipse\\.yasson"
    rule[++n] = "case select and hydration";                pat[n] = "CaseRepository\\.findInKommune|CaseReadQuery"
    rule[++n] = "Danish tests select";                      pat[n] = "CaseRepository\\.danishTests"
    rule[++n] = "other case queries";                       pat[n] = "CaseRepository\\."
    rule[++n] = "view building";                            pat[n] = "CaseViews\\.|CaseLookup\\.view"
    rule[++n] = "Hibernate, other (sessions)";              pat[n] = "org\\.hibernate\\."
    rule[++n] = "JDBC and pool, other";                     pat[n] = "org\\.postgresql\\.|com\\.sun\\.gjc\\.|com\\.sun\\.enterprise\\.resource\\."
  }
  /^jdk\.ExecutionSample/ { inside = 1; depth = 0; thread = ""; next }
  inside && /sampledThread = / { thread = $0 }
  inside && /^[ \t]+[a-zA-Z_$][^ ]*\(.*\)/ { frame[++depth] = $1 }
  inside && /^}/ {
    inside = 0
    total++
    if (thread !~ /http-thread-pool|http-listener/) { cat = "(not a request thread)" }
    else {
      cat = ""
      for (r = 1; r <= n && cat == ""; r++)
        for (d = 1; d <= depth; d++) if (frame[d] ~ pat[r]) { cat = rule[r]; break }
      if (cat == "") {
        for (d = 1; d <= depth; d++) if (frame[d] !~ /^(java|javax|jdk|sun|com\.sun)\./) break
        split(d <= depth ? frame[d] : "(JDK only)", part, ".")
        cat = "other: " part[1] "." part[2] "." part[3]
      }
    }
    count[cat]++
  }
  END {
    per = requests > 0 ? "per 1000" : ""
    printf "%8s %6s %9s  %s\n", "samples", "share", per, "category"
    for (c in count) {
      per = requests > 0 ? sprintf("%.1f", 1000 * count[c] / requests) : ""
      line = sprintf("%8d %5.1f%% %9s  %s", count[c], 100 * count[c] / total, per, c)
      print line | "sort -rn"
    }
    close("sort -rn")
    per = requests > 0 ? sprintf("%.1f", 1000 * total / requests) : ""
    printf "%8d %6s %9s  %s\n", total, "", per, "all samples"
  }'
