package org.qms4j.standards;

/**
 * The outline of ISO 13485:2016: clause numbers, our own short titles and one-line summaries, in
 * the line format read by {@code org.qms4j.standards.Outline}.
 *
 * <p>Every clause and sub-clause of clauses 4 to 8, checked against public copies of the table of
 * contents (see the {@code source} header line); 4.1.1 to 4.1.6 have no heading in the standard and
 * carry our own titles. Summaries are our own words; no ISO text is reproduced.
 */
final class Iso13485Outline {
  private Iso13485Outline() {}

  static final String TEXT =
      """
      catalog iso-13485:2016 | Medical devices: quality management systems for regulatory purposes | 2016 | ISO | DOTTED
      source Numbering and headings checked against the contents of ISO 13485:2016 at kaizenkit.io/a-concise-guide-to-iso-13485-2016, the French contents in github ambroise-leclerc/MduX inputs/Documentation/ISO-13485-Complete.md, library.raps.org/quality-management/21 (table 1-3), medicaldevicesandpharma.com (7.3.x), coggle.it (7.5.7 to 7.5.11) and the ISO 13485 column of Annex B.
      note Clauses 4 to 8 in full (clauses 1 to 3 and the annexes state no requirements); 4.1.1 to 4.1.6 have no heading in the standard and carry our own titles; titles and summaries are our own words.
      review-clause 5.6
      review-input feedback | Feedback (5.6.2 a).
      review-input complaint-handling | Complaint handling (5.6.2 b).
      review-input regulatory-reporting | Reporting to regulatory authorities (5.6.2 c).
      review-input audits | Audits (5.6.2 d).
      review-input process-monitoring | Monitoring and measurement of processes (5.6.2 e).
      review-input product-monitoring | Monitoring and measurement of product (5.6.2 f).
      review-input corrective-action | Corrective action (5.6.2 g).
      review-input preventive-action | Preventive action (5.6.2 h).
      review-input previous-review-follow-up | Follow-up of actions from earlier management reviews (5.6.2 i).
      review-input qms-changes | Changes that could affect the QMS (5.6.2 j).
      review-input improvement-recommendations | Recommendations for improvement (5.6.2 k).
      review-input regulatory-changes | New or revised applicable regulatory requirements (5.6.2 l).
      clause 4 | Quality management system
        clause 4.1 | General requirements
          clause 4.1.1 | Documented QMS and regulatory roles
            requirement DOCUMENT | NOT_PERMITTED | Document the QMS, keep it effective, and record which regulatory roles (for example manufacturer, importer, distributor) the organisation takes on.
            guidance Documented (establish, implement and maintain): the QMS and the regulatory roles the organisation holds.
          clause 4.1.2 | Processes and risk-based control
            requirement - | NOT_PERMITTED | Identify the QMS processes and where they apply given the organisation's roles, control them on a risk basis, and work out how they follow and affect each other.
          clause 4.1.3 | Process criteria, monitoring and records
            requirement RECORD | NOT_PERMITTED | For each process set criteria and methods, secure resources and information, monitor and analyse it, act to keep it effective, and keep records proving conformance.
            guidance Maintain records needed to show conformance to the standard and to regulations (see 4.2.5).
          clause 4.1.4 | Managing processes and changes
            requirement - | NOT_PERMITTED | Run the processes as the standard and regulations require, and assess and control process changes for their effect on the QMS and on the devices produced.
          clause 4.1.5 | Outsourced processes
            requirement DOCUMENT | NOT_PERMITTED | Keep control of outsourced processes in proportion to risk and supplier capability, using written quality agreements; outsourcing leaves responsibility with the organisation.
            guidance Documented: written quality agreements with the parties running outsourced processes.
          clause 4.1.6 | QMS software validation
            requirement PROCEDURE,RECORD | NOT_PERMITTED | Have procedures to validate software used in the QMS before first use and after changes, with effort scaled to risk, and keep the validation records.
            guidance Documented procedure for software validation; maintain records of validation activities.
        clause 4.2 | Documentation requirements
          clause 4.2.1 | General
            requirement DOCUMENT | NOT_PERMITTED | Keep QMS documentation: policy and objectives, quality manual, required procedures and records, other documents the organisation needs, and whatever regulations demand.
            guidance Documented statements of policy and objectives, the quality manual, required procedures and records, and other needed documents are maintained.
          clause 4.2.2 | Quality manual
            requirement DOCUMENT | NOT_PERMITTED | Write a quality manual giving the QMS scope with reasons for exclusions or non-application, the procedures or pointers to them, process interactions and documentation structure.
            guidance Documented: the quality manual.
          clause 4.2.3 | Medical device file
            requirement DOCUMENT | NOT_PERMITTED | Keep a file for each device type or family holding or pointing to evidence of conformity: description, intended use, labelling, specifications, production, installation and servicing.
            guidance Establish and maintain one or more files per device type or family.
          clause 4.2.4 | Control of documents
            requirement PROCEDURE | NOT_PERMITTED | Have a procedure for controlling documents: approval, review and re-approval, changes and revision status, availability, legibility, external documents, loss prevention and obsolete versions.
            guidance Documented procedure for document control; obsolete documents are kept for a defined period.
          clause 4.2.5 | Control of records
            requirement PROCEDURE | NOT_PERMITTED | Have a procedure to identify, store, secure, retrieve, retain and dispose of records, protect confidential health data and keep records for the required period.
            guidance Documented procedure for record control; records are kept at least for the device lifetime or as regulations require, and never under two years from release.
      clause 5 | Management responsibility
        clause 5.1 | Management commitment
          requirement - | NOT_PERMITTED | Top management shows commitment by stressing customer and regulatory requirements, setting policy and objectives, holding management reviews and providing resources.
        clause 5.2 | Customer focus
          requirement - | NOT_PERMITTED | Top management sees to it that what customers and the applicable regulations demand is known and delivered.
        clause 5.3 | Quality policy
          requirement DOCUMENT | NOT_PERMITTED | Top management keeps a quality policy that fits the organisation, commits to meeting requirements and keeping the QMS effective, frames objectives, is understood and is reviewed.
          guidance Documented statement of the quality policy (required by 4.2.1).
        clause 5.4 | Planning
          clause 5.4.1 | Quality objectives
            requirement DOCUMENT | NOT_PERMITTED | Top management makes sure measurable objectives, including those for regulatory and product requirements, exist at relevant functions and levels and match the policy.
            guidance Documented statement of the quality objectives (required by 4.2.1).
          clause 5.4.2 | Quality management system planning
            requirement - | NOT_PERMITTED | Top management plans the QMS to meet the general requirements and the objectives, and keeps it intact while changes are planned and made.
        clause 5.5 | Responsibility, authority and communication
          clause 5.5.1 | Responsibility and authority
            requirement DOCUMENT | NOT_PERMITTED | Top management defines, documents and communicates responsibilities and authorities, documents how quality-related staff relate, and secures the independence they need.
            guidance Documented: responsibilities, authorities and the interrelation of personnel whose work affects quality.
          clause 5.5.2 | Management representative
            requirement - | NOT_PERMITTED | Top management names a manager who makes sure QMS processes are documented, reports on QMS effectiveness and promotes awareness of regulatory and QMS requirements.
          clause 5.5.3 | Internal communication
            requirement - | NOT_PERMITTED | Top management provides ways for information to flow inside the organisation, including news on how well the QMS is working.
        clause 5.6 | Management review
          clause 5.6.1 | General
            requirement PROCEDURE,RECORD | NOT_PERMITTED | Follow a procedure to review the QMS at documented planned intervals for suitability, adequacy, effectiveness and needed changes, and keep records.
            guidance Documented procedure for management review; maintain records of reviews.
          clause 5.6.2 | Review input
            requirement - | NOT_PERMITTED | Feed the review with at least the listed inputs: feedback, complaints, regulatory reports, audits, monitoring, corrective and preventive action, changes and new regulations.
          clause 5.6.3 | Review output
            requirement RECORD | NOT_PERMITTED | Record the inputs reviewed and the decisions and actions on QMS and product improvement, regulatory changes and resource needs.
            guidance Maintain records of review output.
      clause 6 | Resource management
        clause 6.1 | Provision of resources
          requirement - | NOT_PERMITTED | Work out and supply what the QMS needs in people, equipment and other means to operate, stay effective and satisfy customers and regulators.
        clause 6.2 | Human resources
          requirement PROCEDURE,TRAINING_RECORD | NOT_PERMITTED | Make sure staff doing quality-affecting work are competent; document how competence, training and awareness are handled, check training works in proportion to risk, and keep records.
          guidance Documented process for competence, training and awareness; maintain records of education, training, skills and experience (kind TRAINING_RECORD for the records).
        clause 6.3 | Infrastructure
          requirement DOCUMENT,RECORD | ACTIVITY_NOT_PERFORMED | Document the infrastructure needed for conforming product and orderly handling (buildings, equipment, software, support services) and its maintenance; keep maintenance records.
          guidance Documented infrastructure and maintenance requirements; maintain records of maintenance.
        clause 6.4 | Work environment and contamination control
          clause 6.4.1 | Work environment
            requirement DOCUMENT | ACTIVITY_NOT_PERFORMED | Document the work environment needed for conforming product, including staff health, cleanliness and clothing where relevant, and supervise staff in special conditions.
            guidance Documented work environment requirements; where the environment can harm product quality, documented procedures to monitor and control it are also needed.
          clause 6.4.2 | Contamination control
            requirement DOCUMENT | ACTIVITY_NOT_PERFORMED | Plan and document how contaminated or possibly contaminated product is controlled, and for sterile devices how microbial and particulate contamination is kept down.
            guidance Documented arrangements for contamination control.
      clause 7 | Product realization
        clause 7.1 | Planning of product realization
          requirement DOCUMENT,PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Plan realization processes, run documented risk management across realization with records, and document the plan: objectives, processes, resources, checks, criteria and records.
          guidance Documented risk management process(es) and planning output; maintain records of risk management activities.
        clause 7.2 | Customer-related processes
          clause 7.2.1 | Determination of product requirements
            requirement - | ACTIVITY_NOT_PERFORMED | Identify product requirements: those the customer states, those needed for intended use, regulatory ones, user training needs and any the organisation adds.
          clause 7.2.2 | Review of product requirements
            requirement RECORD | ACTIVITY_NOT_PERFORMED | Before committing to supply, check requirements are defined and documented, differences settled, regulations met, user training arranged and delivery possible; keep records.
            guidance Maintain records of the review and resulting actions.
          clause 7.2.3 | Communication
            requirement DOCUMENT | ACTIVITY_NOT_PERFORMED | Plan and document how customers are told about products, orders and amendments, feedback and complaints and advisory notices; communicate with regulators as required.
            guidance Documented arrangements for customer communication.
        clause 7.3 | Design and development
          clause 7.3.1 | General
            requirement PROCEDURE | PERMITTED_BY_REGULATION | Write down, and work to, procedures that govern all design and development work.
            guidance Documented procedures for design and development.
          clause 7.3.2 | Design and development planning
            requirement DOCUMENT | PERMITTED_BY_REGULATION | Plan and control design work and keep plans current, documenting stages, reviews, verification, validation and transfer, responsibilities, input-output traceability and resources.
            guidance Maintain and update design and development planning documents.
          clause 7.3.3 | Design and development inputs
            requirement RECORD | PERMITTED_BY_REGULATION | Fix and record design inputs (function, performance, usability, safety, regulations, standards, risk outputs, prior designs); review and approve them as complete, clear and consistent.
            guidance Maintain records of design and development inputs.
          clause 7.3.4 | Design and development outputs
            requirement RECORD | PERMITTED_BY_REGULATION | Produce design outputs that meet inputs, support purchasing, production and servicing and give acceptance criteria and safety-essential traits; approve before release and keep records.
            guidance Maintain records of design and development outputs.
          clause 7.3.5 | Design and development review
            requirement RECORD | PERMITTED_BY_REGULATION | Hold planned, systematic design reviews at suitable stages with the functions concerned and specialists, recording the design, participants, date, results and actions.
            guidance Maintain records of reviews and necessary actions.
          clause 7.3.6 | Design and development verification
            requirement DOCUMENT,RECORD | PERMITTED_BY_REGULATION | Verify that design outputs meet inputs under documented plans with methods, criteria and sample-size rationale, including when connected to other devices; keep records.
            guidance Documented verification plans; maintain records of results, conclusions and actions.
          clause 7.3.7 | Design and development validation
            requirement DOCUMENT,RECORD | PERMITTED_BY_REGULATION | Validate the design on representative product under documented plans, with clinical or performance evaluation where regulations demand, before release; keep records.
            guidance Documented validation plans; maintain records of results, conclusions and actions.
          clause 7.3.8 | Design and development transfer
            requirement PROCEDURE,RECORD | PERMITTED_BY_REGULATION | Have procedures to move design outputs into manufacturing, confirming they suit production and that production can meet requirements; record the results.
            guidance Documented transfer procedures; record results and conclusions of the transfer.
          clause 7.3.9 | Control of design and development changes
            requirement PROCEDURE,RECORD | PERMITTED_BY_REGULATION | Control design changes by procedure: judge significance, review, verify, validate and approve before use, assess effects on product and risk management, and keep records.
            guidance Documented change control procedures; maintain records of changes, reviews and actions.
          clause 7.3.10 | Design and development files
            requirement DOCUMENT | PERMITTED_BY_REGULATION | Keep a design and development file for each device type or family, holding or referencing the records that show design requirements and design changes were handled.
            guidance Maintain a design and development file per device type or family.
        clause 7.4 | Purchasing
          clause 7.4.1 | Purchasing process
            requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Have procedures so purchased product conforms; set risk-based criteria to evaluate, select, monitor and re-evaluate suppliers, act on shortfalls and keep records.
            guidance Documented purchasing procedures; maintain records of supplier evaluation, selection, monitoring and re-evaluation.
          clause 7.4.2 | Purchasing information
            requirement DOCUMENT,RECORD | ACTIVITY_NOT_PERFORMED | Give suppliers adequate purchasing information (specifications, acceptance, staff qualification, QMS needs), agree in writing that they report changes, and keep purchasing records.
            guidance Maintain purchasing information as documents and records to the extent traceability requires.
          clause 7.4.3 | Verification of purchased product
            requirement RECORD | ACTIVITY_NOT_PERFORMED | Check purchased product by inspection or other means scaled to supplier results and risk, assess supplier changes, state any checks at the supplier's site, and keep records.
            guidance Maintain records of verification.
        clause 7.5 | Production and service provision
          clause 7.5.1 | Control of production and service provision
            requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Plan, run and control production and servicing with procedures, qualified infrastructure, monitoring, labelling and packaging controls; keep an approved record per device or batch.
            guidance Documented production procedures and methods as appropriate; maintain a verified, approved record for each device or batch.
          clause 7.5.2 | Cleanliness of product
            requirement DOCUMENT | ACTIVITY_NOT_PERFORMED | Document cleanliness or contamination-control requirements for product wherever cleaning, sterility or the removal of process agents makes cleanliness matter.
            guidance Documented cleanliness requirements.
          clause 7.5.3 | Installation activities
            requirement DOCUMENT,RECORD | ACTIVITY_NOT_PERFORMED | Document installation requirements and acceptance criteria for checking installation, including for outside installers, and keep installation records.
            guidance Documented installation requirements; maintain records of installation and its verification.
          clause 7.5.4 | Servicing activities
            requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Where servicing is required, document servicing procedures and references, keep servicing records and analyse them for complaints and improvement input.
            guidance Documented servicing procedures; maintain records of servicing.
          clause 7.5.5 | Sterile medical devices
            requirement RECORD | ACTIVITY_NOT_PERFORMED | For each sterilization load, keep a record of the process settings actually used and link it to the device production batches in the load.
            guidance Maintain sterilization batch records.
          clause 7.5.6 | Process validation
            requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Validate processes whose output is not verified afterwards, by procedures on approval, qualification, methods, statistics, revalidation and changes, production software included; keep records.
            guidance Documented validation procedures; maintain records of results, conclusions and actions.
          clause 7.5.7 | Sterilization and sterile barrier validation
            requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Have procedures to validate sterilization processes and sterile barrier systems before use and after relevant changes, and keep the validation records.
            guidance Documented validation procedures; maintain records of results and conclusions.
          clause 7.5.8 | Identification
            requirement PROCEDURE | ACTIVITY_NOT_PERFORMED | Have procedures to identify product throughout realization, show its inspection status, apply unique device identification where required, and set returned devices apart.
            guidance Documented identification procedures, and a documented UDI system where regulations require one.
          clause 7.5.9 | Traceability
            clause 7.5.9.1 | General
              requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Set out in procedures how far each product can be traced, as regulations require, and which records make that tracing possible.
              guidance Documented traceability procedures; maintain the records they call for.
            clause 7.5.9.2 | Implantable medical devices
              requirement RECORD | ACTIVITY_NOT_PERFORMED | For implantable devices, include component, material and environment records in traceability, make distributors keep distribution records, and record shipment consignees.
              guidance Maintain traceability and consignee records; distributors maintain distribution records.
          clause 7.5.10 | Customer property
            requirement - | ACTIVITY_NOT_PERFORMED | Take care of customer property in the organisation's hands: mark it, check it, protect it, and tell the customer if it is lost, damaged or unusable.
            guidance Maintain records when customer property is lost, damaged or found unsuitable.
          clause 7.5.11 | Preservation of product
            requirement PROCEDURE | ACTIVITY_NOT_PERFORMED | Have procedures to keep product and its parts conforming through processing, storage, handling and distribution, with suitable packaging and controlled special conditions.
            guidance Documented preservation procedures; special storage conditions are also recorded.
        clause 7.6 | Control of monitoring and measuring equipment
          requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Decide measurements and equipment, follow procedures, calibrate against traceable standards, protect equipment, act on past results when it fails and validate software; keep records.
          guidance Documented procedures for monitoring, measurement and software validation; maintain calibration, verification and validation records.
      clause 8 | Measurement, analysis and improvement
        clause 8.1 | General
          requirement - | NOT_PERMITTED | Plan and run monitoring, measurement, analysis and improvement to show product conforms and keep the QMS conforming and effective, choosing methods including statistics.
        clause 8.2 | Monitoring and measurement
          clause 8.2.1 | Feedback
            requirement PROCEDURE | NOT_PERMITTED | Gather and monitor whether customer requirements were met, under a documented feedback procedure using production and post-production data, and feed risk management with it.
            guidance Documented feedback procedure; methods for obtaining and using the information are documented.
          clause 8.2.2 | Complaint handling
            requirement PROCEDURE,RECORD | NOT_PERMITTED | Handle complaints promptly by procedure: receive, record, evaluate, investigate, decide on reporting, deal with product, start corrections; justify non-investigation and keep records.
            guidance Documented complaint-handling procedures; maintain complaint-handling records.
          clause 8.2.3 | Reporting to regulatory authorities
            requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Where regulations require, have procedures to notify regulators of reportable complaints and advisory notices, and keep records of the reports.
            guidance Documented notification procedures; maintain records of reporting.
          clause 8.2.4 | Internal audit
            requirement PROCEDURE,RECORD | NOT_PERMITTED | Audit the QMS at planned intervals against plans, the standard and regulations under a procedure, with impartial auditors, recorded results and timely follow-up of actions.
            guidance Documented audit procedure; maintain records of audits and their results.
          clause 8.2.5 | Monitoring and measurement of processes
            requirement - | NOT_PERMITTED | Use suitable checks, with measurement where sensible, to show each QMS process delivers what was planned, and fix processes that fall short.
          clause 8.2.6 | Monitoring and measurement of product
            requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Check product characteristics at planned stages by procedure, keep conformity evidence, record who released product and test equipment used, and release only after checks pass.
            guidance Documented arrangements and procedures; maintain evidence of conformity and record the releasing person (and inspectors for implantables).
        clause 8.3 | Control of nonconforming product
          clause 8.3.1 | General
            requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Have a procedure to identify, document, segregate, evaluate and dispose of nonconforming product, consider investigation and telling outside parties, and keep records with rationale.
            guidance Documented procedure; maintain records of nonconformities and actions, including rationale for decisions.
          clause 8.3.2 | Nonconforming product before delivery
            requirement - | ACTIVITY_NOT_PERFORMED | Before delivery, deal with nonconforming product by fixing it, preventing its use, or accepting it by a justified, approved concession allowed by regulations.
            guidance Maintain records of concessions and of the person who authorised them.
          clause 8.3.3 | Nonconforming product after delivery
            requirement PROCEDURE | ACTIVITY_NOT_PERFORMED | When nonconformity appears after delivery or use, act according to its effects, and keep procedures ready to issue advisory notices at any time.
            guidance Documented advisory-notice procedures; maintain records of actions taken on advisory notices.
          clause 8.3.4 | Rework
            requirement PROCEDURE,RECORD | ACTIVITY_NOT_PERFORMED | Rework only under approved procedures that weigh adverse effects, re-verify reworked product against acceptance criteria and regulations, and keep rework records.
            guidance Documented rework procedures; maintain records of rework.
        clause 8.4 | Analysis of data
          requirement PROCEDURE,RECORD | NOT_PERMITTED | Collect and analyse data by procedure, covering feedback, product conformity, trends, suppliers, audits and service reports, to judge QMS effectiveness; keep records.
          guidance Documented procedures for data analysis; maintain records of results.
        clause 8.5 | Improvement
          clause 8.5.1 | General
            requirement - | NOT_PERMITTED | Find and make the changes needed to keep the QMS suitable and effective and devices safe and performing, using policy, objectives, audits, surveillance, data, actions and reviews.
          clause 8.5.2 | Corrective action
            requirement PROCEDURE,RECORD | NOT_PERMITTED | Remove causes of nonconformities promptly and in proportion, by a procedure covering review, cause analysis, action, checks for adverse effects and effectiveness; keep records.
            guidance Documented corrective action procedure; maintain records of investigations and actions.
          clause 8.5.3 | Preventive action
            requirement PROCEDURE,RECORD | NOT_PERMITTED | Find and remove causes of potential nonconformities by a procedure covering evaluation, action, checks for adverse effects and effectiveness; keep records.
            guidance Documented preventive action procedure; maintain records of investigations and actions.
      """;
}
