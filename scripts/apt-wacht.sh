# Sourced by scripts/setup.sh: `wacht_op_apt` returns when no other program holds the apt lock, waiting with
# one message while one does (unattended-upgrades often does), and fails after BODCHECK_APT_WACHT seconds (600).
# apt and dpkg take a POSIX (fcntl) lock on the lock file; `flock` would not see it, so Python asks.
#   BODCHECK_APT_LOCK      the lock file (default /var/lib/dpkg/lock-frontend; a test uses a stub)
#   BODCHECK_APT_INTERVAL  seconds between two checks (5)

_apt_bezet() {
    local lock="$1" wie=""
    [ -e "$lock" ] || return 1
    command -v python3 >/dev/null 2>&1 || return 1  # cannot tell: apt-get waits itself (DPkg::Lock::Timeout)
    [ -w "$lock" ] || { [ "$(id -u)" -ne 0 ] && wie="sudo -n"; }
    $wie python3 - "$lock" <<'PY' 2>/dev/null
import fcntl, sys
with open(sys.argv[1], "r+b") as f:
    try:
        fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit(0)  # held by another program
sys.exit(1)
PY
}

wacht_op_apt() {
    local lock="${BODCHECK_APT_LOCK:-/var/lib/dpkg/lock-frontend}" max="${BODCHECK_APT_WACHT:-600}"
    local begin gemeld=0
    begin=$(date +%s)
    while _apt_bezet "$lock"; do
        if [ $(( $(date +%s) - begin )) -ge "$max" ]; then
            echo "setup: een ander programma gebruikt apt al $max seconden ($lock); probeer het later opnieuw." >&2
            return 1
        fi
        if [ "$gemeld" -eq 0 ]; then
            echo "setup: een ander programma installeert nu pakketten (bijvoorbeeld automatische updates); wachten, hoogstens $max seconden…" >&2
            gemeld=1
        fi
        sleep "${BODCHECK_APT_INTERVAL:-5}"
    done
    [ "$gemeld" -eq 0 ] || echo "setup: apt is vrij, verder." >&2
}
