package org.portcullis.cli.firewallcmd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Files of ipset entries as {@code --add-entries-from-file} reads them: one entry a line, blanks around it
 * ignored, empty lines and lines starting with {@code #} or {@code ;} skipped, repeats dropped.
 */
final class EntryFiles {
    private EntryFiles() {
    }

    /** The entries, or an IOException whose message is what firewall-cmd reports after the file name. */
    static List<String> read(String fileName) throws IOException {
        String text;
        try {
            if (fileName.isEmpty()) {
                throw new NoSuchFileException(fileName);
            }
            Path file = Path.of(fileName);
            if (Files.isDirectory(file)) {
                throw new IOException("[Errno 21] Is a directory: " + quoted(fileName));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("[Errno 2] No such file or directory: " + quoted(fileName), e);
        } catch (AccessDeniedException e) {
            throw new IOException("[Errno 13] Permission denied: " + quoted(fileName), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("'utf-8' codec can't decode " + quoted(fileName), e);
        }
        Set<String> entries = new LinkedHashSet<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && l.charAt(0) != '#' && l.charAt(0) != ';')
                .forEach(entries::add);
        return List.copyOf(entries);
    }

    private static String quoted(String fileName) {
        return "'" + fileName + "'";
    }
}
