package scratchnet.labs;

import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.NetSpec;
import scratchnet.train.TrainSpec;

/** Copies of network and training specs with one field changed, for building fixes. */
final class Specs {
    private Specs() {
    }

    static NetSpec hidden(NetSpec s, Activation hidden) {
        return new NetSpec(s.sizes(), hidden, s.output(), s.loss(), s.init(), s.leakySlope(),
                s.dropout());
    }

    static NetSpec init(NetSpec s, Init init) {
        return new NetSpec(s.sizes(), s.hidden(), s.output(), s.loss(), init, s.leakySlope(),
                s.dropout());
    }

    static NetSpec dropout(NetSpec s, double p) {
        return new NetSpec(s.sizes(), s.hidden(), s.output(), s.loss(), s.init(), s.leakySlope(),
                p);
    }

    static TrainSpec learningRate(TrainSpec t, double lr) {
        return new TrainSpec(lr, t.batchSize(), t.optimizer(), t.schedule(), t.penalty(),
                t.clipNorm(), t.shuffle(), t.seed(), t.patience());
    }

    static TrainSpec batchSize(TrainSpec t, int b) {
        return new TrainSpec(t.learningRate(), b, t.optimizer(), t.schedule(), t.penalty(),
                t.clipNorm(), t.shuffle(), t.seed(), t.patience());
    }
}
