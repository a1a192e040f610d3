package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spotting a DA programme in an order description or a referral's notes. */
class DaProgrammeTest {

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Court - Accredited Programme - Building Better Relationships: Regular 20 Days | true
        building better relationships                        | true
        BUILDING BETTER RELATIONSHIP                         | true
        Building  Better\tRelationships                      | true
        12 month Community Order (BBR)                       | true
        Referral to bbr                                      | true
        BBR: 24 sessions                                     | true
        Building Choices                                     | true
        Accredited Programme - Building Choices (moderate)    | true
        Referral to the domestic abuse programme             | true
        Domestic Abuse Perpetrator Programme                 | true
        referred to DA programme                             | true
        DA programmes team                                   | true
        DAPP referral                                        | true
        ORA Community Order                                  | false
        SA2020 Suspended Sentence Order (8 Months)           | false
        Thinking Skills Programme                            | false
        BBRX                                                 | false
        ABBR                                                 | false
        Building better bridges                              | false
        domestic abuse history                               | false
        DA programmer                                        | false
        DAPPLE                                               | false
        Building                                             | false
        """)
    void matches(String text, boolean expected) {
        assertEquals(expected, DaProgramme.matches(text.replace("\\t", "\t")));
    }

    @Test
    void nothingMatchesNothing() {
        assertFalse(DaProgramme.matches(null));
        assertFalse(DaProgramme.matches(""));
        assertFalse(DaProgramme.matches("   "));
    }
}
