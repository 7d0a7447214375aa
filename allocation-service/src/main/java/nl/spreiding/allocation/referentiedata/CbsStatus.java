package nl.spreiding.allocation.referentiedata;

/** Whether CBS calls the figures of a report year provisional (voorlopig, {@code 2022*}) or final. */
public enum CbsStatus { VOORLOPIG, DEFINITIEF }
