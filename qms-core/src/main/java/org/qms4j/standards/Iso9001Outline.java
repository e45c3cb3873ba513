package org.qms4j.standards;

/**
 * The outline of ISO 9001:2015 with Amendment 1:2024: clause numbers, our own short titles and
 * one-line summaries, in the line format read by {@code org.qms4j.standards.Outline}.
 *
 * <p>Every clause and sub-clause of clauses 4 to 10, checked against public copies of the table of
 * contents (see the {@code source} header line); sub-clauses without a heading in the standard
 * carry our own titles. Summaries are our own words; no ISO text is reproduced.
 */
final class Iso9001Outline {
  private Iso9001Outline() {}

  static final String TEXT =
      """
      catalog iso-9001:2015 | Quality management systems: requirements | 2015+A1:2024 | ISO | DOTTED
      source Numbering and headings checked against the ISO 9001:2015 contents page as reproduced at docslib.org/doc/5658398 and pdfcoffee.com/iso-9001-2015-standard-5-pdf-free.html, clause guides at enable-iso.com, davidbarker.consulting and simpleque.com, the ISO 9001 column of ISO 13485:2016 Annex B, and A1:2024 notes at info.degrandson.com and pqal.co.uk.
      note Clauses 4 to 10 in full (clauses 1 to 3 and the annexes state no requirements); sub-clauses without a heading in the standard carry our own titles; A1:2024 climate wording is reflected in 4.1 and 4.2; titles and summaries are our own words.
      review-clause 9.3
      review-input previous-review-actions | Progress on actions decided at earlier management reviews (9.3.2 a).
      review-input context-changes | Changes in internal and external issues that bear on the QMS (9.3.2 b).
      review-input customer-satisfaction | Customer satisfaction and feedback from relevant interested parties, with trends (9.3.2 c 1).
      review-input quality-objectives | How far the quality objectives have been reached (9.3.2 c 2).
      review-input process-performance | Process performance and conformity of products and services (9.3.2 c 3).
      review-input nonconformities-corrective-actions | Nonconformities and corrective actions (9.3.2 c 4).
      review-input monitoring-results | Results of monitoring and measurement (9.3.2 c 5).
      review-input audit-results | Results of audits (9.3.2 c 6).
      review-input external-provider-performance | How external providers performed (9.3.2 c 7).
      review-input resource-adequacy | Whether resources are adequate (9.3.2 d).
      review-input risk-action-effectiveness | How well actions on risks and opportunities worked (9.3.2 e).
      review-input improvement-opportunities | Opportunities for improvement (9.3.2 f).
      clause 4 | Context of the organization
        clause 4.1 | Understanding the organization and its context
          requirement - | NOT_PERMITTED | Determine the internal and external issues, including whether climate change is one (A1:2024), that bear on the QMS and its intended results, and keep them under review.
        clause 4.2 | Needs and expectations of interested parties
          requirement - | NOT_PERMITTED | Identify the interested parties relevant to the QMS and their relevant requirements (A1:2024 notes these can concern climate change), and keep both under review.
        clause 4.3 | Scope of the quality management system
          requirement DOCUMENT | NOT_PERMITTED | Fix the boundaries of the QMS from its context, interested parties and offerings; document the scope, its products and services and why any requirement does not apply.
          guidance Maintain documented information: the scope statement with the justification for any requirement declared not applicable.
        clause 4.4 | Quality management system and its processes
          clause 4.4.1 | Establishing the QMS processes
            requirement - | NOT_PERMITTED | Set up, run, maintain and improve the QMS as linked processes, each with defined inputs, outputs, order, criteria, resources, owners, risks and evaluation.
          clause 4.4.2 | Documentation of processes
            requirement DOCUMENT,RECORD | NOT_PERMITTED | Hold whatever documentation the processes need to operate, plus records that give confidence they operate as intended.
            guidance Maintain documented information to support process operation; retain documented information as records of processes carried out as planned.
      clause 5 | Leadership
        clause 5.1 | Leadership and commitment
          clause 5.1.1 | General
            requirement - | NOT_PERMITTED | Top management answers for the QMS and shows it by setting direction, building the QMS into the business, providing resources and backing people and improvement.
          clause 5.1.2 | Customer focus
            requirement - | NOT_PERMITTED | Top management makes sure customer and legal requirements are known and met, risks to conformity and satisfaction are handled, and customer satisfaction stays a priority.
        clause 5.2 | Policy
          clause 5.2.1 | Establishing the quality policy
            requirement - | NOT_PERMITTED | Top management sets a quality policy that fits the purpose and strategy, frames objectives and commits to meeting requirements and to continual improvement.
          clause 5.2.2 | Communicating the quality policy
            requirement DOCUMENT | NOT_PERMITTED | Hold the quality policy as a maintained document, get staff to understand and use it, and share it with relevant interested parties when sensible.
            guidance Maintain documented information: the quality policy.
        clause 5.3 | Roles, responsibilities and authorities
          requirement - | NOT_PERMITTED | Top management assigns and communicates who is responsible for QMS conformity, process results, performance reporting, customer focus and keeping the QMS intact during change.
      clause 6 | Planning
        clause 6.1 | Actions to address risks and opportunities
          clause 6.1.1 | Determining risks and opportunities
            requirement - | NOT_PERMITTED | When planning the QMS, use the context and interested-party requirements to find the risks and opportunities that must be addressed to reach results and improve.
          clause 6.1.2 | Planning and evaluating actions
            requirement - | NOT_PERMITTED | Plan proportionate actions on those risks and opportunities, build them into QMS processes and check whether they worked.
        clause 6.2 | Quality objectives and planning to achieve them
          clause 6.2.1 | Setting quality objectives
            requirement DOCUMENT | NOT_PERMITTED | Set measurable quality objectives for relevant functions, levels and processes in line with the policy; monitor, communicate and update them and keep them documented.
            guidance Maintain documented information on the quality objectives.
          clause 6.2.2 | Planning to achieve objectives
            requirement - | NOT_PERMITTED | For each objective, plan the work, the resources, who is responsible, the deadline and how results will be judged.
        clause 6.3 | Planning of changes
          requirement - | NOT_PERMITTED | Change the QMS in a planned way, weighing purpose and consequences, QMS integrity, available resources and who is responsible.
      clause 7 | Support
        clause 7.1 | Resources
          clause 7.1.1 | General
            requirement - | NOT_PERMITTED | Work out and provide the resources the QMS needs, considering what internal resources can do and what must come from external providers.
          clause 7.1.2 | People
            requirement - | NOT_PERMITTED | Staff the QMS and its processes with enough people to run and control them effectively.
          clause 7.1.3 | Infrastructure
            requirement - | NOT_PERMITTED | Determine, provide and maintain the buildings, equipment, software, transport and IT that the processes and conforming output depend on.
          clause 7.1.4 | Environment for the operation of processes
            requirement - | NOT_PERMITTED | Determine, provide and maintain a suitable physical and human working environment for running processes and achieving conforming output.
          clause 7.1.5 | Monitoring and measuring resources
            clause 7.1.5.1 | General
              requirement RECORD | NO_EFFECT_ON_CONFORMITY | Where checks verify conformity, provide measuring resources that give valid, reliable results, suit the task and stay fit for purpose; keep evidence of that fitness.
              guidance Retain documented information as evidence that monitoring and measuring resources are fit for purpose.
            clause 7.1.5.2 | Measurement traceability
              requirement - | NO_EFFECT_ON_CONFORMITY | Where traceable measurement is required or essential, calibrate or verify equipment against traceable standards, show its status, protect it and act on earlier results if it fails.
              guidance Retain documented information only for the calibration or verification basis used where no traceable standard exists.
          clause 7.1.6 | Organizational knowledge
            requirement - | NOT_PERMITTED | Work out the knowledge needed to run processes and achieve conformity, keep it available, and plan how to gain new knowledge as needs change.
        clause 7.2 | Competence
          requirement TRAINING_RECORD | NOT_PERMITTED | Define the competence needed for work affecting QMS performance, make sure people have it, close gaps, check those actions worked and keep evidence.
          guidance Retain documented information as evidence of competence; qms4j expects it as training records (kind TRAINING_RECORD).
        clause 7.3 | Awareness
          requirement - | NOT_PERMITTED | Make sure people working under the organisation's control know the policy, their relevant objectives, their contribution and the consequences of not conforming.
        clause 7.4 | Communication
          requirement - | NOT_PERMITTED | Decide what to communicate internally and externally about the QMS, when, to whom, how and by whom.
        clause 7.5 | Documented information
          clause 7.5.1 | General
            requirement DOCUMENT | NOT_PERMITTED | Make the QMS documentation cover everything this standard calls for plus anything else the organisation judges it needs for the system to work.
            guidance Covers all documented information, maintained or retained; its extent is the organisation's choice beyond what the standard names.
          clause 7.5.2 | Creating and updating
            requirement - | NOT_PERMITTED | When creating or updating documented information, identify it suitably, choose a fit format and medium, and review and approve it.
          clause 7.5.3 | Control of documented information
            clause 7.5.3.1 | Availability and protection
              requirement - | NOT_PERMITTED | Make sure documented information can be found and used when and where needed, and is safe from leaks, misuse and corruption.
            clause 7.5.3.2 | Handling and retention
              requirement - | NOT_PERMITTED | Manage distribution, access, storage, legibility, versions, retention and disposal of documented information, including external documents, and protect records from unintended change.
      clause 8 | Operation
        clause 8.1 | Operational planning and control
          requirement DOCUMENT,RECORD | NOT_PERMITTED | Plan, run and control the processes that deliver products and services: requirements, acceptance criteria, resources, controls, documentation, changes and outsourced processes.
          guidance Determine, maintain and retain documented information as far as needed for confidence in the processes and to show conformity of outputs.
        clause 8.2 | Requirements for products and services
          clause 8.2.1 | Customer communication
            requirement - | NOT_PERMITTED | Communicate with customers about offerings, enquiries, contracts and orders, feedback and complaints, handling of their property and contingency arrangements.
          clause 8.2.2 | Determining requirements
            requirement - | NOT_PERMITTED | When deciding what to offer, define the requirements of the products and services, legal ones included, and make sure any claims made can be met.
          clause 8.2.3 | Review of requirements
            clause 8.2.3.1 | Conducting the review
              requirement - | NOT_PERMITTED | Before committing to supply, confirm the organisation can meet stated, implied, internal and legal requirements, resolve differences and confirm unwritten customer requirements.
            clause 8.2.3.2 | Records of the review
              requirement RECORD | NOT_PERMITTED | Record what each review concluded and any requirements it added.
              guidance Retain documented information on review results and new requirements.
          clause 8.2.4 | Changes to requirements
            requirement - | NOT_PERMITTED | When requirements change, update the affected documentation and make sure the people concerned know.
        clause 8.3 | Design and development
          clause 8.3.1 | General
            requirement - | NO_EFFECT_ON_CONFORMITY | Operate a design and development process that turns out designs the organisation can go on to produce and deliver.
          clause 8.3.2 | Design and development planning
            requirement - | NO_EFFECT_ON_CONFORMITY | Plan design stages and controls, considering complexity, reviews, verification and validation, responsibilities, resources, interfaces, user involvement and the evidence needed.
          clause 8.3.3 | Design and development inputs
            requirement RECORD | NO_EFFECT_ON_CONFORMITY | Fix the essential inputs for each design (function, performance, past designs, legal and standard requirements, effects of failure); resolve conflicts and keep records.
            guidance Retain documented information on design and development inputs.
          clause 8.3.4 | Design and development controls
            requirement RECORD | NO_EFFECT_ON_CONFORMITY | Control design work: define expected results, hold reviews, verify outputs against inputs, validate fitness for intended use, act on problems and keep records.
            guidance Retain documented information on these control activities.
          clause 8.3.5 | Design and development outputs
            requirement RECORD | NO_EFFECT_ON_CONFORMITY | Make sure design outputs meet inputs, suit later production or delivery, state or point to checks and acceptance criteria and essential characteristics; keep records.
            guidance Retain documented information on design and development outputs.
          clause 8.3.6 | Design and development changes
            requirement RECORD | NO_EFFECT_ON_CONFORMITY | Identify, review and control design changes during and after development so conformity is not harmed; keep records of changes, reviews, approvals and safeguards.
            guidance Retain documented information on changes, review results, authorisation and actions against adverse effects.
        clause 8.4 | Control of external provision
          clause 8.4.1 | General
            requirement RECORD | NO_EFFECT_ON_CONFORMITY | Make sure what external providers supply conforms; set and apply criteria to evaluate, select, monitor and re-evaluate providers, and keep records.
            guidance Retain documented information on provider evaluation, selection, monitoring and re-evaluation and resulting actions.
          clause 8.4.2 | Type and extent of control
            requirement - | NO_EFFECT_ON_CONFORMITY | Keep outsourced processes inside QMS control, set controls on providers and their outputs according to impact, and verify that supplies meet requirements.
          clause 8.4.3 | Information for external providers
            requirement - | NO_EFFECT_ON_CONFORMITY | Tell providers, once checked as adequate, what is needed: the supply, approvals, competence, interfaces, performance monitoring and any checks at their site.
        clause 8.5 | Production and service provision
          clause 8.5.1 | Control of production and service provision
            requirement DOCUMENT | NOT_PERMITTED | Produce and deliver under controlled conditions: specifications, measuring resources, staged checks, infrastructure, competent staff, validated processes, error-proofing and release.
            guidance Documented information defining product and service characteristics and results to be achieved must be available (maintained).
          clause 8.5.2 | Identification and traceability
            requirement - | NO_EFFECT_ON_CONFORMITY | Identify outputs and their inspection status where needed, and where traceability is required control unique identification.
            guidance Retain documented information needed for traceability only where traceability is a requirement.
          clause 8.5.3 | Property of customers or external providers
            requirement - | NO_EFFECT_ON_CONFORMITY | Take care of property owned by customers or providers while held or used: mark it, check it, protect it, and report any loss, damage or unsuitability to the owner.
            guidance Retain documented information on what occurred when such property is lost, damaged or found unsuitable.
          clause 8.5.4 | Preservation
            requirement - | NO_EFFECT_ON_CONFORMITY | Keep outputs safe from damage, loss or deterioration while they are being produced or delivered, so that they stay conforming.
          clause 8.5.5 | Post-delivery activities
            requirement - | NO_EFFECT_ON_CONFORMITY | Meet post-delivery requirements, setting their extent from legal requirements, risks, product nature, use and lifetime, customer needs and feedback.
          clause 8.5.6 | Control of changes
            requirement RECORD | NOT_PERMITTED | Review and control changes to production or service provision to keep conformity; record the outcome, who authorised the change and follow-up actions.
            guidance Retain documented information on the review of changes, the authorising person and resulting actions.
        clause 8.6 | Release of products and services
          requirement RECORD | NOT_PERMITTED | Verify at planned stages that requirements are met before release unless properly approved otherwise; keep proof of conformity and of who authorised release.
          guidance Retain documented information on release: conformity with acceptance criteria and traceability to the authorising person.
        clause 8.7 | Control of nonconforming outputs
          clause 8.7.1 | Handling nonconforming outputs
            requirement - | NOT_PERMITTED | Identify and control nonconforming outputs to stop unintended use or delivery, act according to their effect, also after delivery, and re-verify after correction.
          clause 8.7.2 | Records of nonconforming outputs
            requirement RECORD | NOT_PERMITTED | Keep records describing each nonconformity, the actions taken, any concessions and who decided the action.
            guidance Retain documented information on each nonconformity and its handling.
      clause 9 | Performance evaluation
        clause 9.1 | Monitoring, measurement, analysis and evaluation
          clause 9.1.1 | General
            requirement RECORD | NOT_PERMITTED | Decide what to monitor and measure, how and when, and when to analyse the results; evaluate QMS performance and effectiveness and keep evidence.
            guidance Retain documented information as evidence of the results.
          clause 9.1.2 | Customer satisfaction
            requirement - | NOT_PERMITTED | Track how customers see the fulfilment of their needs and expectations, and decide how that information is gathered, monitored and reviewed.
          clause 9.1.3 | Analysis and evaluation
            requirement - | NOT_PERMITTED | Analyse monitoring data to judge conformity, customer satisfaction, QMS performance, planning, risk actions, external providers and the need to improve.
        clause 9.2 | Internal audit
          clause 9.2.1 | Audit purpose and intervals
            requirement - | NOT_PERMITTED | Run internal audits on a schedule to learn whether the QMS matches the organisation's own rules and this standard, and whether it works in practice.
          clause 9.2.2 | Audit programme
            requirement RECORD | NOT_PERMITTED | Plan and run an audit programme, set criteria and scope, use objective auditors, report results, correct findings promptly and keep records.
            guidance Retain documented information on programme implementation and audit results.
        clause 9.3 | Management review
          clause 9.3.1 | General
            requirement - | NOT_PERMITTED | Top management looks at the QMS on a set schedule to judge whether it still fits, is sufficient, works, and supports the organisation's strategy.
          clause 9.3.2 | Management review inputs
            requirement - | NOT_PERMITTED | Plan and hold the review using the listed inputs: earlier actions, context changes, performance information, resources, risk actions and improvement ideas.
          clause 9.3.3 | Management review outputs
            requirement RECORD | NOT_PERMITTED | Reach decisions and actions on improvement opportunities, QMS changes and resource needs, and keep records of the review results.
            guidance Retain documented information as evidence of management review results.
      clause 10 | Improvement
        clause 10.1 | General
          requirement - | NOT_PERMITTED | Find and choose chances to improve and act on them so customer requirements are met and satisfaction grows.
        clause 10.2 | Nonconformity and corrective action
          clause 10.2.1 | Responding to nonconformity
            requirement - | NOT_PERMITTED | On a nonconformity or complaint, contain and correct it, handle consequences, find causes, act against recurrence, check the effect and update risks or the QMS as needed.
          clause 10.2.2 | Records of nonconformity
            requirement RECORD | NOT_PERMITTED | Record each nonconformity, what was done about it and how the corrective action turned out.
            guidance Retain documented information on nonconformities, actions and corrective action results.
        clause 10.3 | Continual improvement
          requirement - | NOT_PERMITTED | Make the QMS steadily better, using what data analysis and management reviews reveal about where it falls short or could gain.
      """;
}
