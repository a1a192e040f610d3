package dutydesk.cases;

import java.time.LocalDate;

/** A risk register on a case (DA perpetrator, child protection, MAPPA, RoSH...). */
public record Registration(String code, String description, String kind, String level, String category,
                           LocalDate registered, LocalDate nextReview) {
}
