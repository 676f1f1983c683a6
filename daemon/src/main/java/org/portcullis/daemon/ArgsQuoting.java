package org.portcullis.daemon;

import java.util.List;

import org.portcullis.config.shell.Shlex;

/** Joins arguments the way firewall-cmd prints them: each word shell-quoted, separated by one space. */
@FunctionalInterface
public interface ArgsQuoting {
    String join(List<String> words);

    static ArgsQuoting standard() {
        return Shlex::join;
    }
}
