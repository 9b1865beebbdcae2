"""Layout of processes/sao-change-request.bpmn: python3 .ci/diagrams/layouts/sao-change-request.py <the .bpmn file>"""
import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from layout import Layout
L = Layout(sys.argv[1])
X = {0: 180, 1: 290, 2: 410, 3: 600, 4: 740, 5: 880, 6: 1010, 7: 1130, 8: 1260, 9: 1400, 10: 1530}
Y0 = 300
def Y(r): return Y0 + 130 * r
def P(i, c, r, **kw): L.place(i, X[c] if c in X else c, Y(r), **kw)
def E(i, c, r, where='below', **kw): P(i, c, r); L.slabel(i, where, **kw)
R = L.route
E('Event_ChangeRequestReceived', 0, 0)
P('Task_RecordChangeRequest', 1, 0)
E('Gateway_RequestType', 2, 0, 'above')
P('Task_DecideChangeRequest', 3, 0)
P('Task_RecordDecision', 4, 0)
P('Task_MakeDecisionLetter', 5, 0)
E('Gateway_Granted', 6, 0, 'below')
E('Event_RequestRefused', 6, -1.1, 'right')
P('Gateway_ChangeOrder', 7, 0)
P('Task_ChangeOrderInRegister', 8, 0)
P('Task_TellOrderProcess', 9, 0)
E('Event_OrderChanged', 10, 0)
ids = ('Event_SafeguardingConcernRaised', 'Task_RaiseSafeguardingReferral', 'Event_SafeguardingReferralStarted')
L.place(ids[0], 220, Y(2.3)); L.slabel(ids[0], 'below')
L.place(ids[1], 340, Y(2.3)); L.place(ids[2], 470, Y(2.3)); L.slabel(ids[2], 'below')
L.box_around('SubProcess_SafeguardingConcern', ids, pad=(40, 60, 40, 20))
for f in ('Flow_ToRaiseSafeguarding', 'Flow_ToSafeguardingStarted', 'Flow_ToRecordChangeRequest', 'Flow_ToRequestType',
          'Flow_ToRecordDecision', 'Flow_ToMakeDecisionLetter', 'Flow_ToGranted', 'Flow_ToChangeOrderInRegister',
          'Flow_ToTellOrderProcess', 'Flow_ToOrderChanged'):
    R(f)
R('Flow_AmendOrRevoke', label=(0, 'above'))
R('Flow_Granted', label=(0, 'below'))
R('Flow_Refused', out='T', inn='B', label=(0, 'left'))
R('Flow_LeftArea', out='B', via=[('y', Y(1))], inn='B', label=(1, 'below'))
L.write('sao-change-request')
L.save()
