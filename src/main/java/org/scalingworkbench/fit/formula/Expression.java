package org.scalingworkbench.fit.formula;

import java.util.List;

/**
 * The syntax tree of a formula. {@link #toString()} prints it fully parenthesised, so that tests
 * and users can see how precedence and associativity were applied: {@code a - b - c} prints as
 * {@code ((a - b) - c)}.
 */
sealed interface Expression {

    /** A numeric literal. */
    record Constant(double value) implements Expression {
        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** A variable (a column of the data), {@code index} into the row passed to the law. */
    record Variable(String name, int index) implements Expression {
        @Override
        public String toString() {
            return name.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*") ? name : "`" + name + "`";
        }
    }

    /** A free parameter, {@code index} into the parameter vector. */
    record Parameter(String name, int index) implements Expression {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Unary minus. */
    record Negation(Expression operand) implements Expression {
        @Override
        public String toString() {
            return "(-" + operand + ")";
        }
    }

    /** One of {@code + - * / ^}. */
    record Binary(Operation operation, Expression left, Expression right) implements Expression {
        /** Walks the chain of left operands with a loop, so a sum of any length prints without deep recursion. */
        @Override
        public String toString() {
            java.util.Deque<Binary> chain = new java.util.ArrayDeque<>();
            Expression e = this;
            while (e instanceof Binary b) {
                chain.push(b);
                e = b.left();
            }
            StringBuilder text = new StringBuilder("(".repeat(chain.size())).append(e);
            while (!chain.isEmpty()) {
                Binary b = chain.pop();
                text.append(' ').append(b.operation().symbol()).append(' ').append(b.right()).append(')');
            }
            return text.toString();
        }
    }

    /** A call of a built-in function. */
    record Call(BuiltinFunction function, List<Expression> arguments) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String toString() {
            return function.functionName() + "(" + String.join(", ", arguments.stream().map(Object::toString).toList()) + ")";
        }
    }
}
