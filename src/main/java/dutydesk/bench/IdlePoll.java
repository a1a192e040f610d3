package dutydesk.bench;

import dutydesk.db.ChangeWatcher;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * An idle session: a process that only watches the database for other sessions' commits, for
 * measuring what an idle desk costs. Prints READY, then CHANGE after each look that saw one,
 * until it is stopped. {@code --interval 0} opens the watcher's connection but never looks (the
 * cost of an idle JVM with an open database, for comparison).
 */
public final class IdlePoll {

    private IdlePoll() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4 || !args[0].equals("--db") || !args[2].equals("--interval")) {
            System.err.println("usage: IdlePoll --db PATH --interval MS");
            System.exit(2);
        }
        long interval = Long.parseLong(args[3]);
        ChangeWatcher watcher = ChangeWatcher.open(Path.of(args[1]));
        if (interval > 0) {
            watcher.start(interval, () -> System.out.println("CHANGE"));
        }
        System.out.println("READY pid=" + ProcessHandle.current().pid());
        new CountDownLatch(1).await();
    }
}
