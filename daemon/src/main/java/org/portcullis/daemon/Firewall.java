package org.portcullis.daemon;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.SourceMap;
import org.portcullis.compile.zone.Forwarding;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.daemon.direct.DirectChecks;
import org.portcullis.daemon.zone.MemoryZoneStore;
import org.portcullis.daemon.zone.ZoneStore;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;

/**
 * Runtime and permanent state of the daemon. Every runtime change is a transaction: the new configuration
 * is computed, compiled and applied by the backend in one step, and only then becomes the runtime state;
 * any failure leaves the runtime state as it was. Permanent changes touch only the store.
 */
public final class Firewall {
    private final RulesetTarget target;
    private final RulesetCompiler compiler;
    private final DirectValidator validator;
    private final DirectStore store;
    private final EventLog log;
    private final ZoneStore zoneStore;
    private volatile ZoneSet permanentZones = ZoneSet.EMPTY;
    private volatile DaemonState state = DaemonState.STARTING;
    private volatile RuntimeConfig runtime = RuntimeConfig.EMPTY;
    private volatile DirectConfig permanent = DirectConfig.EMPTY;
    private volatile Compiled applied = new Compiled(Ruleset.EMPTY, new SourceMap(Map.of()));

    public Firewall(RulesetTarget target, RulesetCompiler compiler, DirectValidator validator, DirectStore store,
                    EventLog log) {
        this(target, compiler, validator, store, new MemoryZoneStore(), log);
    }

    public Firewall(RulesetTarget target, RulesetCompiler compiler, DirectValidator validator, DirectStore store,
                    ZoneStore zoneStore, EventLog log) {
        this.zoneStore = zoneStore;
        this.target = target;
        this.compiler = compiler;
        this.validator = validator;
        this.store = store;
        this.log = log;
    }

    public DaemonState state() {
        return state;
    }

    public RuntimeConfig runtime() {
        return runtime;
    }

    public DirectConfig permanent() {
        return permanent;
    }

    public ZoneSet permanentZones() {
        return permanentZones;
    }

    /** The ruleset last applied to the backend, with its source map. */
    public Compiled applied() {
        return applied;
    }

    /** The permanent configuration compiled as a reload would compile it; the kernel is not touched. */
    public synchronized Compiled compilePermanent() {
        return compile(new RuntimeConfig(permanent, List.of(), permanentZones));
    }

    public ZoneStore zoneStore() {
        return zoneStore;
    }

    public DirectValidator validator() {
        return validator;
    }

    /** Applies the permanent configuration; on failure enters the failsafe (no direct rules) and FAILED. */
    public synchronized void start() {
        DirectConfig loaded;
        try {
            loaded = store.load();
        } catch (RuntimeException e) {
            log.info("ignoring unreadable " + store.file() + ": " + describe(e));
            loaded = DirectConfig.EMPTY;
        }
        permanent = loaded;
        ZoneSet zones = loadZones();
        permanentZones = zones;
        try {
            commit(new RuntimeConfig(loaded, List.of(), zones));
            state = DaemonState.RUNNING;
            log.info("running: applied permanent configuration " + summary(loaded));
        } catch (RuntimeException e) {
            log.info("start failed: " + describe(e) + "; failsafe without direct rules");
            try {
                commit(RuntimeConfig.EMPTY);
            } catch (RuntimeException again) {
                log.info("failsafe could not be applied: " + describe(again));
            }
            state = DaemonState.FAILED;
        }
    }

    /** One runtime change; {@code change} throws FirewallException (soft or hard) to refuse it. */
    public synchronized void change(String description, UnaryOperator<RuntimeConfig> change) {
        RuntimeConfig next = change.apply(runtime);
        commit(next);
        log.info(description);
    }

    /**
     * One permanent zone change: {@code change} returns the new permanent zone set; zones, policies and ipsets
     * that differ are written, those that disappeared are deleted, and changed settings are saved.
     */
    public synchronized void changePermanentZones(String description, UnaryOperator<ZoneSet> change) {
        ZoneSet next = change.apply(permanentZones);
        saveZones(permanentZones, next);
        permanentZones = next;
        log.info("permanent: " + description);
    }

    /** Sets the default zone at runtime and in the permanent configuration, as firewalld does. */
    public synchronized void setDefaultZone(String name) {
        change("default zone " + name, rt -> rt.withZones(rt.zones().withDefaultZone(name)));
        zoneStore.saveSettings(name, permanentZones.logDenied());
        permanentZones = permanentZones.withDefaultZone(name);
    }

    /** Sets LogDenied at runtime and in the permanent configuration, as firewalld does. */
    public synchronized void setLogDenied(String value) {
        change("log denied " + value, rt -> rt.withZones(rt.zones().withLogDenied(value)));
        zoneStore.saveSettings(permanentZones.defaultZone(), value);
        permanentZones = permanentZones.withLogDenied(value);
    }

    private void saveZones(ZoneSet before, ZoneSet after) {
        for (var z : after.zones().values()) {
            if (!z.equals(before.zones().get(z.name()))) {
                zoneStore.saveZone(z);
            }
        }
        for (String name : before.zones().keySet()) {
            if (!after.zones().containsKey(name)) {
                zoneStore.deleteZone(name);
            }
        }
        for (var p : after.policies().values()) {
            if (!p.equals(before.policies().get(p.name()))) {
                zoneStore.savePolicy(p);
            }
        }
        for (String name : before.policies().keySet()) {
            if (!after.policies().containsKey(name)) {
                zoneStore.deletePolicy(name);
            }
        }
        for (var s : after.ipsets().values()) {
            if (!s.equals(before.ipsets().get(s.name()))) {
                zoneStore.saveIpSet(s);
            }
        }
        for (String name : before.ipsets().keySet()) {
            if (!after.ipsets().containsKey(name)) {
                zoneStore.deleteIpSet(name);
            }
        }
    }

    private ZoneSet loadZones() {
        try {
            ZoneSet zones = zoneStore.load();
            zones.catalog().problems().forEach(p -> log.info("ignoring " + p));
            return zones;
        } catch (RuntimeException e) {
            log.info("ignoring unreadable zone configuration: " + describe(e));
            return ZoneSet.EMPTY;
        }
    }

    /** One permanent change, validated and written to the store; the kernel is not touched. */
    public synchronized void changePermanent(String description, UnaryOperator<DirectConfig> change) {
        DirectConfig next = change.apply(permanent);
        DirectChecks.supportedAdditions(permanent, next);
        store.save(next);
        permanent = next;
        log.info("permanent: " + description);
    }

    /** Re-reads and checks the store, then replaces the runtime state with it (FlushAllOnReload=yes). */
    public synchronized void reload(String what) {
        DirectConfig loaded = checkedLoad();
        ZoneSet zones = loadZones();
        commit(new RuntimeConfig(loaded, List.of(), zones));
        permanent = loaded;
        permanentZones = zones;
        state = DaemonState.RUNNING;
        log.info(what + ": applied permanent configuration " + summary(loaded));
    }

    /** Reads and validates the store without applying it. */
    public synchronized DirectConfig checkedLoad() {
        DirectConfig loaded;
        try {
            loaded = store.load();
            DirectChecks.supported(loaded);
            for (var c : loaded.chains()) {
                DirectChecks.table(c.ipv(), c.table());
                DirectChecks.userChain(c.ipv(), c.table(), c.chain());
            }
            for (var r : loaded.rules()) {
                DirectChecks.table(r.ipv(), r.table());
                validator.rule(r);
            }
            loaded.passthroughs().forEach(validator::trackedPassthrough);
        } catch (FirewallException e) {
            throw new FirewallException(e.code(), "'" + store.file() + "': " + e.detail());
        }
        return loaded;
    }

    public synchronized void runtimeToPermanent() {
        if (state == DaemonState.FAILED) {
            throw new FirewallException(ErrorCode.RUNNING_BUT_FAILED,
                    "Saving runtime to permanent is not allowed while firewalld is in FAILED state. "
                            + "The permanent configuration must be fixed and then firewalld restarted. "
                            + "Try `firewall-offline-cmd --check-config`.");
        }
        DirectConfig current = runtime.tracked();
        ZoneSet zones = runtime.zones();
        try {
            store.save(current);
            ZoneSet merged = permanentZones;
            for (var s : zones.ipsets().values()) {
                merged = merged.withIpSet(s);
            }
            for (var z : zones.zones().values()) {
                merged = merged.with(z);
            }
            for (var p : zones.policies().values()) {
                merged = merged.with(p);
            }
            saveZones(permanentZones, merged);
            permanentZones = merged;
        } catch (FirewallException e) {
            throw new FirewallException(ErrorCode.RT_TO_PERM_FAILED, e.detail());
        } catch (RuntimeException e) {
            throw new FirewallException(ErrorCode.RT_TO_PERM_FAILED, describe(e));
        }
        permanent = current;
        log.info("runtime to permanent: saved " + summary(current) + " to " + store.file());
    }

    /** Removes every Portcullis table from the kernel. */
    public synchronized void stop() {
        try {
            target.removeAll();
            log.info("stopped: removed Portcullis tables");
        } catch (RuntimeException e) {
            log.info("stopped, but removing Portcullis tables failed: " + describe(e));
        }
    }

    private void commit(RuntimeConfig next) {
        Compiled compiled = compile(next);
        try {
            target.apply(compiled.ruleset());
        } catch (FirewallException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, describe(e));
        }
        runtime = next;
        applied = compiled;
        enableForwarding(compiled.ruleset());
    }

    private Compiled compile(RuntimeConfig config) {
        DirectChecks.supported(config.tracked());
        try {
            return compiler.compile(config.effective(), config.zones());
        } catch (FirewallException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, describe(e));
        }
    }

    /** Switches on the forwarding that masquerading and forward ports need, as firewalld does; never off. */
    private void enableForwarding(Ruleset ruleset) {
        for (Family family : Forwarding.needed(ruleset)) {
            try {
                target.enableForwarding(family);
            } catch (RuntimeException e) {
                log.info("cannot switch " + (family == Family.IP ? "IPv4" : "IPv6") + " forwarding on: " + describe(e));
            }
        }
    }

    private static String summary(DirectConfig c) {
        return "(" + c.chains().size() + " chains, " + c.rules().size() + " rules, "
                + c.passthroughs().size() + " passthroughs)";
    }

    static String describe(RuntimeException e) {
        return e instanceof FirewallException f ? f.getMessage()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
