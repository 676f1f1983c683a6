package org.portcullis.config.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

import org.portcullis.config.zone.PolicyXml;
import org.portcullis.config.zone.ServiceXml;
import org.portcullis.config.zone.ZoneXml;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;

/** The services, zones and policies shipped with Portcullis, read from the class path. */
public final class Builtins {
    private static final String BASE = "/org/portcullis/config/catalog/";

    private Builtins() {
    }

    public static List<Service> services() {
        return read("services", ServiceXml::read);
    }

    /** The stock zones: block, dmz, drop, external, home, internal, public, trusted, work. */
    public static List<Zone> zones() {
        return read("zones", ZoneXml::read);
    }

    /** The stock policies: allow-host-ipv6. */
    public static List<Policy> policies() {
        return read("policies", PolicyXml::read);
    }

    public static String defaultZone() {
        return "public";
    }

    private static <T> List<T> read(String kind, BiFunction<InputStream, String, T> reader) {
        return names(kind).stream().map(name -> {
            try (InputStream in = open(BASE + kind + "/" + name + ".xml")) {
                return reader.apply(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<String> names(String kind) {
        try (InputStream in = open(BASE + kind + "/index.list");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Builtins.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }
}
