package goalbook.access;

/** A valid sign-in whose roles and groups map to nothing in the access file: 403, with the person's name for the reply. */
public final class NoAccess extends RuntimeException {
    private final transient Person person;

    NoAccess(Person person) {
        super(person.label() + " is signed in but has no role in the access file", null, false, false);
        this.person = person;
    }

    public Person person() {
        return person;
    }
}
