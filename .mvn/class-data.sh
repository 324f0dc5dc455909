# shellcheck shell=bash
# Class data for ./loci: the JVM flags that let a run map the classes an earlier run loaded, instead
# of loading, verifying and linking them again. Sourced by ./loci; bench/run cold starts its
# bare-Lucene CLI the same way (ColdStartBenchmark). Bash built-ins only: ./loci runs this before
# every command, and each process forked costs milliseconds.
#
# A short run (C1 alone) on JDK 25 or newer uses an AOT cache (JEP 483 and 514), JAR.aot: classes
# loaded and linked, lambdas resolved, the module graph archived. The first successful training run
# after a build records what it loads (-XX:AOTMode=record); ./loci then writes the cache from the
# recording, once (loci_finish_cache), and later short runs map it. Other runs use a dynamic
# class-data archive: JAR.jsa for long runs, which the first one writes, and JAR.c1.jsa for short
# runs on JDK 21 to 24, which the first training run writes (their module options differ, and a JVM
# refuses an archive made with other ones). A training run is one whose start matters and which
# loads what a search loads (./loci gives `search` and `demo`): a cache made by `--version` would
# hold too little for every search after it. A cache or archive older than the jar is removed
# first: the JVM refuses a stale one, silently; so is an AOT cache made by another JDK (JAR.aot.jdk
# names the one that made it), which the JVM would refuse too, without ever writing a new one.

# loci_class_data JAR MAJOR SHORT TRAIN JDK, for the application jar JAR, a JDK of feature version
# MAJOR, SHORT 1 for a run on C1 alone, TRAIN 1 for a training run, and JDK naming the JDK (its
# folder and version), sets:
#   loci_modules    the module options: the vector incubator module for a long run, whose C2 lets
#                   Lucene use the vector API; none for a short run, where Lucene cannot (no C2) and
#                   where the module would keep the AOT cache from archiving the module graph;
#   loci_archive    the class-data flags;
#   loci_recording  the recording's file when this run records for an AOT cache, else empty;
#   loci_jdk        JDK, for loci_finish_cache.
loci_class_data() {
  local jar="$1" major="$2" short="$3" train="$4" made="" archive
  loci_modules=()
  loci_recording=""
  loci_archive=()
  loci_jdk="$5"
  if [ "$short" = 1 ] && [ "$major" -ge 25 ]; then
    [ -f "$jar.aot.jdk" ] && IFS= read -r made <"$jar.aot.jdk"
    if [ "$jar.aot" -ot "$jar" ] || [ "$made" != "$loci_jdk" ]; then
      rm -f "$jar.aot" "$jar.aot.jdk"
    fi
    if [ -f "$jar.aot" ]; then
      loci_archive=(-XX:AOTCache="$jar.aot")
    elif [ "$train" = 1 ]; then
      loci_recording="$jar.aotconf.$$"
      loci_archive=(-XX:AOTMode=record -XX:AOTConfiguration="$loci_recording")
    fi
    # Recording warns of the classes it cannot keep (picocli's, compiled for Java 5).
    loci_archive+=(-Xlog:aot*=off -Xlog:cds*=off)
    return 0
  fi
  if [ "$short" = 1 ]; then
    archive="$jar.c1.jsa"
  else
    loci_modules=(--add-modules jdk.incubator.vector)
    archive="$jar.jsa"
    train=1
  fi
  [ "$archive" -ot "$jar" ] && rm -f "$archive"
  if [ "$train" = 1 ] || [ -f "$archive" ]; then
    loci_archive=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive")
  fi
  loci_archive+=(-Xlog:cds=off -Xlog:cds+dynamic=off)
}

# loci_finish_cache JAVA JAR STATUS FLAGS..., after a run that recorded (loci_recording) and ended
# with STATUS: when STATUS is 0, writes JAR.aot from the recording; FLAGS are the run's JVM options
# before the class path. The cache is written to a file of its own and then moved into place, so
# that two first runs side by side each leave a whole cache. Only a successful run trains the cache
# (a usage error loads little); the recording is removed either way.
loci_finish_cache() {
  local java="$1" jar="$2" status="$3"
  shift 3
  [ -n "$loci_recording" ] || return 0
  if [ "$status" -eq 0 ] && [ -f "$loci_recording" ]; then
    "$java" "$@" -XX:AOTMode=create -XX:AOTConfiguration="$loci_recording" \
      -XX:AOTCache="$jar.aot.$$" -Xlog:aot*=off -Xlog:cds*=off -jar "$jar" >/dev/null 2>&1 &&
      echo "$loci_jdk" >"$jar.aot.jdk" && mv -f "$jar.aot.$$" "$jar.aot"
  fi
  rm -f "$loci_recording" "$jar.aot.$$"
}
