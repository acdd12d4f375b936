# Sourced by the bench scripts that start the quick start (mvn -Prun package) and need Payara Micro's own process.
#
# micro_pid LAUNCHER_PID: the descendant of the launcher (mvn's JVM starts it) that runs the launcher MicroRoot
# writes, launch-micro.jar; prints nothing while there is none yet. Not payara-micro.jar: that one runs only briefly,
# to unpack the runtime when none is kept yet, and taking it for the server measured a process that had already
# ended (jcmd "No such process", 0 CPU).
micro_pid() {
  local todo=("$1") pid
  while [ ${#todo[@]} -gt 0 ]; do
    pid=${todo[0]}
    todo=("${todo[@]:1}")
    if tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q 'launch-micro.jar'; then echo "$pid"; return; fi
    # shellcheck disable=SC2207
    todo+=($(pgrep -P "$pid" || true))
  done
}
