package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.PluginSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions by (plugin, environment): opened lazily on first use, then shared. Concurrent first calls for one key
 * open exactly one session (the others wait for it); different keys never share and never block each other.
 * A failed open is not cached, so fixing the config and calling again works without a restart.
 */
public final class SessionRegistry implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);

    private final SessionOpener opener;
    private final Map<SessionKey, Slot> slots = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public SessionRegistry(SessionOpener opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** The session of this key, opening it if needed. Exceptions of the opener propagate unchanged. */
    public PluginSession session(RegisteredPlugin plugin, Environment environment) {
        if (closed) {
            throw new IllegalStateException("session registry is closed");
        }
        SessionKey key = new SessionKey(plugin.name(), environment);
        return slots.computeIfAbsent(key, k -> new Slot()).get(() -> opener.open(plugin, environment));
    }

    /** The session of this key if it is already open; never opens one (so never blocks). */
    public Optional<PluginSession> openSession(RegisteredPlugin plugin, Environment environment) {
        Slot slot = closed ? null : slots.get(new SessionKey(plugin.name(), environment));
        return Optional.ofNullable(slot == null ? null : slot.session);
    }

    /** Sessions opened so far, for readiness probes. */
    public Map<SessionKey, PluginSession> openSessions() {
        Map<SessionKey, PluginSession> open = new java.util.TreeMap<>(
                java.util.Comparator.comparing(SessionKey::toString));
        slots.forEach((key, slot) -> {
            PluginSession s = slot.session;
            if (s != null) {
                open.put(key, s);
            }
        });
        return open;
    }

    /**
     * Closes every session once; later calls to {@link #session} fail. An open still in flight is waited for and
     * its session closed too (it holds its slot's monitor, which closing takes), so no session outlives shutdown.
     */
    @Override
    public void close() {
        closed = true;
        for (Map.Entry<SessionKey, Slot> entry : List.copyOf(slots.entrySet())) {
            entry.getValue().close(entry.getKey());
        }
        slots.clear();
    }

    /**
     * Holds one key's session; the monitor makes concurrent first calls wait for a single open, and makes
     * {@link #close} wait for an open in flight.
     */
    private final class Slot {
        private volatile PluginSession session;
        private boolean shut;

        PluginSession get(java.util.function.Supplier<PluginSession> open) {
            PluginSession existing = session;
            if (existing != null) {
                return existing;
            }
            synchronized (this) {
                if (shut) {
                    throw new IllegalStateException("session registry is closed");
                }
                if (session == null) {
                    PluginSession opened = Objects.requireNonNull(open.get(), "plugin returned a null session");
                    if (closed) {
                        // the registry closed while this open ran, after its snapshot of the slots: close it here
                        shut = true;
                        closeQuietly(opened, "new session");
                        throw new IllegalStateException("session registry is closed");
                    }
                    session = opened;
                }
                return session;
            }
        }

        synchronized void close(SessionKey key) {
            shut = true;
            PluginSession open = session;
            session = null;
            if (open != null && closeQuietly(open, key.toString())) {
                LOG.info("closed session {}", key);
            }
        }
    }

    private static boolean closeQuietly(PluginSession session, String name) {
        try {
            session.close();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("session {} failed to close: {}", name, e.getClass().getName());
            return false;
        }
    }
}
