package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newsgraph.store.Tdb2Store;

/**
 * Another process that holds a store open until its standard input closes, for the lock test:
 * {@code java -cp ... org.newsgraph.cli.StoreHolder STORE}.
 */
final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (Tdb2Store store = Tdb2Store.create(Path.of(args[0]))) {
            System.out.println("open " + store.location());
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the lock until the test closes our input
            }
        }
    }
}
