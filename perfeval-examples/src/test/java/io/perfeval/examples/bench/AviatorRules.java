package io.perfeval.examples.bench;

import com.googlecode.aviator.AviatorEvaluator;
import com.googlecode.aviator.AviatorEvaluatorInstance;
import com.googlecode.aviator.Expression;
import com.googlecode.aviator.Options;
import com.googlecode.aviator.runtime.function.AbstractFunction;
import com.googlecode.aviator.runtime.type.AviatorDecimal;
import com.googlecode.aviator.runtime.type.AviatorObject;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * AviatorScript at its best: its own instance in BigDecimal mode (every literal a decimal, division at DECIMAL128),
 * the 43 expressions compiled once with caching and reused for every department.
 */
public final class AviatorRules implements Scorer {

    private final Expression[] measures;
    private final String[] measureNames;
    private final Expression[] scores;

    public AviatorRules() {
        AviatorEvaluatorInstance aviator = AviatorEvaluator.newInstance();
        aviator.setOption(Options.ALWAYS_PARSE_FLOATING_POINT_NUMBER_INTO_DECIMAL, true);
        aviator.setOption(Options.ALWAYS_PARSE_INTEGRAL_NUMBER_INTO_DECIMAL, true);
        aviator.setOption(Options.MATH_CONTEXT, ExpressionRules.DIV);
        aviator.addFunction(unary("round2", ExpressionRules::round2));
        aviator.addFunction(unary("ceil", ExpressionRules::ceil));
        aviator.addFunction(binary("divide", ExpressionRules::divide));
        aviator.addFunction(binary("clamp", ExpressionRules::clamp));
        measures = new Expression[ExpressionRules.MEASURES.size()];
        measureNames = new String[measures.length];
        for (int i = 0; i < measures.length; i++) {
            measureNames[i] = ExpressionRules.MEASURES.get(i)[0];
            measures[i] = aviator.compile(ExpressionRules.MEASURES.get(i)[1], true);
        }
        scores = new Expression[ExpressionRules.SCORES.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = aviator.compile(ExpressionRules.SCORES.get(i), true);
        }
    }

    @Override
    public BigDecimal[] score(EvaluationInput input) {
        Map<String, Object> env = ExpressionRules.bind(input);
        for (int i = 0; i < measures.length; i++) {
            env.put(measureNames[i], measures[i].execute(env));
        }
        BigDecimal[] out = new BigDecimal[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = ExpressionRules.score(scores[i].execute(env));
        }
        return out;
    }

    private static BigDecimal decimal(AviatorObject o, Map<String, Object> env) {
        Number n = o.numberValue(env);
        return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }

    private static AbstractFunction unary(String name, UnaryOperator<BigDecimal> f) {
        return new AbstractFunction() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getName() {
                return name;
            }

            @Override
            public AviatorObject call(Map<String, Object> env, AviatorObject a) {
                return AviatorDecimal.valueOf(f.apply(decimal(a, env)));
            }
        };
    }

    private static AbstractFunction binary(String name, BinaryOperator<BigDecimal> f) {
        return new AbstractFunction() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getName() {
                return name;
            }

            @Override
            public AviatorObject call(Map<String, Object> env, AviatorObject a, AviatorObject b) {
                return AviatorDecimal.valueOf(f.apply(decimal(a, env), decimal(b, env)));
            }
        };
    }
}
