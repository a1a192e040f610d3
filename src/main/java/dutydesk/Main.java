package dutydesk;

import java.util.Arrays;

/** Entry point: {@code java -jar dutydesk.jar [command] [options]}; {@code --help} lists them. */
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
