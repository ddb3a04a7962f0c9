package io.cerbero.mcp.core.trading;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an {@link OrderVenue#account(AccountScope)} read is for: the orders about to be checked (and, for an amend,
 * the resting order they replace), so a venue can read only the <b>margin account that backs them</b>.
 *
 * <p>The check stays account-wide in that sense: the snapshot must hold the equity and every position and resting
 * order of the margin account(s) the orders draw on. A venue may leave out only what cannot share margin with them:
 * another, separately margined account (a Deribit currency account other than the one the instrument settles in,
 * unless the account is cross-collateralised; a category the venue margins in another account type). What is left
 * out must also leave out its equity, and the javadoc of the venue says which reads it skips and why.
 *
 * @param orders   the orders of this check (one for place and amend, several for a batch)
 * @param replaced the resting order an amend changes, else null
 * @param params   the venue's parameters of the orders
 * @param <X>      the venue's order parameters
 */
public record AccountScope<X>(List<PlannedOrder> orders, RestingOrder replaced, X params) {
    public AccountScope {
        orders = List.copyOf(orders);
    }

    /** Every instrument the check is about, in order. */
    public Set<String> symbols() {
        Set<String> symbols = new LinkedHashSet<>();
        orders.forEach(o -> symbols.add(o.symbol()));
        if (replaced != null) {
            symbols.add(replaced.symbol());
        }
        return symbols;
    }

    static <X> AccountScope<X> of(List<PlannedOrder> orders, RestingOrder replaced, X params) {
        return new AccountScope<>(Objects.requireNonNull(orders, "orders"), replaced, params);
    }
}
