package goalbook.access;

/** REGION sees only its own region; CONTROLLER sees everything; BOARD reads approved board workbooks. */
public enum Role { REGION, CONTROLLER, BOARD }
