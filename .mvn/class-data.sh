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
# hold too little for every search after it.
#
# The JVM refuses, silently, a cache or archive older than the jar, or an AOT cache made by another
# JDK or with other JVM options; it would not write a new AOT cache either, so ./loci removes such a
# cache first (JAR.aot.jdk names the JDK and options that made it), and the next training run
# records a new one.

# loci_class_data JAR MAJOR SHORT TRAIN MAKER, for the application jar JAR, a JDK of feature version
# MAJOR, SHORT 1 for a run on C1 alone, TRAIN 1 for a training run, and MAKER naming the JDK and the
# run's own JVM options (its folder, version and options), sets:
#   loci_jvm        the JVM options of every run (serial GC; the JVM's own messages, a recording's last
#                   line or a crash's banner, on stderr, since stdout is the command's output, JSON
#                   with --format json), and the module options: the vector incubator module for a
#                   long run, whose C2 lets Lucene use the vector API; none for a short run, where
#                   Lucene cannot (no C2) and where the module would keep the AOT cache from
#                   archiving the module graph;
#   loci_archive    the class-data flags;
#   loci_recording  the recording's file when this run records for an AOT cache, else empty;
#   loci_cache      JAR.aot when this run maps it, else empty;
#   loci_maker      MAKER, for loci_finish_cache.
loci_class_data() {
  local jar="$1" major="$2" short="$3" train="$4" made="" archive
  loci_jvm=(--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -XX:+DisplayVMOutputToStderr)
  loci_recording=""
  loci_cache=""
  loci_archive=()
  loci_maker="$5"
  if [ "$short" = 1 ] && [ "$major" -ge 25 ]; then
    if [ -f "$jar.aot" ]; then
      [ -f "$jar.aot.jdk" ] && IFS= read -r made <"$jar.aot.jdk"
      if [ "$jar.aot" -ot "$jar" ] || [ "$made" != "$loci_maker" ]; then
        rm -f "$jar.aot" "$jar.aot.jdk"
      fi
    fi
    if [ -f "$jar.aot" ]; then
      loci_cache="$jar.aot"
      loci_archive=(-XX:AOTCache="$jar.aot")
    elif [ "$train" = 1 ]; then
      loci_recording="$jar.aotconf.$$"
      # Recording says so at exit, on the JVM's own output (stderr, loci_jvm).
      loci_archive=(-XX:AOTMode=record -XX:AOTConfiguration="$loci_recording")
    fi
    # Recording warns of the classes it cannot keep (picocli's, compiled for Java 5).
    loci_archive+=(-Xlog:aot*=off -Xlog:cds*=off)
    return 0
  fi
  if [ "$short" = 1 ]; then
    archive="$jar.c1.jsa"
  else
    loci_jvm=(--add-modules jdk.incubator.vector "${loci_jvm[@]}")
    archive="$jar.jsa"
    train=1
  fi
  [ "$archive" -ot "$jar" ] && rm -f "$archive"
  if [ "$train" = 1 ] || [ -f "$archive" ]; then
    loci_archive=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive")
  fi
  loci_archive+=(-Xlog:cds=off -Xlog:cds+dynamic=off)
}

# loci_finish_cache JAVA JAR STATUS FLAGS..., after a run that ended with STATUS; FLAGS are the run's
# JVM options before the class path.
# - After a recording run (loci_recording) that succeeded, writes JAR.aot from the recording, to a
#   file of its own that is then moved into place, so that two first runs side by side each leave a
#   whole cache, and names its maker in JAR.aot.jdk. Only a successful run trains the cache (a usage
#   error loads little); the recording is removed either way.
# - After a run that mapped the cache (loci_cache) and ended in a JVM crash (status 134, SIGABRT),
#   removes the cache: a damaged cache of the right size and date can crash the JVM on every run.
loci_finish_cache() {
  local java="$1" jar="$2" status="$3"
  shift 3
  if [ -n "$loci_cache" ] && [ "$status" -eq 134 ]; then
    rm -f "$jar.aot" "$jar.aot.jdk"
    echo "loci: the JVM crashed; its AOT cache ($jar.aot) is removed, and the next search records it again" >&2
    return 0
  fi
  [ -n "$loci_recording" ] || return 0
  if [ "$status" -eq 0 ] && [ -f "$loci_recording" ]; then
    "$java" "$@" -XX:AOTMode=create -XX:AOTConfiguration="$loci_recording" \
      -XX:AOTCache="$jar.aot.$$" -Xlog:aot*=off -Xlog:cds*=off -jar "$jar" >/dev/null 2>&1 &&
      echo "$loci_maker" >"$jar.aot.jdk" && mv -f "$jar.aot.$$" "$jar.aot"
  fi
  rm -f "$loci_recording" "$jar.aot.$$"
}
