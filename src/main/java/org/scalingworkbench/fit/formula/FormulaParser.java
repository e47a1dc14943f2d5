package org.scalingworkbench.fit.formula;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for formulas. Grammar, loosest binding first:
 *
 * <pre>
 * sum     = product { ("+" | "-") product }
 * product = unary { ("*" | "/") unary }
 * unary   = ("-" | "+") unary | power
 * power   = primary [ ("^" | "**") unary ]        right-associative: a^b^c = a^(b^c)
 * primary = number | name | `quoted name` | function "(" sum { "," sum } ")" | "(" sum ")"
 * </pre>
 *
 * <p>So {@code -x^2} is {@code -(x^2)} and {@code 2^-x} is {@code 2^(-x)}. A name is a variable if
 * it is one of the variable names given to the parser, otherwise a parameter; parameters are
 * numbered in order of first appearance. Every error is a {@link FormulaSyntaxException} that
 * points at the offending token.
 */
final class FormulaParser {

    /**
     * Deepest nesting read: every parenthesis or function call, unary sign and exponent opens one
     * level. Real laws nest fewer than 10 levels; the limit keeps recursion far from the stack's end.
     */
    static final int MAX_DEPTH = 200;

    /** Longest formula read, in characters (a flat sum of 10,000 terms is about 60,000). */
    static final int MAX_LENGTH = 100_000;

    private final String text;
    private final List<Token> tokens;
    private final List<String> variableNames;
    private final boolean fixedVariableOrder;
    private final Map<String, Integer> variables = new LinkedHashMap<>();
    private final Map<String, Integer> parameters = new LinkedHashMap<>();
    private int next;
    private int depth;

    private FormulaParser(String text, List<String> variableNames, boolean fixedVariableOrder) {
        if (text.length() > MAX_LENGTH) {
            throw new FormulaSyntaxException(text, "formula is longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_LENGTH)
                    + " characters (" + text.length() + ")", MAX_LENGTH, 0);
        }
        this.text = text;
        this.tokens = FormulaTokenizer.tokenize(text);
        this.variableNames = List.copyOf(variableNames);
        this.fixedVariableOrder = fixedVariableOrder;
        if (fixedVariableOrder) {
            variableNames.forEach(v -> variables.put(v, variables.size()));
        }
    }

    /**
     * Parses {@code text} with exactly the variables {@code declared}, in that order (the order of
     * the row passed to the law); every other name is a parameter.
     */
    static ParsedFormula parse(String text, List<String> declared) {
        return new FormulaParser(text, declared, true).formula();
    }

    /**
     * Parses {@code text} where the names in {@code candidates} are variables if they occur; the
     * variables of the result are those that occur, in order of first appearance.
     */
    static ParsedFormula parseWithCandidateVariables(String text, List<String> candidates) {
        return new FormulaParser(text, candidates, false).formula();
    }

    private ParsedFormula formula() {
        if (peek().kind() == Token.Kind.END) {
            throw error("formula is empty", 0, text.length());
        }
        Expression root = sum();
        Token after = peek();
        if (after.kind() != Token.Kind.END) {
            throw unexpectedAfterOperand(after);
        }
        if (parameters.isEmpty()) {
            throw error("formula has no parameters (every name in it is a variable)", 0, text.length());
        }
        return new ParsedFormula(text, root, List.copyOf(variables.keySet()), List.copyOf(parameters.keySet()));
    }

    private Expression sum() {
        enter(peek());
        Expression left = product();
        while (peek().kind() == Token.Kind.PLUS || peek().kind() == Token.Kind.MINUS) {
            Operation op = take().kind() == Token.Kind.PLUS ? Operation.ADD : Operation.SUBTRACT;
            left = new Expression.Binary(op, left, product());
        }
        depth--;
        return left;
    }

    /** Opens one nesting level at {@code token}; refuses a level past {@link #MAX_DEPTH}. */
    private void enter(Token token) {
        depth++;
        if (depth > MAX_DEPTH) {
            throw error("formula nests deeper than " + MAX_DEPTH + " levels", token.position(), token.length());
        }
    }

    /** Reads {@code unary} one nesting level down from {@code token} (a sign or {@code ^}). */
    private Expression nestedUnary(Token token) {
        enter(token);
        Expression operand = unary();
        depth--;
        return operand;
    }

    private Expression product() {
        Expression left = unary();
        while (peek().kind() == Token.Kind.TIMES || peek().kind() == Token.Kind.DIVIDE) {
            Operation op = take().kind() == Token.Kind.TIMES ? Operation.MULTIPLY : Operation.DIVIDE;
            left = new Expression.Binary(op, left, unary());
        }
        return left;
    }

    private Expression unary() {
        if (peek().kind() == Token.Kind.PLUS) {
            return nestedUnary(take());
        }
        if (peek().kind() == Token.Kind.MINUS) {
            return new Expression.Negation(nestedUnary(take()));
        }
        return power();
    }

    private Expression power() {
        Expression base = primary();
        if (peek().kind() == Token.Kind.POWER) {
            return new Expression.Binary(Operation.POWER, base, nestedUnary(take()));
        }
        return base;
    }

    private Expression primary() {
        Token token = take();
        return switch (token.kind()) {
            case NUMBER -> new Expression.Constant(token.number());
            case IDENTIFIER -> peek().kind() == Token.Kind.LEFT_PAREN ? call(token) : name(token);
            case QUOTED_NAME -> quotedName(token);
            case LEFT_PAREN -> parenthesised(token);
            default -> throw operandExpected(token);
        };
    }

    private Expression parenthesised(Token open) {
        Expression inner = sum();
        expectClosing(open);
        return inner;
    }

    private Expression call(Token nameToken) {
        BuiltinFunction function = BuiltinFunction.named(nameToken.text())
                .orElseThrow(() -> unknownFunction(nameToken));
        Token open = take();
        List<Expression> arguments = new ArrayList<>();
        if (peek().kind() != Token.Kind.RIGHT_PAREN) {
            arguments.add(sum());
            while (peek().kind() == Token.Kind.COMMA) {
                take();
                arguments.add(sum());
            }
        }
        expectClosing(open);
        if (arguments.size() != function.arity()) {
            throw error(function.functionName() + " takes " + plural(function.arity(), "argument")
                    + ", got " + arguments.size(), nameToken.position(), nameToken.length());
        }
        return new Expression.Call(function, arguments);
    }

    private FormulaSyntaxException unknownFunction(Token nameToken) {
        String name = nameToken.text();
        String reason = "unknown function \"" + name + "\"";
        if (BuiltinFunction.isMiscased(name)) {
            reason += " (function names are lower case: " + name.toLowerCase(java.util.Locale.ROOT) + ")";
        } else if (variables.containsKey(name)) {
            reason += " (to multiply, write " + name + "*(...))";
        }
        return error(reason, nameToken.position(), nameToken.length());
    }

    private void expectClosing(Token open) {
        Token token = peek();
        if (token.kind() == Token.Kind.RIGHT_PAREN) {
            take();
            return;
        }
        if (token.kind() == Token.Kind.END) {
            throw error("unclosed parenthesis", open.position(), open.length());
        }
        throw unexpectedAfterOperand(token);
    }

    private Expression name(Token token) {
        String name = token.text();
        if (variableNames.contains(name)) {
            return new Expression.Variable(name, variables.computeIfAbsent(name, n -> variables.size()));
        }
        if (BuiltinFunction.named(name).isPresent()) {
            throw error("\"" + name + "\" is a function: write " + name + "(...)", token.position(), token.length());
        }
        return new Expression.Parameter(name, parameters.computeIfAbsent(name, n -> parameters.size()));
    }

    private Expression quotedName(Token token) {
        if (!variableNames.contains(token.text())) {
            throw error("backquoted name " + token.describe() + " is not a variable (variables: "
                    + String.join(", ", variableNames) + ")", token.position(), token.length());
        }
        return new Expression.Variable(token.text(), variables.computeIfAbsent(token.text(), n -> variables.size()));
    }

    private FormulaSyntaxException unexpectedAfterOperand(Token token) {
        return switch (token.kind()) {
            case RIGHT_PAREN -> error("unmatched \")\"", token.position(), token.length());
            case COMMA -> error("unexpected \",\" outside a function call", token.position(), token.length());
            default -> error("two operands in a row: missing operator before " + token.describe(),
                    token.position(), token.length());
        };
    }

    private FormulaSyntaxException operandExpected(Token token) {
        Token previous = next >= 2 ? tokens.get(next - 2) : null;
        if (token.kind() == Token.Kind.END && previous != null && previous.kind().isOperator()) {
            return error("trailing operator " + previous.describe() + ": an operand must follow",
                    previous.position(), previous.length());
        }
        if (token.kind() == Token.Kind.END && previous != null && previous.kind() == Token.Kind.LEFT_PAREN) {
            return error("unclosed parenthesis", previous.position(), previous.length());
        }
        if (token.kind() == Token.Kind.RIGHT_PAREN && previous != null && previous.kind() == Token.Kind.LEFT_PAREN) {
            return error("empty parentheses", previous.position(), token.position() + 1 - previous.position());
        }
        if (token.kind() == Token.Kind.END) {
            return error("formula ends where an operand is expected", token.position(), 0);
        }
        return error("expected a number, name or \"(\" before " + token.describe(), token.position(), token.length());
    }

    private FormulaSyntaxException error(String reason, int position, int length) {
        return new FormulaSyntaxException(text, reason, position, length);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Token peek() {
        return tokens.get(Math.min(next, tokens.size() - 1));
    }

    /** The next token; past the end, the END token again (the index still advances). */
    private Token take() {
        Token token = peek();
        next++;
        return token;
    }
}
