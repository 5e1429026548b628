package org.leadershipimpact.localstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The invented parts of the demo (people, their attendance and answers, monthly measurements), drawn
 * from a random source seeded per case study, so every load invents exactly the same world and one
 * case study's data does not shift when another's changes. People are fictional; their e-mails are
 * at example.org, a domain reserved for examples.
 */
final class Synthetic {

    /** The seed of every invented detail; change it and the demo is a different (equally plausible) world. */
    static final long SEED = 20_261_125L;

    private static final List<String> GIVEN = List.of("Amara", "Ben", "Chloe", "Dev", "Eleanor", "Farid", "Grace", "Hamza",
            "Isla", "Jack", "Kiran", "Lena", "Mohammed", "Niamh", "Oliver", "Priya", "Quentin", "Rosa", "Samuel", "Tara",
            "Usman", "Victoria", "William", "Yasmin", "Zoe", "Aidan", "Bethan", "Callum", "Deborah", "Emeka", "Fiona",
            "Gareth", "Hannah", "Imran", "Joanna", "Kwame", "Leah", "Marcus", "Nadia", "Owen");
    private static final List<String> FAMILY = List.of("Adeyemi", "Brennan", "Chowdhury", "Davies", "Evans", "Fletcher",
            "Greenwood", "Hussain", "Ibrahim", "Jones", "Kaur", "Lawson", "Mensah", "Nowak", "O'Connor", "Patel", "Quinn",
            "Rahman", "Sinclair", "Thompson", "Uddin", "Vaughan", "Whitfield", "Xu", "Young", "Zielinski", "Ashworth", "Begum",
            "Carter", "Dunmore", "Ellison", "Farrell", "Gill", "Harding", "Islam", "Jamieson", "Khan", "Lindqvist", "Moreau",
            "Nwosu");

    record Person(String givenName, String familyName, String email, String profession, String sector, String organisationId,
            String jobTitle) {
    }

    /** Who a case study's participants are: a profession, its sector, where they work and their job title. */
    record Role(String profession, String sector, List<String> organisationIds, String jobTitle) {
    }

    record Session(String title, String kind, LocalDate date, String location) {
    }

    record Point(LocalDate date, double value) {
    }

    private final Random random;
    private final String domain;
    private int made;

    Synthetic(String caseStudy) {
        this.random = new Random(SEED ^ caseStudy.hashCode());
        this.domain = caseStudy.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example.org";
    }

    /** {@code count} people, the roles taken in turn by their weights. */
    List<Person> people(int count, List<Role> roles, List<Integer> weights) {
        List<Role> drawn = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            for (int w = 0; w < weights.get(i); w++) {
                drawn.add(roles.get(i));
            }
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Role role = drawn.get(i % drawn.size());
            String given = GIVEN.get(random.nextInt(GIVEN.size()));
            String family = FAMILY.get(random.nextInt(FAMILY.size()));
            made++;
            String email = (given + "." + family).toLowerCase().replaceAll("[^a-z.]", "") + "." + made + "@" + domain;
            people.add(new Person(given, family, email, role.profession(), role.sector(),
                    role.organisationIds().get(random.nextInt(role.organisationIds().size())), role.jobTitle()));
        }
        return people;
    }

    /** How likely each person is to be at any one session: most come nearly always, a few drift. */
    double commitment() {
        return random.nextDouble() < 0.85 ? 0.82 + random.nextDouble() * 0.18 : 0.45 + random.nextDouble() * 0.3;
    }

    String mark(double commitment) {
        if (random.nextDouble() < commitment) {
            return "PRESENT";
        }
        return random.nextDouble() < 0.7 ? "APOLOGIES" : "ABSENT";
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A five-point answer around {@code mean}. */
    int likert(double mean) {
        return (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian() * 0.7)));
    }

    double gaussian(double mean, double sd) {
        return mean + random.nextGaussian() * sd;
    }

    /**
     * Monthly values from {@code first} for {@code months} months: around {@code before} until
     * {@code change}, around {@code after} from then on, with the same spread; whole numbers, as counts are.
     */
    List<Point> monthly(LocalDate first, int months, double before, double after, LocalDate change, double sd) {
        List<Point> points = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            LocalDate month = first.plusMonths(m);
            double level = month.isBefore(change) ? before : after;
            points.add(new Point(month, Math.max(0, Math.round(level + random.nextGaussian() * sd))));
        }
        return points;
    }
}
