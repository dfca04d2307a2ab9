#!/bin/sh
# The app-image's AOT cache (JEP 483/514): a training run of the image's own launcher, so that the cache
# matches the exact runtime, class path and java options a user's start has, then the launcher is told to
# use it. Run by the `package` profile after jpackage made the app-image, before the .deb is made from it.
#
#   train.sh IMAGE_DIR NAME
#
# The training starts the demo twice in a throw-away home on JavaFX's headless glass: once to seed the demo
# data (not recorded: seeding happens once per user), then a start with the data on disk that signs in as a
# demo user, shows the shell and syncs (recorded). -Dopsdesk.startupReport drives the sign-in and ends the
# app; the JVM then writes the cache. The options reach the launcher's JVM through JAVA_TOOL_OPTIONS, which
# every HotSpot launcher reads (jpackage's passes no command-line JVM options through).
set -eu
image=$1
name=$2
cache=$image/lib/app/$name.aot
cfg=$image/lib/app/$name.cfg
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
common="-Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true -Dopsdesk.home=$home"
common="$common -Dopsdesk.startupReport.signInAs=ada.admin"

echo "AOT training: seeding the demo data in $home"
JAVA_TOOL_OPTIONS="$common -Dopsdesk.startupReport=$home/seed.report" "$image/bin/$name" > "$home/seed.log" 2>&1 \
  || { cat "$home/seed.log"; exit 1; }
echo "AOT training: a start with the data on disk, recorded into $cache"
rm -f "$cache"
# No method profiles in the cache (JEP 515's training data, a diagnostic switch in JDK 25): replayed, they had
# the JIT compile so much at once after Sign in that "submit to shell" took ~40% more CPU on two cores and the
# shell came later than with the classes alone (alternating runs, start-up benchmark, issue #12).
JAVA_TOOL_OPTIONS="$common -Dopsdesk.startupReport=$home/train.report -XX:+UnlockDiagnosticVMOptions \
-XX:-AOTRecordTraining -XX:AOTCacheOutput=$cache" \
  "$image/bin/$name" > "$home/train.log" 2>&1 || { cat "$home/train.log"; exit 1; }
if grep -q '^error' "$home/train.report" || ! grep -q '^shellShown' "$home/train.report" || [ ! -s "$cache" ]; then
  cat "$home/train.log" "$home/train.report"
  echo "AOT training did not reach the shell or wrote no cache" >&2
  exit 1
fi
# jpackage expands $APPDIR (lib/app of wherever the image is installed) when the launcher starts.
if ! grep -q 'AOTCache=' "$cfg"; then
  echo 'java-options=-XX:AOTCache=$APPDIR/'"$name"'.aot' >> "$cfg"
fi
echo "AOT cache: $(du -h "$cache" | cut -f1) in $cache"
