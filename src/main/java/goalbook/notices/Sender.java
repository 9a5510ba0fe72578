package goalbook.notices;

import goalbook.storage.QueuedNotice;
/** Delivers a notice over one channel; returns when the receiver has taken it. */
interface Sender {
    void send(QueuedNotice d) throws DeliveryFailure;
}
