package dutydesk.cases;

/**
 * Values stored beside a case that follow from others (the database CHECKs them): whether the
 * offender-manager code is an "unallocated" placeholder, and the RoSH level as a number to sort
 * by.
 */
public final class CaseFacts {

    private CaseFacts() {
    }

    /** Unallocated: a staff code ending in {@code U}, except {@code IAVU} (inactive). */
    public static boolean isUnallocated(String omStaffCode) {
        return omStaffCode != null && omStaffCode.endsWith("U") && !omStaffCode.endsWith("IAVU");
    }

    /** 4 very high, 3 high, 2 medium, 1 low, 0 not assessed. */
    public static int roshRank(String rosh) {
        if (rosh == null) {
            return 0;
        }
        switch (rosh) {
            case "VERY_HIGH": return 4;
            case "HIGH": return 3;
            case "MEDIUM": return 2;
            case "LOW": return 1;
            default: return 0;
        }
    }
}
