"""Layout of processes/**/off-roll-notification.bpmn: python3 .ci/diagrams/layouts/off-roll-notification.py <the .bpmn file>"""
import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from layout import Layout
L = Layout(sys.argv[1])
X = {0:180, 1:290, 2:590, 3:730, 4:860}
ASK = 440  # issue 13: "Ask for the off-rolling check", between recording and routing
for k in range(5, 15): X[k] = 1110 + (k - 5) * 140
Y0 = 620
def Y(r): return Y0 + 130 * r
def P(i, c, r, **kw):
    L.place(i, X[c] if isinstance(c, int) else c, Y(r), **kw)
def E(i, c, r, where='below'):
    P(i, c, r); L.slabel(i, where)
R = L.route
E('Event_NotificationReceived', 0, 0)
P('Task_RecordNotification', 1, 0); L.place('Task_AskOffRollingCheck', ASK, Y(0)); P('Task_RouteNotification', 2, 0); P('Task_RecordRoute', 3, 0)
P('Gateway_Route', 4, 0); L.slabel('Gateway_Route', 'aboveleft', dy=-15)
# upper rows
P('Task_RecordLogged', 5, -4); E('Event_Logged', 6, -4)
P('Task_RecordSaoChange', 5, -3, h=100); E('Event_SaoRecordUpdated', 6, -3)
P('Task_FlagChildOfInterest', 5, -2); P('Task_EscalateChildOfInterest', 6, -2); E('Event_ChildOfInterest', 7, -2)
P('Task_StartEheCheck', 5, -1); P('Task_RecordEheCheck', 6, -1, h=100); E('Event_EheCheckStarted', 7, -1)
P('Task_StartEmigration', 5, 0); P('Task_RecordEmigration', 6, 0, h=100); E('Event_EmigrationStarted', 7, 0)
# lower rows
P('Task_JointDecision', 5, 1); P('Gateway_JointDecision', 6, 1); L.slabel('Gateway_JointDecision', 'aboveleft', dx=5)
P('Task_RecordRefusal', 7, 1); P('Task_TellSchoolRefused', 8, 1); E('Event_KeepOnRoll', 9, 1)
P('Task_ConfirmNewSchoolRoll', 5, 2)
L.attach('Event_NotConfirmedInTime', 'Task_ConfirmNewSchoolRoll', 'B', 0.5)
L.slabel('Event_NotConfirmedInTime', 'belowleft', dx=-8)
P('Gateway_OnRollAtNewSchool', 6, 2); L.slabel('Gateway_OnRollAtNewSchool', 'above')
P('Task_RecordOnRoll', 7, 2); E('Event_OnRollConfirmed', 8, 2, 'right')
P('Gateway_Refer', 10, 3)
P('Task_StartCmeReferral', 11, 3); P('Task_RecordReferral', 12, 3); E('Event_Referred', 13, 3)
P('Gateway_LostPupilSplit', 5, 4)
P('Task_SendLostPupilCtf', 6, 5)
L.attach('Event_CtfOverdue', 'Task_SendLostPupilCtf', 'B', 0.5)
L.slabel('Event_CtfOverdue', 'belowleft', dx=-8)
P('Task_RecordLostPupil', 7, 5); E('Event_CtfSent', 8, 5)
P('Task_ChaseLostPupilCtf', 7, 6); E('Event_CtfChased', 8, 6)
# issue 10: ground (a), (d), (e) while a School Attendance Order names the school
P('Task_RecordSaoKeepsPupil', 5, 7, h=100); P('Task_TellSchoolSaoKeepsPupil', 6, 7, h=100); E('Event_SaoKeepsPupil', 7, 7)
# event subprocess
ids = ('Event_SafeguardingConcernRaised', 'Task_RaiseSafeguardingReferral', 'Event_SafeguardingReferralStarted')
L.place(ids[0], 220, Y(3)); L.slabel(ids[0], 'below')
L.place(ids[1], 340, Y(3)); L.place(ids[2], 470, Y(3)); L.slabel(ids[2], 'below')
L.box_around('SubProcess_SafeguardingConcern', ids, pad=(40, 60, 40, 20))
R('Flow_ToRaiseSafeguarding'); R('Flow_ToSafeguardingStarted')

for f in ('Flow_ToRecordNotification', 'Flow_ToAskOffRollingCheck', 'Flow_ToRouteNotification', 'Flow_ToRecordRoute', 'Flow_ToRoute',
          'Flow_ToLogged', 'Flow_ToSaoRecordUpdated', 'Flow_ToEscalateChildOfInterest', 'Flow_ToChildOfInterest',
          'Flow_ToRecordEheCheck', 'Flow_ToEheCheckStarted', 'Flow_ToRecordEmigration', 'Flow_ToEmigrationStarted',
          'Flow_ToJointDecision', 'Flow_ToTellSchoolRefused', 'Flow_ToKeepOnRoll', 'Flow_ToOnRollAtNewSchool',
          'Flow_ToOnRollConfirmed', 'Flow_ToStartCmeReferral', 'Flow_ToRecordReferral', 'Flow_ToReferred',
          'Flow_ToRecordLostPupil', 'Flow_ToCtfSent', 'Flow_ToCtfChased', 'Flow_ToTellSchoolSaoKeepsPupil',
          'Flow_ToSaoKeepsPupil'):
    R(f)
gx, gy = X[4], Y(0)
R('Flow_Emigration', label=(0, 'above'))
R('Flow_LogOnly', out='T', via=[('y', Y(-4))], label=(1, 'above'))
R('Flow_SaoUpdate', out='T', via=[('pt', gx + 30, gy - 55), ('y', Y(-3))], label=(2, 'above'))
R('Flow_CmoeWatch', out='T', via=[('pt', gx + 60, gy - 55), ('y', Y(-2))], label=(2, 'above'))
R('Flow_EheCheck', out='T', via=[('pt', gx + 90, gy - 55), ('y', Y(-1))], label=(2, 'above'))
R('Flow_LostPupil', out='B', via=[('y', Y(4))], label=(1, 'above'))
R('Flow_SaoKeepsPupil', out='B', via=[('pt', gx - 30, gy + 55), ('y', Y(7))], label=(2, 'above'))
R('Flow_CmeReferral', out='B', via=[('pt', gx + 30, gy + 55), ('y', Y(3))], label=(2, 'above'))
R('Flow_ConfirmOnRoll', out='B', via=[('pt', gx + 60, gy + 55), ('y', Y(2))], label=(2, 'above'))
R('Flow_JointDecision', out='B', via=[('pt', gx + 90, gy + 55), ('y', Y(1))], label=(2, 'above'))
R('Flow_Refused', label=(0, 'above'))
rx, ry = X[10], Y(3)
R('Flow_Agreed', out='B', via=[('y', Y(1) + 65), ('x', rx)], inn='T', label=(1, 'above'))
R('Flow_OnRoll', label=(0, 'above'))
R('Flow_NotOnRoll', out='B', via=[('y', Y(2) + 62), ('x', rx - 30), ('y', ry - 55), ('pt', rx, ry - 25)], inn='T', label=(1, 'above'))
R('Flow_NotConfirmedInTime', out='B', via=[('y', Y(2) + 95), ('x', rx - 60), ('pt', rx, ry - 25)], inn='T')
R('Flow_ToReferLostPupil', out='R', via=[('x', rx)], inn='B')
R('Flow_ToSendLostPupilCtf', out='B', via=[('y', Y(5))])
R('Flow_ToChaseLostPupilCtf', out='B', via=[('y', Y(6))])
L.write('off-roll-notification')
L.save()
