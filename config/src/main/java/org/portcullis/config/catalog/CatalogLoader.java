package org.portcullis.config.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.portcullis.config.ipset.IpSetXml;
import org.portcullis.config.zone.PolicyXml;
import org.portcullis.config.zone.ServiceXml;
import org.portcullis.config.zone.ZoneXml;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;

/**
 * Builds the catalog: the built-ins, then services and ipsets from system directories such as
 * {@code /usr/lib/firewalld/services} and {@code /usr/lib/firewalld/ipsets} if they exist, then
 * {@code services/}, {@code zones/}, {@code policies/} and {@code ipsets/} of the configuration directory. A
 * later file replaces an earlier entry of the same name. Files that fail to load are skipped and reported in
 * {@link Catalog#problems()}.
 */
public final class CatalogLoader {
    public static final Path SYSTEM_SERVICES = Path.of("/usr/lib/firewalld/services");
    public static final Path SYSTEM_IPSETS = Path.of("/usr/lib/firewalld/ipsets");

    private CatalogLoader() {
    }

    public static Catalog load(Path configDir) {
        return load(configDir, SYSTEM_SERVICES);
    }

    public static Catalog load(Path configDir, Path systemServices) {
        return load(configDir, systemServices, SYSTEM_IPSETS);
    }

    public static Catalog load(Path configDir, Path systemServices, Path systemIpsets) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Service> services = byName(Builtins.services(), Service::name);
        Map<String, Zone> zones = byName(Builtins.zones(), Zone::name);
        Map<String, Policy> policies = byName(Builtins.policies(), Policy::name);
        Map<String, IpSet> ipsets = new TreeMap<>();
        readDir(systemServices, ServiceXml::read, Service::name, services, problems);
        readDir(systemIpsets, IpSetXml::read, IpSet::name, ipsets, problems);
        java.util.SortedSet<String> builtinIpsets = new java.util.TreeSet<>(ipsets.keySet());
        if (configDir != null) {
            readDir(configDir.resolve("services"), ServiceXml::read, Service::name, services, problems);
            readDir(configDir.resolve("zones"), ZoneXml::read, Zone::name, zones, problems);
            readDir(configDir.resolve("policies"), PolicyXml::read, Policy::name, policies, problems);
            readDir(configDir.resolve("ipsets"), IpSetXml::read, IpSet::name, ipsets, problems);
        }
        for (String name : List.copyOf(policies.keySet())) {
            if (zones.containsKey(name)) {
                policies.remove(name);
                problems.add(new LoadProblem("policies/" + name + ".xml", new FirewallException(
                        ErrorCode.NAME_CONFLICT, "Policy '" + name + "': Can't have the same name as a zone.")));
            }
        }
        return new Catalog(new TreeMap<>(services), new TreeMap<>(zones), new TreeMap<>(policies),
                new TreeMap<>(ipsets), builtinIpsets, problems);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> out = new TreeMap<>();
        items.forEach(i -> out.put(name.apply(i), i));
        return out;
    }

    private static <T> void readDir(Path dir, BiFunction<InputStream, String, T> reader, Function<T, String> name,
                                    Map<String, T> into, List<LoadProblem> problems) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new LoadProblem(dir.toString(),
                    new FirewallException(ErrorCode.INVALID_DIRECTORY, dir + ": " + e.getMessage())));
            return;
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                T item = reader.apply(in, f.getFileName().toString());
                into.put(name.apply(item), item);
            } catch (FirewallException e) {
                problems.add(new LoadProblem(f.toString(), e));
            } catch (IOException | RuntimeException e) {
                problems.add(new LoadProblem(f.toString(),
                        new FirewallException(ErrorCode.INVALID_FILENAME, f + ": " + e.getMessage())));
            }
        }
    }
}
