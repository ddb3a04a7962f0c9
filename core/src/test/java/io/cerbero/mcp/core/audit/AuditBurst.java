package io.cerbero.mcp.core.audit;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process of the crash spec: appends records as fast as it can and prints each acknowledged seq, the way
 * the gateway answers a bot only after its audit record is stored. Arguments: file, number of records.
 */
public final class AuditBurst {
    private AuditBurst() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (JsonlAuditStore store = new JsonlAuditStore(file, false, 30, Clock.systemUTC())) {
            for (int i = 0; i < count; i++) {
                AuditRecord stored = store.append(AuditRecords.order("burst-" + i, "testnet"));
                System.out.println(stored.seq());
                System.out.flush();
            }
        }
    }
}
