package org.qms4j.standards;

/**
 * The outline of 21 CFR part 820, the FDA Quality Management System Regulation (QMSR), as in force
 * since 2 February 2026, in the line format read by {@code org.qms4j.standards.Outline}: part 820 as
 * amended by the final rule of 2 February 2024 (89 FR 7496) and corrected on 15 October 2024 (89 FR
 * 82945), which incorporates ISO 13485:2016 by reference.
 *
 * <p>Only the sections that stand are listed (820.1, 820.3, 820.7, 820.10, 820.35 and 820.45); the
 * reserved sections and subparts C to O are left out, and the ISO 13485 clause requirements live in
 * the {@code iso-13485:2016} catalog. Summaries quote or paraphrase the regulation. US federal
 * text, public domain.
 */
final class QmsrOutline {
  private QmsrOutline() {}

  static final String TEXT =
      """
      catalog fda-qmsr:2026 | Quality Management System Regulation (21 CFR part 820) | 2026-02-02 | FDA | FREE
      source 21 CFR part 820 as amended by the QMSR final rule, 89 FR 7496 (2 Feb 2024; codified text 89 FR 7523; https://www.govinfo.gov/content/pkg/FR-2024-02-02/html/2024-01709.htm) and corrected by 89 FR 82945 (15 Oct 2024, batch or lot), in force 2 Feb 2026; text checked against the CFR 2025 annual-edition XML of part 820 (eff. 2-2-26) and eCFR copies of https://www.ecfr.gov/current/title-21/chapter-I/subchapter-H/part-820
      note Every paragraph of 820.1, 820.3, 820.7, 820.10, 820.35 and 820.45 verified; 820.5, 820.20-820.30, 820.40 and subparts C-O are reserved and not listed; sub-paragraphs with no obligation of their own (820.1(a)(1)-(3), 820.1(d)(1)-(2), 820.10(c)(1)-(2) and table 1) are folded into their parent; ISO 13485:2016 clause text is not restated (catalog iso-13485:2016); the QMSR adds no management review input beyond ISO 13485 5.6.2.
      clause A | General Provisions | Subpart A
        clause 820.1 | Scope | § 820.1
          clause 820.1(a) | Applicability | § 820.1(a)
            requirement - | NOT_PERMITTED | A manufacturer engaged in the design, manufacture, packaging, labeling, storage, installation or servicing of a finished device must establish and maintain a QMS appropriate for its device(s).
            guidance Manufacturers include contract sterilizers, installers, relabelers, remanufacturers, repackers, specification developers and initial distributors of foreign entities; only operations engaged in apply.
            clause 820.1(a)(4) | HCT/Ps regulated as devices | § 820.1(a)(4)
              requirement - | ACTIVITY_NOT_PERFORMED | Manufacturers of HCT/Ps regulated as devices are subject to this part and also to the part 1271 donor-eligibility (subpart C) and current good tissue practice (subpart D) requirements.
              guidance Applies only to manufacturers of human cells, tissues, and cellular and tissue-based products that are regulated as devices.
          clause 820.1(b) | Conflicts with other requirements under the FD&C Act | § 820.1(b)
          clause 820.1(c) | Foreign manufacturers | § 820.1(c)
          clause 820.1(d) | Exemptions or variances | § 820.1(d)
        clause 820.3 | Definitions | § 820.3
          clause 820.3(a) | Terms not used or not defined in ISO 13485 or ISO 9000 | § 820.3(a)
          clause 820.3(b) | FD&C Act definitions and terms superseding ISO definitions | § 820.3(b)
            requirement - | NOT_PERMITTED | Read the QMS with the FD&C Act section 201 definitions (e.g. device, labeling) and the 820.3(b) meanings in place of the correlating ISO 13485 and ISO 9000 terms.
            guidance Implantable medical device = implant (21 CFR 860.3); manufacturer as in 820.3(b); organization = manufacturer; rework meets the MDF; safety and performance = safety and effectiveness (ISO 0.1).
        clause 820.7 | Incorporation by reference | § 820.7
          clause 820.7(a) | ISO 9000:2015 Clause 3, Terms and definitions | § 820.7(a)
          clause 820.7(b) | ISO 13485:2016 | § 820.7(b)
        clause 820.10 | Requirements for a quality management system | § 820.10
          clause 820.10(a) | Document | § 820.10(a)
            requirement DOCUMENT | NOT_PERMITTED | Document a quality management system that complies with the applicable requirements of ISO 13485:2016 (incorporated by reference) and the other applicable requirements of part 820.
            guidance Maintain: the documented QMS. Every applicable ISO 13485:2016 clause binds through this paragraph; its clause-level requirements are in the iso-13485:2016 catalog.
          clause 820.10(b) | Applicable regulatory requirements | § 820.10(b)
            requirement - | NOT_PERMITTED | Comply, as appropriate, with the other applicable regulatory requirements of title 21 so as to fully comply with the ISO 13485 clauses named in (b)(1) to (b)(4).
            clause 820.10(b)(1) | Unique device identification (part 830) | § 820.10(b)(1)
              requirement DOCUMENT | NOT_PERMITTED | For ISO 13485 clause 7.5.8, document a system to assign unique device identification to the medical device in accordance with 21 CFR part 830.
              guidance Maintain: the documented UDI system. Part 830 and 21 CFR 801.30 say who the labeler is and which devices are excepted from bearing a UDI.
            clause 820.10(b)(2) | Device tracking (part 821) | § 820.10(b)(2)
              requirement PROCEDURE | ACTIVITY_NOT_PERFORMED | For ISO 13485 clause 7.5.9.1, document procedures for traceability in accordance with 21 CFR part 821 (device tracking), if applicable.
              guidance Maintain: the documented tracking procedures. Applies only to devices that FDA has ordered to be tracked under part 821.
            clause 820.10(b)(3) | Medical device reporting (part 803) | § 820.10(b)(3)
              requirement - | NOT_PERMITTED | For ISO 13485 clause 8.2.3, notify FDA of complaints that meet the reporting criteria of 21 CFR part 803 (medical device reporting).
            clause 820.10(b)(4) | Advisory notices (part 806) | § 820.10(b)(4)
              requirement - | NOT_PERMITTED | For ISO 13485 clauses 7.2.3, 8.2.3 and 8.3.3, handle advisory notices in accordance with 21 CFR part 806 (reports of corrections and removals).
          clause 820.10(c) | Design and development | § 820.10(c)
            requirement PROCEDURE,DOCUMENT,RECORD | PERMITTED_BY_REGULATION | Manufacturers of class II and class III devices, and of the class I devices in (c)(1) and table 1 to (c)(2), must comply with ISO 13485 clause 7.3 and its subclauses.
            guidance Class I in scope: devices automated with computer software; 868.6810, 878.4460, 880.6760, 892.5650, 892.5740. Maintain the 7.3 procedures and D&D file; retain the 7.3 records.
          clause 820.10(d) | Devices that support or sustain life | § 820.10(d)
            requirement RECORD | ACTIVITY_NOT_PERFORMED | Manufacturers of devices that support or sustain life, whose failure can reasonably be expected to cause significant injury, must also comply with ISO 13485 clause 7.5.9.2.
            guidance Retain: the 7.5.9.2 traceability records (components, materials, work environment conditions, shipping package consignee) for these devices as for implantables.
          clause 820.10(e) | Enforcement | § 820.10(e)
      clause B | Supplemental Provisions | Subpart B
        clause 820.35 | Control of records | § 820.35
          clause 820.35(a) | Records of complaints | § 820.35(a)
            requirement RECORD | NOT_PERMITTED | Keep records of review, evaluation and investigation of complaints of possible device, labeling or packaging failure to meet specifications, or of why a similar complaint's investigation suffices.
            guidance Retain: complaint records, in addition to ISO 13485 8.2.2. Items (a)(1) to (a)(7) apply to complaints reportable under part 803 and to complaints investigated by decision or voluntarily.
            clause 820.35(a)(1) | Name of the device | § 820.35(a)(1)
              requirement RECORD | NOT_PERMITTED | Records of complaints reportable under part 803 or investigated must state the name of the device.
              guidance Retain: this item in the complaint record.
            clause 820.35(a)(2) | Date the complaint was received | § 820.35(a)(2)
              requirement RECORD | NOT_PERMITTED | Records of complaints reportable under part 803 or investigated must state the date the complaint was received.
              guidance Retain: this item in the complaint record.
            clause 820.35(a)(3) | UDI, UPC and other device identification | § 820.35(a)(3)
              requirement RECORD | NOT_PERMITTED | Records of complaints reportable under part 803 or investigated must state any unique device identifier (UDI) or universal product code (UPC), and any other device identification(s).
              guidance Retain: this item in the complaint record.
            clause 820.35(a)(4) | Name, address and phone number of the complainant | § 820.35(a)(4)
              requirement RECORD | NOT_PERMITTED | Records of complaints reportable under part 803 or investigated must state the name, address and phone number of the complainant.
              guidance Retain: this item in the complaint record.
            clause 820.35(a)(5) | Nature and details of the complaint | § 820.35(a)(5)
              requirement RECORD | NOT_PERMITTED | Records of complaints reportable under part 803 or investigated must state the nature and details of the complaint.
              guidance Retain: this item in the complaint record.
            clause 820.35(a)(6) | Correction or corrective action taken | § 820.35(a)(6)
              requirement RECORD | NOT_PERMITTED | Records of complaints reportable under part 803 or investigated must state any correction or corrective action taken.
              guidance Retain: this item in the complaint record.
            clause 820.35(a)(7) | Reply to the complainant | § 820.35(a)(7)
              requirement RECORD | NOT_PERMITTED | Records of complaints reportable under part 803 or investigated must state any reply to the complainant.
              guidance Retain: this item in the complaint record.
          clause 820.35(b) | Records of servicing activities | § 820.35(b)
            requirement RECORD | ACTIVITY_NOT_PERFORMED | In adhering to ISO 13485 clause 7.5.4, record for every servicing activity at least the information listed in (b)(1) to (b)(6).
            guidance Retain: servicing records. Applies only where the manufacturer (or its supplier) services devices, as in ISO 13485 7.5.4.
            clause 820.35(b)(1) | Name of the device serviced | § 820.35(b)(1)
              requirement RECORD | ACTIVITY_NOT_PERFORMED | Servicing records must state the name of the device serviced.
              guidance Retain: this item in the servicing record.
            clause 820.35(b)(2) | UDI, UPC and other device identification | § 820.35(b)(2)
              requirement RECORD | ACTIVITY_NOT_PERFORMED | Servicing records must state any UDI or UPC, and any other device identification(s), of the device serviced.
              guidance Retain: this item in the servicing record.
            clause 820.35(b)(3) | Date of service | § 820.35(b)(3)
              requirement RECORD | ACTIVITY_NOT_PERFORMED | Servicing records must state the date of service.
              guidance Retain: this item in the servicing record.
            clause 820.35(b)(4) | Individuals who serviced the device | § 820.35(b)(4)
              requirement RECORD | ACTIVITY_NOT_PERFORMED | Servicing records must state the individual(s) who serviced the device.
              guidance Retain: this item in the servicing record.
            clause 820.35(b)(5) | Service performed | § 820.35(b)(5)
              requirement RECORD | ACTIVITY_NOT_PERFORMED | Servicing records must state the service performed.
              guidance Retain: this item in the servicing record.
            clause 820.35(b)(6) | Test and inspection data | § 820.35(b)(6)
              requirement RECORD | ACTIVITY_NOT_PERFORMED | Servicing records must include any test and inspection data.
              guidance Retain: this item in the servicing record.
          clause 820.35(c) | Unique device identification | § 820.35(c)
            requirement RECORD | NOT_PERMITTED | In addition to ISO 13485 clauses 7.5.1, 7.5.8 and 7.5.9, the UDI must be recorded for each medical device or batch of medical devices.
            guidance Retain: the UDI in the record of each device or batch (the ISO 13485 7.5.1 record of manufacture is the natural place).
          clause 820.35(d) | Confidentiality | § 820.35(d)
            requirement - | ACTIVITY_NOT_PERFORMED | Records the manufacturer deems confidential may be marked to aid FDA in deciding whether information may be disclosed under 21 CFR part 20 (public information).
            guidance Permissive. The QMSR keeps no counterpart of the former 820.180(c) exception, so management review, quality audit and supplier audit records are open to FDA inspection.
        clause 820.45 | Device labeling and packaging controls | § 820.45
          requirement PROCEDURE | NOT_PERMITTED | In addition to ISO 13485 clause 7.5.1, document and maintain procedures describing in detail how labeling and packaging integrity, inspection, storage and operations are ensured.
          guidance Maintain: the documented procedures. They cover the customary conditions of processing, storage, handling, distribution and, as appropriate, use of the device.
          clause 820.45(a) | Examination of labeling and packaging for accuracy | § 820.45(a)
            requirement - | NOT_PERMITTED | Ensure labeling and packaging are examined for accuracy before release or storage, where applicable, including the items in (a)(1) to (a)(5).
            clause 820.45(a)(1) | UDI, UPC or other device identification | § 820.45(a)(1)
              requirement - | NOT_PERMITTED | The accuracy examination covers the correct unique device identifier (UDI) or universal product code (UPC), or any other device identification(s).
            clause 820.45(a)(2) | Expiration date | § 820.45(a)(2)
              requirement - | ACTIVITY_NOT_PERFORMED | The accuracy examination covers the expiration date.
              guidance Applies only where the labeling carries an expiration date.
            clause 820.45(a)(3) | Storage instructions | § 820.45(a)(3)
              requirement - | NOT_PERMITTED | The accuracy examination covers the storage instructions.
            clause 820.45(a)(4) | Handling instructions | § 820.45(a)(4)
              requirement - | NOT_PERMITTED | The accuracy examination covers the handling instructions.
            clause 820.45(a)(5) | Additional processing instructions | § 820.45(a)(5)
              requirement - | NOT_PERMITTED | The accuracy examination covers any additional processing instructions.
          clause 820.45(b) | Documented release of labeling | § 820.45(b)
            requirement RECORD | NOT_PERMITTED | The release of the labeling for use must be documented in accordance with ISO 13485 clause 4.2.5.
            guidance Retain: the record of labeling release.
          clause 820.45(c) | Prevention of labeling and packaging mixups | § 820.45(c)
            requirement RECORD | NOT_PERMITTED | Run labeling and packaging operations that prevent mixups, including inspecting labeling and packaging before use against the MDF, and document the inspection results.
            guidance Retain: the labeling inspection results (per ISO 13485 4.2.5). Operations must be established and maintained.
      """;
}
