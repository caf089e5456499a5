package org.newsgraph.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * How deep a query's evaluation nests, measured before it runs: ARQ turns each UNION branch, OPTIONAL,
 * MINUS, FILTER or BIND, each operator of an expression and each step of a property path into one more
 * level that its walkers recurse through, so a UNION of 5,000 branches overflows the stack. Such a query is
 * refused up front as too complex, the caller's fault, rather than failing inside the engine.
 *
 * <pre>{@code QueryDepth.check(query); // throws QueryDepth.TooComplex beyond LIMIT}</pre>
 */
public final class QueryDepth {

    /** Far above any real query, far below what overflows a thread's stack (about 4,000 levels). */
    public static final int LIMIT = 1_000;

    private QueryDepth() {
    }

    /** A query that nests too deep to run. */
    public static final class TooComplex extends QueryException {
        private static final long serialVersionUID = 1L;

        TooComplex(int depth) {
            super("too complex: its patterns and expressions nest " + depth + " levels deep, and the limit is "
                    + LIMIT + "; split it into smaller queries");
        }
    }

    /**
     * Refuses a query that nests deeper than {@link #LIMIT}.
     *
     * @throws TooComplex if it does
     */
    public static void check(Query query) {
        int depth = depth(query);
        if (depth > LIMIT) {
            throw new TooComplex(depth);
        }
    }

    /**
     * An upper bound of the query's nesting: each part is as deep as its container plus the number of its
     * siblings, since ARQ nests siblings one inside the other. Walked with a stack of its own, so that a query
     * too deep to run is still measured.
     */
    public static int depth(Query query) {
        Deque<Visit> toVisit = new ArrayDeque<>();
        toVisit.push(new Visit(query, 0));
        int deepest = 0;
        while (!toVisit.isEmpty()) {
            Visit visit = toVisit.pop();
            deepest = Math.max(deepest, visit.depth());
            List<Object> parts = parts(visit.node());
            for (Object part : parts) {
                if (part != null) {
                    toVisit.push(new Visit(part, visit.depth() + parts.size()));
                }
            }
        }
        return deepest;
    }

    private record Visit(Object node, int depth) {
    }

    private static List<Object> parts(Object node) {
        List<Object> parts = new ArrayList<>();
        if (node instanceof Query query) {
            parts.add(query.getQueryPattern());
            if (query.getProject() != null) {
                parts.addAll(query.getProject().getExprs().values());
            }
            parts.addAll(query.getHavingExprs());
            if (query.getOrderBy() != null) {
                query.getOrderBy().stream().map(SortCondition::getExpression).forEach(parts::add);
            }
        } else if (node instanceof ElementGroup group) {
            parts.addAll(group.getElements());
        } else if (node instanceof ElementUnion union) {
            parts.addAll(union.getElements());
        } else if (node instanceof ElementOptional optional) {
            parts.add(optional.getOptionalElement());
        } else if (node instanceof ElementMinus minus) {
            parts.add(minus.getMinusElement());
        } else if (node instanceof ElementNamedGraph graph) {
            parts.add(graph.getElement());
        } else if (node instanceof ElementService service) {
            parts.add(service.getElement());
        } else if (node instanceof ElementLateral lateral) {
            parts.add(lateral.getLateralElement());
        } else if (node instanceof Element1 exists) {
            parts.add(exists.getElement());
        } else if (node instanceof ElementSubQuery sub) {
            parts.add(sub.getQuery());
        } else if (node instanceof ElementFilter filter) {
            parts.add(filter.getExpr());
        } else if (node instanceof ElementBind bind) {
            parts.add(bind.getExpr());
        } else if (node instanceof ElementAssign assign) {
            parts.add(assign.getExpr());
        } else if (node instanceof ElementPathBlock block) {
            block.getPattern().getList().stream().map(TriplePath::getPath).filter(java.util.Objects::nonNull)
                    .forEach(parts::add);
        } else if (node instanceof P_Path1 path) {
            parts.add(path.getSubPath());
        } else if (node instanceof P_Path2 path) {
            parts.add(path.getLeft());
            parts.add(path.getRight());
        } else if (node instanceof ExprFunctionOp exists) {
            parts.add(exists.getElement());
        } else if (node instanceof ExprFunction function) {
            parts.addAll(function.getArgs());
        }
        return parts;
    }
}
