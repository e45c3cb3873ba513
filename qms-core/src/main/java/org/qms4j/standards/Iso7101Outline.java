package org.qms4j.standards;

/**
 * The outline of ISO 7101:2023 (Healthcare organization management - Management systems for quality
 * in healthcare organizations - Requirements): clause numbers, our own short titles and one-line
 * summaries in our own words, in the line format read by {@code org.qms4j.standards.Outline}.
 *
 * <p>Numbering follows the standard's published table of contents as far as public previews show it
 * (4.1 to 8.3.1); clauses 7.1, 7.2, 9 and 10 are shipped at the harmonized-structure level only.
 * Clause 8 sub-clauses from 8.4 on, and sub-clauses that could not be confirmed elsewhere, are left
 * out rather than guessed; the {@code note} header line says exactly what was verified.
 */
final class Iso7101Outline {
  private Iso7101Outline() {}

  static final String TEXT =
      """
      catalog iso-7101:2023 | Healthcare organization management: quality management systems | 2023 | ISO | DOTTED
      source ISO 7101:2023 first edition (2023-10) table of contents as shown in public previews: https://scribd.com/document/721562478/ISO-7101-2023-clean (clauses 4.1 to 8.3.1) and https://www.scribd.com/document/881495795/ISO-7101-2023 (clauses 1 to 5.5); ISO/FDIS 7101 preview https://standards.iteh.ai/catalog/standards/sist/81dd9417-bdf8-4111-830d-68060561de81/iso-7101 (ISO/TC 304); CYS catalogue https://e-shop.cys.org.cy/HomepageSearch/Overview?productId=45676 (title, scope topics); APCER https://mail.apcergroup.com/en/news/3856/new-iso-7101-on-quality-in-healthcare-organizations-published (harmonized structure with climate change); harmonized structure (ISO/IEC Directives Part 1, Annex SL Appendix 2) for 7.1, 7.2, 9 and 10.
      note Verified against the published table of contents: 4.1-4.4, 5.1-5.5, 6.1 with 6.1.1-6.1.3, 6.2, 6.3, 7.3, 7.4 with 7.4.1-7.4.4, 7.5 with 7.5.1-7.5.5, 8.1, 8.2 with 8.2.1-8.2.3, 8.3. Shipped at harmonized-structure level only, sub-clauses folded in: 7.1, 7.2, 9.1, 9.2, 9.3, 10.1, 10.2, and 8.3 (its sub-clauses from 8.3.1 on not all visible). Left out as unconfirmed: all clause 8 sub-clauses from 8.4 on (where the healthcare topics such as people-centred care, ethics and patient safety are expected), any 7.5 sub-clause after 7.5.5, and sub-clauses of 7.1, 8.3, 9 and 10. Review inputs and evidence kinds follow the harmonized structure, not ISO 7101 text.
      review-clause 9.3
      review-input previous-actions | Progress on actions decided at earlier management reviews
      review-input context-changes | Changes in internal and external issues that bear on the quality system
      review-input stakeholder-changes | Changes in what relevant stakeholders need and expect of the quality system
      review-input performance-trends | Performance of the quality system and its trends, including nonconformities and corrective actions, monitoring and measurement results and audit results
      review-input resource-adequacy | Whether the resources given to the quality system are adequate
      review-input risk-action-effectiveness | How well the actions taken on risks and opportunities have worked
      review-input improvement-opportunities | Opportunities for continual improvement
      clause 4 | Context of the organization
        clause 4.1 | Understanding the organization and its context
          requirement - | NOT_PERMITTED | Work out which internal and external factors, climate change among them where relevant, affect what the healthcare quality system is meant to achieve.
        clause 4.2 | Stakeholder needs and expectations
          requirement - | NOT_PERMITTED | Identify the stakeholders that matter to the quality system, service users among them, what they need and expect, and which of those needs the system will address.
        clause 4.3 | Scope of the quality management system
          requirement DOCUMENT | NOT_PERMITTED | Set the boundaries and applicability of the quality system with regard to context, stakeholder needs and the services delivered, and keep the scope on record.
          guidance Maintain: the scope is kept as documented information (harmonized structure; ISO 7101 wording not confirmed).
        clause 4.4 | Quality management system and its processes
          requirement - | NOT_PERMITTED | Establish, run, maintain and keep improving the quality system, including the processes it needs and how those processes interact.
      clause 5 | Leadership
        clause 5.1 | Leadership and commitment
          requirement - | NOT_PERMITTED | Top management takes accountability for the quality system, ties it to strategy, provides resources, builds a culture of quality and supports those who contribute.
        clause 5.2 | Healthcare quality policy
          requirement DOCUMENT | NOT_PERMITTED | Top management sets a healthcare quality policy that fits the organization's purpose, frames its objectives and commits to meeting requirements and improving, and shares it.
          guidance Maintain: the policy is available as documented information (harmonized structure; ISO 7101 wording not confirmed).
        clause 5.3 | Roles, responsibilities and authorities
          requirement - | NOT_PERMITTED | Assign and communicate who is responsible and has authority for the quality system, its conformity and reporting on how it performs.
        clause 5.4 | Service user focus
          requirement - | NOT_PERMITTED | Top management keeps the needs, rights and experience of service users at the centre of decisions on how care is organised and delivered.
        clause 5.5 | Access to care
          requirement - | NOT_PERMITTED | Keep services within reach of the people the organization is mandated to serve, in line with applicable laws and regulations.
      clause 6 | Planning
        clause 6.1 | Actions to address risks and opportunities
          clause 6.1.1 | General
            requirement - | NOT_PERMITTED | Plan how to deal with the risks and opportunities arising from context and stakeholder needs, build the actions into processes and check their effect.
          clause 6.1.2 | Risk culture
            requirement - | NOT_PERMITTED | Foster a shared culture in which people across the organization recognise, raise and act on risks to care and to the organization.
          clause 6.1.3 | Risk management processes
            requirement - | NOT_PERMITTED | Run defined processes to identify, analyse, evaluate, treat and monitor clinical and non-clinical risks.
        clause 6.2 | Healthcare quality objectives
          requirement DOCUMENT | NOT_PERMITTED | Set measurable healthcare quality objectives in line with the policy and plan what will be done, with which resources, by whom and by when to reach them.
          guidance Maintain: the objectives are available as documented information (harmonized structure; ISO 7101 wording not confirmed).
        clause 6.3 | Planning of changes
          requirement - | NOT_PERMITTED | Make changes to the quality system in a planned and controlled way.
      clause 7 | Support
        clause 7.1 | Resources
          requirement - | NOT_PERMITTED | Determine and provide the people, infrastructure and other resources the quality system needs to run and improve.
          guidance Harmonized-structure level: any ISO 7101 sub-clauses of 7.1 could not be confirmed and are folded into this requirement.
        clause 7.2 | Competence
          requirement TRAINING_RECORD | NOT_PERMITTED | Define the competence each role affecting quality needs, make sure people have it through education, training or experience, close gaps and check the result.
          guidance Retain: evidence of competence is kept as documented information (harmonized structure; ISO 7101 wording not confirmed); expected as training records (kind TRAINING_RECORD).
        clause 7.3 | Awareness
          requirement - | NOT_PERMITTED | Make sure people working for the organization know the quality policy, the objectives that concern them, their own contribution and the effects of not conforming.
        clause 7.4 | Communication
          clause 7.4.1 | General
            requirement - | NOT_PERMITTED | Decide what about the quality system is communicated inside and outside the organization, when, to whom, how and by whom.
          clause 7.4.2 | Service user communication
            requirement - | NOT_PERMITTED | Communicate with service users and those supporting them clearly and in ways they can understand and act on.
          clause 7.4.3 | Clinical communication
            requirement - | NOT_PERMITTED | Make sure clinical information passes accurately and on time between the people and teams involved in a person's care.
          clause 7.4.4 | External communications
            requirement - | NOT_PERMITTED | Plan and control what the organization communicates to outside parties such as authorities, partners and the public.
        clause 7.5 | Documented information
          clause 7.5.1 | General
            requirement - | NOT_PERMITTED | Hold the documented information the standard calls for plus whatever the organization judges it needs, scaled to its size, services and people.
          clause 7.5.2 | Creating and updating documented information
            requirement - | NOT_PERMITTED | When documents are created or revised, give them proper identification and a suitable format and have them reviewed and approved.
          clause 7.5.3 | Control of documented information
            requirement - | NOT_PERMITTED | Control documented information so it is available where needed, protected, kept under version control and retained or disposed of as decided.
          clause 7.5.4 | Information management systems
            requirement - | NOT_PERMITTED | Operate information systems that keep clinical and non-clinical information accurate, secure and accessible to those entitled to it.
          clause 7.5.5 | Electronic information control
            requirement - | NOT_PERMITTED | Protect electronic information, health records included, against loss, corruption and unauthorised access, and keep it usable over time.
      clause 8 | Operation
        clause 8.1 | Operational planning and control
          requirement DOCUMENT,RECORD | NOT_PERMITTED | Plan, run and control the processes that deliver care and services, set criteria for them, manage planned changes and keep outsourced processes under control.
          guidance Maintain and retain: documented information to the extent needed to show processes ran as planned (harmonized structure; ISO 7101 wording not confirmed).
        clause 8.2 | Facilities management and maintenance
          clause 8.2.1 | General
            requirement - | NO_EFFECT_ON_CONFORMITY | Keep the premises where care is given safe, suitable for the services offered and properly maintained.
            guidance Non-applicability is defensible only for an organization that runs no care premises of its own, e.g. care given solely in homes or remotely.
          clause 8.2.2 | Contingency planning
            requirement - | NOT_PERMITTED | Plan for disruption to facilities and services so that essential care can continue or be restored quickly.
          clause 8.2.3 | Equipment
            requirement - | NO_EFFECT_ON_CONFORMITY | Select, maintain and use equipment so that it is safe, fit for its purpose and available when needed.
            guidance Non-applicability is defensible only for an organization that uses no clinical or other care equipment.
        clause 8.3 | Waste management
          requirement - | NO_EFFECT_ON_CONFORMITY | Handle, store and dispose of waste from care activities safely and lawfully, with attention to its environmental impact.
          guidance Consolidated: ISO 7101 splits 8.3 into sub-clauses from 8.3.1 General on that could not all be confirmed; non-applicability only where care activities produce no waste.
      clause 9 | Performance evaluation
        clause 9.1 | Monitoring, measurement, analysis and evaluation
          requirement RECORD | NOT_PERMITTED | Decide which clinical and non-clinical performance to monitor and measure, how and when, then analyse and evaluate the results to judge the quality system.
          guidance Retain: the results are kept as documented information (harmonized structure); any ISO 7101 sub-clauses of 9.1 are folded in here.
        clause 9.2 | Internal audit
          requirement RECORD | NOT_PERMITTED | Audit the quality system at planned intervals under a programme with set criteria and scope and impartial auditors, and report the findings to management.
          guidance Retain: evidence of the audit programme and the audit results (harmonized structure; ISO 7101 sub-clause split of 9.2 not confirmed).
        clause 9.3 | Management review
          requirement RECORD | NOT_PERMITTED | Top management reviews the quality system at planned intervals for suitability, adequacy and effectiveness and decides on improvements and changes.
          guidance Retain: evidence of review results; inputs are the catalog review-input lines (harmonized structure; ISO 7101 sub-clauses of 9.3 not confirmed).
      clause 10 | Improvement
        clause 10.1 | Continual improvement
          requirement - | NOT_PERMITTED | Keep improving how suitable, adequate and effective the quality system is.
        clause 10.2 | Nonconformity and corrective action
          requirement RECORD | NOT_PERMITTED | When a nonconformity occurs, contain and correct it, find its cause, act to stop it recurring, check the action worked and update the system where needed.
          guidance Retain: evidence of each nonconformity, the action taken and its result (harmonized structure; ISO 7101 wording not confirmed).
      """;
}
