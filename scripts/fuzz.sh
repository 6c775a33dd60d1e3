#!/usr/bin/env bash
# Builds and runs the libFuzzer targets.
#
#   scripts/fuzz.sh build            build the target only
#   scripts/fuzz.sh run [ARGS...]    build, then fuzz from Fuzz/corpus (extra ARGS go to
#                                    libFuzzer, e.g. -max_total_time=120 or -runs=1000000)
#
# FUZZ_TARGET=pipeline (default): Fuzz/FuzzTarget.swift, two articles through reading,
# extraction, comparison and the renderers. FUZZ_TARGET=reading: Fuzz/FuzzReading.swift,
# decoding, front matter, tokens, sentences, times and numbers only, far faster per input.
#
# SwiftPM cannot link a `-sanitize=fuzzer` executable (its entry symbol is renamed), so each
# library module is compiled here with swiftc, in dependency order, as its own module (two
# modules have files of the same name, so one big module will not do), then linked with the
# harness. New inputs the fuzzer finds go to .build/fuzz-*/corpus-TARGET (the
# seed corpus in Fuzz/corpus is only read); crashes, hangs and out-of-memory inputs to
# fuzz-out/ (crash-*, timeout-*, oom-*). Exit status: libFuzzer's (0 when nothing was found).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v swiftc >/dev/null 2>&1; then
  for d in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
    [ -x "$d/swiftc" ] && export PATH="$d:$PATH"
  done
fi

# FUZZ_SANITIZE=fuzzer,address adds AddressSanitizer. The default is coverage only: the
# library is safe Swift (bounds and overflow checks stay on in -O builds and trap), and ASan's
# allocator makes each execution several times slower.
sanitize=${FUZZ_SANITIZE:-fuzzer}
target=${FUZZ_TARGET:-pipeline}
case "$target" in
  pipeline) harness=Fuzz/FuzzTarget.swift ;;
  reading) harness=Fuzz/FuzzReading.swift ;;
  *) echo "fuzz: FUZZ_TARGET is pipeline or reading, not '$target'" >&2; exit 64 ;;
esac
out=${FUZZ_OUT:-.build/fuzz-${sanitize//,/-}}
binary="$out/corroborate-fuzz-$target"
mkdir -p "$out/modules" "$out/corpus-$target" fuzz-out
flags=(-O -parse-as-library "-sanitize=$sanitize" -g)
modules=(CorroborateCore CorroborateText CorroborateGazetteer CorroborateTimes CorroborateNumbers
         CorroborateExtraction CorroborateComparison CorroborateReport)

build() {
  local objects=() stale=0
  for m in "${modules[@]}"; do
    local files=()
    while IFS= read -r f; do files+=("$f"); done < <(find "Sources/$m" -name '*.swift' | LC_ALL=C sort)
    # Rebuild a module when one of its files changed, and every module after a rebuilt one.
    if [ "$stale" = 1 ] || [ ! -f "$out/modules/$m.o" ] || [ -n "$(find "Sources/$m" -newer "$out/modules/$m.o" | head -n 1)" ]; then
      stale=1
      echo "fuzz: compiling $m (${#files[@]} files)" >&2
      swiftc "${flags[@]}" -wmo -module-name "$m" -I "$out/modules" \
        -emit-module -emit-module-path "$out/modules/$m.swiftmodule" \
        -c "${files[@]}" -o "$out/modules/$m.o"
    fi
    objects+=("$out/modules/$m.o")
  done
  echo "fuzz: linking $binary" >&2
  swiftc "${flags[@]}" -use-ld=lld -I "$out/modules" "$harness" "${objects[@]}" -o "$binary"
}

case "${1:-run}" in
  build)
    build
    ;;
  run)
    shift || true
    build
    # -timeout=1: an input taking over a second is a hang; one worker (the machine is shared).
    exec "$binary" -timeout=1 -rss_limit_mb=2048 -max_len=8192 -dict=Fuzz/corroborate.dict \
      -artifact_prefix=fuzz-out/ -print_final_stats=1 "$@" "$out/corpus-$target" Fuzz/corpus
    ;;
  *)
    echo "usage: scripts/fuzz.sh [build | run [LIBFUZZER-ARGS...]]" >&2
    exit 64
    ;;
esac
