package org.portcullis.config.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.portcullis.config.iptables.DirectValidation;
import org.portcullis.config.store.AtomicFiles;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Reads and writes firewalld's direct.xml. */
public final class DirectXml {
    private DirectXml() {
    }

    /** An absent file is the empty configuration; errors are FirewallException (PARSE_ERROR, INVALID_IPV, ...). */
    public static DirectConfig read(Path file) {
        if (!file.getFileName().toString().endsWith(".xml")) {
            throw new FirewallException(ErrorCode.INVALID_NAME, "'" + file + "' is missing .xml suffix");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new DirectXmlReader().read(in);
        } catch (NoSuchFileException e) {
            return DirectConfig.EMPTY;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes atomically (temporary file, fsync, rename), keeping the previous file as direct.xml.old. */
    public static void write(DirectConfig config, Path file) {
        AtomicFiles.writeKeepingOld(file, toXml(config).getBytes(StandardCharsets.UTF_8));
    }

    /** The file content firewalld would write for {@code config}. */
    public static String toXml(DirectConfig config) {
        return DirectXmlWriter.text(config);
    }

    /** {@code config} as it reads back once written: chains grouped by family and table, passthroughs by family. */
    public static DirectConfig asWritten(DirectConfig config) {
        return DirectXmlWriter.asWritten(config);
    }

    /**
     * What {@code --check-config} reports for the file: the first error of reading it or of validating every
     * rule and passthrough, with the file name in the message ({@code 'PATH': MESSAGE}).
     */
    public static DirectConfig check(Path file) {
        try {
            DirectConfig config = read(file);
            DirectValidation.validate(config);
            return config;
        } catch (FirewallException e) {
            throw new FirewallException(e.code(), "'" + file + "': " + e.detail());
        }
    }
}
