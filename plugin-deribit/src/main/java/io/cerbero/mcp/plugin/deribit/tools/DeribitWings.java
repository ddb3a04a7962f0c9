package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.options.Skew;
import io.cerbero.mcp.core.analytics.options.WingVols;
import io.cerbero.mcp.plugin.deribit.DeribitSession;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The wing vols of one expiry (core's {@link Skew#wings}), shared by the two wing tools. */
final class DeribitWings {
    private DeribitWings() {
    }

    record Result(String currency, String expiry, double forward, WingVols wings) {
    }

    static CompletableFuture<Result> of(DeribitSession session, DeribitWingInput input) {
        return DeribitChain.load(session, input.currency()).thenApply(chain -> {
            List<DeribitChain.Option> expiry = chain.expiry(input.expiry());
            WingVols w = DeribitChain.analyse("wings at ±" + input.width().toPlainString(), () -> Skew.wings(
                    DeribitChain.quotes(expiry), DeribitChain.forwardOf(expiry), input.width().doubleValue()));
            return new Result(chain.currency(), expiry.get(0).expiryCode(), expiry.get(0).forward(), w);
        });
    }
}
