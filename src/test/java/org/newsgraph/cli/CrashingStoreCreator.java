package org.newsgraph.cli;

import java.nio.file.Path;
import java.security.Permission;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Tdb2Store;

/**
 * Another process that creates a store and dies at once, like {@code kill -9}, just before its K-th file
 * operation in the store folder, for the crash test: {@code java -Djava.security.manager=allow -cp ...
 * org.newsgraph.cli.CrashingStoreCreator K STORE}. K = 0 never dies and prints how many operations there
 * were, or the store's one-line refusal. Java 17 still lets a program watch its own file operations
 * through a security manager; {@link Runtime#halt} ends the process with no shutdown hook, no flush.
 */
final class CrashingStoreCreator {

    private CrashingStoreCreator() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        int dieAt = Integer.parseInt(args[0]);
        Path store = Path.of(args[1]).toAbsolutePath();
        FileOperations seen = new FileOperations(store, dieAt);
        System.setSecurityManager(seen);
        try (Tdb2Store created = Tdb2Store.create(store)) {
            System.out.println("created " + seen.count());
        } catch (StoreException refused) {
            System.out.println("refused " + refused.getMessage());
        }
        System.out.flush();
    }

    @SuppressWarnings("removal")
    private static final class FileOperations extends SecurityManager {
        private final Path store;
        private final int dieAt;
        private int count;

        FileOperations(Path store, int dieAt) {
            this.store = store;
            this.dieAt = dieAt;
        }

        synchronized int count() {
            return count;
        }

        @Override
        public void checkPermission(Permission perm) {
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
        }

        @Override
        public void checkWrite(String file) {
            countAndMaybeDie(file);
        }

        @Override
        public void checkDelete(String file) {
            countAndMaybeDie(file);
        }

        private synchronized void countAndMaybeDie(String file) {
            if (!Path.of(file).toAbsolutePath().startsWith(store)) {
                return;
            }
            count++;
            if (count == dieAt) {
                Runtime.getRuntime().halt(137);
            }
        }
    }
}
