/**
 * The rules every value a client sends must meet, whatever carries it (a JSON body, a query parameter): dates within
 * a sensible range and text without control characters. Depends on nothing, so that the validation constraints, the
 * query-parameter parsing and the JSON reader can all use the same rule without a package cycle.
 */
package dk.jobbro.api.shared.input;
