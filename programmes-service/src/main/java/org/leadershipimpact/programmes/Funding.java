package org.leadershipimpact.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Money for a programme, as stored: in pence, since money is never a floating-point number. */
@Embeddable
public record Funding(
        @Column(name = "funding_pence") Long pence,
        @Column(name = "funding_currency") String currency,
        @Column(name = "funding_source") String source) {
}
