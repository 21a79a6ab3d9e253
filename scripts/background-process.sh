# Sourced by the scripts that start a local server in the background and read what it prints
# (official-sdk-emulator-check.sh, official-signature-check.sh): one way to wait for it and one
# way to stop it.

# wait_for_output PID COMMAND...: runs COMMAND every 0.1 s, 30 s at most, until it prints
# something, and prints that; gives up early once process PID has exited (then prints nothing).
wait_for_output() {
  local pid=$1 out=""
  shift
  for _ in $(seq 1 300); do
    out="$("$@")"
    if [[ -n "$out" ]]; then
      printf '%s\n' "$out"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  return 0
}

# stop_process PID: asks process PID to stop, waits up to 5 s, then kills it. Does nothing when
# PID is empty or the process has already exited.
stop_process() {
  local pid=$1
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}
