# Sourced by the CI scripts: `stage NAME COMMAND...` runs COMMAND and prints how long it took
# (or after how long it failed), so a slow stage shows in the log.
stage() {
    local name=$1 start=$SECONDS status=0
    shift
    "$@" || status=$?
    if [ "$status" -eq 0 ]; then
        echo "==> stage ${name}: $((SECONDS - start)) s"
    else
        echo "==> stage ${name}: failed (exit ${status}) after $((SECONDS - start)) s"
    fi
    return "$status"
}
