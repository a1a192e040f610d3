package dutydesk.demo;

import java.util.SplittableRandom;

/** Contact notes as a duty officer might write them, chosen to fit each outcome. */
final class DemoNotes {

    private static final String[] ATTENDED = {
        "Reported as instructed. No change of address, employment or relationship reported. Reminded of next appointment.",
        "Attended on time. Discussed job search; has an interview at a warehouse next week. No police contact reported.",
        "Seen at the duty desk. Presented well. Still staying with mother at the same address. Next report confirmed.",
        "Reported. Says things are settled. Attending GP for low mood; medication reviewed last week. No other changes.",
        "Attended. Housing remains temporary (council B&B). Referred to the housing officer. No police contact.",
        "Reported. Discussed alcohol use: says down to weekends only. Agreed to attend the drop-in service.",
        "Attended briefly. Working shifts at a distribution centre, asked for later appointments. Next report agreed.",
        "Reported on time. Disclosed a new partner (first name only given, says it is early days). No children in\n"
            + "the household. Advised that checks may be made.",
        "Attended. Reports being arrested on Saturday after an argument in a pub; released under investigation.\n"
            + "Police contact to be confirmed.",
        "Attended. Has moved to a new address (friend's flat) this week; address recorded. Landlord details to follow.",
        "Reported. Says contact with his children is through their mother at weekends. No change since last report.",
        "Reported late but within the hour. Bus problems. Otherwise no changes reported.",
        "Attended with a support worker. Tenancy paperwork completed. Benefits claim still pending.",
    };

    private static final String[] PHONE = {
        "Telephone contact as agreed (childcare). No changes reported. Next contact in the office.",
        "Planned phone call. Answered on second attempt. Confirms same address and no police contact.",
    };

    private DemoNotes() {
    }

    static String forOutcome(SplittableRandom rnd, String outcome, String type) {
        switch (outcome) {
            case "ATTC":
                return "COPT".equals(type) ? pick(rnd, PHONE) : pick(rnd, ATTENDED);
            case "AFTC":
                return "Attended but refused to engage with the session and left early. Compliance discussed; warning"
                        + " given.";
            case "ATSH":
                return "Arrived under the influence of alcohol and was sent home. Told to return tomorrow morning.";
            case "UAAB":
                return "Did not attend. No contact made and no explanation received. Warning letter to be sent.";
            case "AFTA":
                return "Failed to attend. Phone message left asking for an explanation within 7 days.";
            case "AAME":
                return "Phoned beforehand: hospital appointment (letter to be provided). Rebooked.";
            case "AAEM":
                return "Phoned beforehand: working a shift; payslip to be brought next time. Rebooked.";
            case "AAFC":
                return "Childcare fell through; phoned ahead. Accepted as acceptable absence. Rebooked.";
            case "RSOF":
                return "Asked to move the appointment (court date). Rescheduled.";
            default:
                return "";
        }
    }

    static String walkIn(SplittableRandom rnd) {
        return rnd.nextBoolean()
                ? "Walked in without an appointment asking about travel warrants. Advised and next report confirmed."
                : "Unplanned visit to report a change of address (sofa-surfing with a friend). Details recorded.";
    }

    static String policeResponse(SplittableRandom rnd, boolean da) {
        if (!da) {
            return rnd.nextBoolean() ? "Police response: no domestic abuse call-outs recorded."
                    : "Police response: one non-DA call-out (neighbour dispute, 2024). No DA concerns.";
        }
        switch (rnd.nextInt(3)) {
            case 0:
                return "Police response: 3 DA call-outs in the last 12 months, most recent involving current partner.";
            case 1:
                return "Police response: 1 DA call-out (verbal argument), no further action. Ex-partner named.";
            default:
                return "Police response: DA history with two previous partners; non-molestation order expired 2024.";
        }
    }

    /** The DA call-outs in the last 12 months a police response above reports. */
    static int daIncidents(String response) {
        return response.contains("3 DA call-outs") ? 3 : response.contains("1 DA call-out") ? 1 : 0;
    }

    static String safeguardingResponse(SplittableRandom rnd, boolean known) {
        if (!known) {
            return "Children's services: not known.";
        }
        return rnd.nextBoolean()
                ? "Children's services: known. Child in need plan for partner's child, closed 2025."
                : "Children's services: known. Open to social care; allocated social worker named.";
    }

    private static String pick(SplittableRandom rnd, String[] items) {
        return items[rnd.nextInt(items.length)];
    }
}
