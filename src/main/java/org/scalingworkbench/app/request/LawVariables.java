package org.scalingworkbench.app.request;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.data.ColumnRole;

/**
 * What "these columns for the law's variables" means ({@code --x N,D}, {@code --x params,tokens}):
 * one column names the scale x; several give, in the law's order, the column of each of its
 * variables N, D and C, which takes that role. A role symbol stands for the column in that role.
 */
public final class LawVariables {

    private LawVariables() {
    }

    /**
     * {@code data} with {@code columns} assigned to {@code lawVariables}.
     *
     * @throws IllegalArgumentException when the counts differ or a variable is not N, D or C
     */
    public static DataSelection assign(DataSelection data, List<String> lawVariables, List<String> columns) {
        if (columns.isEmpty()) {
            return data;
        }
        if (columns.size() == 1) {
            return data.withColumns(columns.get(0), data.y());
        }
        if (columns.size() != lawVariables.size()) {
            throw new IllegalArgumentException("the law takes " + lawVariables.size() + " variables " + lawVariables + ", got "
                    + columns.size() + " columns " + columns);
        }
        Map<String, ColumnRole> roles = new LinkedHashMap<>(data.roles());
        for (int i = 0; i < columns.size(); i++) {
            String variable = lawVariables.get(i);
            ColumnRole role = Arrays.stream(ColumnRole.values()).filter(r -> r.isSize() && r.symbol().equals(variable))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("variable " + variable
                            + " is not N, D or C; name one column for it with --x"));
            if (!columns.get(i).equals(variable)) {
                roles.put(columns.get(i), role);
            }
        }
        return data.withRoles(roles).withColumns(columns.get(0), data.y());
    }
}
