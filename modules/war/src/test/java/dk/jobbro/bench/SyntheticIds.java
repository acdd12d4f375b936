package dk.jobbro.bench;

import dk.jobbro.it.TestCpr;
import dk.jobbro.it.TestCvr;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Unique, valid-looking synthetic identifiers from a seeded {@link Random}: CPR numbers whose birth date, century
 * digit (digit 7) and gender digit (odd for men) agree with the person, passing modulus 11 as pre-2007 numbers do;
 * CVR numbers passing their modulus 11; UUIDs of version 4. Numbers already in the database count as taken (CPR
 * numbers through a test, since the database holds them only encrypted), so the data set never collides with what
 * other tests stored.
 */
final class SyntheticIds {

  private final Random random;
  private final Set<String> cprs = new HashSet<>();
  private final Predicate<String> cprTaken;
  private final Set<String> cvrs;

  SyntheticIds(Random random, Predicate<String> cprTaken, Set<String> takenCvrs) {
    this.random = random;
    this.cprTaken = cprTaken;
    this.cvrs = new HashSet<>(takenCvrs);
  }

  UUID uuid() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  /** Ten digits, no dash, as caseload stores them. */
  String cpr(LocalDate birth, boolean male) {
    String date = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
    for (int attempt = 0; attempt < 10_000; attempt++) {
      // Digit 7 and the year give the century: 0-3 for 1900-1999, 4-9 for 2000-2036.
      int century = birth.getYear() < 2000 ? random.nextInt(4) : 4 + random.nextInt(6);
      String nine = date + century + String.format("%02d", random.nextInt(100));
      int last = TestCpr.modulus11CheckDigit(nine);
      if (last < 10 && (last % 2 == 1) == male && !cprTaken.test(nine + last) && cprs.add(nine + last)) {
        return nine + last;
      }
    }
    throw new IllegalStateException("no free CPR number for " + birth);
  }

  String cvr() {
    while (true) {
      String cvr = TestCvr.draw(random);
      if (cvrs.add(cvr)) {
        return cvr;
      }
    }
  }

}
