package goalbook.workbook.upload;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignFormulasTest {

    @ParameterizedTest
    @ValueSource(strings = {"1200+300", "60 + 40", "C8*2", "$C$8/2", "unika_kunder-10", "SUM(C8:C9)", "round(C8,0)", "MAX(1,2)-MIN(3,4)",
        "ABS(-5)", "AVERAGE(C8,C9)", "(1+2)*3^2%"})
    void arithmetic_staysLiveInAnInput(String formula) {
        assertTrue(ForeignFormulas.arithmetic(formula), formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cmd|' /C calc'!A0", "cmd|'/C calc'!A0", "HYPERLINK(\"file://host/share\",\"x\")", "WEBSERVICE(\"https://x\")",
        "[1]Blad1!A1", "Blad2!A1", "RTD(\"x\",,\"y\")", "INDIRECT(\"A1\")", "\"text\"", "IMAGE(\"https://x/p.png\")", "SUMIF(A1:A2,1)"})
    void anythingElse_isKeptOnlyAsItsValue(String formula) {
        assertFalse(ForeignFormulas.arithmetic(formula), formula);
    }
}
