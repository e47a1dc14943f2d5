package org.scalingworkbench.fit.formula;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns a syntax tree into a {@link FormulaTape}: nodes in post-order, sub-expressions without
 * variables or parameters folded to constants ({@code 2*3.14159/12} becomes one number).
 */
final class FormulaCompiler {

    private final List<Operation> operations = new ArrayList<>();
    private final List<int[]> operands = new ArrayList<>();
    private final List<Double> constants = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();
    private final List<Boolean> parameterDependent = new ArrayList<>();
    private final List<Boolean> constant = new ArrayList<>();

    private FormulaCompiler() {
    }

    /** Compiles {@code root}. */
    static FormulaTape compile(Expression root) {
        FormulaCompiler compiler = new FormulaCompiler();
        compiler.emit(root);
        return compiler.tape();
    }

    private int emit(Expression e) {
        if (e instanceof Expression.Constant c) {
            return leaf(Operation.CONSTANT, c.value(), -1, false, true);
        }
        if (e instanceof Expression.Variable v) {
            return leaf(Operation.VARIABLE, Double.NaN, v.index(), false, false);
        }
        if (e instanceof Expression.Parameter p) {
            return leaf(Operation.PARAMETER, Double.NaN, p.index(), true, false);
        }
        if (e instanceof Expression.Negation n) {
            return node(Operation.NEGATE, emit(n.operand()), -1);
        }
        if (e instanceof Expression.Binary b) {
            return emitLeftChain(b);
        }
        Expression.Call call = (Expression.Call) e;
        int l = emit(call.arguments().get(0));
        int r = call.arguments().size() > 1 ? emit(call.arguments().get(1)) : -1;
        return node(call.function().operation(), l, r);
    }

    /**
     * Emits a chain of binary nodes along their left operands ({@code a + b + c + ...}) with a loop,
     * so a sum of any number of terms recurses only into the right operands, whose nesting the
     * parser bounds.
     */
    private int emitLeftChain(Expression.Binary top) {
        Deque<Expression.Binary> chain = new ArrayDeque<>();
        Expression e = top;
        while (e instanceof Expression.Binary b) {
            chain.push(b);
            e = b.left();
        }
        int l = emit(e);
        while (!chain.isEmpty()) {
            Expression.Binary b = chain.pop();
            l = node(b.operation(), l, emit(b.right()));
        }
        return l;
    }

    private int node(Operation op, int l, int r) {
        boolean foldable = constant.get(l) && (r < 0 || constant.get(r));
        if (foldable) {
            double value = NodeArithmetic.value(op, constants.get(l), r < 0 ? 0.0 : constants.get(r));
            truncate(l);
            return leaf(Operation.CONSTANT, value, -1, false, true);
        }
        boolean dependent = parameterDependent.get(l) || (r >= 0 && parameterDependent.get(r));
        operations.add(op);
        operands.add(new int[] {l, r});
        constants.add(Double.NaN);
        slots.add(-1);
        parameterDependent.add(dependent);
        constant.add(false);
        return operations.size() - 1;
    }

    /**
     * Drops the nodes from {@code size} on. Called when folding: a constant operand is always a
     * single leaf at the end of the list (its own operands were folded and dropped before).
     */
    private void truncate(int size) {
        for (List<?> column : List.of(operations, operands, constants, slots, parameterDependent, constant)) {
            column.subList(size, column.size()).clear();
        }
    }

    private int leaf(Operation op, double value, int slot, boolean dependent, boolean isConstant) {
        operations.add(op);
        operands.add(new int[] {-1, -1});
        constants.add(value);
        slots.add(slot);
        parameterDependent.add(dependent);
        constant.add(isConstant);
        return operations.size() - 1;
    }

    private FormulaTape tape() {
        int n = operations.size();
        int[] left = new int[n];
        int[] right = new int[n];
        double[] values = new double[n];
        int[] slotArray = new int[n];
        boolean[] dependent = new boolean[n];
        for (int i = 0; i < n; i++) {
            left[i] = operands.get(i)[0];
            right[i] = operands.get(i)[1];
            values[i] = constants.get(i);
            slotArray[i] = slots.get(i);
            dependent[i] = parameterDependent.get(i);
        }
        return new FormulaTape(operations.toArray(new Operation[0]), left, right, values, slotArray, dependent);
    }
}
