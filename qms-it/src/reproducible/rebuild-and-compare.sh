#!/usr/bin/env bash
# The reproducible profile's check, run by qms-it in verify after the reactor has built every
# published artifact: copies the sources (no target/, no .git), builds the published modules again
# there from scratch, and compares every artifact byte by byte with the reactor's.
#   rebuild-and-compare.sh ROOT WORKDIR
set -euo pipefail
root=$1
work=$2
modules=(qms-bom qms-core qms-json qms-report)

rm -rf "$work"
mkdir -p "$work/src"
tar -C "$root" --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -C "$work/src" -xf -

echo "reproducible: second build of ${modules[*]} in $work/src"
(cd "$work/src" && ./mvnw -B -q -DskipTests -Djacoco.skip=true -pl "$(IFS=,; echo "${modules[*]}")" -am package)

same=0
differ=0
for m in "${modules[@]}"; do
  for first in "$root/$m"/target/*.jar "$root/$m"/target/*.pom; do
    [[ -e $first ]] || continue
    name=${first##*/}
    second="$work/src/$m/target/$name"
    if [[ ! -e $second ]]; then
      echo "  MISSING in the second build: $m/target/$name"
      differ=$((differ + 1))
    elif cmp -s "$first" "$second"; then
      echo "  identical  $(sha256sum "$first" | cut -c1-16)  $m/target/$name"
      same=$((same + 1))
    else
      echo "  DIFFERENT  $m/target/$name"
      [[ $name == *.jar ]] && diff <(unzip -Z -l "$first" | tail -n +3) <(unzip -Z -l "$second" | tail -n +3) | head -20 || true
      differ=$((differ + 1))
    fi
  done
done
echo "reproducible: $same artifacts identical, $differ different"
[[ $differ -eq 0 && $same -gt 0 ]]
