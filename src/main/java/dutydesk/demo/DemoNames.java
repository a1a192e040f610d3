package dutydesk.demo;

import java.util.List;

/**
 * Names for the demo caseload, grouped so a forename usually goes with a surname of the same
 * background. Deliberately includes hyphens, apostrophes, particles and accents, since real
 * caseloads do and search and display must cope.
 */
final class DemoNames {

    /** One naming tradition: its forenames, surnames and how common it is in the demo. */
    record Group(int weight, List<String> forenames, List<String> surnames) {
    }

    static final List<Group> GROUPS = List.of(
            new Group(46,
                    List.of("Jack", "Liam", "Connor", "Daniel", "Ryan", "Jordan", "Kyle", "Lewis", "Callum", "Jamie",
                            "Aaron", "Dean", "Lee", "Craig", "Wayne", "Paul", "Mark", "Stephen", "Gary", "Darren",
                            "Shane", "Bradley", "Reece", "Tyler", "Nathan", "Sarah", "Kelly", "Gemma", "Leanne",
                            "Chloe", "Jade", "Amy", "Stacey", "Lisa", "Michelle", "Rhys", "Owain", "Dylan", "Zoë"),
                    List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
                            "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
                            "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood",
                            "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee",
                            "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips",
                            "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell",
                            "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
                            "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis",
                            "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb",
                            "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen",
                            "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker",
                            "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Smith-Jones",
                            "Lloyd-Davies", "Parry-Evans", "ap Rhys", "Ffrench", "Fforde")),
            new Group(8,
                    List.of("Sean", "Patrick", "Ciarán", "Niamh", "Siobhán", "Declan", "Eoin", "Aoife", "Seamus",
                            "Pádraig", "Róisín", "Oisín"),
                    List.of("O'Brien", "O'Neill", "O'Connor", "O'Sullivan", "McCarthy", "Ó Súilleabháin",
                            "Ní Bhriain", "Byrne", "Doyle", "McDonagh", "Ward", "Maughan", "O'Driscoll",
                            "MacLeod", "McLaughlin", "O'Brien-Kowalski")),
            new Group(9,
                    List.of("Kwame", "Kofi", "Ama", "Chinedu", "Oluwaseun", "Adebayo", "Ngozi", "Emeka", "Tunde",
                            "Abena", "Yaw", "Folasade"),
                    List.of("Mensah", "Owusu", "Boateng", "Okafor", "Adeyemi", "Okonkwo", "Adebayo", "Asante",
                            "Oyelaran", "Nwosu", "Oduya", "Achebe")),
            new Group(8,
                    List.of("Mohamed", "Ahmed", "Abdi", "Hodan", "Ayaan", "Farah", "Yusuf", "Hamza", "Ali",
                            "Imran", "Bilal", "Zainab", "Aisha", "Omar"),
                    List.of("Abdi", "Mohamed", "Hassan", "Farah", "Warsame", "Khan", "Hussain", "Ahmed", "Rahman",
                            "Uddin", "Chowdhury", "Iqbal", "Mahmood", "Qureshi", "El-Amin", "Al-Rashid")),
            new Group(6,
                    List.of("Rajesh", "Priya", "Sunil", "Harpreet", "Gurpreet", "Amrit", "Vikram", "Deepa",
                            "Sanjay", "Anil", "Manpreet", "Jaspal"),
                    List.of("Patel", "Sharma", "Singh", "Kaur", "Gill", "Sandhu", "Mistry", "Chauhan", "Joshi",
                            "Sidhu", "D'Souza", "D'Costa")),
            new Group(9,
                    List.of("Łukasz", "Piotr", "Tomasz", "Kamil", "Agnieszka", "Mateusz", "Andrei", "Ionuț",
                            "Ștefan", "Mihai", "Darius", "Vasile", "Jānis", "Tomáš", "Jiří"),
                    List.of("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Lewandowski", "Kamiński", "Zieliński",
                            "Popescu", "Ionescu", "Dumitrescu", "Rădulescu", "Ozoliņš", "Dvořák", "Novák",
                            "Horváth", "Balogh")),
            new Group(6,
                    List.of("José", "João", "Inês", "Gonçalo", "Tiago", "Andrés", "Sofía", "Luis", "Álvaro",
                            "François", "Hélène", "Jürgen", "Björn", "Søren", "Renée", "Zoë"),
                    List.of("Gonçalves", "Conceição", "Fernandes", "Núñez", "Peña", "García", "López", "Muñoz",
                            "Lefèvre", "Dubois", "Müller", "Schäfer", "Østergaard", "de Souza", "da Silva",
                            "van der Berg", "Van Dijk", "Le Roux", "Dos Santos")),
            new Group(4,
                    List.of("Mehmet", "Ayşe", "Emre", "Murat", "Elif", "Kemal", "Yiannis", "Eleni", "Giorgos"),
                    List.of("Yılmaz", "Öztürk", "Çelik", "Şahin", "Demir", "Kaya", "Papadopoulos", "Georgiou",
                            "Christodoulou")),
            new Group(4,
                    List.of("Wei", "Li", "Minh", "Thanh", "Mei", "Jun", "Hoa", "Duc"),
                    List.of("Chen", "Wong", "Li", "Zhang", "Nguyễn", "Trần", "Lê", "Phạm", "Ng", "Lam")));

    private DemoNames() {
    }
}
