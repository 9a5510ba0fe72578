package goalbook.notices;

/** Delivers a notice over one channel; returns when the receiver has taken it. */
interface Sender {
    void send(Delivery d) throws DeliveryFailure;
}
