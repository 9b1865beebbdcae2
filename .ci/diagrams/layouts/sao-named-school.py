"""Layout of processes/shared/sao-named-school.bpmn: python3 .ci/diagrams/layouts/sao-named-school.py <the .bpmn file>"""
import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from layout import Layout
L = Layout(sys.argv[1])
X = {0: 180, 1: 320, 2: 490, 3: 630, 4: 780, 5: 930, 6: 1090, 7: 1260, 8: 1400, 9: 1520}
Y0 = 260
def Y(r): return Y0 + 130 * r
def P(i, c, r, **kw):
    L.place(i, X[c] if c in X else c, Y(r), **kw)
def E(i, c, r, where='below', **kw):
    P(i, c, r); L.slabel(i, where, **kw)
R = L.route
E('Event_OrderIssued', 0, 0)
P('Task_ArrangeMeeting', 1, 0)
P('Task_RecordMeeting', 2, 0)
E('Gateway_ParentAttended', 3, 0, 'below')
E('Event_ParentDidNotAttend', 3, -1, 'right')
P('Task_RecordFirstDay', 4, 0)
E('Gateway_FirstDayAttended', 5, 0, 'below')
E('Event_ChildDidNotAttend', 5, -1, 'right')
P('Task_MonitorAttendance', 6, 0)
L.attach('Event_MonitoringEnded', 'Task_MonitorAttendance', 'B', 0.5); L.slabel('Event_MonitoringEnded', 'belowleft', dx=-4)
E('Event_StoppedDuringMonitoring', 7, 0)
P('Task_ConfirmAttendance', 7, 1)
E('Gateway_StillAttending', 8, 1, 'above')
E('Event_OrderComplied', 9, 1)
E('Event_StoppedAttending', 8, 2, 'right')
ids = ('Event_SafeguardingConcernRaised', 'Task_RaiseSafeguardingReferral', 'Event_SafeguardingReferralStarted')
L.place(ids[0], 220, Y(2.3)); L.slabel(ids[0], 'below')
L.place(ids[1], 360, Y(2.3)); L.place(ids[2], 500, Y(2.3)); L.slabel(ids[2], 'below')
L.box_around('SubProcess_SafeguardingConcern', ids, pad=(40, 40, 40, 20))
for f in ('Flow_ToRaiseSafeguarding', 'Flow_ToSafeguardingStarted', 'Flow_ToArrangeMeeting', 'Flow_ToRecordMeeting',
          'Flow_ToParentAttended', 'Flow_ToFirstDayAttended', 'Flow_ToStoppedDuringMonitoring', 'Flow_ToStillAttending'):
    R(f)
R('Flow_ParentAttended', label=(0, 'above'), maxw=70)
R('Flow_ParentDidNotAttend', out='T', inn='B', label=(0, 'right'))
R('Flow_FirstDayAttended', label=(0, 'above'))
R('Flow_FirstDayMissed', out='T', inn='B', label=(0, 'right'))
R('Flow_ToConfirmAttendance', out='B', via=[('y', Y(1))], inn='L')
R('Flow_StillAttending', label=(0, 'above'))
R('Flow_StoppedAttending', out='B', inn='T', label=(0, 'right'))
L.write('sao-named-school')
L.save()
