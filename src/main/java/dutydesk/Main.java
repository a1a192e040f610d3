package dutydesk;

import dutydesk.app.Options;
import java.util.Arrays;

/** Entry point: {@code java -jar dutydesk.jar [command] [options]}. See {@link Options#USAGE}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = dutydesk.app.Main.run(Arrays.asList(args), System.out, System.err);
        } catch (Throwable t) {
            t.printStackTrace();
            System.err.println("dutydesk: stopped by an unexpected error: " + t);
            status = 1;
        }
        System.exit(status);
    }
}
