package org.qms4j.history;

/**
 * What an act means where it is a signature, as 21 CFR Part 11 (§ 11.50) asks a signed record to
 * show: the act of writing a record, of reviewing it, of approving it, or of verifying that
 * something was done and works.
 */
public enum SignatureMeaning {
  /** The signer wrote the record: opened an action, recorded a plan. */
  AUTHORED,
  /** The signer reviewed the record. */
  REVIEWED,
  /** The signer approved the record: closed or cancelled an action, released a document. */
  APPROVED,
  /** The signer verified that what was done is effective. */
  VERIFIED
}
