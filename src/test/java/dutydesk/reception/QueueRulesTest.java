package dutydesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueRulesTest {

    @Test
    void defaultsRouteHighRoshMappaDaAndChildProtectionToAPo() {
        QueueRules r = QueueRules.DEFAULTS;
        assertEquals(List.of(), r.poReasons("MEDIUM", false, false, 0));
        assertEquals(List.of("RoSH high"), r.poReasons("HIGH", false, false, 0));
        assertEquals(List.of("RoSH very high", "MAPPA 2", "DA", "child protection"), r.poReasons("VERY_HIGH", true, true, 2));
    }

    @Test
    void everyPartOfTheRuleIsASetting() {
        QueueRules r = QueueRules.of(Map.of("queue.po_rosh", "VERY_HIGH", "queue.po_markers", "MAPPA",
                "queue.po_warning", "off", "queue.poll_ms", "500", "reception.overdue_days", "7"));
        assertEquals(new QueueRules(4, EnumSet.of(QueueRules.Marker.MAPPA), false, 500, 7), r);
        assertEquals(List.of(), r.poReasons("HIGH", true, true, 0));
        assertEquals(List.of("MAPPA 1"), r.poReasons("LOW", false, false, 1));
        assertEquals(List.of(), QueueRules.of(Map.of("queue.po_rosh", "none", "queue.po_markers", ""))
                .poReasons("VERY_HIGH", true, true, 3));
    }

    @Test
    void aBadSettingIsRefusedNamingItsKeyAndValue() {
        assertEquals("setting queue.po_rosh is 'severe'; it must be LOW, MEDIUM, HIGH, VERY_HIGH or NONE",
                assertThrows(IllegalArgumentException.class, () -> QueueRules.of(Map.of("queue.po_rosh", "severe")))
                        .getMessage());
        assertEquals("setting queue.poll_ms is '5'; it must be a whole number from 100 to 60000",
                assertThrows(IllegalArgumentException.class, () -> QueueRules.of(Map.of("queue.poll_ms", "5")))
                        .getMessage());
        assertEquals("setting queue.po_markers is 'DA,XX'; it must be a comma-separated list of MAPPA, DA and CP",
                assertThrows(IllegalArgumentException.class, () -> QueueRules.of(Map.of("queue.po_markers", "DA,XX")))
                        .getMessage());
    }

    @Test
    void datesOfBirthAsReceptionTypesThem() {
        assertEquals("1990-03-14", VisitRepository.birthDate("14/03/1990").toString());
        assertEquals("1990-03-14", VisitRepository.birthDate("14-3-90").toString());
        assertEquals("1990-03-14", VisitRepository.birthDate("14.03.1990").toString());
        assertEquals("1990-03-14", VisitRepository.birthDate("1990-03-14").toString());
        assertEquals("1990-03-14", VisitRepository.birthDate("14031990").toString());
        assertEquals("2004-03-14", VisitRepository.birthDate("140304").toString());
        assertEquals(null, VisitRepository.birthDate("31/02/1990"));
        assertEquals(null, VisitRepository.birthDate("1403"));
    }
}
