package io.perfeval.examples.bench;

import io.perfeval.core.input.EvaluationInput;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * Spring SpEL at its best: expressions parsed once and reused; variables read from the bound map through a map
 * property accessor (spring-context's MapAccessor, without the dependency); the helpers registered as functions.
 * SpEL's own BigDecimal division keeps only the operands' scale, so division goes through {@code #divide} at DECIMAL128 like the pack's.
 */
public final class SpelRules implements Scorer {

    private static final Method[] HELPERS = helpers();

    private final Expression[] measures;
    private final String[] measureNames;
    private final Expression[] scores;

    public SpelRules() {
        SpelExpressionParser parser = new SpelExpressionParser();
        measures = new Expression[ExpressionRules.MEASURES.size()];
        measureNames = new String[measures.length];
        for (int i = 0; i < measures.length; i++) {
            measureNames[i] = ExpressionRules.MEASURES.get(i)[0];
            measures[i] = parser.parseExpression(spel(ExpressionRules.MEASURES.get(i)[1]));
        }
        scores = new Expression[ExpressionRules.SCORES.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = parser.parseExpression(spel(ExpressionRules.SCORES.get(i)));
        }
    }

    /** The neutral syntax in SpEL: functions are called as #name(…). */
    static String spel(String neutral) {
        return neutral.replaceAll("\\b(divide|round2|ceil|clamp)\\(", "#$1(");
    }

    @Override
    public BigDecimal[] score(EvaluationInput input) {
        Map<String, Object> env = ExpressionRules.bind(input);
        StandardEvaluationContext context = new StandardEvaluationContext(env);
        context.addPropertyAccessor(MAP_ACCESSOR);
        for (Method m : HELPERS) {
            context.registerFunction(m.getName(), m);
        }
        for (int i = 0; i < measures.length; i++) {
            env.put(measureNames[i], measures[i].getValue(context));
        }
        BigDecimal[] out = new BigDecimal[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = ExpressionRules.score(scores[i].getValue(context));
        }
        return out;
    }

    private static final PropertyAccessor MAP_ACCESSOR = new PropertyAccessor() {
        @Override
        public Class<?>[] getSpecificTargetClasses() {
            return new Class<?>[] {Map.class};
        }

        @Override
        public boolean canRead(EvaluationContext context, Object target, String name) {
            return target instanceof Map<?, ?> m && m.containsKey(name);
        }

        @Override
        public TypedValue read(EvaluationContext context, Object target, String name) {
            return new TypedValue(((Map<?, ?>) target).get(name));
        }

        @Override
        public boolean canWrite(EvaluationContext context, Object target, String name) {
            return false;
        }

        @Override
        public void write(EvaluationContext context, Object target, String name, Object newValue) {
            throw new UnsupportedOperationException(name);
        }
    };

    private static Method[] helpers() {
        try {
            return new Method[] {
                ExpressionRules.class.getDeclaredMethod("divide", BigDecimal.class, BigDecimal.class),
                ExpressionRules.class.getDeclaredMethod("round2", BigDecimal.class),
                ExpressionRules.class.getDeclaredMethod("ceil", BigDecimal.class),
                ExpressionRules.class.getDeclaredMethod("clamp", BigDecimal.class, BigDecimal.class)};
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
