package dev.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import dev.crosscheck.annotate.Annotator;
import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Modality;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction on short real-world sentences, through the real annotator and knowledge. */
class ExtractorTest {

    private static final LocalDate THURSDAY_2024_06_20 = LocalDate.of(2024, 6, 20);

    static List<Assertion> read(String text, LocalDate published) {
        Annotator annotator = new Annotator(TestPipeline.models(), TestPipeline.knowledge().abbreviations());
        Extractor extractor = new Extractor(TestPipeline.knowledge());
        return extractor.extract(annotator.annotate(TestPipeline.article("t", "Test", published, text))).assertions();
    }

    /** True when the text, published on a Thursday, gives no claim of this attribute. */
    static boolean readsNo(String text, String attribute) {
        return read(text, THURSDAY_2024_06_20).stream().noneMatch(a -> a.attribute().equals(attribute));
    }

    static Assertion only(List<Assertion> all, String attribute) {
        List<Assertion> found = all.stream().filter(a -> a.attribute().equals(attribute)).toList();
        assertEquals(1, found.size(), "assertions of " + attribute + ": " + all);
        return found.get(0);
    }

    @Test
    void countedGroupWithHedgedRole() {
        List<Assertion> all = read("The ministers were seen leaving with three women, presumably nurses, walking behind them.",
                THURSDAY_2024_06_20);
        Assertion count = only(all, "count");
        assertEquals("three women, presumably nurses", count.quote());
        assertEquals(3, count.value().low());
        assertEquals(Modality.PROBABLE, count.modality());
        assertEquals("presumably", count.cue());
        Assertion role = only(all, "role");
        assertEquals("nurse", role.value().text());
        assertEquals(count.subject(), role.subject(), "count and role describe one group");
    }

    @Test
    void theSameGroupGetsTheSameSubjectWhateverItsNumber() {
        Assertion two = only(read("Officers arrived with two men, apparently guards, walking behind them.", THURSDAY_2024_06_20), "count");
        Assertion one = only(read("Officers arrived with one person, apparently a guard, walking behind them.", THURSDAY_2024_06_20), "count");
        assertEquals(two.subject(), one.subject());
        assertFalse(two.agreesWith(one));
    }

    @Test
    void partsListedAfterAVerbOfNoGroupAddUpToPeopleOfTheGroupNamedAfterThem() {
        List<Assertion> counts = read("The coach overturned on a hill road with 31 tourists and 4 guides on board.",
                THURSDAY_2024_06_20).stream().filter(a -> a.attribute().equals("count")).toList();
        Assertion sum = counts.stream().filter(a -> a.value().low() == 35).findFirst()
                .orElseThrow(() -> new AssertionError("no sum of the parts: " + counts));
        assertEquals("on board", sum.frame().group());
        assertEquals("35 (31 tourists and 4 guides)", sum.value().text());
        assertTrue(counts.stream().allMatch(c -> "on board".equals(c.frame().group())), "every part is on board: " + counts);
    }

    @Test
    void aGroupNamedRightAfterALongNounPhraseIsTheCountsOwn() {
        List<Assertion> counts = read("The airline said there were 10 tourists and two young local crew members aboard the plane.",
                THURSDAY_2024_06_20).stream().filter(a -> a.attribute().equals("count")).toList();
        Assertion crew = counts.stream().filter(a -> a.value().low() == 2).findFirst().orElseThrow();
        assertEquals("on board", crew.frame().group(), "the fourth word after the figure names its group: " + counts);
        assertTrue(counts.stream().anyMatch(a -> a.value().low() == 12), "the listed parts add up: " + counts);
    }

    @Test
    void thingsThatAreNotPeopleAddUpToNoPeople() {
        List<Assertion> counts = read("Twenty people were hurt in tram accidents last year, including one derailment and "
                + "two collisions with buses.", THURSDAY_2024_06_20).stream()
                .filter(a -> a.attribute().equals("count")).toList();
        assertTrue(counts.stream().noneMatch(c -> c.value().low() == 3), "derailments and collisions are not people: " + counts);
    }

    @Test
    void aManCountsAsOne() {
        Assertion a = only(read("A tall man in a coat was seen opening the door.", THURSDAY_2024_06_20), "count");
        assertEquals(1, a.value().low());
        assertEquals(1, a.value().high());
    }

    @Test
    void approximationsMakeIntervals() {
        Assertion atLeast = only(read("At least two soldiers were wounded in the attack.", THURSDAY_2024_06_20), "count");
        assertEquals(2, atLeast.value().low());
        assertTrue(Double.isInfinite(atLeast.value().high()));
        assertEquals("At least two soldiers", atLeast.quote());
        Assertion exact = only(read("Two soldiers were wounded in the attack.", THURSDAY_2024_06_20), "count");
        assertTrue(atLeast.agreesWith(exact), "at least two agrees with two");
    }


    @Test
    void anArticleBetweenAnApproximationAndItsNumberKeepsTheBound() {
        Assertion upTo = only(read("Growers saw up to a 40% rise in yields after one season.", THURSDAY_2024_06_20), "percentage");
        assertTrue(upTo.value().upperBound(), upTo.value().toString());
        assertEquals(40, upTo.value().high(), 1e-9);
        Assertion nearly = only(read("The fund posted nearly a 12% gain in March.", THURSDAY_2024_06_20), "percentage");
        assertEquals(12 * 0.9, nearly.value().low(), 1e-9);
        // after a lone preposition the article opens its object: a stretch of 30 days, not "more than 30 days"
        Assertion over = only(read("Prices were tracked over a 30-day period by the agency.", THURSDAY_2024_06_20), "duration");
        assertFalse(over.value().lowerBound(), over.value().toString());
    }
    @Test
    void aMeasureInARelativeClauseIsAboutTheNounTheClauseDescribes() {
        Assertion fall = only(read("Rescuers reached the climber, who fell 40 feet onto the rocks.", THURSDAY_2024_06_20),
                "length");
        assertTrue(fall.frame().things().contains("climber"), fall.frame().toString());
        Assertion place = read("The rocket will land on the barge, which will be stationed in the Atlantic Ocean.",
                THURSDAY_2024_06_20).stream().filter(a -> a.kind().equals("PLACE")).findFirst().orElseThrow();
        assertTrue(place.frame().things().contains("barg"), place.frame().toString());
    }

    @Test
    void verbsOfExceedingBoundTheirNumber() {
        Assertion exceeding = only(read("Raw material costs are expected to exceed 10% this year.", THURSDAY_2024_06_20),
                "percentage");
        assertTrue(exceeding.value().lowerBound(), exceeding.value().toString());
        assertEquals(10, exceeding.value().low(), 1e-9);
        Assertion topped = only(read("Ticket sales topped $5 million by Friday.", THURSDAY_2024_06_20), "money USD");
        assertTrue(topped.value().lowerBound(), topped.value().toString());
        // a negated bound is the other bound
        Assertion capped = only(read("Fees for the service are not exceeding 2% of the balance.", THURSDAY_2024_06_20),
                "percentage");
        assertTrue(capped.value().upperBound(), capped.value().toString());
    }

    @Test
    void aScaleWordWrittenOnTheNumberScalesIt() {
        Assertion glued = only(read("The breach exposed 143million customers across the country.", THURSDAY_2024_06_20), "count");
        assertEquals(143e6, glued.value().low(), 1e6);
        Assertion spaced = only(read("The breach exposed 143 million customers across the country.", THURSDAY_2024_06_20), "count");
        assertTrue(glued.agreesWith(spaced), glued.value() + " vs " + spaced.value());
    }

    @Test
    void aMeasureBelongsToWhatTheReportedClauseIsAbout() {
        Assertion reported = only(read("Police said the girl, who fell 8 to 9 feet, was taken to hospital.",
                THURSDAY_2024_06_20), "length");
        assertEquals("girl", reported.subject(), "the girl fell, not the police");
        Assertion opened = only(read("Seconds later, the girl slipped past a railing and dropped about 9 feet.",
                THURSDAY_2024_06_20), "length");
        assertEquals("girl", opened.subject(), "an opening phrase of time is not the subject");
        Assertion stated = only(read("The company said in a statement that the tower is 300 feet tall.",
                THURSDAY_2024_06_20), "height");
        assertEquals("tower", stated.subject(), "past the hearer or the statement to its that-clause");
        Assertion apposed = only(read("Harambe, a gorilla, was 6 feet tall.", THURSDAY_2024_06_20), "height");
        assertTrue(apposed.subject().startsWith("haramb"), "a name before its apposition opens nothing: " + apposed.subject());
    }

    @Test
    void theWordBesideALengthSaysWhichExtentItIs() {
        List<Assertion> read = read("The tower is 300 metres tall and 60 metres wide. The 80m-deep well was dug at a"
                + " depth of 40m. The pipe is 30cm in diameter. The 1,300-foot skyscraper opened. The road is 20 miles"
                + " long.", THURSDAY_2024_06_20);
        List<String> extents = read.stream().filter(a -> a.kind().equals("QUANTITY")).map(Assertion::attribute).toList();
        assertEquals(List.of("height", "width", "depth", "depth", "width", "height", "length"), extents);
        // a conversion after the word of the extent converts that extent
        List<Assertion> well = read("The well measured 30 centimetres wide (11.8 inches).", THURSDAY_2024_06_20);
        assertEquals(List.of("width", "width"), well.stream().map(Assertion::attribute).toList());
        assertEquals(well.get(0).id(), well.get(1).restates());
    }

    @Test
    void aRelativeClauseSaysWhatHappenedToWhatACountCounts() {
        // the verb the clause ends with, not the sentence's ("includes") nor a word of the clause's object ("called")
        Assertion count = only(read("That number includes almost 700,000 consumers who had so called \"sensitive\""
                + " data accessed.", THURSDAY_2024_06_20), "count");
        assertEquals("consumer · access", count.subject());
        Assertion placed = only(read("The breach reached almost 700,000 customers in Britain who had their data accessed.",
                THURSDAY_2024_06_20), "count");
        assertEquals("customer · access", placed.subject(), "past the place of the people counted");
        Assertion dead = only(read("Everyone in town talks about the 80 people that have died in the crash.",
                THURSDAY_2024_06_20), "count");
        assertEquals("person · kill", dead.subject());
    }

    @Test
    void aMeasureOfOneKnownByHisAgeIsHis() {
        // "year" of "23-year-old" is no subject: two people of two ages would share it
        Assertion nominal = only(read("The 23-year-old jumped 8.5 metres in the final.", THURSDAY_2024_06_20), "length");
        assertEquals("23-year-old", nominal.subject());
        Assertion described = only(read("A 4-year-old boy fell 15 feet into the enclosure.", THURSDAY_2024_06_20),
                "length");
        assertEquals("boy", described.subject());
    }

    @Test
    void aNumberOfWhatWasAddedIsNotACount() {
        assertTrue(readsNo("Another 40,000 more customers were affected by the leak on Monday.", "count"));
        assertTrue(readsNo("Rescuers said three additional bodies were found on Monday.", "count"));
        assertTrue(readsNo("Doctors reported 12 further cases on Monday.", "count"),
                "the words of increment amounts know");
        assertEquals(3, only(read("Rescuers said three bodies were found on Monday.", THURSDAY_2024_06_20), "count")
                .value().low(), "the whole count is read");
    }

    @Test
    void anEventRecalledAsEarlierIsNotTheStorysOwn() {
        Assertion recalled = only(read("The group called it payback for shelling earlier this month that left up to 20 "
                + "farmers dead.", THURSDAY_2024_06_20), "count");
        assertFalse(recalled.mainEvent(), "earlier this month: another, earlier event");
        assertTrue(only(read("The shelling on Wednesday left 20 farmers dead.", THURSDAY_2024_06_20), "count").mainEvent());
    }

    @Test
    void aHedgeOfAnAdjectiveDoesNotHedgeTheClaim() {
        Assertion halted = only(read("The potentially season-deciding Monaco rally was stopped after 12 of 40 "
                + "planned stages on Saturday.", THURSDAY_2024_06_20), "count");
        assertEquals(Modality.ASSERTED, halted.modality(), halted.cue());
        Assertion hedged = only(read("Possibly five people were injured in the crash on Sunday.", THURSDAY_2024_06_20),
                "count");
        assertEquals(Modality.POSSIBLE, hedged.modality());
    }

    @Test
    void aCountInQuotationMarksKeepsItsVerb() {
        Assertion quoted = only(read("The bank admitted the records of \"fewer than 9,000 UK customers\" had been "
                + "\"viewed\" in the attack.", THURSDAY_2024_06_20), "count");
        assertEquals(9_000, quoted.value().high(), 1);
    }

    @Test
    void aRankIsNotACount() {
        assertTrue(readsNo("A slow stop left her down in 15th place on the grid.", "count"));
        assertTrue(readsNo("The driver spun off in the 30th of 55 laps on the wet track.", "count"),
                "neither the rank nor the whole it ranks in");
        assertEquals(12, only(read("The rally was stopped after 12 of 40 planned stages on Saturday.", THURSDAY_2024_06_20),
                "count").value().low());
    }

    @Test
    void scoresSharesTimesOfDayAndMagnitudesAreNotCounts() {
        for (String text : List.of("The hosts sealed a 3-2 win over the visitors on Sunday.",
                "Two-thirds of the cabin crew walked out on Friday.",
                "The fire started at 3 a.m. on Tuesday near the harbour.",
                "A magnitude 7.1 aftershock followed on Monday.")) {
            List<Assertion> read = read(text, THURSDAY_2024_06_20);
            assertTrue(read.stream().noneMatch(a -> a.attribute().equals("count")), text + ": " + read);
        }
        // a range still counts
        assertEquals(5, only(read("Between 5 and 10 people were hurt in the crash.", THURSDAY_2024_06_20), "count")
                .value().low());
        assertEquals(10, only(read("The storm left 5-10 homes without power.", THURSDAY_2024_06_20), "count")
                .value().high());
    }

    @Test
    void anAgeWrittenWithHyphensIsAnAge() {
        Assertion age = only(read("The 34-year-old man was arrested on Monday.", THURSDAY_2024_06_20), "age");
        assertTrue(age.value().low() <= 34 * 365.25 && 34 * 365.25 <= age.value().high(), age.value().toString());
    }

    @Test
    void anAgeSetBesideANameInCommasIsThatPersonsAge() {
        List<Assertion> read = read("Police named him as Carl Brandt, 64, of Mesquite, and the boy, 4, was safe."
                + " The woman, aged 62, was unhurt. On May 5, 64 people died.", THURSDAY_2024_06_20);
        List<Assertion> ages = read.stream().filter(a -> a.attribute().equals("age")).toList();
        assertEquals(List.of("carl brandt", "boy", "woman"), ages.stream().map(Assertion::subject).toList(), ages.toString());
        assertTrue(ages.get(0).value().low() <= 64 * 365.25 && 64 * 365.25 <= ages.get(0).value().high());
        assertEquals(64, only(read, "count").value().low(), "a count after a date is no age");
    }

    @Test
    void aWrittenAgeBesideANameIsThatPersonsAge() {
        List<Assertion> read = read("Police named the gunman as Carl Brandt, a 64-year-old retired accountant. In Lyon,"
                + " a 31-year-old man was held. On Monday, a 40-year-old woman died. \"We ran,\" said 23-year-old Ann"
                + " Lee. A 19-year-old German student was hurt.", THURSDAY_2024_06_20);
        List<String> subjects = read.stream().filter(a -> a.attribute().equals("age")).map(Assertion::subject).toList();
        // a place or a day before the comma is no name, nor a nationality before a noun
        assertEquals(List.of("carl brandt", "man", "woman", "ann lee", "student"), subjects);
    }

    @Test
    void pencePerCentAsPcAndCroresAreRead() {
        Assertion loaf = only(read("A loaf now costs 99p in the village shop.", THURSDAY_2024_06_20), "money GBP");
        assertEquals(0.99, loaf.value().low(), 0.01);
        Assertion rate = only(read("Inflation rose to 2.5pc in March.", THURSDAY_2024_06_20), "percentage");
        assertEquals(2.5, rate.value().low(), 0.1);
        Assertion plant = only(read("The firm will invest ₹500 crore in the plant.", THURSDAY_2024_06_20), "money INR");
        assertEquals(5e9, plant.value().low(), 3e8);
    }

    @Test
    void aGroupCountedAroundAnAsideOrAfterItsVerbIsCounted() {
        List<Assertion> aside = read("At least 5 people, including 2 children, were killed on Monday.", THURSDAY_2024_06_20);
        assertTrue(aside.stream().anyMatch(a -> a.attribute().equals("count") && a.value().low() == 5
                && "dead".equals(a.frame().group())), aside.toString());
        List<Assertion> after = read("The blast killed 5 and injured 12 on Monday.", THURSDAY_2024_06_20);
        assertEquals(List.of("dead", "injured"), after.stream().filter(a -> a.attribute().equals("count"))
                .map(a -> a.frame().group()).toList(), after.toString());
        assertTrue(readsNo("Nearly 1 in 5 voters backed the plan on Monday.", "count"),
                "1 in 5 is a share, not five voters");
        assertTrue(readsNo("Police seek the cause of a crash that killed 10 from Ohio.", "count"),
                "some of the dead, not the toll");
    }

    @Test
    void halfAMillionIsAFigure() {
        assertEquals(500_000, only(read("Half a million people marched on Saturday.", THURSDAY_2024_06_20), "count")
                .value().low());
    }

    @Test
    void aFigureWithThousandsAndAUnitGluedOnIsRead() {
        Assertion tower = only(read("The tower is 1,500ft tall.", THURSDAY_2024_06_20), "height");
        assertEquals(1500 * 0.3048, tower.value().low(), 20);
    }

    @Test
    void aPricePerShareIsNotATotal() {
        Assertion perShare = only(read("The new offer of $82 a Acme share was rejected on Monday.", THURSDAY_2024_06_20),
                "money USD per share");
        assertEquals(82, perShare.value().low(), 1);
        Assertion total = read("Broadcom raised its offer to $121 billion on Monday.", THURSDAY_2024_06_20).stream()
                .filter(a -> a.attribute().startsWith("money")).findFirst().orElseThrow();
        assertEquals("money USD", total.attribute());
    }

    @Test
    void theNumberOfAGroupIsACountOfThatGroup() {
        Assertion number = only(read("The number of affected consumers rose to 145.5 million after the review.",
                THURSDAY_2024_06_20), "count");
        assertEquals(145.5e6, number.value().low(), 1e5, number.quote() + " " + number.value());
        Assertion plain = only(read("The breach affected 143 million consumers across the country.", THURSDAY_2024_06_20), "count");
        assertEquals(plain.subject(), number.subject(), "the same group: consumers affected");
        assertTrue(readsNo("The number of passengers rose to 60 this year.", "count"),
                "a group without its verb says nothing to compare");
    }

    @Test
    void partitivesAreNotCounts() {
        assertTrue(readsNo("One of the officials said he now has at least two of the cars.", "count"));
    }

    @Test
    void aConversionInBracketsRestatesTheAmountAndAgrees() {
        List<Assertion> all = read("The plant is around 1,000 kilometres (620 miles) from the capital.", THURSDAY_2024_06_20);
        assertEquals(2, all.stream().filter(a -> a.kind().equals("QUANTITY")).count(), all.toString());
        Assertion km = all.get(0);
        Assertion miles = all.get(1);
        assertEquals("around 1,000 kilometres", km.quote());
        assertEquals("620 miles", miles.quote());
        assertEquals(km.id(), miles.restates());
        assertTrue(km.agreesWith(miles), km.value() + " vs " + miles.value());
    }

    @Test
    void aWrongConversionDisagrees() {
        List<Assertion> all = read("The plant is 1,000 kilometres (820 miles) from the capital.", THURSDAY_2024_06_20);
        assertFalse(all.get(0).agreesWith(all.get(1)));
    }

    @Test
    void roundedAndApproximateAmountsAgreeWithCloseExactOnes() {
        Assertion around = only(read("The engine makes around 600 horsepower.", THURSDAY_2024_06_20), "engine power");
        Assertion exact = only(read("The engine makes 598 horsepower.", THURSDAY_2024_06_20), "engine power");
        Assertion far = only(read("The engine makes 450 horsepower.", THURSDAY_2024_06_20), "engine power");
        assertTrue(around.agreesWith(exact));
        assertFalse(around.agreesWith(far));
    }

    @Test
    void moneyIsAPriceInItsCurrency() {
        Assertion price = only(read("The retail price is around $300,000 in the civilian version.", THURSDAY_2024_06_20), "price");
        assertEquals("USD", price.value().unit());
        assertEquals(270_000, price.value().low(), 1);
        assertEquals(330_000, price.value().high(), 1);
    }

    @Test
    void aSumWrittenInFullIsAsExactAsItsDigits() {
        Assertion fee = only(read("The basic plan costs $190 per month.", THURSDAY_2024_06_20), "money USD per month");
        assertEquals(190, fee.value().low(), 1e-9);
        assertEquals(190, fee.value().high(), 1e-9);
        Assertion cheaper = only(read("The basic plan costs $185 per month.", THURSDAY_2024_06_20), "money USD per month");
        assertFalse(fee.agreesWith(cheaper));
        // a sum of millions, and a measure, are rounded as written
        Assertion budget = only(read("The city set its budget at $190 million.", THURSDAY_2024_06_20), "money USD");
        assertEquals(185e6, budget.value().low(), 1);
        Assertion distance = only(read("The plant is 620 miles from the capital.", THURSDAY_2024_06_20), "length");
        assertEquals(615, distance.value().low() / 1609.344, 0.01);
    }

    @Test
    void aLocalTimeAndItsGmtTimeAreTwoReadingsOfOneMoment() {
        List<Assertion> times = read("The ferry left Lisbon at 7:45 p.m. (1845 GMT) on Tuesday.", THURSDAY_2024_06_20)
                .stream().filter(a -> a.kind().equals("CLOCK")).toList();
        assertEquals(2, times.size(), times.toString());
        assertEquals(18 * 60 + 45, times.get(0).value().low(), 1e-9, "Lisbon keeps summer time in June: UTC+1");
        assertEquals(times.get(0).id(), times.get(1).restates());
        assertTrue(times.get(1).agreesWith(times.get(0)));
        // a change of summer time in the month before: either offset may be meant
        Assertion march = read("The ferry left Lisbon at 7:45 p.m. (1945 GMT) on Tuesday.", LocalDate.of(2024, 4, 4))
                .stream().filter(a -> a.kind().equals("CLOCK")).findFirst().orElseThrow();
        assertEquals(18 * 60 + 45, march.value().low(), 1e-9);
        assertEquals(19 * 60 + 45, march.value().high(), 1e-9);
        Assertion glued = read("The jet left Tokyo at 8.15am (2315 GMT) on Friday.", THURSDAY_2024_06_20).stream()
                .filter(a -> a.kind().equals("CLOCK")).findFirst().orElseThrow();
        assertEquals(23 * 60 + 15, glued.value().low(), 1e-9, "8.15am in Tokyo is 23:15 GMT the day before");
        // a change of summer time across midnight: 00:30 in Lisbon in late March is 00:30 or 23:30 GMT
        Assertion midnight = read("The ferry left Lisbon at 12:30 a.m. (2330 GMT) on Tuesday.", LocalDate.of(2024, 4, 4))
                .stream().filter(a -> a.kind().equals("CLOCK")).findFirst().orElseThrow();
        assertEquals(60, midnight.value().high() - midnight.value().low(), 1e-9, midnight.value().toString());
        // a place of another zone whose time the bracket gives: the writer may have meant that one
        assertTrue(readsNo("Troops crossed from Lisbon at 9 a.m. (0000 GMT), officials in Tokyo said.", "time of day"));
        // no zone, or places of two zones before the time: nothing is read
        assertTrue(readsNo("The ferry left at 7:45 p.m. (1845 GMT) on Tuesday.", "time of day"));
        assertTrue(readsNo("The flight from Tokyo to Lisbon landed at 7:45 p.m. (1845 GMT) on Tuesday.",
                "time of day"));
    }

    @Test
    void designationsAndDisplacementOfOneEngine() {
        List<Assertion> all = read("The armored version is powered by a 4.4-liter V8 engine, with a 6.6-liter V12.",
                THURSDAY_2024_06_20);
        List<Assertion> layouts = all.stream().filter(a -> a.attribute().equals("engine layout")).toList();
        assertEquals(List.of("V8", "V12"), layouts.stream().map(Assertion::quote).toList());
        assertEquals(layouts.get(0).subject(), layouts.get(1).subject());
        assertEquals(2, all.stream().filter(a -> a.attribute().equals("engine displacement")).count(), all.toString());
    }

    @Test
    void aWeekdayWithItsDateIsThatDate() {
        Assertion ahead = only(read("Organisers expect 40,000 fans at the final on Sunday, Nov. 27.",
                LocalDate.of(2016, 11, 14)), "count");
        assertEquals(LocalDate.of(2016, 11, 27), ahead.time().start(), "the date written, not the Sunday before");
        Assertion recalled = only(read("Police arrested 12 people on Monday, August 3.", LocalDate.of(2018, 2, 6)),
                "count");
        assertEquals(LocalDate.of(2015, 8, 3), recalled.time().start(), "without its year, the weekday picks it");
        List<Assertion> days = read("Police arrested 12 people on Sunday, Dec. 31, 2022.", LocalDate.of(2023, 1, 3))
                .stream().filter(a -> a.kind().equals("WEEKDAY")).toList();
        Assertion written = days.stream().filter(a -> a.restates() != null).findFirst().orElseThrow();
        Assertion ofTheDate = days.stream().filter(a -> a.restates() == null).findFirst().orElseThrow();
        assertEquals("Sunday", written.value().key());
        assertEquals("Saturday", ofTheDate.value().key());
        assertEquals(ofTheDate.id(), written.restates());
        assertEquals(LocalDate.of(2016, 11, 27), only(read("Organisers expect 40,000 fans on Sunday, Nov. 27, 2016.",
                LocalDate.of(2016, 11, 14)), "count").time().start(), "a date with its year is that date");
    }

    @Test
    void aWeekdayOfAnActToComeIsTheNextOne() {
        assertEquals(LocalDate.of(2024, 6, 25), only(read("The ministers will meet 40 delegates in Geneva on Tuesday.",
                THURSDAY_2024_06_20), "count").time().start(), "'will meet on Tuesday' in a Thursday paper");
        assertEquals(LocalDate.of(2024, 6, 22), only(read("The rocket is due to carry 3 astronauts on Saturday.",
                THURSDAY_2024_06_20), "count").time().start());
        assertEquals(LocalDate.of(2024, 6, 18), only(read("The council approved 5 new schools on Tuesday.",
                THURSDAY_2024_06_20), "count").time().start(), "an act done: the Tuesday before");
        assertEquals(LocalDate.of(2024, 6, 17), only(read("Police said on Monday that 12 men will be charged.",
                THURSDAY_2024_06_20), "count").time().start(), "the weekday goes with 'said', not with 'will'");
    }

    @Test
    void weekdaysResolveToTheLatestOneOnOrBeforePublication() {
        Assertion date = only(read("The ministers met in Geneva on Wednesday.", THURSDAY_2024_06_20), "date");
        assertEquals(LocalDate.of(2024, 6, 19), date.time().start());
        Assertion sameDay = only(read("The ministers met in Geneva on Thursday.", THURSDAY_2024_06_20), "date");
        assertEquals(THURSDAY_2024_06_20, sameDay.time().start(), "on or before: the publication day itself");
    }

    @Test
    void monthsAndYearsResolveAgainstPublication() {
        Assertion thisYear = only(read("Moreau visited Lyon in February this year.", THURSDAY_2024_06_20), "date");
        assertEquals("2024-02", thisYear.time().label());
        Assertion lastYear = only(read("Moreau visited Lyon in September last year.", THURSDAY_2024_06_20), "date");
        assertEquals("2023-09", lastYear.time().label());
        Assertion bare = only(read("Moreau visited Lyon in November.", THURSDAY_2024_06_20), "date");
        assertEquals("2023-11", bare.time().label(), "a month after publication's month is last year's");
        Assertion year = only(read("Moreau visited Lyon in 2018.", THURSDAY_2024_06_20), "date");
        assertEquals("2018", year.time().label());
        Assertion full = only(read("Moreau visited Lyon on September 15, 2023.", THURSDAY_2024_06_20), "date");
        assertEquals("2023-09-15", full.time().label());
    }

    @Test
    void aTimeCountedBackFromPublicationIsATimeNotADuration() {
        Assertion years = only(read("Moreau visited Lyon two years ago.", THURSDAY_2024_06_20), "date");
        assertEquals(LocalDate.of(2021, 6, 20), years.time().start(), "two whole years or a little more");
        assertEquals(LocalDate.of(2022, 7, 20), years.time().end());
        assertTrue(years.time().recalled(), "a look back");
        Assertion days = only(read("Moreau visited Lyon three days ago.", THURSDAY_2024_06_20), "date");
        assertEquals("2024-06-17", days.time().label());
        Assertion month = only(read("Moreau visited Lyon a month ago.", THURSDAY_2024_06_20), "date");
        assertEquals("2024-05", month.time().label());
        assertTrue(readsNo("Moreau visited Lyon two years ago.", "duration"),
                "'two years ago' says when, not how long");
    }

    @Test
    void anApproximateLookBackIsLoose() {
        // "more than five years ago" may be 2015, as another report dates it
        Assertion loose = only(read("Moreau visited Lyon more than five years ago.", THURSDAY_2024_06_20), "date");
        assertTrue(!loose.time().start().isAfter(LocalDate.of(2015, 1, 1)), loose.time().toString());
        assertTrue(!loose.time().end().isBefore(LocalDate.of(2019, 6, 20)), loose.time().toString());
    }

    @Test
    void calendarQuartersAreTimesButAGamesQuarterAndACarAreNot() {
        Assertion q = only(read("The mill's sales rose 5% in Q3 2020.", THURSDAY_2024_06_20), "percentage");
        assertEquals(LocalDate.of(2020, 7, 1), q.time().start(), q.time().toString());
        assertEquals(LocalDate.of(2020, 9, 30), q.time().end());
        Assertion ordinal = only(read("The mill's sales rose 5% in the fourth quarter of 2019.", THURSDAY_2024_06_20),
                "percentage");
        assertEquals(LocalDate.of(2019, 10, 1), ordinal.time().start(), ordinal.time().toString());
        Assertion inDigits = only(read("The mill's sales rose 5% in the 3rd quarter of 2019.", THURSDAY_2024_06_20),
                "percentage");
        assertEquals(LocalDate.of(2019, 7, 1), inDigits.time().start(), inDigits.time().toString());
        Assertion bare = only(read("The mill's sales rose 5% in Q2.", THURSDAY_2024_06_20), "percentage");
        assertEquals(LocalDate.of(2024, 4, 1), bare.time().start(), "the latest second quarter begun by publication");
        Assertion game = only(read("The Lions scored 14 points in the third quarter.", THURSDAY_2024_06_20), "count");
        assertFalse(game.time().explicit(), "a game's quarter: " + game.time());
        Assertion fiscal = only(read("The mill's sales rose 5% in fiscal Q3 2020.", THURSDAY_2024_06_20), "percentage");
        assertFalse(fiscal.time().start().equals(LocalDate.of(2020, 7, 1)), "fiscal quarters are the company's own");
    }

    @Test
    void partsOfMonthsDecadesAndRunsOfDaysAreTimes() {
        Assertion mid = only(read("The mill cut 40 jobs in mid-March.", THURSDAY_2024_06_20), "count");
        assertEquals(LocalDate.of(2024, 3, 1), mid.time().start(), mid.time().toString());
        assertEquals(LocalDate.of(2024, 3, 31), mid.time().end());
        Assertion decade = only(read("The mill cut 40 jobs in the 1990s.", THURSDAY_2024_06_20), "count");
        assertEquals(LocalDate.of(1990, 1, 1), decade.time().start(), decade.time().toString());
        assertEquals(LocalDate.of(1999, 12, 31), decade.time().end());
        Assertion night = only(read("The storm cut power to 40 homes on the night of June 9-10.", THURSDAY_2024_06_20),
                "count");
        assertEquals(LocalDate.of(2024, 6, 9), night.time().start(), night.time().toString());
        assertEquals(LocalDate.of(2024, 6, 10), night.time().end());
    }

    @Test
    void aFigureRightAfterAWordOfChangeMovesWhateverTheTaggerCallsIt() {
        // the tagger reads "shares fell" as a verb and an adjective, "stock rose" as two nouns
        assertTrue(only(read("Acme shares fell 6.6% on Monday.", THURSDAY_2024_06_20), "percentage").evolving());
        assertTrue(only(read("Acme stock rose by 5 percent.", THURSDAY_2024_06_20), "percentage").evolving());
        assertFalse(only(read("Acme holds a 5 percent stake.", THURSDAY_2024_06_20), "percentage").evolving());
    }

    @Test
    void aYearBeforeOneThingIsNotACount() {
        assertTrue(readsNo("Japan set for 2019 mission to the dark side of the planet", "count"),
                "2019 names the mission's year");
        Assertion troops = only(read("The ministry sent 2000 soldiers to the border.", THURSDAY_2024_06_20), "count");
        assertEquals(2000, troops.value().low(), 1e-9, "a plural noun is counted");
    }

    @Test
    void aLookBackDatesOnlyItsOwnSentence() {
        List<Assertion> all = read("More than five years ago, the guild urged members to strike. The strikers drove a "
                + "12-ton lorry into the square.", THURSDAY_2024_06_20);
        Assertion lorry = only(all, "mass");
        assertFalse(lorry.time().end().isBefore(LocalDate.of(2024, 1, 1)), "the lorry is not dated five years back: "
                + lorry.time());
    }

    @Test
    void aWeekdayWithItsDayOfMonthPicksThatWeek() {
        Assertion date = only(read("The ministers met in Geneva on Wednesday (12) to sign the treaty.", THURSDAY_2024_06_20),
                "date");
        assertEquals("2024-06-12", date.time().label(), "the Wednesday that fell on the 12th, a week before the latest");
        Assertion lastMonth = only(read("Moreau visited Lyon last September.", THURSDAY_2024_06_20), "date");
        assertEquals("2023-09", lastMonth.time().label());
    }

    @Test
    void aFractionOfAUnitIsAnAmount() {
        Assertion nearly = only(read("It was his first visit in nearly a quarter of a century, officials said.",
                THURSDAY_2024_06_20), "duration");
        Assertion years = only(read("It was his first visit in 24 years, officials said.", THURSDAY_2024_06_20), "duration");
        Assertion decade = only(read("It was his first visit in 12 years, officials said.", THURSDAY_2024_06_20), "duration");
        assertTrue(nearly.agreesWith(years), nearly.value() + " vs " + years.value());
        assertFalse(nearly.agreesWith(decade));
    }

    @Test
    void rangesAreIntervals() {
        Assertion range = only(read("The house sold for between 380,000 and 540,000 dollars last year.", THURSDAY_2024_06_20),
                "money USD");
        assertEquals(380_000, range.value().low(), 1);
        assertEquals(540_000, range.value().high(), 1);
        Assertion meters = only(read("The waves were 3 to 5 meters high at the pier.", THURSDAY_2024_06_20), "height");
        assertEquals(3, meters.value().low(), 0.01);
        assertEquals(5, meters.value().high(), 0.01);
    }

    @Test
    void aSentenceWithoutATimeInheritsItsParagraphsOrTheLead() {
        List<Assertion> all = read("Moreau visited Lyon on Monday.\n\nIn September last year, Moreau met Duval in Paris. "
                + "Two aides were seen leaving the hall.\n\nThree guards were seen at the gate.", THURSDAY_2024_06_20);
        List<Assertion> counts = all.stream().filter(a -> a.attribute().equals("count")).toList();
        assertEquals(2, counts.size(), all.toString());
        assertEquals("2023-09", counts.get(0).time().label(), "inherits its paragraph's September");
        assertFalse(counts.get(0).time().explicit());
        assertEquals("2024-06-17", counts.get(1).time().label(), "inherits the lead's Monday");
    }

    @Test
    void attributionKeepsItsSource() {
        Assertion count = only(read("Three people were killed in the blast, police said.", THURSDAY_2024_06_20), "count");
        assertEquals(Modality.REPORTED, count.modality());
        assertEquals("police", count.source());
        Assertion according = only(read("According to the fire brigade, three people were killed in the blast.",
                THURSDAY_2024_06_20), "count");
        assertEquals("the fire brigade", according.source());
    }

    @Test
    void negationNearTheClaim() {
        Assertion count = only(read("Contrary to early reports, not three officers were hurt in the attack.",
                THURSDAY_2024_06_20), "count");
        assertEquals(Modality.NEGATED, count.modality());
    }

    @Test
    void aTimeInAComparisonDatesTheComparedFigureOnly() {
        List<Assertion> all = read("The bakery chain reported sales of $4.25 million, compared with $3.9 million last year.",
                THURSDAY_2024_06_20).stream().filter(a -> a.kind().equals("QUANTITY")).toList();
        assertEquals(List.of("$4.25 million", "$3.9 million"), all.stream().map(Assertion::quote).toList());
        assertEquals("around publication", all.get(0).time().text(), "what the sentence reports is of now");
        assertEquals("last year", all.get(1).time().text());
        Assertion reason = read("The orchard sold 40 tonnes, more than last year due to strong demand in Belgium.",
                THURSDAY_2024_06_20).stream().filter(a -> a.kind().equals("PLACE")).findFirst().orElseThrow();
        assertEquals("around publication", reason.time().text(), "the phrase of the comparison ends at its reason");
        Assertion moreThan = only(read("More than 50 people were killed in the floods in March.", THURSDAY_2024_06_20),
                "count");
        assertEquals("March", moreThan.time().text(), "'more than 50' is an approximation, not a comparison");
        Assertion moreThanMoney = only(read("The town spent more than $2 million on the bridge in March.",
                THURSDAY_2024_06_20), "money USD");
        assertEquals("March", moreThanMoney.time().text());
        Assertion downFrom = only(read("Rescuers brought 12 hikers down from the ridge on Tuesday.", THURSDAY_2024_06_20),
                "count");
        assertEquals("Tuesday", downFrom.time().text(), "'down from the ridge' compares no figure");
        Assertion versus = only(read("Some 40,000 fans saw the Lions vs the Tigers on Tuesday.", THURSDAY_2024_06_20),
                "count");
        assertEquals("Tuesday", versus.time().text(), "two teams, no figures compared");
        Assertion upFrom = read("Its margin rose to 12%, up from 9% in 2022.", THURSDAY_2024_06_20).get(0);
        assertEquals("12%", upFrom.quote());
        assertEquals("around publication", upFrom.time().text());
        Assertion percentFrom = only(read("Sales reached $8.1 million, up 12% from $7.2 million in the second quarter "
                + "of 2023.", THURSDAY_2024_06_20), "percentage");
        assertEquals("around publication", percentFrom.time().text(), "a change in percent from a base of that time");
    }

    @Test
    void aPercentSignAfterItsNumberIsAPercentage() {
        // the tokenizer writes "20%" as "20" and "%" more often than not; "%" comes after its number, "$" before
        Assertion share = only(read("The cooperative kept a 20% stake in the mill.", THURSDAY_2024_06_20), "percentage");
        assertEquals("20%", share.quote());
        assertEquals(19, share.value().low(), 0.01);
    }

    @Test
    void aHyphenatedWordIsPartOfTheFrameAHyphenatedValueIsNot() {
        Assertion share = only(read("Members pay a 20% co-payment on each visit.", THURSDAY_2024_06_20), "percentage");
        assertTrue(share.frame().text().contains("co-payment"), share.frame().text());
        Assertion weight = read("A 19-ton delivery truck blocked the road.", THURSDAY_2024_06_20).get(0);
        assertFalse(weight.frame().text().contains("19-ton"), weight.frame().text());
    }

    @Test
    void whoReportsAFigureIsNotPartOfItsFrame() {
        Assertion reported = only(read("The mill reported net profits of $4 million for the spring.", THURSDAY_2024_06_20), "money USD");
        assertFalse(reported.frame().words().contains("report"), reported.frame().toString());
        assertTrue(reported.frame().words().contains("profit"), reported.frame().toString());
        // "claims" as a noun says what is counted
        Assertion claims = read("The insurer paid 300 claims in the spring.", THURSDAY_2024_06_20).get(0);
        assertTrue(claims.frame().text().contains("claims") || claims.frame().things().contains("claim"),
                claims.frame().toString());
    }

    @Test
    void anAdjectiveEndingTheAmountsPhraseIsWhatItMeasures() {
        // the tagger calls "deductible" an adjective when no noun follows it
        Assertion fee = read("Members of the plan pay a $1,000 deductible, the insurer said.", THURSDAY_2024_06_20).get(0);
        assertTrue(fee.frame().things().contains("deduct"), fee.frame().toString());
    }

    @Test
    void poundsAndEurosAreAmounts() {
        Assertion pounds = only(read("The council spent £9bn on the new line.", THURSDAY_2024_06_20), "money GBP");
        assertTrue(pounds.value().low() <= 9e9 && 9e9 <= pounds.value().high(), pounds.value().toString());
        Assertion euros = only(read("The city paid €7 million for the old mill.", THURSDAY_2024_06_20), "money EUR");
        assertEquals("€7 million", euros.quote());
    }

    @Test
    void anMOrKAfterACurrencySignScalesTheAmount() {
        Assertion profit = only(read("The firm made a profit of $8.2m in the year.", THURSDAY_2024_06_20), "money USD");
        assertTrue(profit.value().low() <= 8.2e6 && 8.2e6 <= profit.value().high(), profit.value().toString());
        Assertion fee = only(read("The club paid £300k for the striker.", THURSDAY_2024_06_20), "money GBP");
        assertTrue(fee.value().low() <= 3e5 && 3e5 <= fee.value().high(), fee.value().toString());
        Assertion dollars = only(read("The fund raised US$8.2m last year.", THURSDAY_2024_06_20), "money USD");
        assertTrue(dollars.value().low() <= 8.2e6 && 8.2e6 <= dollars.value().high(), dollars.value().toString());
        Assertion wire = only(read("The deal was worth $7mn, the agency said.", THURSDAY_2024_06_20), "money USD");
        assertTrue(wire.value().low() <= 7e6 && 7e6 <= wire.value().high(), wire.value().toString());
        // without a currency sign an m is metres
        Assertion pole = only(read("They paid $5k and £300k, and $8.2m went to a 4.4m pole.", THURSDAY_2024_06_20),
                "length");
        assertTrue(pole.value().low() <= 4.4 && 4.4 <= pole.value().high(), pole.value().toString());
        // the other amount in the sentence is a value, not a word or a thing of the pole's frame
        assertFalse(pole.frame().text().contains("8.2m") || pole.frame().things().contains("8.2m"),
                pole.frame().toString());
    }

    @Test
    void aTenAndAUnitWrittenApartAreOneNumber() {
        // as speech is written down: "twenty five", not five
        Assertion price = only(read("The price will be twenty five euros.", THURSDAY_2024_06_20), "money EUR");
        assertTrue(price.value().low() <= 25 && 25 <= price.value().high(), price.value().toString());
        Assertion share = only(read("Sixty five percent of members agreed.", THURSDAY_2024_06_20), "percentage");
        assertTrue(share.value().low() <= 65 && 65 <= share.value().high(), share.value().toString());
    }

    @Test
    void anAdjectiveMayStandBetweenAnAmountAndItsUnit() {
        Assertion flight = only(read("The rocket flew 998 horizontal miles before it fell.", THURSDAY_2024_06_20), "length");
        assertEquals("998 horizontal miles", flight.quote());
        // but words that make another unit make it: an area, a nautical mile
        Assertion fire = only(read("The fire burned 30 square miles of forest.", THURSDAY_2024_06_20), "area");
        assertTrue(fire.value().low() > 7e7 && fire.value().high() < 8.2e7, fire.value().toString());
        Assertion ship = only(read("The ship was 5 nautical miles offshore.", THURSDAY_2024_06_20), "length");
        assertTrue(ship.value().low() > 8500, ship.value().toString()); // 5 statute miles are 8,047 m
        // and "10 more miles" is how much further, not how far
        assertTrue(readsNo("They walked 10 more miles after dark.", "length"));
    }

    @Test
    void ratesWrittenWithHyphensCentsAndBasisPointsAreRead() {
        assertEquals("money USD per share", read("Acme offered $82-a-share for Beta on Monday.", THURSDAY_2024_06_20)
                .stream().filter(a -> a.kind().equals("QUANTITY")).findFirst().orElseThrow().attribute());
        assertEquals("money USD per year", only(read("Acme's $1.2 billion-a-year contract was renewed.",
                THURSDAY_2024_06_20), "money USD per year").attribute());
        Assertion cents = only(read("Acme earned 35 cents a share in the quarter.", THURSDAY_2024_06_20),
                "money USD per share");
        assertEquals(0.35, cents.value().low(), 0.01);
        Assertion cut = only(read("The bank cut rates by 25 basis points on Monday.", THURSDAY_2024_06_20),
                "percentage points");
        assertEquals(0.25, cut.value().low(), 0.01);
        // "a year earlier" says when, not per what
        assertTrue(read("Revenue was $5 billion, up from $4.2 billion a year earlier.", THURSDAY_2024_06_20).stream()
                .noneMatch(a -> a.attribute().endsWith("per year")));
    }

    @Test
    void anAmountWithASlashIsARate() {
        Assertion fee = read("The gym charges $299/month for the full plan.", THURSDAY_2024_06_20).get(0);
        assertEquals("money USD per month", fee.attribute());
        assertEquals("$299", fee.quote());
    }

    @Test
    void aPeriodWordOfTheAmountsNounMakesItARate() {
        // "a monthly cost of $599" is the rate "$599/month" says, not a total
        assertEquals("money USD per month", read("The suite comes at a monthly cost of $599 for small firms.",
                THURSDAY_2024_06_20).get(0).attribute());
        assertEquals("money USD per week", read("Her weekly wage was just $450 before the strike.",
                THURSDAY_2024_06_20).get(0).attribute());
        assertEquals("money USD per year", read("Members pay $120 annually for the service.", THURSDAY_2024_06_20)
                .get(0).attribute());
        // a period word that qualifies another noun does not, nor does a quarter's total
        assertEquals("money USD", read("The monthly report put the cost of the repairs at $599.",
                THURSDAY_2024_06_20).get(0).attribute());
        assertEquals("money USD", read("Acme posted quarterly revenue of $2 billion on Monday.", THURSDAY_2024_06_20)
                .stream().filter(a -> a.kind().equals("QUANTITY")).findFirst().orElseThrow().attribute());
    }

    @Test
    void aStretchOfOneUnitIsADuration() {
        Assertion wait = only(read("The warranty covers the pump after a year of use.", THURSDAY_2024_06_20), "duration");
        assertEquals("a year", wait.quote());
        assertTrue(readsNo("The club charges members $5 a month.", "duration"),
                "after an amount, 'a month' is its rate");
        assertTrue(readsNo("The choir meets once a year.", "duration"), "'once a year' is how often");
    }

    @Test
    void aMisspeltKnownNameIsStillThatEntity() {
        Assertion a = only(read("The Acme Roadstr is powered by a V8 engine.", THURSDAY_2024_06_20), "engine layout");
        assertEquals("Acme Roadster", a.subject(), "one letter off a known product name");
    }

    @Test
    void aKnownPlaceThatAKnownNameOnlyBeginsIsThatPlace() {
        // "the North" stands for North Korea and "America" for the United States; "North America" is neither
        Assertion toured = only(read("The choir toured North America in May.", THURSDAY_2024_06_20), "date");
        assertTrue(toured.frame().things().contains("north america"), toured.frame().toString());
        assertFalse(toured.frame().things().contains("north korea") || toured.frame().things().contains("united states"),
                toured.frame().toString());
    }

    private static List<Assertion> offices(String text) {
        return read(text, THURSDAY_2024_06_20).stream().filter(a -> a.kind().equals("OFFICE")).toList();
    }

    @Test
    void titlesSayWhoHoldsWhichOfficeNowOrBefore() {
        List<Assertion> all = offices("Former Governor Ann Diaz met with Harbor City's Mayor Tom Quimby at the port on a rainy day.\n\n"
                + "Quimby, former chairman of the port authority, said little.");
        assertEquals(3, all.size(), all.toString());
        assertEquals(List.of("Ann Diaz", "governor", "former"), List.of(all.get(0).subject(), all.get(0).attribute(),
                all.get(0).value().key()));
        assertEquals(List.of("Tom Quimby", "mayor", "in office"), List.of(all.get(1).subject(), all.get(1).attribute(),
                all.get(1).value().key()));
        assertEquals(List.of("Tom Quimby", "chairman", "former"), List.of(all.get(2).subject(), all.get(2).attribute(),
                all.get(2).value().key()), "an apposition names the holder; his fuller name is used");
    }

    @Test
    void anUnnamedTitleStandsForTheOnlyHolderTheArticleNames() {
        List<Assertion> one = offices("Harbor City's Mayor Tom Quimby visited the port on Tuesday.\n\n"
                + "The former mayor of Harbor City described the storm as the worst in memory.");
        assertEquals(List.of("Tom Quimby", "Tom Quimby"), one.stream().map(Assertion::subject).toList());
        assertEquals("former mayor of Harbor City", one.get(1).quote());

        List<Assertion> two = offices("Harbor City's Mayor Tom Quimby visited the port on Tuesday.\n\n"
                + "Harbor City's mayor Maria Lopez, who left office last year, came too.\n\n"
                + "The former mayor of Harbor City described the storm as the worst in memory.");
        assertTrue(two.stream().noneMatch(a -> a.value().key().equals("former")),
                "with two mayors named, the unnamed one is not guessed: " + two);
    }

    @Test
    void aModifierMakesAnotherOffice() {
        Assertion a = offices("Tom Quimby, the regional president, visited the port on Tuesday.").get(0);
        assertEquals("regional president", a.attribute());
        assertEquals("Tom Quimby", a.subject());
    }
}
