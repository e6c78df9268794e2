package org.compendium.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap use during a stage: the peak of the heap pools ({@link MemoryPoolMXBean#getPeakUsage()}, reset
 * at the start of each stage) and the largest heap in use right after a collection (GC notifications). The
 * latter is an upper bound of what the stage holds, not the live set: after a young collection the old
 * generation still holds whatever died there since the last full one (the throughput collector leaves it
 * until the old generation fills), so a stage that promotes much garbage shows far more than it needs.
 */
final class HeapWatch {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong heapAfterGc = new AtomicLong();

    HeapWatch() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, h) -> {
                    if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        heapAfterGc.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        heapAfterGc.set(0);
    }

    /** Sum of the heap pools' peaks since {@link #reset()}, in bytes. */
    long peak() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Largest heap in use right after a collection since {@link #reset()}, in bytes (0: no collection). */
    long heapAfterGc() {
        return heapAfterGc.get();
    }
}
