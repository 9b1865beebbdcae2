"""Layout of processes/**/ehe-check.bpmn: python3 .ci/diagrams/layouts/ehe-check.py <the .bpmn file>"""
import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from layout import Layout
L = Layout(sys.argv[1])
X = {0:180, 1:290, 2:410, 3:530, 4:650, 5:760, 6:870, 7:1010, 8:1185, 9:1335}
for k, v in {10:1400, 11:1510, 12:1630, 13:1770, 14:1890, 15:2010, 16:2150, 17:2270, 18:2380, 19:2500, 20:2620, 21:2730, 22:2850, 23:2970}.items(): X[k] = v + 60
Y0 = 400
def Y(r): return Y0 + 120 * r
def P(i, c, r, **kw):
    L.place(i, X[c] if c in X else c, Y(r), **kw)
def E(i, c, r, where='below', **kw):
    P(i, c, r); L.slabel(i, where, **kw)
R = L.route
E('Event_EheNotificationReceived', 0, 0)
P('Task_RecordEheNotification', 1, 0)
E('Gateway_SpecialSchool', 2, 0)
P('Task_DecideLaConsent', 3, -1)
E('Gateway_LaConsent', 4, -1)
P('Task_KeepPupilOnRoll', 780, -2); E('Event_ConsentRefused', 910, -2)
P('Gateway_AfterConsent', 5, 0)
E('Gateway_Plan', 6, 0, 'above')
P('Task_AskFamilyForProposal', 7, 1, w=160, h=90); P('Task_ConsultEducation', 8, 1); P('Task_AssessRiskAtPlanMeeting', 9, 1, w=140, h=100)
E('Gateway_SafeguardingRisk', 10, 1, 'above')
P('Gateway_AfterPlan', 11, 0)
P('Task_DecideContactMode', 12, 0); P('Task_RecordContactMode', 13, 0)
P('Gateway_Contact', 14, 0)
P('Task_ContactFamily', 15, 0); P('Task_RecordContactOutcome', 16, 0)
E('Gateway_ContactOutcome', 17, 0, 'aboveleft', dy=-15)
E('Event_ReviewDate', 18, -1); P('Task_ReviewHomeEducation', 19, -1)
E('Gateway_StillHomeEducated', 20, -1); E('Event_NoLongerHomeEducated', 21, -1)
E('Gateway_AttemptsLeft', 18, 1, 'above'); P('Task_ReferCme', 2600, 1); E('Event_ReferredCme', 2730, 1)
P('Gateway_SaoHandOver', 21, 0); P('Task_StartSao', 22, 0); E('Event_HandedToSao', 23, 0)
ids = ('Event_SafeguardingConcernRaised', 'Task_RaiseSafeguardingReferral', 'Event_SafeguardingReferralStarted')
L.place(ids[0], 220, Y(1.6)); L.slabel(ids[0], 'below')
L.place(ids[1], 340, Y(1.6)); L.place(ids[2], 470, Y(1.6)); L.slabel(ids[2], 'below')
L.box_around('SubProcess_SafeguardingConcern', ids, pad=(40, 60, 40, 20))
for f in ('Flow_ToRaiseSafeguarding', 'Flow_ToSafeguardingStarted', 'Flow_ToRecordNotification', 'Flow_ToSpecialSchool',
          'Flow_ToLaConsent', 'Flow_ToConsentRefused', 'Flow_ToPlan', 'Flow_ToConsultEducation', 'Flow_ToAssessRisk',
          'Flow_ToSafeguardingRisk', 'Flow_ToDecideContactMode', 'Flow_ToRecordContactMode', 'Flow_ToContact',
          'Flow_ToContactFamily', 'Flow_ToRecordContactOutcome', 'Flow_ToContactOutcome', 'Flow_ToReviewHomeEducation',
          'Flow_ToStillHomeEducated', 'Flow_ToStartSao', 'Flow_ToHandedToSao', 'Flow_ToReferredCme'):
    R(f)
R('Flow_SpecialSchool', out='T', label=(0, 'right'))
R('Flow_NotSpecialSchool', label=(0, 'above'))
R('Flow_ConsentRefused', out='T', label=(1, 'above'))
R('Flow_ConsentGiven', out='R', via=[('x', X[5])], inn='T', label=(0, 'above'))
R('Flow_HasPlan', out='B', label=(0, 'right'))
R('Flow_NoPlan', label=(0, 'above'))
R('Flow_ContinueEhe', out='R', via=[('x', X[11])], inn='B', label=(0, 'above'))
R('Flow_GreaterRisk', out='B', via=[('y', Y(2) + 60), ('x', X[21])], inn='B', label=(1, 'above'))
R('Flow_Suitable', out='T', label=(1, 'above'))
R('Flow_Unsuitable', label=(0, 'above'))
R('Flow_NoResponse', out='B', label=(0, 'right'))
R('Flow_NoLongerHomeEducated', label=(0, 'above'))
R('Flow_JudgeAgain', out='T', via=[('y', Y(-2))], inn='T', label=(1, 'above'))
R('Flow_NoAttemptsLeft', label=(0, 'below'), maxw=70)
R('Flow_TryAgain', out='B', via=[('y', Y(2))], inn='B', label=(1, 'above'))
L.write('ehe-check')
L.save()
