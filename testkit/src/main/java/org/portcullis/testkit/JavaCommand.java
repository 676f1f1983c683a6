package org.portcullis.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the argv that starts a main class of this classpath with the running JDK. */
final class JavaCommand {
    private JavaCommand() {
    }

    static List<String> of(Class<?> main, List<String> args) {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.add("-XX:TieredStopAtLevel=1");
        argv.add("-Xshare:auto");
        argv.add("-cp");
        argv.add(System.getProperty("java.class.path"));
        argv.add(main.getName());
        argv.addAll(args);
        return argv;
    }
}
