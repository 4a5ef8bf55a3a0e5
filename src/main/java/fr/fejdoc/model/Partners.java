package fr.fejdoc.model;

import java.util.List;

/** Partenaires: operational ones, funders, and the shares the holder stated (may be empty). */
public record Partners(
    List<OperationalPartner> operational, List<Funder> funders, List<Share> statedShares, Loc loc) {
  public static Partners empty(Loc loc) {
    return new Partners(List.of(), List.of(), List.of(), loc);
  }
}
