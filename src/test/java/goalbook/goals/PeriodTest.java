package goalbook.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void lastCompletedOn_quarterBoundaries() {
        assertEquals(Period.parse("2024-Q1"), Period.lastCompletedOn(LocalDate.of(2024, 6, 30)));
        assertEquals(Period.parse("2024-Q2"), Period.lastCompletedOn(LocalDate.of(2024, 7, 1)));
        assertEquals(Period.parse("2024-Q2"), Period.lastCompletedOn(LocalDate.of(2024, 7, 2)));
        assertEquals(Period.parse("2024-Q2"), Period.lastCompletedOn(LocalDate.of(2024, 9, 30)));
        assertEquals(Period.parse("2024-Q3"), Period.lastCompletedOn(LocalDate.of(2024, 10, 1)));
    }

    @Test
    void lastCompletedOn_newYear_isTheFourthQuarterOfLastYear() {
        assertEquals(Period.parse("2023-Q3"), Period.lastCompletedOn(LocalDate.of(2023, 12, 31)));
        assertEquals(Period.parse("2023-Q4"), Period.lastCompletedOn(LocalDate.of(2024, 1, 1)));
        assertEquals(Period.parse("2023-Q4"), Period.lastCompletedOn(LocalDate.of(2024, 3, 31)));
        assertEquals(Period.parse("2024-Q1"), Period.lastCompletedOn(LocalDate.of(2024, 4, 1)));
    }
}
