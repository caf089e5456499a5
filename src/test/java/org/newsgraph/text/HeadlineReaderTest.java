package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "a headline above the body         ; Acme to build a plant in Lyon\\n\\nAcme Corp will invest. ; Acme to build a plant in Lyon",
        "a question is a headline          ; Will Acme stay in Lyon?\\nAcme Corp said. ; Will Acme stay in Lyon?",
        "past a rubric                     ; PRESS RELEASE\\n\\nAcme to build a plant in Lyon\\n\\nAcme Corp will invest. ; Acme to build a plant in Lyon",
        "past a dated rubric               ; MARKETS BRIEF | May 2, 2024\\n\\nApple unveils record buyback\\n\\nApple said. ; Apple unveils record buyback",
        "a lead paragraph is none          ; Acme Corp will invest 40 million euros in Lyon, its chief said on Tuesday.\\nMore. ; ",
        "a dateline lead is none           ; NAIROBI, March 3 (Reuters) - Northwind Energy will invest\\nMore text ; ",
        "a date stamp is none              ; \" date 2024-04 (Washington) Google will invest\\nMore\" ; ",
        "a line that runs on is none       ; Acme Corp, the maker of robots,\\nwill invest. ; ",
        "a text of one line has none       ; Acme to build a plant in Lyon ; ",
        "a long first line is none         ; one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six\\nMore. ; ",
    })
    void findsTheHeadlineOnlyWhenTheFirstLineIsOne(String what, String text, String expected) {
        assertEquals(Optional.ofNullable(expected), HeadlineReader.headline(text.replace("\\n", "\n")), what);
    }
}
