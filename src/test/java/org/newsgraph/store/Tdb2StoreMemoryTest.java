package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A compaction that runs out of heap is told as such. TDB2 copies a store in one write transaction; when that
 * transaction runs out of memory, its end throws a NullPointerException from the transaction code ("txn is null")
 * that hides the first error, so both are read as the heap's.
 */
class Tdb2StoreMemoryTest {

    private static NullPointerException thrownBy(String className) {
        NullPointerException e = new NullPointerException("Cannot invoke Transaction.getMode() because txn is null");
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "getReadWriteMode", "X.java", 322)});
        return e;
    }

    @Test
    void anOutOfMemoryErrorOrTheTransactionCodesNullPointerIsTheHeaps() {
        assertTrue(Tdb2Store.outOfMemory(new OutOfMemoryError("Java heap space")));
        assertTrue(Tdb2Store.outOfMemory(new IllegalStateException("copy failed", new OutOfMemoryError("Java heap space"))));
        assertTrue(Tdb2Store.outOfMemory(thrownBy("org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Tdb2Store.outOfMemory(thrownBy("org.newsgraph.store.Tdb2Store")));
        assertFalse(Tdb2Store.outOfMemory(new IllegalStateException("No space left on device")));
    }
}
