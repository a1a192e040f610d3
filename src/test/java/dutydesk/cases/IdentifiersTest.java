package dutydesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void crnIsALetterAndSixDigits() {
        assertTrue(Crn.isValid("X000001"));
        assertTrue(Crn.isValid("J111111"));
        assertFalse(Crn.isValid("x000001"));
        assertFalse(Crn.isValid("X00001"));
        assertFalse(Crn.isValid("X0000011"));
        assertFalse(Crn.isValid("XX00001"));
        assertFalse(Crn.isValid(null));
    }

    @Test
    void crnPrefixNeedsALetterAndADigit() {
        assertTrue(Crn.looksLikePrefix("X1"));
        assertTrue(Crn.looksLikePrefix("x12345"));
        assertFalse(Crn.looksLikePrefix("X"), "a lone letter is a surname prefix");
        assertFalse(Crn.looksLikePrefix("Xa"));
    }

    @Test
    void pncCheckLettersMatchThePublishedExamples() {
        assertEquals('W', Pnc.checkLetter(1954, 18147));
        assertEquals('Q', Pnc.checkLetter(2012, 52494));
        assertTrue(Pnc.isValid("1954/0018147W"));
        assertTrue(Pnc.isValid("2012/0052494Q"));
        assertFalse(Pnc.isValid("2012/0052494R"), "wrong check letter");
        assertFalse(Pnc.isValid("12/0052494Q"));
        assertFalse(Pnc.isValid("2012-0052494Q"), "the slash");
        assertFalse(Pnc.isValid("2012/005249AQ"), "a letter among the digits");
        assertFalse(Pnc.isValid("2O12/0052494Q"), "a letter O for a zero");
        assertFalse(Pnc.isValid("2012/0052494q"), "a small check letter");
        assertFalse(Pnc.isValid("2012/00524949Q"), "eight digits");
        assertFalse(Pnc.isValid("２０１２/0052494Q"), "digits that are not ASCII");
        assertFalse(Pnc.isValid(null));
        assertEquals("2005/0000042W", Pnc.format(2005, 42));
        assertTrue(Pnc.isValid(Pnc.format(1999, 9_999_999)));
    }

    @Test
    void nameKeysFoldAccentsCaseAndPunctuation() {
        assertEquals("obrien", NameKey.fold("O'Brien"));
        assertEquals("obrien", NameKey.fold("O’Brien"));
        assertEquals("nunez", NameKey.fold("Núñez"));
        assertEquals("smithjones", NameKey.fold("Smith-Jones"));
        assertEquals("desouza", NameKey.fold("de Souza"));
        assertEquals("lukasz", NameKey.fold("Łukasz"));
        assertEquals("ostergaard", NameKey.fold("Østergaard"));
        assertEquals("strasse", NameKey.fold("Straße"));
        assertEquals("yilmaz", NameKey.fold("Yılmaz"));
        assertEquals("nguyen", NameKey.fold("Nguyễn"));
        assertEquals("", NameKey.fold("'-- "));
    }

    @Test
    void searchTextMeansCrnSurnameOrSurnameAndForename() {
        CaseQuery q = CaseQuery.DEFAULT;
        assertEquals(CaseQuery.SearchKind.NONE, q.searchKind());
        assertEquals(CaseQuery.SearchKind.CRN, q.withText(" x12 ").searchKind());
        assertEquals("X12", q.withText(" x12 ").crnPrefix());
        CaseQuery name = q.withText("O'Bri");
        assertEquals(CaseQuery.SearchKind.NAME, name.searchKind());
        assertEquals("obri", name.surnamePrefix());
        assertEquals("", name.forenamePrefix());
        CaseQuery both = q.withText("smith, jo");
        assertEquals("smith", both.surnamePrefix());
        assertEquals("jo", both.forenamePrefix());
        assertEquals(CaseQuery.SearchKind.NONE, q.withText("'").searchKind(), "punctuation alone filters nothing");
        assertFalse(q.withText("'").isFiltered());
        assertTrue(q.withFlag(CaseFlagFilter.DA).isFiltered());
    }
}
